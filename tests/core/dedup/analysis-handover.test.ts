// The story index takes the matcher's analysis of an item's text instead of analysing it again
// (select-items.ts hands it over, queue-posts.ts passes it on): the same assignments, and keys
// made with another lexicon are never trusted.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon, readLexiconData } from '../../../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR } from '../../../src/adapters/project-paths.ts';
import { readSeedDir } from '../../../src/adapters/topic-files.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';
import { prepareProfile } from '../../../src/core/match/match-item.ts';
import type { FeedItem } from '../../../src/core/model.ts';
import { learnProfile } from '../../../src/core/profile/learn-profile.ts';
import { selectItems } from '../../../src/core/select/select-items.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';
import { itemText } from '../../../src/core/text/dateline.ts';
import { compileLexicon } from '../../../src/core/text/lexicon.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const seeds = readSeedDir(DEFAULT_SEEDS_DIR);
const NOW = new Date('2024-12-01T00:00:00Z');

const seedItems: ClusterItem[] = seeds.map(({ name, seed }, i) => ({
  id: name,
  title: seed.title,
  summary: seed.body.split('\n').slice(0, 3).join(' '),
  lang: 'id',
  published: new Date(NOW.getTime() - (seeds.length - i) * 3_600_000).toISOString(),
}));

function handedOver(item: ClusterItem, keysLexicon = lexicon): ClusterItem {
  const { lang, keys, places } = analyzeText(itemText(item), keysLexicon, item.lang, { places: true });
  return { ...item, analysed: { lexicon: keysLexicon, lang, keys, places } };
}

const assignAll = (items: readonly ClusterItem[], decision: 'cuts' | 'model' = 'cuts') => {
  const index = new StoryIndex(lexicon, background, { decision });
  return items.map((item) => index.assign(item, NOW));
};

describe('the matcher hands its analysis to the story index', () => {
  it('gives the same assignments (story, kind, similarity, reason) as analysing again', () => {
    expect(assignAll(seedItems.map((item) => handedOver(item)))).toEqual(assignAll(seedItems));
  });

  it('uses the handed-over keys: keys of another text decide as that text would', () => {
    // Another topic's report, published beside the first (a seed's lead dating another meeting would
    // keep it apart by time whatever its keys), carrying the first one's keys: it joins the first as
    // a copy of it, which on its own words it does not.
    const first = seedItems[0]!;
    const second: ClusterItem = { id: 'chili', lang: 'id', title: 'Harga Cabai Rawit di Pasar Induk Naik Jelang Natal', summary: 'Pedagang di pasar induk mengatakan pasokan cabai rawit dari petani berkurang karena hujan.', published: first.published };
    expect(new Set(assignAll([first, second]).map((a) => a.storyId)).size).toBe(2);
    const withFirstKeys: ClusterItem = { ...second, analysed: handedOver(first).analysed! };
    const [a, b] = assignAll([first, withFirstKeys]);
    expect(b).toMatchObject({ storyId: a!.storyId, isNew: false });
    expect(b!.similarity).toBeGreaterThan(0.99);
  });

  it('analyses again a text handed over without its place keys (the story index weighs them)', () => {
    const [first, second] = [seedItems[0]!, seedItems[1]!];
    const { places: _dropped, ...withoutPlaces } = handedOver(first).analysed!;
    // The second item's text with the first one's keys but no place keys: read as its own text.
    expect(assignAll([first, { ...second, analysed: withoutPlaces }])).toEqual(assignAll([first, second]));
  });

  it('ignores keys made with another lexicon', () => {
    const otherLexicon = compileLexicon(readLexiconData());
    expect(otherLexicon).not.toBe(lexicon);
    const [first, second] = [seedItems[0]!, seedItems[1]!];
    const foreign: ClusterItem = { ...second, analysed: { ...handedOver(first, otherLexicon).analysed! } };
    expect(assignAll([first, foreign])).toEqual(assignAll([first, second]));
  });

  it('decision model: the same assignments as analysing again', () => {
    expect(assignAll(seedItems.map((item) => handedOver(item)), 'model')).toEqual(assignAll(seedItems, 'model'));
  });

  // The model drops a summary sentence its source used before (source-furniture.ts): the keys
  // handed over were made from the whole summary, so a shortened one is analysed again.
  it('decision model: a summary its source furniture shortened is analysed again, not read from the keys handed over', () => {
    const plug = 'Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning.';
    const [first, second] = [seedItems[0]!, seedItems[1]!];
    const a: ClusterItem = { ...first, source: 'outlet', summary: `${first.summary} ${plug}` };
    const b: ClusterItem = { ...second, source: 'outlet', summary: `${second.summary} ${plug}` };
    // b carries a's keys: read as they are, b would be a copy of a.
    const bWithKeysOfA: ClusterItem = { ...b, analysed: handedOver(a).analysed! };
    const [, joined] = assignAll([a, bWithKeysOfA], 'model');
    expect(joined).toEqual(assignAll([a, b], 'model')[1]);
    expect(joined!.kind).not.toBe('near-duplicate');
  });

  it('selectItems queues each matched item with the analysis it was matched on', () => {
    const profile = learnProfile(seeds, lexicon, background, { name: 'default' });
    const prepared = prepareProfile(profile, lexicon);
    const items: FeedItem[] = seeds.map(({ name, seed }) => ({ key: name, feedId: 'f', title: seed.title, summary: seed.body, link: `https://example.com/${name}` }) as FeedItem);
    const { queued } = selectItems({ items, seen: new Set(), firstPoll: false, backfill: 0, now: NOW, maxItemAgeMs: Infinity, topics: [{ name: 'default', prepared }] });
    expect(queued.length).toBeGreaterThan(0);
    for (const { item, match, analysed } of queued) {
      const again = analyzeText(`${item.title}\n${item.summary}`, lexicon, item.lang, { places: true });
      expect(analysed).toEqual({ lexicon, lang: again.lang, keys: again.keys, places: again.places });
      expect(match.lang).toBe(again.lang);
    }
  });
});
