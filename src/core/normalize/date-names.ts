// Words feeds write in dates, English and Indonesian, lower-cased. Indonesian publishers localise
// RFC 822 dates ("Senin, 06 Okt 2025 10:00:00 +0700") and name their zones (WIB, WITA, WIT).

/** Month names and abbreviations → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'jan', 'january', 'januari'],
      [2, 'feb', 'february', 'februari', 'pebruari', 'peb'],
      [3, 'mar', 'march', 'maret'],
      [4, 'apr', 'april'],
      [5, 'may', 'mei'],
      [6, 'jun', 'june', 'juni'],
      [7, 'jul', 'july', 'juli'],
      [8, 'aug', 'august', 'agu', 'agt', 'ags', 'agustus'],
      [9, 'sep', 'sept', 'september'],
      [10, 'oct', 'october', 'okt', 'oktober'],
      [11, 'nov', 'november', 'nop', 'nopember'],
      [12, 'dec', 'december', 'des', 'desember'],
    ] as const
  ).flatMap(([month, ...names]) => names.map((name) => [name, month] as const)),
);

/** Weekday names are skipped, never checked: feeds get them wrong more often than the date. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
  'senin', 'sen', 'selasa', 'sel', 'rabu', 'rab', 'kamis', 'kam', 'jumat', 'jum', 'sabtu', 'sab', 'minggu', 'min', 'ahad',
]);

/**
 * Zone abbreviations → minutes east of UTC. RFC 822 §5.1 names UT, GMT, Z and the four US
 * zones; the rest are ones seen in real feeds. Ambiguous ones (IST: India or Ireland? CST:
 * US or China?) take their RFC 822 or most common meaning; an unknown name makes the date
 * unreadable rather than silently hours off.
 */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ['z', 0], ['ut', 0], ['utc', 0], ['gmt', 0],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300],
  ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['akst', -540], ['akdt', -480], ['hst', -600],
  ['wet', 0], ['west', 60], ['bst', 60], ['cet', 60], ['cest', 120], ['eet', 120], ['eest', 180], ['msk', 180],
  ['ist', 330], ['sgt', 480], ['myt', 480], ['hkt', 480], ['pht', 480], ['jst', 540], ['kst', 540],
  ['aest', 600], ['aedt', 660],
  // Indonesia: Waktu Indonesia Barat / Tengah / Timur.
  ['wib', 420], ['wita', 480], ['wit', 540],
]);
