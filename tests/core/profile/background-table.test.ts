import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_FILE } from '../../../src/adapters/project-paths.ts';
import { lexiconHash, loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';
import type { BackgroundData } from '../../../src/core/profile/background.ts';

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
