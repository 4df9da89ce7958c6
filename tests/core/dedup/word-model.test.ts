// The word-model join (word-model.ts, opt-in: MATCH_CUTS wordModelTau 0): a headline alone the cuts
// would start a story with joins the candidate story whose headline members' word model gives it a
// log likelihood ratio of at least wordModelTau, past the scarce-key check and the model's veto as
// a join of the cuts; a restored index decides as the live one.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex, type StoryIndexOptions } from '../../../src/core/dedup/story-index.ts';
import { MATCH_CUTS } from '../../../src/core/dedup/story-match.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const now = new Date('2026-01-21T12:00:00Z');
const headline = (id: string, title: string, hour: number): ClusterItem => ({ id, title, summary: '', lang: 'id', published: `2026-01-21T0${hour}:00:00Z` });
// Two reports of one launch whose headline cosine (0.38) stays under a plain cut of 0.6, with the
// rare-word join off: only the word model can join them.
const FIRST = 'Bocoran Harga Wuling Eksion, Ada Pilihan EV dan PHEV';
const SECOND = 'Wuling Eksion Meluncur, SUV Listrik 7-Seater Harga mulai Rp 389 Juta';
const THIRD = 'Harga Wuling Eksion Resmi Diumumkan, Konsumen Antre di Diler';
const CUTS: StoryIndexOptions = { rareTitleMinIdf: 0, headlineMinCosine: 0.6, scarceKeyMaxStories: 0, modelVetoMargin: -Infinity };
const ON: StoryIndexOptions = { ...CUTS, wordModelTau: 8, wordModelMu: 3, wordModelGamma: 0 };

describe('the word-model join (word-model.ts)', () => {
  it('is off as shipped', () => {
    expect(MATCH_CUTS.wordModelTau).toBe(0);
  });

  it('joins a headline the cuts leave apart, and names the rule and its ratio', () => {
    const off = new StoryIndex(lexicon, background, CUTS);
    const a = off.assign(headline('a', FIRST, 1), now);
    expect(off.assign(headline('b', SECOND, 2), now).storyId).not.toBe(a.storyId);
    const index = new StoryIndex(lexicon, background, ON);
    const first = index.assign(headline('a', FIRST, 1), now);
    const b = index.assign(headline('b', SECOND, 2), now);
    expect(b.storyId).toBe(first.storyId);
    expect(b.reason).toMatch(/the word-model join: log likelihood ratio \d+\.\d\d >= 8 over the story's 1 headline\(s\)/);
  });

  it('needs the ratio to reach tau', () => {
    const index = new StoryIndex(lexicon, background, { ...ON, wordModelTau: 40 });
    const a = index.assign(headline('a', FIRST, 1), now);
    expect(index.assign(headline('b', SECOND, 2), now).storyId).not.toBe(a.storyId);
  });

  it('reads only headline members: a story of items with a summary has no word model', () => {
    const index = new StoryIndex(lexicon, background, ON);
    const a = index.assign({ ...headline('a', FIRST, 1), summary: 'Mobil listrik baru dijual mulai pekan ini dengan tujuh kursi.' }, now);
    expect(index.assign(headline('b', SECOND, 2), now).storyId).not.toBe(a.storyId);
  });

  it("passes the model's veto as a join of the cuts does: refused, the refusal is the reason", () => {
    const index = new StoryIndex(lexicon, background, { ...ON, modelVetoMargin: 100 });
    const a = index.assign(headline('a', FIRST, 1), now);
    const b = index.assign(headline('b', SECOND, 2), now);
    expect(b.storyId).not.toBe(a.storyId);
    expect(b.reason).toMatch(/the word-model join: log likelihood ratio .* but the fitted model refused the join/);
  });

  it('passes the scarce-key check: sharing only words other stories of the window hold, it stays apart', () => {
    // Two other stories (items with a summary, kept apart by a cut of 0.95) hold every word the two headlines share.
    const others = (index: StoryIndex) => {
      for (const [i, text] of ['Wuling Eksion harga listrik SUV PHEV diler pameran otomotif Jakarta.', 'Harga Wuling Eksion listrik SUV PHEV dibandingkan merek Jepang dan Korea.'].entries()) {
        index.assign({ id: `o${i}`, title: `Ulasan ${i === 0 ? 'pameran' : 'pasar'}`, summary: text, lang: 'id', published: '2026-01-21T01:30:00Z' }, now);
      }
    };
    const run = (scarceKeyMaxStories: number) => {
      const index = new StoryIndex(lexicon, background, { ...ON, minCosine: 0.95, scarceKeyMaxStories });
      const a = index.assign(headline('a', FIRST, 1), now);
      others(index);
      return index.assign(headline('b', SECOND, 2), now).storyId === a.storyId;
    };
    expect(run(0)).toBe(true);
    expect(run(1)).toBe(false);
  });

  it('a restored index keeps the headline members\' keys and decides as the live one', () => {
    const live = new StoryIndex(lexicon, background, ON);
    live.assign(headline('a', FIRST, 1), now);
    live.assign(headline('b', SECOND, 2), now);
    const restored = StoryIndex.fromStories(JSON.parse(JSON.stringify(live.stories())), lexicon, background, ON);
    const fromLive = live.assign(headline('c', THIRD, 3), now);
    const fromRestored = restored.assign(headline('c', THIRD, 3), now);
    expect(fromLive.reason).toMatch(/the word-model join: .* over the story's 2 headline\(s\)/);
    expect(fromRestored).toEqual(fromLive);
    const other = 'Presiden Lantik Menteri Baru di Istana Negara';
    expect(restored.assign(headline('d', `${other} Wuling`, 4), now)).toEqual(live.assign(headline('d', `${other} Wuling`, 4), now));
  });
});
