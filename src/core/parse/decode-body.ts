// Feed bytes → text. Which charset a feed is in is a guess from several witnesses; this file
// decides whom to believe, in this order:
//   1. a byte-order mark: the bytes themselves cannot lie about it, and WHATWG Encoding
//      ("decode", BOM sniffing) lets it override any label. A UTF-16 body cannot even be read
//      for a prolog, so it must come first.
//   2. the Content-Type header's charset: RFC 7303 §3.2 makes it authoritative over the
//      XML declaration for XML media types.
//   3. the XML declaration's encoding="..." (XML 1.0 §4.3.3), read from the first bytes as latin1.
//   4. UTF-8, the XML default.
// Node's TextDecoder (full ICU) does the decoding; WHATWG maps "iso-8859-1" and "latin1" to
// windows-1252, a superset for every printable byte, which is what real "ISO-8859-1" feeds mean.
// Node 20 decodes windows-1252 through a latin1 fast path that turns 0x80-0x9F (curly quotes,
// dashes, €) into C1 control characters; fromC1Controls puts the windows-1252 characters back.
import { ParseError } from '../errors.ts';

type Witness = 'byte-order mark' | 'Content-Type header' | 'XML declaration' | 'default';

/** How many leading bytes to search for the XML declaration; it must come first (XML 1.0 §2.8). */
const PROLOG_BYTES = 512;

export function decodeFeedBody(body: Uint8Array, contentType?: string): string {
  const { label, witness } = chooseCharset(body, contentType);
  const decoder = makeDecoder(label, witness);
  const decoded = decoder.decode(body);
  const text = decoder.encoding === 'windows-1252' ? fromC1Controls(decoded) : decoded;
  // TextDecoder drops a BOM that matches its encoding; a stray one (wrong label) is dropped here.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function chooseCharset(body: Uint8Array, contentType: string | undefined): { label: string; witness: Witness } {
  const bom = sniffBom(body);
  if (bom) return { label: bom, witness: 'byte-order mark' };
  const header = contentType ? charsetFromContentType(contentType) : undefined;
  if (header) return { label: header, witness: 'Content-Type header' };
  const prolog = charsetFromProlog(body);
  // A declaration we could read as ASCII proves the bytes are not UTF-16, whatever it says
  // (the same rule HTML applies to <meta charset="utf-16">).
  if (prolog && !/^utf-?16/i.test(prolog)) return { label: prolog, witness: 'XML declaration' };
  return { label: 'utf-8', witness: 'default' };
}

function sniffBom(body: Uint8Array): string | undefined {
  const [a, b, c] = body;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  return undefined;
}

/** `application/rss+xml; charset="ISO-8859-1"` → `ISO-8859-1`. */
export function charsetFromContentType(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const label = (match?.[1] ?? match?.[2])?.trim();
  return label ? label : undefined;
}

function charsetFromProlog(body: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(body.subarray(0, PROLOG_BYTES));
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head);
  return match?.[1]?.trim() || undefined;
}

function makeDecoder(label: string, witness: Witness): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch (error) {
    throw new ParseError(`unknown charset: "${label}" (from the ${witness})`, { cause: error });
  }
}

/** windows-1252 bytes 0x80-0x9F (WHATWG Encoding index); 0x81, 0x8D, 0x8F, 0x90, 0x9D stay as they are. */
const WINDOWS_1252_C1 = new Map<string, string>(
  [
    [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020],
    [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152],
    [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022],
    [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a],
    [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
  ].map(([byte, codePoint]) => [String.fromCharCode(byte!), String.fromCharCode(codePoint!)]),
);

function fromC1Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.get(c) ?? c);
}
