// Page furniture that reaches the summarizer inside article text or feed summaries: "Baca juga"
// links, ad markers, bylines, lists of other headlines, datelines and photo captions. The
// general line rules live in profile/clean-seed.ts (`noiseKind`); what is here covers what a
// line rule cannot: markers in the middle of a paragraph, sentence-sized pieces, and lines
// that only read as junk in context (the headlines under a "Terkini Lainnya" header).
import { noiseKind } from '../profile/clean-seed.ts';

// Ad markers that html-to-text leaves inside a paragraph ("... kata dia. ADVERTISEMENT SCROLL TO
// CONTINUE WITH CONTENT Sementara itu ..."). Only the capitalised "ADVERTISEMENT" is cut: "an
// advertisement for" is prose.
const INLINE_JUNK = [
  /\bADVERTISEMENT\b/g,
  /\bscroll\s+to\s+continue(?:\s+with\s+content)?\b/gi,
  /\bscroll\s+untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?\b/gi,
];

// A "read also" link in mid-paragraph: the paragraph is broken there, so the link becomes a
// sentence of its own that `isBoilerplateSentence` drops.
const INLINE_READ_ALSO =
  /\s(?=(?:(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT|Tonton|TONTON)\s+(?:juga|Juga|JUGA)|Read\s+(?:more|also|More|Also)|Also\s+read|See\s+also)\s*[:\-–—])/g;

// A link label with no colon, followed by a headline (no full stop): "Simak juga Video Putin ...".
const READ_ALSO_HEADLINE = /^(?:baca|simak|lihat|tonton|read|watch)\s+(?:juga|also|more)\b/i;
const VIDEO_PROMO = /^(?:simak|tonton|lihat|saksikan|watch)\s+(?:juga\s+)?(?:video|videonya)\b/i;
const MORE_LINK = /^(?:read\s+more|continue\s+reading|baca\s+selengkapnya|selengkapnya|klik\s+di\s*sini|click\s+here)\b/i;
const RIGHTS = /^(?:all\s+rights\s+reserved|hak\s+cipta\s+dilindungi)/i;
// "Oleh Budi Santoso" / "OLEH: Budi": an Indonesian byline, a name and nothing else.
const OLEH_LINE = /^(?:Oleh|OLEH)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;
const ENDS_SENTENCE = /[.!?…]["”’')\]]*$/;

/** A header over a list of other stories; what follows it is skipped until prose returns. */
const LIST_HEADER =
  /^(?:terkini\s+lainnya|terbaru|berita\s+(?:terkait|lainnya|terkini|terpopuler|pilihan)|terpopuler|populer|artikel\s+terkait|baca\s+juga|rekomendasi(?:\s+untuk\s+anda)?|pilihan\s+editor|most\s+(?:read|popular|viewed)|latest(?:\s+news)?|related(?:\s+(?:articles?|stories|news))?|more\s+(?:stories|news)|trending(?:\s+now)?|you\s+may\s+also\s+like|read\s+more|see\s+also)\s*:?$/i;
const LIST_ITEM = /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s*\S/;

export function stripInlineJunk(line: string): string {
  let out = line;
  for (const re of INLINE_JUNK) out = out.replace(re, ' ');
  return out;
}

/** Breaks a paragraph before each mid-paragraph "Baca juga:" link. */
export function breakAtReadAlso(line: string): string[] {
  return line.split(INLINE_READ_ALSO);
}

/** A whole sentence or line that is page furniture, not article text. */
export function isBoilerplateSentence(text: string): boolean {
  if (noiseKind(text) !== undefined) return true;
  if (VIDEO_PROMO.test(text) || MORE_LINK.test(text) || RIGHTS.test(text) || OLEH_LINE.test(text)) return true;
  return READ_ALSO_HEADLINE.test(text) && !ENDS_SENTENCE.test(text);
}

// A list line ends only with prose: long enough, a full stop, not Title Case like a headline.
function isProse(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 8 || !/[.!?]["”’)]?$/.test(line)) return false;
  return capitalisedShare(words) < 0.6;
}

export function capitalisedShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  return words.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length / words.length;
}

/**
 * The lines of a text that carry article prose: whitespace collapsed, ad markers cut, noise
 * lines dropped, and the headlines listed under a "Terkini Lainnya"-style header skipped.
 */
export function proseLines(text: string): string[] {
  const kept: string[] = [];
  let inList = false;
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = stripInlineJunk(raw).replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
    if (line === '') continue;
    if (LIST_HEADER.test(line)) {
      inList = true;
      continue;
    }
    if (inList && (LIST_ITEM.test(line) || !isProse(line))) continue;
    inList = false;
    if (isBoilerplateSentence(line)) continue;
    kept.push(...breakAtReadAlso(line));
  }
  return kept;
}

// Agency datelines that open a story: "TRIBUNNEWS.COM - ", "PYONGYANG, KOMPAS.TV - ",
// "KYIV, Ukraina (AP) — ", "Jakarta (ANTARA) - ", "Jakarta, Kompas.com - ", "WASHINGTON (Reuters) - ".
// The same shapes clean-seed.ts strips from seeds, for text that never went through it.
const DATELINES = [
  /^\p{Lu}[\p{Lu}.]{2,}(?:\s+\p{Lu}[\p{Lu}.]+)*\s*,?(?:\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,3})?(?:\s*\([^()]{1,30}\))?\s*[-–—]{1,2}(?:\s+|$)/u,
  /^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,2})?\s*\([^()]{1,30}\)\s*[-–—]{1,2}(?:\s+|$)/u,
  /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3}[-–—]{1,2}(?:\s+|$)/u,
];

/** The sentence without an agency dateline in front ("PYONGYANG, KOMPAS.TV - "). */
export function stripDateline(sentence: string): string {
  for (const re of DATELINES) {
    const match = re.exec(sentence);
    if (match !== null) return sentence.slice(match[0].length).trim();
  }
  return sentence;
}

// Photo captions: a position in the picture, a picture label, or a closing photo credit.
const CAPTION_POSITION =
  /\((?:kiri|kanan|tengah|depan|belakang|(?:kedua|ketiga|keempat)\s+(?:dari\s+)?(?:kiri|kanan)|left|right|centre|center|(?:second|third)\s+(?:from\s+)?(?:left|right)|L|R|C)\)/i;
const CAPTION_LABEL = /^(?:ilustrasi|foto|gambar|photo|image|file\s+photo|illustration|tangkapan\s+layar|screenshot)\b\s*[:\-–—.|]/i;
const CAPTION_CREDIT = /\((?:[^()]*\b(?:foto|photo|dok|dokumentasi|istimewa|getty|reuters|afp|ap|antara|sumber|source|kredit|credit)\b[^()]*)\)$/i;

export function isCaption(sentence: string): boolean {
  return CAPTION_POSITION.test(sentence) || CAPTION_LABEL.test(sentence) || CAPTION_CREDIT.test(sentence);
}

/** A headline that slipped into the text: no sentence ending and mostly capitalised words. */
export function isHeadlineLike(sentence: string): boolean {
  if (ENDS_SENTENCE.test(sentence)) return false;
  return capitalisedShare(sentence.split(' ')) >= 0.5;
}
