import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import type { EntityEntry } from '../core/text/lexicon.ts';
import { PROJECT_ROOT } from './project-paths.ts';

// The generated Indonesian gazetteer (config/lexicon/places-id.json, written by
// scripts/build-places.ts from official area data): more aliases for the island-region entities
// of entities.json, kept in its own file so that nobody edits them by hand.

/**
 * The island-region entity of each province, by the province's two-digit code. The first digit
 * of the official code is the island group (1 Sumatra, 3 Java, 5 Bali and Nusa Tenggara,
 * 6 Kalimantan, 7 Sulawesi, 8 Maluku, 9 Papua); Bali keeps its own entity, as it had one.
 */
export const PLACE_REGION_BY_PROVINCE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['11', '12', '13', '14', '15', '16', '17', '18', '19', '21'].map((code) => [code, 'sumatra'])),
  ...Object.fromEntries(['31', '32', '33', '34', '35', '36'].map((code) => [code, 'java'])),
  '51': 'bali',
  '52': 'nusa-tenggara',
  '53': 'nusa-tenggara',
  ...Object.fromEntries(['61', '62', '63', '64', '65'].map((code) => [code, 'kalimantan'])),
  ...Object.fromEntries(['71', '72', '73', '74', '75', '76'].map((code) => [code, 'sulawesi'])),
  '81': 'maluku',
  '82': 'maluku',
  ...Object.fromEntries(['91', '92', '93', '94', '95', '96'].map((code) => [code, 'papua'])),
};

/**
 * What news writes before a place's name ("Bupati Pati", "Kota Malang", "Kecamatan Sibolangit"):
 * scripts/build-places.ts adds each qualified form as an alias, and the lexicon reads a qualified
 * alias as the same place as the bare name (one place key, src/core/text/lexicon.ts).
 */
export const PLACE_QUALIFIERS = {
  province: ['provinsi', 'pemprov', 'gubernur'],
  city: ['kota', 'pemkot', 'wali kota', 'walikota'],
  regency: ['kabupaten', 'kab', 'pemkab', 'bupati'],
  district: ['kecamatan'],
} as const;

/** The official area tables the gazetteer is generated from (npm idn-area-data, a dev dependency). */
export const AREA_DATA_DIR = join(PROJECT_ROOT, 'node_modules/idn-area-data/data');

/** One of the area tables (provinces.csv, regencies.csv, ...) as rows keyed by its header. */
export function readAreaCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(AREA_DATA_DIR, file), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header!.split(',');
  return rows.map((row) => {
    // The files quote no field: names hold no commas.
    const cells = row.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

export const placesFileSchema = z.object({
  note: z.string(),
  cut: z.number(),
  districts: z.boolean(),
  entities: z.array(z.object({ id: z.string().min(1), aliases: z.array(z.string().min(1)) })),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;

/**
 * The entities with the gazetteer's aliases appended to those of the entity they name. An id the
 * entities do not have, or one listed twice (the second list would silently replace the first),
 * fails the load.
 */
export function mergePlaces(entities: readonly EntityEntry[], places: PlacesFile, file: string): EntityEntry[] {
  const extra = new Map<string, string[]>();
  for (const { id, aliases } of places.entities) {
    if (extra.has(id)) throw new ConfigError(`${file}: entity "${id}" listed twice`);
    if (!entities.some((e) => e.id === id)) throw new ConfigError(`${file}: no entity "${id}" in entities.json`);
    extra.set(id, aliases);
  }
  // The gazetteer's aliases name places within the region: each is also a place of its own (EntityEntry.places).
  return entities.map((e) => (extra.has(e.id) ? { ...e, aliases: [...e.aliases, ...extra.get(e.id)!], places: extra.get(e.id)! } : e));
}
