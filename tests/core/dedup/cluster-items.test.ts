// clusterInOrder replays items as the worker sees them, and the worker's window drops stories
// older than windowHours after every cycle: a file of days months apart must not keep the earlier
// days' stories (their counts would weigh the later days' words as no worker's window does).
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { assignInOrder, clusterInOrder, inPublishedOrder, PRUNE_EVERY_MS, replaySteps } from '../../../src/core/dedup/cluster-items.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';

const lexicon = loadLexicon();
const background = loadBackground();

const item = (id: string, title: string, published: string): ClusterItem => ({ id, lang: 'en', title, summary: '', link: `https://example.test/${id}`, source: 'Test', published });

describe('clusterInOrder', () => {
  it('drops the stories that left the window as time passes, as the worker does', () => {
    const index = new StoryIndex(lexicon, background);
    clusterInOrder(
      [
        item('a', 'Volcano erupts on remote island, villagers evacuated', '2025-01-01T08:00:00Z'),
        item('b', 'Central bank raises interest rates to curb inflation', '2025-01-01T09:00:00Z'),
        item('c', 'Football club sacks its manager after heavy defeat', '2025-03-01T08:00:00Z'),
      ],
      index,
    );
    // January's stories are two months older than March's item: gone, as after a worker's cycle.
    expect(index.stories().map((story) => story.members.map((m) => m.id))).toEqual([['c']]);
  });

  it('keeps the stories still inside the window', () => {
    const index = new StoryIndex(lexicon, background);
    clusterInOrder(
      [
        item('a', 'Volcano erupts on remote island, villagers evacuated', '2025-01-01T08:00:00Z'),
        item('b', 'Central bank raises interest rates to curb inflation', new Date(Date.parse('2025-01-01T08:00:00Z') + 3 * PRUNE_EVERY_MS).toISOString()),
      ],
      index,
    );
    expect(index.stories()).toHaveLength(2);
  });
});

describe('assignInOrder', () => {
  it('yields each assignment before the next item is assigned, with the window pruned as clusterInOrder prunes it', () => {
    const items = [
      item('a', 'Volcano erupts on remote island, villagers evacuated', '2025-01-01T08:00:00Z'),
      item('b', 'Central bank raises interest rates to curb inflation', '2025-01-01T09:00:00Z'),
      item('c', 'Football club sacks its manager after heavy defeat', '2025-03-01T08:00:00Z'),
    ];
    const index = new StoryIndex(lexicon, background);
    // What the window held when each item's assignment came back (a script's teacher acts there).
    const windowAt: string[][] = [];
    for (const { item: assigned } of assignInOrder(items, index)) windowAt.push([assigned.id, ...index.stories().map((story) => story.members[0]!.id)]);
    expect(windowAt).toEqual([['a', 'a'], ['b', 'a', 'b'], ['c', 'c']]);
    const eager = new StoryIndex(lexicon, background);
    expect(clusterInOrder(items, eager).map(({ assignment }) => assignment.storyId)).toEqual(['story:a', 'story:b', 'story:c']);
  });
});

describe('replaySteps', () => {
  it('gives the times and prunes assignInOrder replays with: undated items at the latest time, a prune at most once an hour of the items\' time', () => {
    const at = (ms: number) => new Date(Date.parse('2025-01-01T08:00:00Z') + ms).toISOString();
    const items = [item('a', 'x', at(0)), item('b', 'y', ''), item('c', 'z', at(PRUNE_EVERY_MS / 2)), item('d', 'w', at(PRUNE_EVERY_MS))];
    expect([...replaySteps(items)].map(({ item: step, now, prune }) => [step.id, now.toISOString(), prune])).toEqual([
      ['a', at(0), true],
      ['b', at(0), false],
      ['c', at(PRUNE_EVERY_MS / 2), false],
      ['d', at(PRUNE_EVERY_MS), true],
    ]);
    // Out of published order: never pruned.
    expect([...replaySteps([items[3]!, items[0]!])].map(({ prune }) => prune)).toEqual([false, false]);
  });
});

describe('clusterInOrder on items out of published order', () => {
  it('keeps every story: no worker sees items months out of order, and an older item may still belong to one', () => {
    const index = new StoryIndex(lexicon, background);
    clusterInOrder(
      [
        item('a', 'Volcano erupts on remote island, villagers evacuated', '2025-01-01T08:00:00Z'),
        item('b', 'Central bank raises interest rates to curb inflation', '2025-03-01T08:00:00Z'),
        item('c', 'Football club sacks its manager after heavy defeat', '2025-02-01T08:00:00Z'),
      ],
      index,
    );
    expect(index.stories()).toHaveLength(3);
  });

  it('tells published order from disorder, undated items anywhere', () => {
    expect(inPublishedOrder([item('a', 'x', '2025-01-01T08:00:00Z'), item('b', 'y', ''), item('c', 'z', '2025-01-01T08:00:00Z')])).toBe(true);
    expect(inPublishedOrder([item('a', 'x', '2025-01-02T08:00:00Z'), item('b', 'y', ''), item('c', 'z', '2025-01-01T08:00:00Z')])).toBe(false);
  });
});
