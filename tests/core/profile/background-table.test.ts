import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_FILE } from '../../../src/adapters/project-paths.ts';
import { lexiconHash, loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';
import { makeBackground, type BackgroundData } from '../../../src/core/profile/background.ts';

describe('the shipped background table', () => {
  const data = JSON.parse(readFileSync(BACKGROUND_FILE, 'utf8')) as BackgroundData;

  it('was built with the current lexicon (else run: npm run build:background)', () => {
    expect(data.lexiconHash).toBe(lexiconHash());
  });

  it('keeps only general vocabulary: no key seen in fewer than 3 headlines', () => {
    expect(Math.min(...Object.values(data.idDf))).toBeGreaterThanOrEqual(3);
  });

  it('makes ordinary words common and topic names rare', () => {
    const background = loadBackground();
    const key = (word: string) => analyzeText(word, loadLexicon(), 'id').keys[0]!;
    expect(background.probability(key('harga'))).toBeGreaterThan(background.probability(key('Korea Utara')));
    expect(background.probability(key('jakarta'))).toBeGreaterThan(background.probability(key('Belousov')));
    expect(background.probability('never-seen-key')).toBeGreaterThan(0);
  });
});

describe('English: news documents over the subtitles prior', () => {
  const base: BackgroundData = { version: 1, lexiconHash: 'x', sources: [], idDocs: 10, idDf: {}, countryDocs: {}, countryPairs: {} };
  // Subtitles: 1,200,000 tokens = 100,000 documents of 12; news: 1,000 sentences.
  const data: BackgroundData = { ...base, enTokens: 1_200_000, enCount: { countries: 120, tariff: 12, film: 12_000 }, enDocs: 1_000, enDf: { countries: 40, official: 30 } };

  it('blends the news rate with the subtitles rate, the prior counting for W documents', () => {
    const background = makeBackground(data, undefined, 1_000);
    // countries: (40 + 1000 x 0.0012) / 2000; the subtitles alone say 0.0012, the news 0.04.
    expect(background.probability('countries', 'en')).toBeCloseTo((40 + 1_000 * 0.0012) / 2_000, 9);
    // A word the news never used keeps the subtitles' rate, scaled by the prior's share.
    expect(background.probability('film', 'en')).toBeCloseTo((1_000 * 0.12) / 2_000, 9);
    // A word only the news used is not impossible under the prior.
    expect(background.probability('official', 'en')).toBeCloseTo((30 + 1_000 * (0.5 / 100_000)) / 2_000, 9);
  });

  it('reads the news alone at W = 0 and the subtitles alone at W = Infinity', () => {
    expect(makeBackground(data, undefined, 0).probability('countries', 'en')).toBeCloseTo(0.04, 9);
    expect(makeBackground(data, undefined, Number.POSITIVE_INFINITY).probability('countries', 'en')).toBeCloseTo(0.0012, 9);
  });

  it('ships English news under the subtitles', () => {
    const shipped = JSON.parse(readFileSync(BACKGROUND_FILE, 'utf8')) as BackgroundData;
    expect(shipped.enDocs ?? 0).toBeGreaterThan(1_000);
    expect(shipped.enTokens ?? 0).toBeGreaterThan(1_000_000);
    const background = loadBackground();
    const key = (word: string) => analyzeText(word, loadLexicon(), 'en').keys[0]!;
    // Everyday news words are no longer rare as on film.
    expect(background.probability(key('countries'), 'en')).toBeGreaterThan(makeBackground(shipped, undefined, Number.POSITIVE_INFINITY).probability(key('countries'), 'en'));
  });
});
