import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { readTuningFile } from '../../../src/adapters/tuning-file.ts';
import { TopicFileError } from '../../../src/core/errors.ts';
import { matchItem, prepareProfile } from '../../../src/core/match/match-item.ts';
import { applyTuning, termKey } from '../../../src/core/profile/apply-tuning.ts';
import { defaultSeeds, learnFrom } from '../../helpers/topics.ts';

const lexicon = loadLexicon();
const { profile } = learnFrom(defaultSeeds(), 'default');
const item = {
  id: 'x',
  title: 'Korea Utara Kirim Ribuan Tentara ke Rusia',
  summary: 'Pasukan Korea Utara dikerahkan ke wilayah Kursk untuk membantu perang Rusia di Ukraina.',
};

describe('applyTuning', () => {
  it('maps a user term through aliases: Korut, North Korea and Korea Utara are one key', () => {
    expect(termKey('Korut', lexicon)).toBe(termKey('North Korea', lexicon));
    expect(termKey('korea utara', lexicon)).toBe(termKey('Pyongyang', lexicon));
  });

  it('an excluded term rejects an otherwise on-topic item', () => {
    expect(matchItem(item, prepareProfile(profile, lexicon)).decision).toBe(true);
    const tuned = applyTuning(profile, { exclude: ['Kursk'] }, lexicon);
    const result = matchItem(item, prepareProfile(tuned, lexicon));
    expect(result.decision).toBe(false);
    expect(result.reason).toMatch(/excluded term: Kursk/);
  });

  it('boost sets a learned weight or adds a new term', () => {
    const tuned = applyTuning(profile, { boost: { artileri: 7, Kursk: 0.5 } }, lexicon);
    expect(tuned.terms.find((t) => t.key === termKey('artileri', lexicon))?.weight).toBe(7);
    expect(tuned.terms.find((t) => t.key === termKey('Kursk', lexicon))?.weight).toBe(0.5);
    expect(profile.terms.find((t) => t.key === termKey('artileri', lexicon))?.weight ?? 0).not.toBe(7);
  });

  it('a required group becomes a concept every match must name', () => {
    const tuned = applyTuning(profile, { require: [['Kim Jong Un', 'Choe Son Hui']] }, lexicon);
    expect(tuned.concepts).toHaveLength(profile.concepts.length + 1);
    const result = matchItem(item, prepareProfile(tuned, lexicon));
    expect(result.decision).toBe(false);
    expect(result.reason).toMatch(/missing concept: Kim Jong Un \/ Choe Son Hui/);
  });

  it('a required group naming a learned facet replaces it; with "+" it extends it', () => {
    const side = profile.concepts.findIndex((c) => c.countries.includes('kp'));
    expect(side).toBeGreaterThanOrEqual(0);
    const replaced = applyTuning(profile, { require: [['Korea Utara', 'Kim Jong Un']] }, lexicon);
    expect(replaced.concepts).toHaveLength(profile.concepts.length);
    expect(replaced.concepts[side]).toMatchObject({ name: 'Korea Utara / Kim Jong Un', countries: [] });
    expect(replaced.concepts[side]!.keys).toEqual(expect.arrayContaining([termKey('Kim Jong Un', lexicon)]));

    const extended = applyTuning(profile, { require: [['+', 'North Korea', 'Kim Jong Un']] }, lexicon);
    expect(extended.concepts).toHaveLength(profile.concepts.length);
    expect(extended.concepts[side]!.name).toBe(profile.concepts[side]!.name);
    expect(extended.concepts[side]!.countries).toEqual(profile.concepts[side]!.countries);
    expect(extended.concepts[side]!.keys).toEqual(expect.arrayContaining([...profile.concepts[side]!.keys, termKey('Kim Jong Un', lexicon)]));
    // An item naming only the added term satisfies the extended facet.
    const kimOnly = { id: 'k', title: 'Kim Jong Un kirim ribuan tentara ke Rusia', summary: 'Pasukan dikerahkan ke wilayah Kursk untuk membantu perang Rusia di Ukraina.' };
    const concept = matchItem(kimOnly, prepareProfile(extended, lexicon)).concepts[side]!;
    expect(concept.matched.length).toBeGreaterThan(0);
    // The learned profile itself is left unchanged.
    expect(profile.concepts[side]!.keys).not.toContain(termKey('Kim Jong Un', lexicon));
  });

  it('an English word tunes English items: it is read in both languages', () => {
    const english = { id: 'en', title: 'North Korea sends troops and drones to Russia', summary: 'North Korean soldiers and drones were sent to the Kursk region to help Russia fight Ukraine.' };
    expect(matchItem(english, prepareProfile(profile, lexicon)).decision).toBe(true);
    const excluded = matchItem(english, prepareProfile(applyTuning(profile, { exclude: ['drones'] }, lexicon), lexicon));
    expect(excluded.decision).toBe(false);
    expect(excluded.reason).toMatch(/excluded term: drones/);
    // "munitions" read as English is the key English items carry, shared with Indonesian "amunisi".
    const boosted = applyTuning(profile, { boost: { munitions: 6 } }, lexicon);
    expect(boosted.terms.find((t) => t.key === termKey('amunisi', lexicon))?.weight).toBe(6);
  });

  it('threshold replaces the learned one', () => {
    const tuned = applyTuning(profile, { threshold: 50 }, lexicon);
    expect(matchItem(item, prepareProfile(tuned, lexicon)).decision).toBe(false);
  });
});

describe('readTuningFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newshound-tuning-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads the shipped default tuning file', () => {
    expect(() => readTuningFile(new URL('../../../config/topics/default.tuning.json', import.meta.url).pathname)).not.toThrow();
  });

  it('a missing file means no tuning', () => {
    expect(readTuningFile(join(dir, 'absent.json'))).toEqual({});
  });

  it.each([
    ['not JSON', '{ "threshold": ', /^tuning file \S+bad1\.json: not valid JSON/],
    ['wrong type', '{ "threshold": "high" }', /bad2\.json: threshold: /],
    ['negative weight', '{ "boost": { "kursk": -1 } }', /bad3\.json: boost\.kursk: weight must be >= 0/],
    ['empty group', '{ "require": [[]] }', /bad4\.json: require\.0: a required group needs at least one term/],
    ['unknown field', '{ "treshold": 0.4 }', /bad5\.json: .*treshold/],
  ])('%s: names the file and the field', (_case, text, message) => {
    const index = ['not JSON', 'wrong type', 'negative weight', 'empty group', 'unknown field'].indexOf(_case) + 1;
    const file = write(`bad${index}.json`, text);
    expect(() => readTuningFile(file)).toThrow(TopicFileError);
    expect(() => readTuningFile(file)).toThrow(message);
  });

  it('reports every problem at once', () => {
    const file = write('many.json', '{ "threshold": -1, "exclude": [""], "boost": { "x": "y" } }');
    let message = '';
    try {
      readTuningFile(file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/many\.json: /);
    for (const field of ['threshold: ', 'exclude.0: ', 'boost.x: ']) expect(message).toContain(field);
  });
});
