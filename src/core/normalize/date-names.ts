// Words feeds write in dates, lower-cased: English and Indonesian, and the month and weekday
// names of the other languages whose CMSs localise RFC 822 dates ("Senin, 06 Okt 2025 10:00:00
// +0700", "Seg, 24 Set 2018 19:42:40 -0300"): Portuguese, Spanish, French, German. Indonesian
// publishers also name their zones (WIB, WITA, WIT).

/** Month names and abbreviations → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      // English, Indonesian, Portuguese, Spanish, French, German
      [1, 'jan', 'january', 'januari', 'janeiro', 'ene', 'enero', 'janv', 'janvier', 'januar', 'jän'],
      [2, 'feb', 'february', 'februari', 'pebruari', 'peb', 'fev', 'fevereiro', 'febrero', 'févr', 'fevr', 'février', 'februar'],
      [3, 'mar', 'march', 'maret', 'março', 'marco', 'marzo', 'mars', 'märz', 'mär'],
      [4, 'apr', 'april', 'abr', 'abril', 'avr', 'avril'],
      [5, 'may', 'mei', 'mai', 'maio', 'mayo'],
      [6, 'jun', 'june', 'juni', 'junho', 'junio', 'juin'],
      [7, 'jul', 'july', 'juli', 'julho', 'julio', 'juil', 'juillet'],
      [8, 'aug', 'august', 'agu', 'agt', 'ags', 'agustus', 'ago', 'agosto', 'août', 'aout'],
      [9, 'sep', 'sept', 'september', 'set', 'setembro', 'septiembre', 'septembre'],
      [10, 'oct', 'october', 'okt', 'oktober', 'out', 'outubro', 'octubre', 'octobre'],
      [11, 'nov', 'november', 'nop', 'nopember', 'novembro', 'noviembre', 'novembre'],
      [12, 'dec', 'december', 'des', 'desember', 'dez', 'dezembro', 'dic', 'diciembre', 'déc', 'décembre', 'dezember'],
    ] as const
  ).flatMap(([month, ...names]) => names.map((name) => [name, month] as const)),
);

/** Weekday names are skipped, never checked: feeds get them wrong more often than the date. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
  'senin', 'sen', 'selasa', 'sel', 'rabu', 'rab', 'kamis', 'kam', 'jumat', 'jum', 'sabtu', 'sab', 'minggu', 'min', 'ahad',
  // Portuguese, Spanish, French, German; none that is also a month name ("mar": martes, mardi).
  'seg', 'segunda', 'ter', 'terça', 'qua', 'quarta', 'qui', 'quinta', 'sex', 'sexta', 'sáb', 'sábado', 'dom', 'domingo',
  'lun', 'lunes', 'martes', 'mié', 'miércoles', 'jue', 'jueves', 'vie', 'viernes', 'sábado',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
]);

// A weekday that is also a month would make "Mar 14, 2025" lose its month.
for (const name of WEEKDAYS) if (MONTHS.has(name)) throw new Error(`date-names: "${name}" is both a weekday and a month`);

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
