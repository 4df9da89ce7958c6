// Seeds are news pages copied by hand, so besides the article they carry the site's furniture:
// "Baca juga" links, bylines, photo captions, breadcrumbs and lists of unrelated headlines.
// Left in, those words would teach the profile about TikTok and volcanoes, so every line is
// classified by general patterns (never by what one site happens to print) and every line that
// goes is recorded in `removed`, so a test or a curious user can see what was dropped.
import type { CleanSeed } from '../model.ts';

/** One kind of page noise; `test` sees a trimmed, whitespace-collapsed line. */
interface NoiseRule {
  kind: string;
  test: (line: string) => boolean;
}

const SENTENCE_END = /[.!?]["”’)]?$/;

// Inline "read also" links; a colon or dash is required so "Lihat juga bagaimana ..." survives.
const READ_ALSO =
  /^(?:(?:baca|lihat|simak|tonton)\s+juga|artikel\s+terkait|berita\s+terkait|read\s+(?:also|more)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news))?)\s*[:\-–—]/i;
// Some sites print the link label in capitals with no colon: "BACA JUGA Putin Tiba ...".
const READ_ALSO_CAPS = /^(?:BACA|LIHAT|SIMAK|TONTON) JUGA\b/;

// Credit labels need their colon: "Editor : X" goes, "Editor senior itu berkata ..." stays.
const CREDIT_LABEL =
  /^(?:penulis|editor|penyunting|redaktur|reporter|pewarta|wartawan|kontributor|sumber|foto|fotografer|writer|author|source|photo|photographer)\s*:/i;
const CREDIT_PHRASE = /^(?:laporan\s+(?:wartawan|reporter|koresponden)\b|(?:reporting|writing|editing)\s+by\b)/i;
// "By Jane Doe, Associated Press": only capitalised names follow, so "By the time ..." stays.
const BY_LINE = /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*){0,6}$/u;
// A closing "(Tribunnews.com, Name)" or "(ant/das)" line: a short parenthesised credit.
const PAREN_CREDIT = /^\([^()]{1,80}\)$/;

// A caption ends in its own credit. Requiring the line to end at ")" keeps a body sentence that
// cites a source mid-paragraph ("naik 3% (Sumber: BPS).") from being taken for one.
const CAPTION =
  /\((?:(?:sumber|source|foto|photo|kredit|credit|image|gambar)\s*:|[^()]*\b(?:foto|photo)\s*\/)[^()]*\)$/i;

const MONTH =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|agu(?:stus)?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[sc](?:ember)?)';
const DATE = new RegExp(`\\b(?:\\d{1,2}\\s+${MONTH}\\.?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})\\b`, 'i');
const CLOCK_ZONE = /\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC|[AP]M)\b/i;
const PUBLISHED = /^(?:published|updated|posted|diperbarui|diterbitkan|dipublikasikan)\b/i;

// Scraped widgets print an ALL-CAPS verb and then someone else's headline: "MEMBACA  Fotografer ...".
const WIDGET = /^(?:MEMBACA|BACA|SIMAK|LIHAT|TONTON|SAKSIKAN|READ|WATCH)\s*:?\s+["“]?[\p{Lu}\d]/u;
// Text pasted from a machine rewrite sometimes keeps the generator's own remark.
const GENERATED =
  /\bnote:\s+(?:the|this)\s+(?:text|article|content|response)\s+(?:is|has\s+been|was)\b|\bas\s+an\s+ai\s+(?:language\s+)?model\b/i;
const SITE_JUNK =
  /^(?:advertisement|iklan|scroll\s+to\s+continue(?:\s+with\s+content)?|scroll\s+untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?|loading\.*|bagikan|share(?:\s+this)?|copyright\b.*|©.*|hak\s+cipta\b.*)$/i;

// A header alone on its line; what follows it is a list of other stories (see `inList` below).
const SECTION_HEADER =
  /^(?:terkini\s+lainnya|terbaru|berita\s+(?:terkait|lainnya|terkini|terpopuler|pilihan)|terpopuler|populer|artikel\s+terkait|baca\s+juga|rekomendasi(?:\s+untuk\s+anda)?|pilihan\s+editor|most\s+(?:read|popular|viewed)|latest(?:\s+news)?|related(?:\s+(?:articles?|stories|news))?|more\s+(?:stories|news)|trending(?:\s+now)?|you\s+may\s+also\s+like|read\s+more|see\s+also)\s*:?$/i;
const LIST_ITEM = /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s*\S/;

function isBreadcrumb(line: string): boolean {
  const parts = line.split(/\s*[>»›]\s*/);
  if (parts.length < 2 || SENTENCE_END.test(line)) return false;
  return (line.startsWith('>') || parts.length >= 3) && parts.every((p) => p.length <= 40);
}

// "Kompas dunia | 19 Juni 2024, 13:30 WIB": a date plus a separator, clock or "Published" label,
// and no sentence ending, which a body sentence mentioning a date would have.
function isDateMeta(line: string): boolean {
  if (line.length > 120 || line.endsWith('.') || !DATE.test(line)) return false;
  return line.includes('|') || CLOCK_ZONE.test(line) || PUBLISHED.test(line);
}

const RULES: readonly NoiseRule[] = [
  { kind: 'punctuation', test: (l) => /^[\p{P}\p{S}\s]+$/u.test(l) },
  { kind: 'breadcrumb', test: isBreadcrumb },
  { kind: 'read-also', test: (l) => READ_ALSO.test(l) || READ_ALSO_CAPS.test(l) },
  { kind: 'credit', test: (l) => CREDIT_LABEL.test(l) || CREDIT_PHRASE.test(l) || BY_LINE.test(l) || PAREN_CREDIT.test(l) },
  { kind: 'caption', test: (l) => CAPTION.test(l) },
  { kind: 'date-meta', test: isDateMeta },
  { kind: 'widget', test: (l) => WIDGET.test(l) },
  { kind: 'generated', test: (l) => GENERATED.test(l) },
  { kind: 'site-junk', test: (l) => SITE_JUNK.test(l) },
];

/** The kind of noise a line is, or undefined when it is article text. */
export function noiseKind(line: string): string | undefined {
  return RULES.find((rule) => rule.test(line))?.kind;
}

// Under a "Terkini Lainnya" header come other stories' headlines. A line ends that list only if
// it reads like prose: long enough, ends a sentence, and is not Title Case like a headline.
function isProse(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 8 || !/[.!]["”’)]?$/.test(line)) return false;
  const capitalised = words.filter((w) => /^["“(]?\p{Lu}/u.test(w)).length;
  return capitalised / words.length < 0.6;
}

// Agency datelines: "jpnn.com, BANDUNG - ", "TRIBUNNEWS.COM - ", "PYONGYANG, KOMPAS.TV - ", "PYONGYANG, - ",
// "KYIV, Ukraina (AP) — ", "Jakarta (ANTARA) - ", "Jakarta, Kompas.com - ".
const DATELINES = [
  // Lower-case site datelines: "jpnn.com, BANDUNG - ", "tirto.id - ".
  /^[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?:com|co\.id|id|net|org|tv|co)\s*(?:,\s*\p{Lu}[\p{Lu}\s.]*?)?\s*[-–—]{1,2}\s+/u,
  /^\p{Lu}[\p{Lu}.]{2,}(?:\s+\p{Lu}[\p{Lu}.]+)*\s*,?(?:\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,3})?(?:\s*\([^()]{1,30}\))?\s*[-–—]{1,2}\s+/u,
  /^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,2})?\s*\([^()]{1,30}\)\s*[-–—]{1,2}\s+/u,
  /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3}[-–—]{1,2}\s+/u,
];
// Datelines open the story, so only its first paragraphs are looked at.
const DATELINE_SEARCH_PARAGRAPHS = 3;

/** The dateline opening a paragraph, when there is one and text follows it. */
function datelinePrefix(text: string): string | undefined {
  const prefix = DATELINES.map((re) => re.exec(text)?.[0]).find((m) => m !== undefined);
  return prefix === undefined || prefix.length >= text.length ? undefined : prefix;
}

function stripDateline(paragraphs: string[], removed: string[]): void {
  for (let i = 0; i < Math.min(paragraphs.length, DATELINE_SEARCH_PARAGRAPHS); i++) {
    const text = paragraphs[i] ?? '';
    const prefix = datelinePrefix(text);
    if (prefix === undefined) continue;
    removed.push(prefix.trim());
    paragraphs[i] = text.slice(prefix.length);
    return;
  }
}

const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Sites often print the lead twice: as a standfirst under the title and again, behind the
// dateline, as the first paragraph. A paragraph equal to the title or to an earlier paragraph,
// or one that is only the opening of the next paragraph, is dropped.
function dropRepeats(title: string, paragraphs: string[], removed: string[]): string[] {
  const seen = new Set([key(title)]);
  return paragraphs.filter((text, i) => {
    const k = key(text);
    const next = paragraphs[i + 1];
    const isOpeningOfNext = next !== undefined && k.length > 0 && key(next).startsWith(`${k} `);
    if (seen.has(k) || isOpeningOfNext) {
      removed.push(text);
      return false;
    }
    seen.add(k);
    return true;
  });
}

/** Strips page noise from a raw seed page; the first kept line is the title. */
export function cleanSeedText(raw: string): CleanSeed {
  const removed: string[] = [];
  const kept: string[] = [];
  let inList = false;
  for (const rawLine of raw.split(/\r?\n|\r/)) {
    // Pages use no-break spaces freely; collapsing them lets the patterns use plain spaces.
    const line = rawLine.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
    if (line === '') continue;
    if (SECTION_HEADER.test(line)) {
      inList = true;
      removed.push(line);
      continue;
    }
    if (inList && (LIST_ITEM.test(line) || !isProse(line))) {
      removed.push(line);
      continue;
    }
    inList = false;
    if (noiseKind(line) !== undefined) removed.push(line);
    else kept.push(line);
  }
  const [first = '', ...rest] = kept;
  // A page pasted without its headline opens with the dateline and the lead, which then stands as
  // the title (no headline carries a dateline): cut it there; otherwise look in the paragraphs.
  const titleDateline = datelinePrefix(first);
  if (titleDateline !== undefined) removed.push(titleDateline.trim());
  else stripDateline(rest, removed);
  const title = titleDateline === undefined ? first : first.slice(titleDateline.length);
  const body = dropRepeats(title, rest, removed);
  return { title, body: body.join('\n'), removed };
}
