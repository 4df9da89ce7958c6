// Naming the charset of feed bytes that declare none and are not UTF-8 (decode-body.ts, witness 5).
// chardet (ICU's detector in pure JS) scores each charset it knows; its best guess is taken when
// it is sure, else the caller keeps windows-1252, what undeclared Latin-1 feeds are in practice.
// Two helps, both from ICU's CharsetDetector: markup is cut out before scoring (its "input
// filter": tag names are ASCII and dilute the letter statistics of short feeds), and the
// sample is bounded.
import { analyse } from 'chardet';

/** chardet's confidence (0-100) above which its guess is believed. */
const SURE_CONFIDENCE = 50;
/**
 * Its confidence when the bytes cannot be Latin text at all (see `cannotBeLatin`). Single-byte
 * scripts score low on short texts (Thai in TIS-620: 11), but a guess is still better than
 * windows-1252, which would read every letter of them as an accented Latin one.
 */
const NON_LATIN_CONFIDENCE = 10;
/** Bytes above 0x7F needed before `cannotBeLatin` is heard: a title or two may fool it. */
const NON_LATIN_MIN_BYTES = 64;
/** How many bytes of text (markup cut out) chardet reads: ample for a guess, bounded in time. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * A guess's label → the charset decoded. WHATWG already reads ISO-8859-1 as windows-1252 and
 * ISO-8859-9 as windows-1254; ISO-8859-8 goes the same way to windows-1255, the superset Hebrew
 * text is written in (ICU itself names it so when bytes 0x80-0x9F occur).
 */
const SUPERSETS: Readonly<Record<string, string>> = { 'ISO-8859-8': 'windows-1255' };

export interface CharsetGuess {
  /** The label to decode with, e.g. `Big5`, `KOI8-R`, `windows-1255`. */
  label: string;
  /** chardet's confidence, 0-100. */
  confidence: number;
}

/**
 * chardet's best guess for bytes that declare no charset, or undefined when it is not sure
 * enough (short or ambiguous text) or names a Latin-1 reading anyway.
 */
export function guessCharset(body: Uint8Array): CharsetGuess | undefined {
  const best = analyse(withoutMarkup(body).subarray(0, SAMPLE_BYTES))[0];
  if (!best) return undefined;
  const needed = cannotBeLatin(body) ? NON_LATIN_CONFIDENCE : SURE_CONFIDENCE;
  if (best.confidence < needed) return undefined;
  if (best.name === 'ISO-8859-1' || best.name === 'windows-1252') return undefined;
  return { label: SUPERSETS[best.name] ?? best.name, confidence: best.confidence };
}

/** The bytes between tags: `<...>` (elements, comments, the prolog) each become one space. */
function withoutMarkup(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length);
  let length = 0;
  let inTag = false;
  for (const byte of body) {
    if (byte === 0x3c) inTag = true;
    else if (byte === 0x3e && inTag) {
      inTag = false;
      out[length++] = 0x20;
    } else if (!inTag) out[length++] = byte;
  }
  return out.subarray(0, length);
}

/**
 * True when there are enough bytes above 0x7F to judge and most come in runs of three or more.
 * In Latin-script text they are
 * accented letters among ASCII ones (`café`, at most two together, as in `ção`); in Cyrillic,
 * Greek, Hebrew, Thai or CJK text they are nearly every letter.
 */
function cannotBeLatin(body: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (const byte of body) {
    if (byte >= 0x80) {
      high += 1;
      run += 1;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = 0;
  }
  if (run >= 3) inRuns += run;
  return high >= NON_LATIN_MIN_BYTES && inRuns * 2 > high;
}
