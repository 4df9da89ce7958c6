// The files the lexicon and the background are read from are edges: a corrupt one fails the load
// with one line naming the file and what is wrong, never a lookup later.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackgroundData } from '../../src/adapters/lexicon-files.ts';
import { BACKGROUND_FILE } from '../../src/adapters/project-paths.ts';
import { mergePlaces, type PlacesFile } from '../../src/adapters/places-file.ts';
import { ConfigError } from '../../src/core/errors.ts';
import type { EntityEntry } from '../../src/core/text/lexicon.ts';

describe('readBackgroundData', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newshound-background-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const shipped = JSON.parse(readFileSync(BACKGROUND_FILE, 'utf8')) as Record<string, unknown>;
  const readWith = (fields: Record<string, unknown>) => {
    const file = join(dir, 'table.json');
    writeFileSync(file, JSON.stringify({ ...shipped, ...fields }));
    return () => readBackgroundData(file);
  };

  it('reads the shipped table', () => {
    expect(readBackgroundData().idDocs).toBeGreaterThan(0);
  });

  it.each([
    ['no idDf', { idDf: undefined }, 'idDf: expected an object of counts'],
    ['a count that is text', { idDf: { banjir: 'many' } }, 'idDf: "banjir" is "many", not a count'],
    ['enDf without enDocs', { enDocs: undefined }, 'enDocs: expected a count beside enDf'],
    ['enCount a list', { enCount: [1, 2] }, 'enCount: expected an object of counts'],
    ['countryPairs null', { countryPairs: null }, 'countryPairs: expected an object of counts'],
    ['sources a string', { sources: 'SUBTLEX' }, 'sources: expected a list of strings'],
  ])('a corrupt table fails with one line: %s', (_, fields, what) => {
    const read = readWith(fields);
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(`${join(dir, 'table.json')}: background table: ${what}`);
  });

  it('a table without English news documents, or without word counts, is still a table', () => {
    expect(readWith({ enDocs: undefined, enDf: undefined })().enDf).toBeUndefined();
    expect(readWith({ enTokens: undefined, enCount: undefined })().enCount).toBeUndefined();
  });

  it('something else than a table fails as not a background table', () => {
    const file = join(dir, 'null.json');
    writeFileSync(file, 'null');
    expect(() => readBackgroundData(file)).toThrow(`${file}: not a newshound background table (version 1)`);
  });
});

describe('mergePlaces', () => {
  const entities: EntityEntry[] = [
    { id: 'java', type: 'place', label: 'Java', country: 'id', aliases: ['jawa'] },
    { id: 'bali', type: 'place', label: 'Bali', country: 'id', aliases: ['bali'] },
  ];
  const places = (list: PlacesFile['entities']): PlacesFile => ({ note: '', cut: 0.3, districts: true, entities: list });

  it("appends the gazetteer's aliases to the entity they name", () => {
    const merged = mergePlaces(entities, places([{ id: 'java', aliases: ['bantul', 'kota malang'] }]), 'places-id.json');
    expect(merged.map((e) => e.aliases)).toEqual([['jawa', 'bantul', 'kota malang'], ['bali']]);
  });

  it('an entity entities.json does not have, or named twice, fails with one line', () => {
    expect(() => mergePlaces(entities, places([{ id: 'borneo', aliases: ['x'] }]), 'places-id.json')).toThrow(new ConfigError('places-id.json: no entity "borneo" in entities.json'));
    expect(() => mergePlaces(entities, places([{ id: 'java', aliases: ['a'] }, { id: 'java', aliases: ['b'] }]), 'places-id.json')).toThrow(new ConfigError('places-id.json: entity "java" listed twice'));
  });
});
