import { CorruptEntryError } from '../core/errors.ts';
import type { StateStore } from '../ports.ts';

/**
 * Appends what a reader could not use to a quarantine list under `key`, so a corrupt entry is set
 * aside, never silently lost. Returns the key it went under: if the list itself cannot be read,
 * it is left as it is and the values go under a key of their own beside it (`<key>:<at>`).
 */
export async function setAside(store: StateStore, key: string, values: readonly unknown[], at = 'undated'): Promise<string> {
  let list: unknown;
  try {
    list = await store.get<unknown>(key);
  } catch (error) {
    if (!(error instanceof CorruptEntryError)) throw error;
    list = error;
  }
  if (list !== undefined && !Array.isArray(list)) {
    const aside = `${key}:${at}`;
    await store.set(aside, values);
    return aside;
  }
  await store.set(key, [...((list as unknown[] | undefined) ?? []), ...values]);
  return key;
}
