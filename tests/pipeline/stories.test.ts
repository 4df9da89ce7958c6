import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { serveFeed } from '../helpers/feed-server.ts';
import { defaultSeeds } from '../helpers/topics.ts';
import { entry, HOUR_MS, rss, type Article } from './cycle-feeds.ts';
import { createHarness, openSqlite, tempDir, T0, type Harness } from './cycle-harness.ts';

// One post per story across outlets: the first report is posted, later reports of the same
// event are recorded on it ("also reported by") and the post is updated, not repeated.

const text = { lexicon: loadLexicon(), background: loadBackground() };
const seeds = new Map(defaultSeeds().map(({ name, seed }) => [name.slice(0, 3), seed]));
/** A seed article as a feed item: its headline and its first paragraphs. */
function seedArticle(prefix: string): Article {
  const seed = seeds.get(prefix)!;
  return { title: seed.title, summary: seed.body.split('\n').slice(0, 3).join(' '), slug: `seed/${prefix}` };
}
// 000 (Tribunnews) and 002 (Kompas) both report Kim Jong Un meeting Andrei Belousov on 29 Nov 2024.
const TRIBUN_BELOUSOV = seedArticle('000');
const KOMPAS_BELOUSOV = seedArticle('002');
const PUTIN_PYONGYANG = seedArticle('001');
const CHOE_LAVROV = seedArticle('003');

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const serve = (path: string, articles: Article[], site: string) =>
  h.server.route(path, serveFeed(rss(articles.map((a, i) => entry(a, i + 1)), { now: T0, site })));

describe('stories in the cycle', () => {
  it('two outlets with the same event in one cycle: one post, the second outlet as "also reported by"', async () => {
    serve('/tribun.xml', [TRIBUN_BELOUSOV], 'https://tribun.example');
    serve('/kompas.xml', [KOMPAS_BELOUSOV], 'https://kompas.example');
    const feeds = [h.feed('/tribun.xml', 'Tribun'), h.feed('/kompas.xml', 'Kompas')];
    const report = await h.run(feeds, { backfill: 5, text });
    expect(h.publisher.posts).toHaveLength(1);
    const [post] = h.publisher.posts;
    expect(post!.alsoReportedBy).toHaveLength(1);
    expect(report.decisionCounts).toMatchObject({ queued: 1, 'same-story': 1 });
    const joined = report.decisions.find((d) => d.kind === 'same-story')!;
    expect(joined.reason).toMatch(/Belousov/);
  });

  it('a later report updates the delivered post instead of posting again', async () => {
    serve('/tribun.xml', [TRIBUN_BELOUSOV], 'https://tribun.example');
    await h.run([h.feed('/tribun.xml', 'Tribun')], { backfill: 5, text });
    expect(h.publisher.posts).toHaveLength(1);
    const receipt = { messageId: '1' };

    h.clock.advance(2 * HOUR_MS);
    serve('/kompas.xml', [KOMPAS_BELOUSOV], 'https://kompas.example');
    await h.run([h.feed('/tribun.xml', 'Tribun'), h.feed('/kompas.xml', 'Kompas')], { backfill: 5, text });
    expect(h.publisher.posts).toHaveLength(1);
    expect(h.publisher.updates).toHaveLength(1);
    expect(h.publisher.updates[0]!.receipt).toEqual(receipt);
    expect(h.publisher.updates[0]!.post.id).toBe(h.publisher.posts[0]!.id);
    expect(h.publisher.updates[0]!.post.alsoReportedBy).toEqual([{ source: 'Kompas', title: KOMPAS_BELOUSOV.title, url: 'https://kompas.example/seed/002' }]);
  });

  it('different events stay different stories although they share their vocabulary', async () => {
    serve('/mix.xml', [TRIBUN_BELOUSOV, PUTIN_PYONGYANG, CHOE_LAVROV], 'https://mix.example');
    const report = await h.run([h.feed('/mix.xml', 'Mix')], { backfill: 5, text });
    expect(h.publisher.posts).toHaveLength(3);
    expect(report.decisionCounts['same-story']).toBe(0);
    expect(new Set(h.publisher.posts.map((p) => p.storyId)).size).toBe(3);
  });

  it('stories survive a restart (SQLite): the later report still updates the first post', async () => {
    const dir = tempDir();
    const file = `${dir.path}/state.sqlite`;
    try {
      const first = await createHarness({ store: await openSqlite(file), server: h.server });
      serve('/tribun.xml', [TRIBUN_BELOUSOV], 'https://tribun.example');
      await first.run([first.feed('/tribun.xml', 'Tribun')], { backfill: 5, text });
      expect(first.publisher.posts).toHaveLength(1);
      await first.close();

      const second = await createHarness({ store: await openSqlite(file), server: h.server });
      second.clock.advance(HOUR_MS);
      serve('/kompas.xml', [KOMPAS_BELOUSOV], 'https://kompas.example');
      await second.run([second.feed('/tribun.xml', 'Tribun'), second.feed('/kompas.xml', 'Kompas')], { backfill: 5, text });
      expect(second.publisher.posts).toHaveLength(0);
      expect(second.publisher.updates).toHaveLength(1);
      await second.close();
    } finally {
      dir.remove();
    }
  });
});
