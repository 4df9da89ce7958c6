import { isEntityKey } from './lexicon.ts';

/**
 * The longest phrase key a profile may hold and matching reads: a programme's full name ("Koperasi
 * Desa Merah Putih"), from the long form the seeds spell out for its acronym. Other phrases are two
 * adjacent word keys.
 */
export const MAX_PHRASE_WORDS = 4;

/**
 * The distinct evidence keys of an analysed text: its keys plus the phrases formed by
 * adjacent word keys ("menteri tahan" for "Menteri Pertahanan"). Entities are phrases already.
 */
export function evidenceKeys(keys: readonly string[]): Set<string> {
  const evidence = new Set<string>(keys);
  for (let i = 1; i < keys.length; i += 1) {
    const a = keys[i - 1]!;
    const b = keys[i]!;
    if (a !== b && !isEntityKey(a) && !isEntityKey(b)) evidence.add(`${a} ${b}`);
  }
  return evidence;
}
