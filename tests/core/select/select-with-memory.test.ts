// selectItems with a topic's memory (src/core/match/topic-memory.ts): every item that is not a
// duplicate is counted, baseline and too-old ones included, as the profile decided it; an item
// the profile turns down for a missing facet is queued once the memory holds enough stand-ins.
import { describe, expect, it } from 'vitest';
import { TopicMemory, TOPIC_MEMORY_CUTS } from '../../../src/core/match/topic-memory.ts';
import type { FeedItem } from '../../../src/core/model.ts';
import { selectItems, type SelectInput, type TopicMatcher } from '../../../src/core/select/select-items.ts';
import { defaultSeeds, learnFrom } from '../../helpers/topics.ts';
import { KURSK_MATCHED_TITLES, KURSK_WITHOUT_KOREA } from '../../helpers/kursk-headlines.ts';

const NOW = new Date('2025-03-10T06:00:00Z');
const DAY = Math.floor(NOW.getTime() / 86_400_000);
const { prepared } = learnFrom(defaultSeeds(), 'default');

const MATCHED_TITLES = KURSK_MATCHED_TITLES;
const RESCUABLE = KURSK_WITHOUT_KOREA;

function item(title: string, i: number, hoursAgo = 1): FeedItem {
  return { id: `i${i}`, key: `https://example.test/${i}`, feedId: 'feed-a', title, summary: '', lang: 'id', published: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString() };
}

function input(items: FeedItem[], topic: TopicMatcher, extra: Partial<SelectInput> = {}): SelectInput {
  return { items, seen: new Set(), firstPoll: false, backfill: 0, now: NOW, maxItemAgeMs: 48 * 3_600_000, topics: [topic], ...extra };
}

const earlier = () => MATCHED_TITLES.map((t, i) => item(t, i));
const rescuable = () => item(RESCUABLE, 100);

describe('selectItems with a topic memory', () => {
  it('queues a headline missing a facet once earlier matches made its words stand-ins; without a memory it is off-topic', () => {
    const without = selectItems(input([...earlier(), rescuable()], { name: 'default', prepared }));
    expect(without.decisions.at(-1)).toMatchObject({ kind: 'off-topic', reason: 'missing concept: North Korea' });
    expect(without.queued).toHaveLength(MATCHED_TITLES.length);

    const memory = new TopicMemory(DAY);
    const withMemory = selectItems(input([...earlier(), rescuable()], { name: 'default', prepared, memory }));
    expect(withMemory.queued).toHaveLength(MATCHED_TITLES.length + 1);
    const last = withMemory.decisions.at(-1)!;
    expect(last).toMatchObject({ kind: 'queued', topic: 'default', title: RESCUABLE });
    expect(last.reason).toMatch(/^missing concept: North Korea, but its words stand for the topic now: of the recent items naming .*@kursk/);
    // Only what came before it counts: first in the feed, it is off-topic with the same memory.
    const firstMemory = new TopicMemory(DAY);
    const first = selectItems(input([rescuable(), ...earlier()], { name: 'default', prepared, memory: firstMemory }));
    expect(first.decisions[0]).toMatchObject({ kind: 'off-topic' });
  });

  it('counts a first poll\'s baseline and too-old items but never queues them; duplicates are not counted', () => {
    const memory = new TopicMemory(DAY);
    const baseline = selectItems(input([...earlier(), rescuable()], { name: 'default', prepared, memory }, { firstPoll: true }));
    expect(baseline.queued).toEqual([]);
    expect(new Set(baseline.decisions.map((d) => d.kind))).toEqual(new Set(['baseline']));
    expect(memory.toData().keys['@kursk']).toEqual([MATCHED_TITLES.length + 1, MATCHED_TITLES.length]);

    const old = new TopicMemory(DAY);
    const tooOld = selectItems(input(MATCHED_TITLES.map((t, i) => item(t, i, 72)), { name: 'default', prepared, memory: old }));
    expect(tooOld.queued).toEqual([]);
    expect(old.toData().keys['@kursk']).toEqual([MATCHED_TITLES.length, MATCHED_TITLES.length]);

    const dup = new TopicMemory(DAY);
    selectItems(input(earlier(), { name: 'default', prepared, memory: dup }, { seen: new Set(earlier().map((i) => i.key)) }));
    expect(dup.size).toBe(0);
    // The baseline's counts rescue the next poll's headline.
    const next = selectItems(input([item(RESCUABLE, 200)], { name: 'default', prepared, memory }));
    expect(next.decisions[0]).toMatchObject({ kind: 'queued' });
  });

  it('counts a rescued item as seen, not as matched', () => {
    const memory = new TopicMemory(DAY);
    selectItems(input(earlier(), { name: 'default', prepared, memory }));
    const [items, matched] = memory.toData().keys['@kursk']!;
    const rescued = selectItems(input([rescuable()], { name: 'default', prepared, memory }));
    expect(rescued.decisions[0]).toMatchObject({ kind: 'queued' });
    expect(memory.toData().keys['@kursk']).toEqual([items + 1, matched]);
    // A key only the rescued item held was in one item, matched by none.
    expect(memory.toData().keys['sengit']).toEqual([1, 0]);
  });

  it('needs the fitted cuts\' matched items: one fewer and the headline stays off-topic', () => {
    const memory = new TopicMemory(DAY);
    const few = earlier().slice(0, TOPIC_MEMORY_CUTS.minMatched - 1);
    const result = selectItems(input([...few, rescuable()], { name: 'default', prepared, memory }));
    expect(result.decisions.at(-1)).toMatchObject({ kind: 'off-topic' });
  });
});
