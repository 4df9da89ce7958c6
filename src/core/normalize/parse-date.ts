// Feed dates → ISO 8601 in UTC. Feeds write RFC 822 (RSS 2.0), RFC 3339 (Atom), W3CDTF (dc:date)
// and whatever their CMS prints: "2025-10-06 23:35 WIB" (Kompas), Indonesian month and day
// names. Date.parse is not used: for a string without a zone it assumes the machine's local
// zone, which would make the result depend on where newshound runs.
import { MONTHS, WEEKDAYS, ZONES } from './date-names.ts';

export interface ParseDateOptions {
  /**
   * Offset for a date written without a zone; UTC by default. normalizeItems passes '+07:00'
   * (WIB) for Indonesian feeds, whose CMSs print Jakarta wall-clock time without saying so
   * (zonelessDateOffset in normalize-items.ts).
   */
  defaultOffset?: string;
  /** A date further than this ahead of `now` is a publisher's clock or zone error: clamped to `now`. */
  maxFutureMs?: number;
}

export const PARSE_DATE_DEFAULTS = {
  defaultOffset: '+00:00',
  maxFutureMs: 10 * 60_000,
} as const satisfies Required<ParseDateOptions>;

interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** The zone as written after the time, '' when none. */
  zone: string;
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(.*)$/i;
const TIME = /^(?:pukul\s+|jam\s+|at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([ap])\.?m\.?)?\s*(.*)$/i;
// Between date and time: spaces, ',' '|' or ' - ', but not a '-' that starts a zone offset.
// A comma may follow the month ("Mon, 13 Feb, 2012 06:28:00 UTC").
const DAY_MONTH_YEAR = /^(\d{1,2})(?:\s+|-)([a-z\u00e0-\u00ff]+)\.?,?(?:\s+|-)(\d{4}|\d{2})\b(?:[\s,|]|-\s)*(.*)$/i;
const MONTH_DAY_YEAR = /^([a-z\u00e0-\u00ff]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b(?:[\s,|]|-\s)*(.*)$/i;
// C asctime and Twitter: "Sun Jul 15 01:16:00 2012", "Sun Jul 15 01:16:00 +0000 2012".
const MONTH_DAY_TIME_YEAR = /^([a-z\u00e0-\u00ff]+)\.?\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:(\S+)\s+)?(\d{4})$/i;
// ISO 8601 basic format ("20031231T101455Z") and W3CDTF's reduced precision ("2003-12", "2003").
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2}):?(\d{2}):?(\d{2})?\s*(.*)$/i;
const YEAR_MONTH = /^(\d{4})(?:-(\d{2}))?$/;
const NUMERIC_OFFSET = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

// RFC 822 dates with an explicit English weekday, month and zone ("Mon, 06 Oct 2025 10:00:00
// +0700", the common case) are exactly what Date.parse reads the same everywhere: taken as-is,
// without the general parser below (a third of the cost of normalising an item otherwise).
const RFC822_WITH_ZONE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UT|UTC|[+-]\d{4})$/;

export function parseFeedDate(text: string | undefined, now: Date, options: ParseDateOptions = {}): string | undefined {
  if (text !== undefined && RFC822_WITH_ZONE.test(text)) {
    const ms = Date.parse(text);
    const latest = now.getTime() + (options.maxFutureMs ?? PARSE_DATE_DEFAULTS.maxFutureMs);
    if (!Number.isNaN(ms)) return new Date(ms > latest ? now.getTime() : ms).toISOString();
  }
  const defaultOffset = options.defaultOffset ?? PARSE_DATE_DEFAULTS.defaultOffset;
  const maxFutureMs = options.maxFutureMs ?? PARSE_DATE_DEFAULTS.maxFutureMs;
  const defaultMinutes = zoneMinutes(defaultOffset);
  if (defaultMinutes === undefined) throw new RangeError(`parse-date: bad defaultOffset: "${defaultOffset}"`);
  if (!text) return undefined;
  const cleaned = text
    .replace(/\([^)]*\)\s*$/, '') // RFC 822 comment: "+0000 (UTC)"
    .replace(/\s+/g, ' ')
    .trim();
  const fields = readIso(cleaned) ?? readWritten(cleaned) ?? readOther(cleaned);
  if (!fields) return undefined;
  const offset = fields.zone === '' ? defaultMinutes : zoneMinutes(fields.zone);
  if (offset === undefined) return undefined;
  const ms = toUtcMs(fields, offset);
  if (ms === undefined) return undefined;
  const latest = now.getTime() + maxFutureMs;
  return new Date(ms > latest ? now.getTime() : ms).toISOString();
}

/** RFC 3339 / ISO 8601 and the CMS variants "2025-10-06 23:35 WIB", "2025/10/06 23:35". */
function readIso(text: string): DateFields | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = m;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: Number((fraction ?? '').padEnd(3, '0').slice(0, 3)),
    zone: (zone ?? '').trim(),
  };
}

/** RFC 822 ("Mon, 06 Oct 2025 10:00:00 +0700"), Indonesian names, "October 6, 2025 10:00 AM". */
function readWritten(text: string): DateFields | undefined {
  const rest = skipWeekday(text);
  const dmy = DAY_MONTH_YEAR.exec(rest);
  const mdy = dmy ? undefined : MONTH_DAY_YEAR.exec(rest);
  const [day, monthName, year, tail] = dmy ? [dmy[1], dmy[2], dmy[3], dmy[4]] : [mdy?.[2], mdy?.[1], mdy?.[3], mdy?.[4]];
  const month = MONTHS.get((monthName ?? '').toLowerCase());
  if (!month || !day || !year) return undefined;
  const date = { year: expandYear(year), month, day: Number(day) };
  const time = TIME.exec(tail ?? '');
  if (!time) return { ...date, hour: 0, minute: 0, second: 0, millisecond: 0, zone: (tail ?? '').trim() };
  const [, hour, minute, second, meridiem, zone] = time;
  return {
    ...date,
    hour: toTwentyFourHour(Number(hour), meridiem),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: 0,
    zone: (zone ?? '').trim(),
  };
}

/** asctime and Twitter dates, ISO 8601 basic format, W3CDTF year or year-month. */
function readOther(text: string): DateFields | undefined {
  const basic = ISO_BASIC.exec(text);
  if (basic) {
    const [, year, month, day, hour, minute, second, zone] = basic;
    return { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), millisecond: 0, zone: (zone ?? '').trim() };
  }
  const reduced = YEAR_MONTH.exec(text);
  if (reduced) return { year: Number(reduced[1]), month: Number(reduced[2] ?? 1), day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, zone: 'Z' };
  const m = MONTH_DAY_TIME_YEAR.exec(skipWeekday(text));
  const month = MONTHS.get((m?.[1] ?? '').toLowerCase());
  if (!m || !month) return undefined;
  const [hour, minute, second] = m[3]!.split(':').map(Number);
  return { year: Number(m[5]), month, day: Number(m[2]), hour: hour!, minute: minute!, second: second ?? 0, millisecond: 0, zone: m[4] ?? '' };
}

function skipWeekday(text: string): string {
  const m = /^([a-z\u00e0-\u00ff']+)\.?,?\s+/i.exec(text);
  if (!m?.[1] || !WEEKDAYS.has(m[1].toLowerCase().replace(/'/g, ''))) return text;
  return text.slice(m[0].length);
}

/** RFC 2822 §4.3: a two-digit year is 20xx below 50, else 19xx. */
function expandYear(year: string): number {
  const value = Number(year);
  if (year.length !== 2) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}

function toTwentyFourHour(hour: number, meridiem: string | undefined): number {
  if (!meridiem || hour < 1 || hour > 12) return meridiem ? Number.NaN : hour;
  const pm = meridiem.toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

/** 'Z', 'GMT', 'WIB', '+0700', '+07:00', '+07', 'GMT+7' → minutes east of UTC. */
function zoneMinutes(zone: string): number | undefined {
  const named = ZONES.get(zone.toLowerCase());
  if (named !== undefined) return named;
  const m = NUMERIC_OFFSET.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function toUtcMs(f: DateFields, offsetMinutes: number): number | undefined {
  const inRange =
    f.month >= 1 && f.month <= 12 && f.day >= 1 && f.hour <= 23 && f.minute <= 59 && f.second <= 60;
  if (!inRange || !Number.isInteger(f.hour)) return undefined;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.day);
  if (date.getUTCMonth() !== f.month - 1 || date.getUTCDate() !== f.day) return undefined; // 31 Feb
  // A leap second (:60) is read as :59 rather than spilling into the next minute.
  date.setUTCHours(f.hour, f.minute, Math.min(f.second, 59), f.millisecond);
  const ms = date.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(ms) ? ms : undefined;
}
