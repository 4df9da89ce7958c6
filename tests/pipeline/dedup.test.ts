import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFeed } from '../helpers/feed-server.ts';
import { atom, entry, HOUR_MS, MINUTE_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, fixture, type Harness, T0 } from './cycle-harness.ts';

// One article, one post: whichever feed carries it, however its link is tagged, however sloppy
// the feed that lists it.

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const ARTICLE = 'https://kabar-benua.example.net/dunia/kim-putin-perjanjian-pertahanan';
const baselineRss = rss([entry(OFF_TOPIC.pricesId, 6)], { now: T0 });
const baselineAtom = atom([entry(OFF_TOPIC.pricesEn, 6)], { now: T0 });

function serveBoth(withArticle: boolean): void {
  const inRss = withArticle ? [entry(ON_TOPIC.treatyId, 1, { link: `${ARTICLE}?utm_source=rss&utm_medium=feed` })] : [];
  const inAtom = withArticle ? [entry(ON_TOPIC.treatyId, 1, { link: `${ARTICLE}?utm_campaign=world&fbclid=abc#top` })] : [];
  h.server.route('/kabar.xml', serveFeed(withArticle ? rss([...inRss, entry(OFF_TOPIC.pricesId, 6)], { now: T0 }) : baselineRss));
  h.server.route('/world.atom', serveFeed(withArticle ? atom([...inAtom, entry(OFF_TOPIC.pricesEn, 6)], { now: T0 }) : baselineAtom));
}

describe('runCycle: one article in two feeds', () => {
  const feeds = () => [h.feed('/kabar.xml', 'Kabar Benua'), h.feed('/world.atom', 'World Desk', { language: 'en' })];

  it('is posted once when both carry it in the same cycle, tracking parameters aside', async () => {
    serveBoth(false);
    await h.run(feeds());
    h.clock.advance(5 * MINUTE_MS);
    serveBoth(true);
    const report = await h.run(feeds());

    const about = report.decisions.filter((d) => d.title === ON_TOPIC.treatyId.title);
    expect(about.map((d) => d.kind).sort()).toEqual(['duplicate', 'queued']);
    expect(new Set(about.map((d) => d.itemKey))).toEqual(new Set([`link:${ARTICLE}`]));
    expect(h.publisher.posts.map((p) => p.url)).toEqual([ARTICLE]);
  });

  it('is posted once when the second feed carries it a cycle later', async () => {
    serveBoth(false);
    await h.run(feeds());
    h.clock.advance(5 * MINUTE_MS);
    h.server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.treatyId, 1, { link: `${ARTICLE}?utm_source=rss` })], { now: T0 })));
    await h.run(feeds());
    h.clock.advance(5 * MINUTE_MS);
    serveBoth(true);
    const report = await h.run(feeds());

    expect(report.decisions.find((d) => d.feedId === feeds()[1]?.id && d.title === ON_TOPIC.treatyId.title)?.kind).toBe('duplicate');
    expect(h.publisher.posts).toHaveLength(1);
  });
});

describe('runCycle: a sloppy feed (tests/fixtures/cycle/repeats.xml)', () => {
  // 8 <item>s: one listed twice, two sharing a guid without a link, two with neither guid nor
  // link, two live-blog updates sharing one link.
  it('decides each distinct item once, posts each once, and keeps their keys across polls', async () => {
    h.server.route('/ceroboh.xml', serveFeed(fixture('repeats.xml')));
    const feed = h.feed('/ceroboh.xml', 'Kabar Ceroboh');
    const first = await h.run([feed], { backfill: 20 });

    expect(first.feeds[0]).toMatchObject({ outcome: 'updated', items: 7 });
    expect(first.decisions).toHaveLength(7);
    expect(new Set(first.decisions.map((d) => d.itemKey)).size).toBe(7);
    expect(first.decisions.map((d) => d.itemKey)).toEqual([
      'link:https://kabar-ceroboh.example.net/dunia/ribuan-tentara',
      `guid:${feed.id}:kc-200`,
      `guid:${feed.id}:kc-200#2`,
      expect.stringMatching(new RegExp(`^hash:${feed.id}:[0-9a-f]{16}$`)),
      expect.stringMatching(new RegExp(`^hash:${feed.id}:[0-9a-f]{16}$`)),
      `guid:${feed.id}:kc-live-1`,
      `guid:${feed.id}:kc-live-2`,
    ]);
    expect(first.decisions.every((d) => d.kind === 'queued')).toBe(true);
    expect(new Set(h.publisher.posts.map((p) => p.id)).size).toBe(7);

    // A later body with one more item: the same seven keys come back as duplicates.
    h.clock.advance(5 * MINUTE_MS);
    const extra = '<item><title>Harga Beras Naik di Pasar Induk Cipinang</title><link>https://kabar-ceroboh.example.net/ekonomi/beras</link></item>\n  </channel>';
    h.server.route('/ceroboh.xml', serveFeed(fixture('repeats.xml').toString('utf8').replace('</channel>', extra)));
    const second = await h.run([feed], { backfill: 20 });

    expect(second.decisions.filter((d) => d.kind === 'duplicate').map((d) => d.itemKey)).toEqual(first.decisions.map((d) => d.itemKey));
    expect(h.publisher.posts).toHaveLength(7);
  });
});

describe('runCycle: item age', () => {
  it.each([
    [47, 'queued'],
    [49, 'too-old'],
    [72, 'too-old'],
  ])('a new item published %i h ago is %s (max age 48 h)', async (ageHours, kind) => {
    h.server.route('/kabar.xml', serveFeed(baselineRss));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    const now = h.clock.now();
    h.server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, ageHours), entry(OFF_TOPIC.pricesId, 6)], { now })));
    const report = await h.run([feed]);

    const decision = report.decisions.find((d) => d.title === ON_TOPIC.troopsId.title);
    expect(decision?.kind).toBe(kind);
    if (kind === 'too-old') {
      expect(decision?.reason).toBe(`published ${new Date(now.getTime() - ageHours * HOUR_MS).toISOString()}, older than 48 h`);
    }
    expect(h.publisher.posts).toHaveLength(kind === 'queued' ? 1 : 0);
  });
});

describe('runCycle: an ISO-8859-1 feed (tests/fixtures/cycle/latin1-kabar.xml)', () => {
  const bytes = fixture('latin1-kabar.xml');

  it('is really single-byte ISO-8859-1 on disk', () => {
    expect(bytes.includes(Buffer.from([0xe8]))).toBe(true); // è
    expect(bytes.includes(Buffer.from('è', 'utf8'))).toBe(false);
  });

  it.each([
    ['no charset (the XML declaration decides)', 'application/rss+xml'],
    ['charset=ISO-8859-1', 'application/rss+xml; charset=ISO-8859-1'],
    ['text/xml; charset="iso-8859-1"', 'text/xml; charset="iso-8859-1"'],
  ])('goes through the whole cycle with its accents intact: %s', async (_label, contentType) => {
    h.server.route('/latin1.xml', serveFeed(bytes, { contentType }));
    const report = await h.run([h.feed('/latin1.xml', 'Kabar Benua Latin-1')], { backfill: 5 });

    expect(report.feeds[0]).toMatchObject({ outcome: 'updated', items: 2 });
    expect(h.publisher.posts).toHaveLength(1);
    const [post] = h.publisher.posts;
    expect(post?.title).toBe('Menhan Hélène Lefèvre: Tentara Korea Utara Bantu Rusia Perangi Ukraina');
    expect(post?.summary).toContain('di Genève bahwa ribuan tentara Korea Utara');
    expect(post?.summary).toContain('«eskalasi» kata José Müller.');
    expect(report.decisions.find((d) => d.kind === 'off-topic')?.title).toBe('Harga Kopi Arabika di Café Jakarta Naik Lagi');
  });
});
