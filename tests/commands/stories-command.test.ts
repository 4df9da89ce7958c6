import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { TopicSettingsBook } from '../../src/control/topic-settings.ts';
import type { Story } from '../../src/core/dedup/story.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { defaultSeeds } from '../helpers/topics.ts';
import { entry, OFF_TOPIC, rss } from '../pipeline/cycle-feeds.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

const seeds = new Map(defaultSeeds().map(({ name, seed }) => [name.slice(0, 3), seed]));
const article = (prefix: string) => {
  const seed = seeds.get(prefix)!;
  return { title: seed.title, summary: seed.body.split('\n').slice(0, 3).join(' '), slug: `seed/${prefix}` };
};

describe('newshound stories', () => {
  let server: FeedServer;
  const dir = tempDir();
  const config = join(dir.path, 'newshound.json');

  beforeAll(async () => {
    server = await startFeedServer();
    const now = new Date();
    server.route('/tribun.xml', serveFeed(rss([entry(article('000'), 1)], { now, site: 'https://tribun.example' })));
    server.route('/kompas.xml', serveFeed(rss([entry(article('002'), 1), entry(article('003'), 2), entry(OFF_TOPIC.pricesId, 3)], { now, site: 'https://kompas.example' })));
    writeFileSync(
      config,
      JSON.stringify({
        feeds: [
          { name: 'Tribun', url: `${server.url}/tribun.xml`, language: 'id' },
          { name: 'Kompas', url: `${server.url}/kompas.xml`, language: 'id' },
        ],
        state: { url: `sqlite://${join(dir.path, 'state.sqlite')}` },
        limits: { backfill: 10 },
        network: { allowedPrivateHosts: ['127.0.0.1'] },
        logLevel: 'error',
      }),
    );
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('lists the stories a cycle made, with every outlet that reported each', async () => {
    const once = await runCliCaptured(['once', '--config', config]);
    expect(once.code).toBe(0);
    const { code, stdout } = await runCliCaptured(['stories', '--config', config]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Topic default: 2 open stories$/m);
    // The Kim-Belousov meeting: one story, two outlets (which came first depends on which feed
    // answered first); the Choe-Lavrov meeting: a story of its own.
    expect(stdout).toMatch(/- Tribun: Kim Jong Un: Rusia Punya Hak Bela Diri terhadap Ukraina .*\[(new|same-story): /);
    expect(stdout).toMatch(/- Kompas: Kim Jong Un dan Menhan Rusia Sepakat Tingkatkan Hubungan Militer .*\[(new|same-story): /);
    expect(stdout.match(/\[same-story: /g)).toHaveLength(1);
    expect(stdout).toMatch(/- Kompas: Janji Korea Utara Dukung Penuh Rusia hingga Capai Kemenangan di Ukraina .*\[new: /);
  });

  it('explain --item tells which story an item joined, how, and who else reported it', async () => {
    // Whichever of the two outlets came first, the Kompas report is in the Belousov story.
    const { code, stdout } = await runCliCaptured(['explain', '--item', 'https://kompas.example/seed/002?utm_source=rss', '--config', config]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^topic: +default$/m);
    expect(stdout).toMatch(/^story: +\S+ ".+" \(2 reports/m);
    expect(stdout).toMatch(/^joined: +(started the story|as same-story)/m);
    expect(stdout).toMatch(/- Tribun: Kim Jong Un: Rusia Punya Hak Bela Diri terhadap Ukraina/);
    const missing = await runCliCaptured(['explain', '--item', 'https://nowhere.example/x', '--config', config]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^newshound explain: no open story holds https:\/\/nowhere.example\/x/);
    expect(missing.stdout).toBe('');
  });

  it('explain --item by link tells an item in no story from the last cycle', async () => {
    const { code, stdout } = await runCliCaptured(['explain', '--item', `https://kompas.example/${OFF_TOPIC.pricesId.slug}?utm_source=rss`, '--config', config]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^decision: off-topic \(default\)$/m);
    expect(stdout).toMatch(/^story: +none/m);
  });

  it('explain --stories tells which open story a text would join, and why', async () => {
    const seed = seeds.get('000')!;
    const joins = await runCliCaptured(['explain', '--stories', '--config', config, '--title', `${seed.title} (updated)`, '--text', seed.body.split('\n').slice(0, 3).join(' ')]);
    expect(joins.code).toBe(0);
    expect(joins.stdout).toMatch(/^decision: ON-TOPIC$/m);
    expect(joins.stdout).toMatch(/^story: +would join \S+ ".+" as (near-duplicate|same-story): /m);
    const fresh = await runCliCaptured(['explain', '--stories', '--config', config, '--text', 'Harga cabai naik menjelang Natal di pasar tradisional Jakarta.', '--json']);
    expect(JSON.parse(fresh.stdout).story).toMatchObject({ isNew: true, kind: 'new' });
  });

  it('explain --stories and --item read past a stored story that lacks its fields, saying so in one line', async () => {
    const own = tempDir();
    const ownConfig = join(own.path, 'newshound.json');
    writeFileSync(ownConfig, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }], state: { url: `sqlite://${join(own.path, 'state.sqlite')}` } }));
    const store = await openStateStore(`sqlite://${join(own.path, 'state.sqlite')}`);
    const readable: Story = {
      id: 'st-ok',
      createdAt: new Date().toISOString(),
      lastAt: new Date().toISOString(),
      eventFrom: null,
      eventTo: null,
      members: [{ id: 'https://ok.example/1', link: 'https://ok.example/1', title: 'Kim Jong Un meets Belousov in Pyongyang', source: 'Wire', lang: 'en', kind: 'new', reason: 'new story' }],
      entities: {},
      centroids: {},
    };
    await store.set(stateKeys.stories('default'), [{ id: 'broken' }, readable]);
    await store.close();
    const would = await runCliCaptured(['explain', '--stories', '--config', ownConfig, '--text', 'Harga cabai naik menjelang Natal di pasar tradisional Jakarta.']);
    expect(would.code).toBe(0);
    expect(would.stdout).toMatch(/^story: +would start a new story/m);
    expect(would.stderr.trim().split('\n')).toHaveLength(1);
    expect(would.stderr).toMatch(/^newshound explain: stories of topic default: 1 of 2 stories cannot be read/);
    const item = await runCliCaptured(['explain', '--item', 'https://ok.example/1', '--config', ownConfig]);
    expect(item.code).toBe(0);
    expect(item.stdout).toMatch(/^topic: +default$/m);
  });

  it('stories and explain --item also read the stories of a topic created from Discord', async () => {
    const store = await openStateStore(`sqlite://${join(dir.path, 'state.sqlite')}`);
    await new TopicSettingsBook(store).update('starship', (t) => void (t.seeds = [{ name: 'a', url: 'https://a.example', seed: { title: 'Starship', body: 'SpaceX Starship flies.', removed: [] } }]), new Date());
    const story: Story = {
      id: 'st1',
      createdAt: new Date().toISOString(),
      lastAt: new Date().toISOString(),
      eventFrom: null,
      eventTo: null,
      members: [{ id: 'https://space.example/flight-7', link: 'https://space.example/flight-7', title: 'Starship flight 7 lifts off', source: 'Space Wire', lang: 'en', kind: 'new', reason: 'new story' }],
      entities: {},
      centroids: {},
    };
    await store.set(stateKeys.stories('starship'), [story]);
    await store.close();
    const stories = await runCliCaptured(['stories', '--config', config]);
    expect(stories.stdout).toMatch(/^Topic starship: 1 open story$/m);
    const explained = await runCliCaptured(['explain', '--item', 'https://space.example/flight-7?utm_medium=social', '--config', config]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/^topic: +starship$/m);
  });
});
