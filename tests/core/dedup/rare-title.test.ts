// The rare-word join (rare-title.ts): a headline alone sharing two words rare in ordinary news with
// a headline member of a story meets a lower cut (MATCH_CUTS rareTitleMinIdf, rareTitleCutFactor,
// rareTitleMinShare, as scripts/story-curve.ts fitted them). Two reports of one event told in other
// words ("Wuling Eksion") meet under the plain cut; a place key counts as a word ("Bupati Pati":
// #pati, not only its region @java), in a restored index as in the one that saved it.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex, type StoryIndexOptions } from '../../../src/core/dedup/story-index.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const now = new Date('2026-01-21T12:00:00Z');
const headline = (id: string, title: string, hour: number): ClusterItem => ({ id, title, summary: '', lang: 'id', published: `2026-01-21T0${hour}:00:00Z` });
const OFF: StoryIndexOptions = { rareTitleMinIdf: 0 };

const PAIRS = [
  ['two rare words', 'Bocoran Harga Wuling Eksion, Ada Pilihan EV dan PHEV', 'Wuling Eksion Meluncur, SUV Listrik 7-Seater Harga mulai Rp 389 Juta', ['wuling', 'eksion']],
  ['a rare word and a place key', 'Sudewo Ditahan, Warga Kabupaten Pati Gelar Syukuran', 'Bupati Pati Sudewo Pakai Rompi Oranye Usai Diperiksa', ['sudewo', '#pati']],
] as const;

describe('the rare-word join of two headlines (rare-title.ts)', () => {
  it.each(PAIRS)('%s: joins at the lowered cut, stays apart without the join', (_, first, second, words) => {
    const index = new StoryIndex(lexicon, background);
    const a = index.assign(headline('a', first, 8), now);
    const b = index.assign(headline('b', second, 9), now);
    expect(b.storyId).toBe(a.storyId);
    expect(b.reason).toMatch(/lowered as it shares (two|\d) rare words/);
    for (const word of words) expect(b.reason).toContain(lexicon.labels.get(word) ?? word);
    const off = new StoryIndex(lexicon, background, OFF);
    const c = off.assign(headline('a', first, 8), now);
    expect(off.assign(headline('b', second, 9), now).storyId).not.toBe(c.storyId);
  });

  it.each(PAIRS)('%s: a restored index keeps the headline member\'s keys and joins as the original', (_, first, second) => {
    const index = new StoryIndex(lexicon, background);
    const a = index.assign(headline('a', first, 8), now);
    const restored = StoryIndex.fromStories(JSON.parse(JSON.stringify(index.stories())), lexicon, background);
    expect(restored.assign(headline('b', second, 9), now).storyId).toBe(a.storyId);
  });

  it('leaves an item with a summary to the plain cut', () => {
    const index = new StoryIndex(lexicon, background);
    index.assign(headline('a', PAIRS[0][1], 8), now);
    const b = index.assign({ ...headline('b', PAIRS[0][2], 9), summary: 'Mobil listrik baru dijual di Jakarta mulai pekan ini dengan tujuh kursi.' }, now);
    expect(b.reason).not.toMatch(/rare words/);
  });
});
