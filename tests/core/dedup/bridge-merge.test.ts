// The bridge merge (bridge-merge.ts, StoryIndexOptions.bridgeMergeFactor): an item that joins its
// story and meets a second story well above that story's cut merges the two; off (the default,
// MATCH_CUTS bridgeMergeFactor 0) the two stay apart as single pass keeps them.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { clusterInOrder, finalGrouping } from '../../../src/core/dedup/cluster-items.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex, type StoryIndexOptions } from '../../../src/core/dedup/story-index.ts';

const lexicon = loadLexicon();
const background = loadBackground();

// Two events of made-up words (none in the background: all rare), and an item telling both.
const FIRST = ['zorvik', 'plemant', 'quasor', 'trindle', 'makoben'];
const SECOND = ['vornak', 'blistem', 'crudal', 'ophrine', 'selutar'];
const item = (id: string, words: readonly string[], hour: number): ClusterItem => ({
  id,
  title: words.slice(0, 4).join(' '),
  summary: `${words.join(' ')}. ${[...words].reverse().join(' ')}.`,
  lang: 'id',
  published: new Date(Date.UTC(2025, 0, 1, hour)).toISOString(),
});
const items = [item('a1', FIRST, 0), item('b1', SECOND, 1), item('a2', FIRST.slice(1), 2), item('bridge', [...FIRST, ...SECOND], 3), item('b2', SECOND.slice(0, 4), 4)];

function run(options: StoryIndexOptions) {
  const index = new StoryIndex(lexicon, background, options);
  const clustered = clusterInOrder(items, index);
  return { index, clustered, final: finalGrouping(clustered) };
}

describe('bridge merge', () => {
  it('off (the default), the two events stay two stories, the bridging item in one of them', () => {
    const { index, clustered, final } = run({});
    expect(index.stories()).toHaveLength(2);
    expect(clustered.some(({ assignment }) => assignment.merged !== undefined)).toBe(false);
    expect(final.get('a1')).toBe(final.get('a2'));
    expect(final.get('b1')).toBe(final.get('b2'));
    expect(final.get('a1')).not.toBe(final.get('b1'));
    expect([final.get('a1'), final.get('b1')]).toContain(final.get('bridge'));
  });

  it('on, the bridging item merges the second story into the one it joins, and later items join the merged story', () => {
    const { index, clustered, final } = run({ bridgeMergeFactor: 1.1 });
    const bridging = clustered.find(({ item: i }) => i.id === 'bridge')!.assignment;
    expect(bridging.merged).toHaveLength(1);
    expect(bridging.reason).toMatch(/; bridged ".+" into this story$/);
    // The merged story keeps the id of the story the item joined.
    expect(new Set(items.map((i) => final.get(i.id)))).toEqual(new Set([bridging.storyId]));
    expect(clustered.find(({ item: i }) => i.id === 'b2')!.assignment.storyId).toBe(bridging.storyId);
    const stories = index.stories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.members.map((m) => m.id)).toEqual(['a1', 'b1', 'a2', 'bridge', 'b2']);
    // A saved and restored index holds the merged story as the one that ran on.
    const restored = StoryIndex.fromStories(JSON.parse(JSON.stringify(stories)), lexicon, background, { bridgeMergeFactor: 1.1 });
    expect(restored.stories()).toEqual(stories);
  });

  it('after a merge the window (frequencies, postings, member map) is the one a restored index rebuilds: both decide alike', () => {
    const options: StoryIndexOptions = { bridgeMergeFactor: 1.1 };
    const live = new StoryIndex(lexicon, background, options);
    const bridging = clusterInOrder(items.slice(0, 4), live).at(-1)!.assignment;
    expect(bridging.merged).toHaveLength(1);
    const restored = StoryIndex.fromStories(JSON.parse(JSON.stringify(live.stories())), lexicon, background, options);
    // b1 again (its story was merged away: the member map must name the merged story), then later reports of each event.
    // Headlines alone too: the window's frequencies weigh their words (headlineIdfPriorStories).
    const later = [items[1]!, items[4]!, item('a3', FIRST.slice(0, 4), 5), item('b3', SECOND.slice(1), 6), { ...item('a4', FIRST.slice(1), 6), summary: '' }, { ...item('b4', SECOND.slice(0, 4), 6), summary: '' }];
    const decide = (index: StoryIndex) => later.map((i) => index.assign(i, new Date(Date.UTC(2025, 0, 1, 7))));
    const decided = decide(live);
    expect(decided[0]).toMatchObject({ storyId: bridging.storyId, kind: 'near-duplicate' });
    expect(decided.map((a) => a.storyId)).toEqual(later.map(() => bridging.storyId));
    expect(decide(restored)).toEqual(decided);
  });

  it('a factor the second story does not reach leaves them apart', () => {
    const { index } = run({ bridgeMergeFactor: 100 });
    expect(index.stories()).toHaveLength(2);
  });

  it('refuses a factor under 1 (a story the item does not meet cannot bridge)', () => {
    expect(() => new StoryIndex(lexicon, background, { bridgeMergeFactor: 0.5 })).toThrow(RangeError);
  });
});
