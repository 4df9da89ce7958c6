// When an item happened, for the story window. A feed's date is best; many pages carry none,
// but Indonesian and English news write the event's date in the lead ("Jumat (29/11/2024)",
// "Rabu, 13 September 2023", "Dec. 2, 2024"), and two write-ups of one summit a year apart are
// told apart by exactly that.
import { MONTHS } from '../normalize/date-names.ts';

/** An hour in milliseconds: the story window and its replay count in hours. */
export const HOUR_MS = 3_600_000;

const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Milliseconds of an ISO 8601 date, or undefined when absent or unreadable. A date-time without
 * a zone is read as UTC (Date.parse would use the machine's zone); a bare date is UTC midnight.
 */
export function parseIsoMs(iso: string | undefined): number | undefined {
  if (iso === undefined || iso.trim() === '') return undefined;
  const text = iso.trim();
  const ms = Date.parse(ZONELESS_DATE_TIME.test(text) ? `${text}Z` : text);
  return Number.isNaN(ms) ? undefined : ms;
}

// A year, then what precedes it: "(29/11/2024)" (Indonesian news writes day/month/year),
// "13 September 2023", "2 Des. 2024", "December 2, 2024". Only the text just before each year
// is examined: scanning the whole text with month patterns costs more than the rest of an item.
const YEAR = /(?<![\d.,])((?:19|20|21)\d\d)(?!\d)/g;
const NUMERIC_BEFORE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/$/;
const DAY_MONTH_BEFORE = /(?<!\d)(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+$/u;
const MONTH_DAY_BEFORE = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+$/u;
/** Characters before a year that can hold its day and month ("29 September " is 13). */
const LOOK_BEHIND = 16;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function utcDay(year: number, month: number, day: number): number | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 31 June over to 1 July: such a "date" is not one.
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

function dateBefore(before: string, year: number): number | undefined {
  const numeric = NUMERIC_BEFORE.exec(before);
  if (numeric !== null) return utcDay(year, Number(numeric[2]), Number(numeric[1]));
  const dayMonth = DAY_MONTH_BEFORE.exec(before);
  if (dayMonth !== null) {
    const month = MONTHS.get(dayMonth[2]!.toLowerCase());
    if (month !== undefined) return utcDay(year, month, Number(dayMonth[1]));
  }
  const monthDay = MONTH_DAY_BEFORE.exec(before);
  if (monthDay !== null) {
    const month = MONTHS.get(monthDay[1]!.toLowerCase());
    if (month !== undefined) return utcDay(year, month, Number(monthDay[2]));
  }
  return undefined;
}

/**
 * The first full date (day, month and year) written in a text, as UTC midnight milliseconds.
 * The first one because a news lead states its event's date before any background ("the
 * invasion of 24 February 2022"); dates without a year ("Senin (28/4)") are not guessed.
 */
export function mentionedDateMs(text: string): number | undefined {
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, match.index - LOOK_BEHIND), match.index);
    const ms = dateBefore(before, Number(match[1]));
    if (ms !== undefined) return ms;
  }
  return undefined;
}

/**
 * How long before its publication an event the lead dates may lie and the publication still date
 * it: the story window (72 h). A lead that dates its event earlier than that ("Bertemu Putin di
 * Pyongyang ... 19 Juni 2024" in a page served today) reports an old event, republished or
 * archived: the event is then dated by the lead, so it is not grouped with today's news of the
 * topic, which shares its words.
 */
const REPUBLISHED_AFTER_MS = 72 * HOUR_MS;

/** The item's event time: its publication, unless its lead dates the event well before that; else the lead's date. */
export function eventTimeMs(publishedMs: number | undefined, text: string): number | undefined {
  const mentioned = mentionedDateMs(text);
  if (publishedMs === undefined) return mentioned;
  return mentioned !== undefined && publishedMs - mentioned > REPUBLISHED_AFTER_MS ? mentioned : publishedMs;
}
