// `eval`'s replay (src/core/match/replay-with-memory.ts): a file decided as the worker decides a
// stream, in published order, each item with the topic's memory of what it matched before.
import { describe, expect, it } from 'vitest';
import { zetalandProfile } from '../../helpers/facet-profile.ts';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { prepareProfile } from '../../../src/core/match/match-item.ts';
import { decideWithMemory, replayOrder } from '../../../src/core/match/replay-with-memory.ts';
import { TOPIC_MEMORY_CUTS } from '../../../src/core/match/topic-memory.ts';
import type { NewsItem } from '../../../src/core/model.ts';

const lexicon = loadLexicon();
const prepared = prepareProfile(zetalandProfile('longsor'), lexicon);
const now = new Date('2026-01-01T00:00:00Z');
const cuts = { ...TOPIC_MEMORY_CUTS, minMatched: 3, minShare: 0.5, minKeys: 2 };

/** Floods in Zetaland told with the aftermath's words ("pengungsi", "Kurnaville"), one a day. */
const matches = (n: number, startDay: number): NewsItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i}`, lang: 'id', title: `Banjir Zetaland, pengungsi di Kurnaville bertambah ${i}`, summary: '', published: `2025-12-${String(startDay + i).padStart(2, '0')}T08:00:00Z` }));
// No flood word: the theme facet is missing (Zetaland names the other); only the memory can take it.
const aftermath: NewsItem = { id: 'after', lang: 'id', title: 'Pengungsi Kurnaville di Zetaland mulai pulang ke rumah', summary: '', published: '2025-12-14T08:00:00Z' };
// Neither the place nor a flood word: both facets missing, the stand-ins alone.
const facetless: NewsItem = { id: 'facetless', lang: 'id', title: 'Pengungsi Kurnaville mulai pulang ke rumah', summary: '', published: '2025-12-14T08:00:00Z' };

describe('eval replay with the topic memory', () => {
  it('takes a headline the profile turns down once earlier matches made its words stand for the topic', () => {
    const items = [...matches(4, 10), aftermath];
    expect(decideWithMemory(items, prepared, now, null)[4]!.decision).toBe(false);
    const decided = decideWithMemory(items, prepared, now, cuts)[4]!;
    expect(decided.decision).toBe(true);
    expect(decided.reason).toMatch(/^missing concept: theme: banjir, but its words stand for the topic now: of the recent items naming .*ungsi.* matched$/);
  });

  it('stands in for one facet, never for the whole topic: an item showing none of the facets stays out', () => {
    const items = [...matches(4, 10), facetless];
    expect(decideWithMemory(items, prepared, now, cuts)[4]!.decision).toBe(false);
    // The same memory with any number of facets missing would take it: the stand-ins are there.
    expect(decideWithMemory(items, prepared, now, { ...cuts, maxMissingFacets: Number.POSITIVE_INFINITY })[4]!.decision).toBe(true);
  });

  it('replays in published order, not file order: the same headline first in the file is still decided after the matches', () => {
    const items = [aftermath, ...matches(4, 10)];
    expect(decideWithMemory(items, prepared, now, cuts)[0]!.decision).toBe(true);
    // Dated before the matches, it is decided before them, with an empty memory.
    const early = { ...aftermath, published: '2025-12-01T08:00:00Z' };
    expect(decideWithMemory([early, ...matches(4, 10)], prepared, now, cuts)[0]!.decision).toBe(false);
  });

  it('does not count what it rescued: no matches, no stand-ins', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ ...aftermath, id: `a${i}` }));
    expect(decideWithMemory(items, prepared, now, cuts).some((m) => m.decision)).toBe(false);
  });

  it('orders by date, stable; an item without a date takes the day of the item before it in the file', () => {
    const items: NewsItem[] = [
      { id: 'b', title: 'x', summary: '', published: '2025-12-02 10:00 WIB' },
      { id: 'undated', title: 'x', summary: '' },
      { id: 'a', title: 'x', summary: '', published: 'Mon, 01 Dec 2025 10:00:00 +0000' },
      { id: 'c', title: 'x', summary: '', published: 'not a date' },
    ];
    // "undated" takes b's day, "c" a's.
    expect(replayOrder(items, now).map((o) => items[o.index]!.id)).toEqual(['a', 'c', 'b', 'undated']);
  });
});
