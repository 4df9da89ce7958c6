// The scarce-key check (common-keys.ts, MATCH_CUTS scarceKeyMaxStories): a headline alone that
// shares with a story only keys many of the window's other stories hold (an occasion's name) is
// kept apart; one sharing a key few others hold (its event's own word) joins as before.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex, type StoryIndexOptions } from '../../../src/core/dedup/story-index.ts';
import { MATCH_CUTS } from '../../../src/core/dedup/story-match.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const now = new Date('2025-12-10T12:00:00Z');
const headline = (id: string, title: string, published = '2025-12-10T06:00:00Z'): ClusterItem => ({ id, title, summary: '', lang: 'id', published });

// Other events told under the occasion's name, each its own story in the window.
const OCCASION = [
  'Atlet Renang Indonesia Raih Emas di SEA Games 2025',
  'Voli Putri Indonesia Rebut Emas SEA Games 2025',
  'Pesilat Indonesia Sumbang Emas SEA Games 2025',
  'Pemanah Indonesia Petik Emas SEA Games 2025',
  'Menpora Targetkan Indonesia Raup 80 Emas SEA Games 2025',
  'Karateka Indonesia Bawa Pulang Emas SEA Games 2025',
];
const STORY = 'Jadwal Final Badminton SEA Games 2025: Tim Putra dan Putri Indonesia Buru Emas';
// Shares with the story only the words all six stories above hold (SEA Games, 2025, Indonesia, emas).
const SIBLING = 'Indonesia Tambah Emas di SEA Games 2025';
const REPORT = 'Hasil Final Badminton SEA Games 2025: Tim Putra Indonesia Raih Emas';

function run(options: StoryIndexOptions, last: string): { story: string; joined: string; window: number; reason: string } {
  // Ten candidates scored, not five: the six stories above share more keys with the item than the
  // story does and would fill the five, though outside the window of event time.
  const index = new StoryIndex(lexicon, background, { maxCandidates: 10, ...options });
  // Told under one name, these would join each other in a window this small; published four days
  // apart (no two within the 72-hour window of event time) each starts its own story, and none is
  // a candidate of the last two items, yet all are counted among the window's stories (the index
  // is never pruned here).
  for (const [i, title] of OCCASION.entries()) index.assign(headline(`o${i}`, title, new Date(Date.parse('2025-11-10T06:00:00Z') + 4 * 86_400_000 * (i - 1)).toISOString()), now);
  const window = index.size;
  const story = index.assign(headline('story', STORY), now).storyId;
  const joined = index.assign(headline('item', last), now);
  return { story, joined: joined.storyId, window, reason: joined.reason };
}

describe('the scarce-key check of a headline (common-keys.ts)', () => {
  it('is on in MATCH_CUTS', () => {
    expect(MATCH_CUTS.scarceKeyMaxStories).toBeGreaterThan(0);
  });

  it('keeps apart a headline sharing only the occasion\'s words with the story, which joins without the check', () => {
    const off = run({ scarceKeyMaxStories: 0 }, SIBLING);
    expect(off.window).toBe(OCCASION.length);
    expect(off.joined, off.reason).toBe(off.story);
    const on = run({}, SIBLING);
    expect(on.joined).not.toBe(on.story);
    expect(on.reason).toMatch(/every word it shares with the story is in more than \d+ other stories of the window/);
  });

  it('counts the other stories: a key the story and all six others hold is scarce at six other stories, not at five', () => {
    // The story itself holds every key it shares with the item: counted among the others, the
    // check would keep the item apart at six as well.
    const atSix = run({ scarceKeyMaxStories: OCCASION.length }, SIBLING);
    expect(atSix.joined, atSix.reason).toBe(atSix.story);
    const atFive = run({ scarceKeyMaxStories: OCCASION.length - 1 }, SIBLING);
    expect(atFive.joined).not.toBe(atFive.story);
    expect(atFive.reason).toMatch(new RegExp(`in more than ${OCCASION.length - 1} other stories`));
  });

  it('still joins a report sharing a word few other stories hold (badminton)', () => {
    const on = run({}, REPORT);
    expect(on.joined).toBe(on.story);
  });
});

describe('the scarce-key check on a story told in both languages', () => {
  // Translation folds an English report's names and words into the Indonesian keys, so a story
  // told in both languages holds them in both centroids, and the window's counts (per centroid)
  // count it twice: it must not be one of its own "other stories".
  const EARLIER = 'Prabowo Bertemu Anwar Ibrahim di Jakarta';
  function headlineAfter(earlier: number): string {
    const index = new StoryIndex(lexicon, background, { scarceKeyMaxStories: 1, maxCandidates: 10 });
    // The same words, four days apart and days before: each a story in the window's counts, never a
    // candidate (outside the window of event time).
    for (let i = 0; i < earlier; i += 1) index.assign(headline(`earlier${i}`, EARLIER, `2025-12-0${1 + 4 * i}T06:00:00Z`), now);
    const en = index.assign({ id: 'en', lang: 'en', published: '2025-12-10T06:00:00Z', title: 'Prabowo meets Anwar Ibrahim in Jakarta over Malaysia border deal', summary: 'Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Wednesday to sign a border deal.' }, now);
    const id = index.assign({ id: 'id', lang: 'id', published: '2025-12-10T07:00:00Z', title: 'Prabowo Bertemu Anwar Ibrahim di Jakarta Bahas Perjanjian Perbatasan Malaysia', summary: 'Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Rabu untuk menandatangani perjanjian perbatasan.' }, now);
    expect(id.storyId).toBe(en.storyId);
    const joined = index.assign(headline('item', 'Prabowo dan Anwar Ibrahim Bertemu di Jakarta'), now);
    expect(joined.storyId).toBe(en.storyId);
    return joined.reason;
  }

  it('a key the story holds in both languages and one other story holds is scarce at one other story', () => {
    expect(headlineAfter(1)).toMatch(/same-language cosine/);
  });

  it('with two other stories holding it, the check vetoes the same-language join (the cross-language one, on two shared names, is not its to veto)', () => {
    expect(headlineAfter(2)).toMatch(/cross-language cosine/);
  });
});
