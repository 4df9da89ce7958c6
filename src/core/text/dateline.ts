// The agency dateline in front of a story's first sentence ("PYONGYANG, KOMPAS.TV - ",
// "jpnn.com, BANDUNG - ", "(CNN)"): one recogniser for the summariser, which must not open a
// summary with it, and the seed cleaner, which must not learn the outlet and the city as topic words.
import { isSentenceStarter } from '../summarize/abbreviations.ts';

// What a dateline looks like, whatever the outlet: up to six capitalised words, dates in figures,
// web addresses or parenthesised agencies (a place, a date, an outlet: "Jakarta, CNN Indonesia",
// "JUARA.NET, BUDAPEST", "SURYA.co.id | SURABAYA", "Jakarta, 5/12/2026 (ANTARA)", "WASHINGTON,
// Feb. 9 (Xinhua)") closed by a dash with a space on at least one side ("JAKARTA (Pos Kota)
// –Presiden") or by a pipe, or an outlet in parentheses glued to the text ("(CNN)Kayahan",
// "Boston (CNN)Guilty"). What follows is text: a capital or a quote. A figure after the dash, or
// a dash with no space at all, only after a word no sentence opens with: a web address, an
// agency in parentheses or a word in capitals ("JAKARTA, KOMPAS.com - 12 orang", "KOMPAS.com—
// Gubernur"); elsewhere those are a score or a team ("Arsenal 3 - 0", "Timnas U - 22") or an
// aside ("Persib—yang tertunda—").
const WEB_NAME = String.raw`\p{L}[\p{L}\p{N}-]*\.\p{L}{2,}(?:\.\p{L}{2,})?`;
const AGENCY = String.raw`\([^()]{1,40}\)`;
const FIGURE_DATE = String.raw`\p{N}{1,4}(?:[./]\p{N}{1,4}){0,2}\.?`;
const DATELINE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}.'’&]*|${WEB_NAME}|${AGENCY}|${FIGURE_DATE})`;
const OUTLET_WORD = String.raw`(?:${WEB_NAME}|${AGENCY}|\p{Lu}{3,})(?![\p{L}\p{N}])`;
const WORD_GAP = String.raw`(?:\s*[,|]\s*|\s+)`;
const DATELINE_PREFIX = String.raw`${DATELINE_WORD}(?:${WORD_GAP}${DATELINE_WORD}){0,5}`;
const SPACED_CLOSE = String.raw`\s*,?(?:\s+(?:--?|[–—])\s*|\s*(?:--?|[–—])\s+|\s*\|\s*)`;
const ANY_CLOSE = String.raw`\s*,?\s*(?:--?|[–—]|\|)\s*`;
const TEXT_FOLLOWS = String.raw`(?=["“‘'(]?\p{Lu})`;
const TEXT_OR_FIGURE_FOLLOWS = String.raw`(?=["“‘'(]?[\p{Lu}\p{N}])`;
const DATELINE_SHAPES = [
  new RegExp(String.raw`^(?=[^-–—|]{4})${DATELINE_PREFIX}${SPACED_CLOSE}${TEXT_FOLLOWS}`, 'u'),
  new RegExp(String.raw`^(?=[^-–—|]{4})(?:${DATELINE_WORD}${WORD_GAP}){0,5}${OUTLET_WORD}${ANY_CLOSE}${TEXT_OR_FIGURE_FOLLOWS}`, 'u'),
  new RegExp(String.raw`^(?:${DATELINE_WORD}[\s,]+){0,4}${AGENCY}(?:\s*(?:--?|[–—]|\|)\s*|(?=["“]?[\p{L}\p{N}]))${TEXT_OR_FIGURE_FOLLOWS}`, 'u'),
];

// A dateline names a place, a date or an outlet: one that starts with a word that opens prose
// ("Menurut Direktur Utama LLP - KUKM ...", "After Manchester United - Real Madrid, ...") is a
// sentence with a dash in it.
export function datelineOf(sentence: string): string | undefined {
  const first = /^[\p{L}]+/u.exec(sentence)?.[0];
  if (first !== undefined && first !== first.toUpperCase() && isSentenceStarter(first)) return undefined;
  for (const re of DATELINE_SHAPES) {
    const match = re.exec(sentence);
    if (match !== null) return match[0];
  }
  return undefined;
}

/**
 * The text without an agency dateline in front ("PYONGYANG, KOMPAS.TV - ", "Jakarta - ",
 * "(CNN)"). Matching and story grouping read a feed summary through it: the dateline names where
 * the outlet files from ("Jakarta - " opens every detik summary), not where the news happened.
 */
export function stripDateline(sentence: string): string {
  const dateline = datelineOf(sentence);
  return dateline === undefined ? sentence : sentence.slice(dateline.length).trim();
}

/** An item's text as matching reads it: its title, then its summary without the dateline. */
export function itemText(item: { title: string; summary: string }): string {
  return `${item.title}\n${stripDateline(item.summary)}`;
}
