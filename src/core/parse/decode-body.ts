// Feed bytes → text. Which charset a feed is in is a guess from several witnesses; this file
// decides whom to believe, in this order:
//   1. a byte-order mark (UTF-8, UTF-16, UTF-32): the bytes themselves cannot lie about it, and
//      WHATWG Encoding ("decode", BOM sniffing) lets it override any label.
//   2. the zero bytes of a BOM-less UTF-16 or UTF-32 body, which must open with '<' or
//      whitespace (XML 1.0 Appendix F): such a body cannot even be read for a prolog.
//   3. the Content-Type header's charset: RFC 7303 §3.2 makes it authoritative over the XML
//      declaration for XML media types.
//   4. the XML declaration's encoding="..." (XML 1.0 §4.3.3), read from the first bytes as latin1.
//   5. UTF-8, the XML default; if the bytes are not UTF-8, chardet's guess when it is sure
//      (Big5, EUC-JP, KOI8-R...: guess-charset.ts), else windows-1252 (undeclared Latin-1 is
//      what such feeds are in practice); the result says which in a note.
// A label nobody knows ("bogus") is ignored, with a note, and the next witness is heard. Labels
// are read leniently: quoted in either quote, `windows_1252`, `cp437`, `macroman` (Node's
// TextDecoder knows the WHATWG labels; iconv-lite the rest, and UTF-32).
// Declared UTF-8 that is not valid UTF-8 keeps its valid sequences and reads each stray byte as
// windows-1252 instead of U+FFFD. C1 controls (U+0080-U+009F) never mean themselves in a feed:
// they are windows-1252 punctuation gone through a Latin-1 step ("demoronize"), put back here.
import iconv from 'iconv-lite';
import { guessCharset } from './guess-charset.ts';

type Witness = 'byte-order mark' | 'zero bytes' | 'Content-Type header' | 'XML declaration' | 'default';

export interface DecodedBody {
  text: string;
  /** The encoding the bytes were read in, e.g. `utf-8`, `windows-1252`, `utf-32le`. */
  encoding: string;
  /** What was guessed: an unknown label ignored, bytes that were not the charset they claimed. */
  notes: string[];
}

/** How many leading bytes to search for the XML declaration; it must come first (XML 1.0 §2.8). */
const PROLOG_BYTES = 512;

export interface DecodeOptions {
  /**
   * Bytes that are not valid in a declared UTF-8: U+FFFD, as WHATWG decodes (what the article
   * decoder, core/extract/decode-html.ts, follows), or each read as windows-1252 (feeds).
   */
  invalidUtf8?: 'replace' | 'windows-1252';
}

/** Text only, invalid bytes of a declared UTF-8 as U+FFFD (WHATWG). */
export function decodeFeedBody(body: Uint8Array, contentType?: string): string {
  return decodeFeed(body, contentType, { invalidUtf8: 'replace' }).text;
}

export function decodeFeed(body: Uint8Array, contentType?: string, options: DecodeOptions = {}): DecodedBody {
  const notes: string[] = [];
  const { decoder, witness } = chooseDecoder(body, contentType, notes);
  let text: string;
  if (decoder.name === 'utf-8') {
    const strict = decodeUtf8Strict(body);
    if (strict !== undefined) {
      text = strict;
    } else if (witness === 'default') {
      return decodeUndeclared(body, notes);
    } else if (options.invalidUtf8 === 'replace') {
      text = new TextDecoder('utf-8').decode(body);
    } else {
      notes.push(`charset: not valid UTF-8 as the ${witness} says: stray bytes read as windows-1252`);
      text = decodeUtf8Mixed(body);
    }
  } else {
    text = decoder.decode(body);
  }
  return finish(text, decoder.name, notes);
}

/** Undeclared bytes that are not UTF-8: chardet's guess when it is sure, else windows-1252. */
function decodeUndeclared(body: Uint8Array, notes: string[]): DecodedBody {
  const guess = guessCharset(body);
  const decoder = guess && findDecoder(guess.label);
  if (guess && decoder) {
    notes.push(`charset: undeclared and not UTF-8: read as ${decoder.name} (chardet's guess, confidence ${guess.confidence})`);
    return finish(decoder.decode(body), decoder.name, notes);
  }
  notes.push('charset: undeclared and not UTF-8: read as windows-1252');
  return finish(new TextDecoder('windows-1252').decode(body), 'windows-1252', notes);
}

function finish(decoded: string, encoding: string, notes: string[]): DecodedBody {
  const text = /[\u0080-\u009f]/.test(decoded) ? fromC1Controls(decoded) : decoded;
  // TextDecoder drops a BOM that matches its encoding; a stray one (wrong label) is dropped here.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, notes };
}

interface Decoder {
  name: string;
  decode(bytes: Uint8Array): string;
}

function chooseDecoder(body: Uint8Array, contentType: string | undefined, notes: string[]): { decoder: Decoder; witness: Witness } {
  const bom = sniffBom(body);
  if (bom) return { decoder: findDecoder(bom)!, witness: 'byte-order mark' };
  const zeros = sniffZeros(body);
  if (zeros) return { decoder: findDecoder(zeros)!, witness: 'zero bytes' };
  const candidates: Array<[string | undefined, Witness]> = [
    [contentType ? charsetFromContentType(contentType) : undefined, 'Content-Type header'],
    [charsetFromProlog(body), 'XML declaration'],
  ];
  for (const [label, witness] of candidates) {
    if (!label) continue;
    // A declaration we could read as ASCII proves the bytes are not UTF-16 or UTF-32, whatever
    // it says (the same rule HTML applies to <meta charset="utf-16">).
    if (/^(?:utf|ucs)-?(?:16|32|2|4)/i.test(label)) continue;
    const decoder = findDecoder(label);
    if (decoder) return { decoder, witness };
    notes.push(`charset: unknown "${label}" from the ${witness}: ignored`);
  }
  return { decoder: findDecoder('utf-8')!, witness: 'default' };
}

function sniffBom(body: Uint8Array): string | undefined {
  const [a, b, c, d] = body;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  return undefined;
}

/** XML 1.0 Appendix F: an ASCII character ('<', whitespace) padded with zero bytes. */
function sniffZeros(body: Uint8Array): string | undefined {
  if (body.length < 4) return undefined;
  const [a, b, c, d] = body as unknown as [number, number, number, number];
  if (a === 0 && b === 0 && c === 0 && d !== 0) return 'utf-32be';
  if (a !== 0 && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'utf-16be';
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  return undefined;
}

/** `application/rss+xml; charset="ISO-8859-1"` (or 'ISO-8859-1', or `charset = ISO-8859-1`) → `ISO-8859-1`. */
export function charsetFromContentType(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType);
  const label = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return label ? label : undefined;
}

function charsetFromProlog(body: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(body.subarray(0, PROLOG_BYTES));
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head);
  return match?.[1]?.trim() || undefined;
}

/** A decoder for a charset label, or undefined when neither the WHATWG list nor iconv-lite knows it. */
export function findDecoder(label: string): Decoder | undefined {
  const name = label.trim().toLowerCase();
  for (const candidate of [name, name.replace(/_/g, '-')]) {
    try {
      const decoder = new TextDecoder(candidate);
      return { name: decoder.encoding, decode: (bytes) => decoder.decode(bytes) };
    } catch {
      // not a WHATWG label; try the next spelling, then iconv-lite
    }
  }
  if (!iconv.encodingExists(name)) return undefined;
  return { name, decode: (bytes) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name) };
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8Strict(body: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(body);
  } catch {
    return undefined;
  }
}

/** UTF-8 with each byte that does not start a valid sequence read as windows-1252. Linear. */
function decodeUtf8Mixed(body: Uint8Array): string {
  const windows1252 = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let start = 0;
  let at = 0;
  while (at < body.length) {
    const length = validSequenceLength(body, at);
    if (length > 0) {
      at += length;
      continue;
    }
    if (at > start) parts.push(STRICT_UTF8.decode(body.subarray(start, at)));
    parts.push(windows1252.decode(body.subarray(at, at + 1)));
    at += 1;
    start = at;
  }
  if (at > start) parts.push(STRICT_UTF8.decode(body.subarray(start, at)));
  return parts.join('');
}

/** Length of the well-formed UTF-8 sequence at `at` (RFC 3629 §4), 0 if there is none. */
function validSequenceLength(b: Uint8Array, at: number): number {
  const x = b[at]!;
  if (x < 0x80) return 1;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => at + i < b.length && b[at + i]! >= lo && b[at + i]! <= hi;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((x >= 0xe1 && x <= 0xec) || x === 0xee || x === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (x === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (x === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (x >= 0xf1 && x <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (x === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** windows-1252 bytes 0x80-0x9F (WHATWG Encoding index); 0x81, 0x8D, 0x8F, 0x90, 0x9D mean nothing there and are dropped. */
const WINDOWS_1252_C1 = new Map<string, string>(
  [
    [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020],
    [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152],
    [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022],
    [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a],
    [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
  ].map(([byte, codePoint]) => [String.fromCharCode(byte!), String.fromCharCode(codePoint!)]),
);

/** C1 control characters → the windows-1252 characters they stand for. */
export function fromC1Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.get(c) ?? '');
}
