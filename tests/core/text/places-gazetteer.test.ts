import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { AREA_DATA_DIR, PLACE_REGION_BY_PROVINCE, placesFileSchema, readAreaCsv as readCsv } from '../../../src/adapters/places-file.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';

// The generated gazetteer (config/lexicon/places-id.json, scripts/build-places.ts) covers every
// region of Indonesia the same way, and keeps its collision rule: a name that is also an ordinary
// word the news uses otherwise counts only in its qualified form.

const places = placesFileSchema.parse(JSON.parse(readFileSync(new URL('../../../config/lexicon/places-id.json', import.meta.url), 'utf8')));
const lexicon = loadLexicon();
const placesIn = (text: string): string[] => analyzeText(text, lexicon, 'id').keys.filter((key) => key.startsWith('@'));

describe('the generated place gazetteer', () => {
  it('gives every island region aliases', () => {
    const regions = new Set(Object.values(PLACE_REGION_BY_PROVINCE));
    const counts = new Map(places.entities.map((e) => [e.id, e.aliases.length]));
    expect([...regions].filter((region) => (counts.get(region) ?? 0) === 0)).toEqual([]);
  });

  it.skipIf(!existsSync(AREA_DATA_DIR))('maps every regency and city, qualified, to the region of its province', () => {
    const provinces = readCsv('provinces.csv');
    expect(provinces.filter((p) => PLACE_REGION_BY_PROVINCE[p.code!] === undefined).map((p) => p.name)).toEqual([]);
    const wrong: string[] = [];
    for (const regency of readCsv('regencies.csv')) {
      const region = `@${PLACE_REGION_BY_PROVINCE[regency.province_code!]!}`;
      const name = regency.name!.replace(/\s+ADMINISTRASI\s+/, ' ');
      // The Jakarta cities keep "Jakarta" the country's capital (an alias of Indonesia).
      if (!placesIn(name).includes(region) && !/JAKARTA|SERIBU/.test(name)) wrong.push(`${name}: ${placesIn(name).join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads an ordinary word the news uses otherwise as a place only when qualified', () => {
    expect(placesIn('Polda Metro Jaya tangkap pelaku')).not.toContain('@sumatra');
    expect(placesIn('Banjir rendam Kota Metro, Lampung')).toContain('@sumatra');
    expect(placesIn('Truk batu bara terguling')).toEqual([]);
    expect(placesIn('Wisatawan padati Kota Batu')).toContain('@java');
  });

  it('reads a plain regency or city name alone as its region', () => {
    expect(placesIn('Longsor di Bantul')).toEqual(['@java']);
    expect(placesIn('Banjir bandang di Tapanuli Tengah')).toEqual(['@sumatra']);
    expect(placesIn('Gempa guncang Mamuju')).toEqual(['@sulawesi']);
    expect(placesIn('Kebakaran di Merauke')).toEqual(['@papua']);
  });
});
