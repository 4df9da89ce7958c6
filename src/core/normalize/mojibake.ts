// Text that went through a wrong charset step on the publisher's side, put back:
//   - C1 controls (U+0080-U+009F) never mean themselves in feed text: they are windows-1252
//     punctuation read as Latin-1, or numeric references like `&#146;` (which HTML5 maps to
//     windows-1252 the same way);
//   - UTF-8 read as windows-1252 and written out again ("â€™" for "’", "Ã©" for "é"): a run
//     whose windows-1252 bytes form exactly one well-formed UTF-8 sequence is decoded. Real text
//     does not put a symbol such as "€" or "©" right after "â" or "Ã", so this does not misfire
//     on Portuguese or French.
import { fromC1Controls } from '../parse/decode-body.ts';

/** windows-1252's characters for bytes 0x80-0x9F, back to their bytes. */
const CP1252_HIGH = new Map<string, number>(
  [
    [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
    [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
    [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
    [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
  ].map(([codePoint, byte]) => [String.fromCharCode(codePoint!), byte!]),
);
const CONTINUATION = `\\u0080-\\u00bf${[...CP1252_HIGH.keys()].join('')}`;
const DOUBLE_ENCODED = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION}]{1,3}`, 'g');
const SUSPECT = /[\u0080-\u009f\u00c2-\u00f4]/;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const redecoded = text.replace(DOUBLE_ENCODED, (run) => {
    const lead = run.charCodeAt(0);
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (run.length < length) return run;
    const bytes = [...run.slice(0, length)].map((c) => CP1252_HIGH.get(c) ?? c.charCodeAt(0));
    try {
      return STRICT_UTF8.decode(new Uint8Array(bytes)) + run.slice(length);
    } catch {
      return run;
    }
  });
  return /[\u0080-\u009f]/.test(redecoded) ? fromC1Controls(redecoded) : redecoded;
}
