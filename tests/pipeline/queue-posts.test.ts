import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { silentLogger } from '../../src/adapters/logger.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import type { FeedItem, ItemDecision, Match } from '../../src/core/model.ts';
import { createExtractiveSummarizer } from '../../src/core/summarize/extractive-summarizer.ts';
import { Outbox } from '../../src/pipeline/outbox.ts';
import { queuePosts, type QueuedItem } from '../../src/pipeline/queue-posts.ts';
import { StoryBook } from '../../src/pipeline/story-book.ts';
import type { ArticleFetcher } from '../../src/ports.ts';
import { defaultSeeds } from '../helpers/topics.ts';

// One feed's matched items into the outbox: new stories' summaries are written concurrently (an
// article fetch each), but posts and updates are queued in the feed's order.

const lexicon = loadLexicon();
const background = loadBackground();
const match: Match = { score: 5, decision: true, lang: 'id', terms: [], concepts: [], reason: '' };
const seeds = new Map(defaultSeeds().map(({ name, seed }) => [name.slice(0, 3), seed]));
const NOW = new Date('2026-11-24T04:00:00Z');

function queued(prefix: string, slug = prefix): QueuedItem {
  const seed = seeds.get(prefix)!;
  const item: FeedItem = { id: slug, key: `https://x.example/${slug}`, feedId: 'f', title: seed.title, summary: seed.body.split('\n').slice(0, 3).join(' '), link: `https://x.example/${slug}`, published: NOW.toISOString(), source: `Outlet ${slug}` };
  return { item, topic: 'default', match };
}

/** Article pages that answer after `delayMs`, counting how many are fetched at once. */
function slowArticles(delayMs: number): ArticleFetcher & { maxInFlight: number; order: string[] } {
  let inFlight = 0;
  const fetcher = {
    maxInFlight: 0,
    order: [] as string[],
    async fetchArticle(url: string) {
      inFlight += 1;
      fetcher.maxInFlight = Math.max(fetcher.maxInFlight, inFlight);
      fetcher.order.push(url);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      inFlight -= 1;
      throw new Error('page gone');
    },
  };
  return fetcher;
}

describe('queuePosts', () => {
  it('writes new stories\' summaries concurrently and queues posts and updates in the feed\'s order', async () => {
    const store = new MemoryStore();
    const outbox = new Outbox(store);
    const articles = slowArticles(30);
    // 000 and 002 are one story (Kim meets Belousov); 001, 003, 004 are stories of their own.
    const items = [queued('001'), queued('000'), queued('003'), queued('002'), queued('004')];
    const decisions: ItemDecision[] = items.map((q) => ({ itemKey: q.item.key, feedId: 'f', title: q.item.title, kind: 'queued', topic: 'default', reason: '' }));
    const started = Date.now();
    await queuePosts(items, {
      outbox,
      stories: new StoryBook(store, lexicon, background),
      topicsByName: new Map(),
      summaryPorts: { articles, summarizer: createExtractiveSummarizer(lexicon, background), logger: silentLogger },
      timeZone: 'Asia/Jakarta',
      now: NOW,
      decisions,
    });
    // Four new stories, one fetch each, several at once (serially they would take 4 x 30 ms).
    expect(articles.order).toHaveLength(4);
    expect(articles.maxInFlight).toBeGreaterThan(1);
    expect(articles.maxInFlight).toBeLessThanOrEqual(4);
    expect(Date.now() - started).toBeLessThan(4 * 30 + 500);
    const entries = await outbox.entries();
    // The update of the waiting 000 post is merged into it by the outbox: it goes out once, up to date.
    expect(entries.map((e) => [e.kind ?? 'publish', e.post.itemKey])).toEqual([
      ['publish', 'https://x.example/001'],
      ['publish', 'https://x.example/000'],
      ['publish', 'https://x.example/003'],
      ['publish', 'https://x.example/004'],
    ]);
    expect(entries[1]!.post.alsoReportedBy).toEqual([{ source: 'Outlet 002', title: seeds.get('002')!.title, url: 'https://x.example/002' }]);
    expect(decisions.map((d) => d.kind)).toEqual(['queued', 'queued', 'queued', 'same-story', 'queued']);
  });
});
