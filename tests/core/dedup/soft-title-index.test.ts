// The soft match inside the story index, with the shipped background and its Indonesian word
// associations (the table the worker loads): two headlines on one import plan told in other
// words ("Agrinas ... Pikap dari India", "Rencana Impor Mobil Pikap untuk Kopdes") stay apart on
// their own words and meet when the soft match is on, and the join says why.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const now = new Date('2026-02-25T12:00:00Z');
const headline = (id: string, title: string, hour: number) => ({ id, title, summary: '', link: '', source: 'Kompas', lang: 'id' as const, published: `2026-02-25T0${hour}:00:00Z` });
const FIRST = 'Agrinas Impor 105 Ribu Pikap dari India';
const SECOND = 'DPR Soroti Rencana Impor Mobil Pikap untuk Kopdes';
const SOFT = { softTitleWeight: 0.5, softTitlePerWord: 3, softTitleMinShare: 0.1, softTitleMinFraction: 0, softTitleCutFactor: 0.6 };

describe('the soft match in the story index (shipped associations)', () => {
  it('the shipped background carries the Indonesian associations the soft match reads', () => {
    expect(background.associations('id')?.associates.size ?? 0).toBeGreaterThan(1000);
  });

  it('off (MATCH_CUTS): the two headlines start two stories', () => {
    const index = new StoryIndex(lexicon, background);
    const a = index.assign(headline('a', FIRST, 8), now);
    expect(index.assign(headline('b', SECOND, 9), now).storyId).not.toBe(a.storyId);
  });

  it('on: the second joins the first, and its reason names the lowered cut and the soft cosine', () => {
    const index = new StoryIndex(lexicon, background, SOFT);
    const a = index.assign(headline('a', FIRST, 8), now);
    const b = index.assign(headline('b', SECOND, 9), now);
    expect(b.storyId).toBe(a.storyId);
    expect(b.reason).toMatch(/lowered as its words with their associates in ordinary news meet the story at 0\.\d\d/);
  });
});
