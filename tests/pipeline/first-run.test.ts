import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFeed } from '../helpers/feed-server.ts';
import { type Article, entry, MINUTE_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, decisionKinds, type Harness, T0 } from './cycle-harness.ts';

// MonitoRSS's rule: the first poll of a feed records what is there and posts nothing (unless
// backfill asks for the newest few); from then on only new, on-topic items are posted.

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const firstItems = [entry(ON_TOPIC.troopsId, 1), entry(OFF_TOPIC.pricesId, 2), entry(ON_TOPIC.treatyId, 3), entry(OFF_TOPIC.sportsId, 4)];

describe('runCycle: the first poll of a feed', () => {
  it('records every item as the baseline and posts none', async () => {
    h.server.route('/kabar.xml', serveFeed(rss(firstItems, { now: T0 })));
    const feed = h.feed('/kabar.xml');

    const report = await h.run([feed]);

    expect(report.feeds).toEqual([expect.objectContaining({ feedId: feed.id, outcome: 'updated', items: 4 })]);
    expect(report.decisions.map((d) => d.kind)).toEqual(['baseline', 'baseline', 'baseline', 'baseline']);
    expect(report.decisions[0]?.reason).toMatch(/first poll/);
    expect(h.publisher.attempts).toEqual([]);
    expect(report.published).toBe(0);
    expect((await h.feedState(feed))?.initialized).toBe(true);
  });

  it('posts a new on-topic item on the next poll, and only that one', async () => {
    h.server.route('/kabar.xml', serveFeed(rss(firstItems, { now: T0 })));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);

    h.clock.advance(5 * MINUTE_MS);
    h.server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.shellsId, 0), ...firstItems], { now: T0 })));
    const report = await h.run([feed]);

    expect(decisionKinds(report)).toEqual({
      [ON_TOPIC.shellsId.title]: 'queued',
      [ON_TOPIC.troopsId.title]: 'duplicate',
      [OFF_TOPIC.pricesId.title]: 'duplicate',
      [ON_TOPIC.treatyId.title]: 'duplicate',
      [OFF_TOPIC.sportsId.title]: 'duplicate',
    });
    expect(h.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.shellsId.title]);
    const [post] = h.publisher.posts;
    expect(post).toMatchObject({
      topic: 'default',
      url: `https://kabar-benua.example.net/${ON_TOPIC.shellsId.slug}`,
      source: 'kabar.xml',
      summary: ON_TOPIC.shellsId.summary,
      published: T0.toISOString(),
      publishedLocal: '10 Mar 2025, 13:00 GMT+7',
    });
    expect(post?.id).toBe(`default:link:https://kabar-benua.example.net/${ON_TOPIC.shellsId.slug}`);
    expect(report).toMatchObject({ published: 1, publishFailures: 0, outboxSize: 0 });
  });

  // Each off-topic kind fails the matcher its own way: no North Korea/Russia at all, or both
  // named with no war evidence (the tourist train).
  it.each<[string, Article, 'en' | 'id', RegExp]>([
    ['prices (Indonesian)', OFF_TOPIC.pricesId, 'id', /^missing concept: North Korea; Russia/],
    ['sports (Indonesian)', OFF_TOPIC.sportsId, 'id', /^missing concept: North Korea; Russia/],
    ['prices (English)', OFF_TOPIC.pricesEn, 'en', /^missing concept/],
    ['a North Korea–Russia tourist train', OFF_TOPIC.tourismTrainEn, 'en', /^score [\d.]+ below threshold [\d.]+$/],
  ])('does not post a new off-topic item: %s', async (_label, article, language, reason) => {
    const feed = h.feed('/feed.xml', 'Kabar', { language });
    h.server.route('/feed.xml', serveFeed(rss([entry(ON_TOPIC.troopsEn, 2)], { now: T0 })));
    await h.run([feed]);

    h.clock.advance(5 * MINUTE_MS);
    h.server.route('/feed.xml', serveFeed(rss([entry(article, 0), entry(ON_TOPIC.troopsEn, 2)], { now: T0 })));
    const report = await h.run([feed]);

    const decision = report.decisions.find((d) => d.title === article.title);
    expect(decision).toMatchObject({ kind: 'off-topic', topic: 'default', reason: expect.stringMatching(reason) });
    expect(decision?.score).toEqual(expect.any(Number));
    expect(h.publisher.attempts).toEqual([]);
  });
});

describe('runCycle: backfill', () => {
  // Items in feed order oldest first, as some CMSs list them: backfill goes by date, not position.
  const oldestFirst = [entry(OFF_TOPIC.pricesId, 9), entry(ON_TOPIC.shellsId, 5), entry(ON_TOPIC.treatyId, 3), entry(ON_TOPIC.troopsId, 1)];

  it.each([
    [1, [ON_TOPIC.troopsId.title]],
    [2, [ON_TOPIC.treatyId.title, ON_TOPIC.troopsId.title]],
    [3, [ON_TOPIC.shellsId.title, ON_TOPIC.treatyId.title, ON_TOPIC.troopsId.title]],
  ])('backfill %i posts the newest %i items on the first poll, the rest are baseline', async (backfill, posted) => {
    h.server.route('/kabar.xml', serveFeed(rss(oldestFirst, { now: T0 })));
    const report = await h.run([h.feed('/kabar.xml')], { backfill });

    expect(h.publisher.posts.map((p) => p.title)).toEqual(posted);
    expect(report.decisions.filter((d) => d.kind === 'baseline')).toHaveLength(oldestFirst.length - backfill);
  });

  it('skips an off-topic item among the newest instead of posting it', async () => {
    h.server.route('/kabar.xml', serveFeed(rss(oldestFirst, { now: T0 })));
    const report = await h.run([h.feed('/kabar.xml')], { backfill: 10 });

    expect(decisionKinds(report)[OFF_TOPIC.pricesId.title]).toBe('off-topic');
    expect(h.publisher.posts).toHaveLength(3);
  });

  it('backfills only once: a second cycle posts nothing already in the feed', async () => {
    h.server.route('/kabar.xml', serveFeed(rss(oldestFirst, { now: T0 })));
    const feed = h.feed('/kabar.xml');
    await h.run([feed], { backfill: 2 });
    h.clock.advance(5 * MINUTE_MS);
    // A changed body (new off-topic item) so the feed is parsed and decided again.
    h.server.route('/kabar.xml', serveFeed(rss([entry(OFF_TOPIC.sportsId, 0), ...oldestFirst], { now: T0 })));
    const report = await h.run([feed], { backfill: 2 });

    expect(report.decisions.filter((d) => d.kind === 'duplicate')).toHaveLength(4);
    expect(h.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.treatyId.title, ON_TOPIC.troopsId.title]);
  });
});
