// Page furniture that reaches the summarizer inside article text or feed summaries: "Baca juga"
// links, ad markers, bylines, lists of other headlines, datelines and photo captions. The
// general line rules live in profile/clean-seed.ts (`noiseKind`); what is here covers what a
// line rule cannot: markers in the middle of a paragraph, sentence-sized pieces, and lines
// that only read as junk in context (the headlines under a "Terkini Lainnya" header).
import { noiseKind } from '../profile/clean-seed.ts';
import { datelineOf } from '../text/dateline.ts';
import { capitalisedShare } from '../text/capitalised-share.ts';
import { isStopword } from '../text/stopwords.ts';

// Ad markers that html-to-text leaves inside a paragraph ("... kata dia. ADVERTISEMENT SCROLL TO
// CONTINUE WITH CONTENT Sementara itu ..."). Only the capitalised "ADVERTISEMENT" is cut: "an
// advertisement for" is prose.
const INLINE_JUNK = [
  /\bADVERTISEMENT\b/g,
  /\bscroll\s+to\s+continue(?:\s+with\s+content)?\b/gi,
  // "Scroll down for video" / "Scroll down for more": a pointer to the page, run into the text.
  /\bscroll\s+down\s+for\s+(?:the\s+)?(?:video|videos|more|pictures|photos)\b/gi,
  /\bscroll\s+untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?\b/gi,
];

// A "read also" link in mid-paragraph: the paragraph is broken there, so the link becomes a
// sentence of its own that `isBoilerplateSentence` drops.
const INLINE_READ_ALSO =
  /\s(?=(?:(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT|Tonton|TONTON)\s+(?:juga|Juga|JUGA)|Read\s+(?:more|also|More|Also)|Also\s+read|See\s+also)\s*[:\-–—])/g;

// A link label with no colon, followed by a headline (no full stop): "Simak juga Video Putin ...".
const READ_ALSO_HEADLINE = /^(?:baca|simak|lihat|tonton|read|watch)[\s_]+(?:juga|also|more)\b/i;
const VIDEO_PROMO = /^(?:simak|tonton|lihat|saksikan|watch)\s+(?:juga\s+)?(?:the\s+)?(?:video|videonya)\b/i;
// The outlet about itself: a web address as the subject ("DailySocial.id adalah portal berita
// ..."), or a line that speaks to the reader and gives a web address ("Kamu bisa menjadi member
// ... DailySocial.id"); and the agency's credit line ("CNN's X contributed to this report.").
const WEB_ADDRESS = String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|id|net|org|tv|co|news)\b`;
const OUTLET_IS = new RegExp(String.raw`^${WEB_ADDRESS}\S*\s+(?:adalah|merupakan|ialah|is)\s`, 'iu');
// Each within one sentence (no sentence end before it), since whole paragraphs are checked too.
const READER_PROMO = new RegExp(String.raw`^(?:you|anda|kamu|kalian|follow|subscribe|visit|download|ikuti|kunjungi|unduh)\b[^.!?]*${WEB_ADDRESS}`, 'iu');
const REPORT_CREDIT = /^[^.!?]*\b(?:contributed|contributing)\s+(?:to\s+)?this\s+(?:report|story|article)\W*$/i;
const MORE_LINK = /^(?:read\s+more|continue\s+reading|baca\s+selengkapnya|selengkapnya|klik\s+di\s*sini|click\s+here)\b/i;
const RIGHTS = /^(?:all\s+rights\s+reserved|hak\s+cipta\s+dilindungi)/i;
// "Oleh Budi Santoso" / "OLEH: Budi": an Indonesian byline, a name and nothing else.
const OLEH_LINE = /^(?:Oleh|OLEH)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;
export const ENDS_SENTENCE = /[.!?…]["”’')\]]*$/;

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
  // Furniture in square brackets is furniture: "[Baca Juga: ...]".
  const bracketed = /^\[(.+)\]$/.exec(text);
  if (bracketed !== null && isBoilerplateSentence(bracketed[1]!.trim())) return true;
  if (noiseKind(text) !== undefined) return true;
  if (VIDEO_PROMO.test(text) || MORE_LINK.test(text) || RIGHTS.test(text) || OLEH_LINE.test(text)) return true;
  if (OUTLET_IS.test(text) || REPORT_CREDIT.test(text) || READER_PROMO.test(text)) return true;
  return READ_ALSO_HEADLINE.test(text) && !ENDS_SENTENCE.test(text);
}

// A list line ends only with prose: long enough, a full stop, not Title Case like a headline.
function isProse(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 8 || !/[.!?]["”’)]?$/.test(line)) return false;
  return capitalisedShare(words) < 0.6;
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


// Photo captions: a position in the picture, a picture label, or a closing photo credit.
const CAPTION_POSITION =
  /\((?:kiri|kanan|tengah|depan|belakang|(?:kedua|ketiga|keempat)\s+(?:dari\s+)?(?:kiri|kanan)|left|right|centre|center|(?:second|third)\s+(?:from\s+)?(?:left|right)|L|R|C)\)|\b(?:pictured|seen|foto)\s+(?:left|right|centre|center|above|below|kiri|kanan|atas|bawah)\b/i;
const CAPTION_LABEL = /^(?:ilustrasi|foto|gambar|photo|image|file\s+photo|illustration|tangkapan\s+layar|screenshot)\b\s*[:\-–—.|]/i;
const CAPTION_CREDIT = /\((?:[^()]*\b(?:foto|photo|dok|dokumentasi|istimewa|getty|reuters|afp|ap|antara|sumber|source|kredit|credit)\b[^()]*)\)$/i;

// A picture's label and its description, run into the text ("Short and sweet: Julia revealed
// that ..."): a label of one to four words, the first a content word, then running text.
const CAPTION_TITLE = /^(\p{Lu}\p{Ll}+)(?: \p{Ll}[\p{Ll}'’-]*){0,3}: (\p{Lu}\S*(?: \S+){0,2})/u;

function isTitledCaption(sentence: string): boolean {
  const m = CAPTION_TITLE.exec(sentence);
  if (m === null) return false;
  const first = m[1]!.toLowerCase();
  // Running text, not a title ("Solo: A Star Wars Story"): not every word after the colon capitalised.
  return !isStopword(first, 'en') && !isStopword(first, 'id') && m[2]!.split(' ').some((w) => !/^\p{Lu}/u.test(w));
}

export function isCaption(sentence: string): boolean {
  return CAPTION_POSITION.test(sentence) || CAPTION_LABEL.test(sentence) || CAPTION_CREDIT.test(sentence) || isTitledCaption(sentence);
}

// A headline may ask or exclaim ("Kenapa Harga Emas Naik Terus Sepanjang Pekan Ini?"): then it
// is told from a sentence by Title Case throughout, not by its end.
const ASKS_OR_EXCLAIMS = /[?!]["”’')\]]*$/;
const TITLE_CASE_SHARE = 0.75;

/** A headline that slipped into the text: mostly capitalised words with no sentence ending, or a question in Title Case. */
export function isHeadlineLike(sentence: string): boolean {
  const words = sentence.split(' ');
  if (!ENDS_SENTENCE.test(sentence)) return capitalisedShare(words) >= 0.5;
  return ASKS_OR_EXCLAIMS.test(sentence) && words.length >= 4 && capitalisedShare(words) >= TITLE_CASE_SHARE;
}

/** True when the sentence opens with a dateline ("Merdeka.com - ", "LONDON (Reuters) -", "(CNN)"). */
export function opensWithDateline(sentence: string): boolean {
  return datelineOf(sentence) !== undefined;
}
