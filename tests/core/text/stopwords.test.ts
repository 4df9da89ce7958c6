import { describe, expect, it } from 'vitest';
import { ind } from 'stopword/src/stopwords_ind.js';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';
import { stemWord } from '../../../src/core/text/stem.ts';
import { STEM_MATE_CONTENT_WORDS } from '../../../src/core/text/stem-mate-content-words.ts';
import { isStopword, NEWS_EXTRA_STOPWORDS } from '../../../src/core/text/stopwords.ts';

describe('Indonesian stopwords and their stem-mates', () => {
  it('the stem-mate content words come from the maintained list and are kept', () => {
    expect(STEM_MATE_CONTENT_WORDS.length).toBeGreaterThan(0);
    for (const word of STEM_MATE_CONTENT_WORDS) {
      expect(ind, word).toContain(word);
      if (!NEWS_EXTRA_STOPWORDS.id.includes(word)) expect(isStopword(word, 'id'), word).toBe(false);
    }
  });

  it('news fillers stay stopwords even where news derives longer words from them', () => {
    for (const word of NEWS_EXTRA_STOPWORDS.id) expect(isStopword(word, 'id'), word).toBe(true);
  });

  it('the rest of the maintained list is still dropped', () => {
    const mates = new Set(STEM_MATE_CONTENT_WORDS);
    for (const word of ind) if (!mates.has(word)) expect(isStopword(word, 'id'), word).toBe(true);
  });

  it('a kept stem-mate is the same key bare and derived ("Harga BBM Naik", "kenaikan harga BBM")', () => {
    const lexicon = loadLexicon();
    expect(stemWord('kenaikan', 'id')).toBe('naik');
    expect(analyzeText('Harga BBM Naik', lexicon, 'id').keys).toContain('naik');
    expect(analyzeText('Kenaikan harga BBM ditunda', lexicon, 'id').keys).toContain('naik');
  });

  it('a homograph of the list stays dropped bare while its derived word is kept ("atas", "atasi")', () => {
    const lexicon = loadLexicon();
    expect(STEM_MATE_CONTENT_WORDS).not.toContain('atas');
    expect(analyzeText('Banjir di atas jalan', lexicon, 'id').keys).not.toContain('atas');
    expect(analyzeText('Pemerintah atasi banjir', lexicon, 'id').keys).toContain('atas');
  });
});
