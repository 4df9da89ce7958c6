// /feeds over a MemoryStore: adding checks the feed through the real HttpFetcher and parser
// against the loopback server (a private address, a 404 or a page that is not a feed are
// refused with a clear message and nothing stored); removing switches configured feeds off and
// deletes added ones; the next cycle's feed list (CycleSourceResolver) follows.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedId } from '../../src/config/load-config.ts';
import { stateKeys, type FeedState } from '../../src/pipeline/state-keys.ts';
import { ORDINARY_MEMBER, PAGES, replyText, startCommandsHarness, type CommandsHarness } from '../helpers/discord-commands-harness.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { FeedSettingsBook } from '../../src/control/feed-settings.ts';
import type { CommandContext } from '../../src/discord/commands/command-types.ts';
import { feedEntries } from '../../src/discord/commands/feed-catalog.ts';

const WIRE_WORLD = feedId('Wire World', 'https://wire.example/world.xml');
const DAILY_PLANET = feedId('Daily Planet', 'https://planet.example/rss');

let h: CommandsHarness;
beforeEach(async () => {
  h = await startCommandsHarness();
});
afterEach(async () => {
  await h.close();
});

const nextCycleFeeds = async () => (await h.context.sources.resolve(h.store)).feeds.map((f) => ({ name: f.name, topics: f.topics }));

describe('/feeds add', () => {
  it('checks the feed, names it after its title, and the next cycle polls it for every topic', async () => {
    const reply = await h.run('feeds add', { url: h.url(PAGES.feed) });

    expect(reply.content).toContain(`Added **Kabar Contoh & Sekitarnya** <${h.url(PAGES.feed)}> (11 items in it now), for every topic.`);
    expect(reply.content).toContain('records what it holds without posting');
    expect((await h.context.feeds.get()).added).toEqual([
      { url: h.url(PAGES.feed), name: 'Kabar Contoh & Sekitarnya', addedAt: '2025-03-10T06:00:00.000Z', addedBy: '900000000000000003' },
    ]);
    expect(await nextCycleFeeds()).toEqual([
      { name: 'Wire World', topics: ['default'] },
      { name: 'Daily Planet', topics: ['default'] },
      { name: 'Kabar Contoh & Sekitarnya', topics: ['default'] },
    ]);
  });

  it('takes a name and one topic', async () => {
    await h.run('feeds add', { url: h.url(PAGES.feed), name: 'Kabar', topic: 'Default' });
    expect((await h.context.feeds.get()).added[0]).toMatchObject({ name: 'Kabar', topics: ['default'] });
  });

  it('refuses a private address through the real fetcher, and stores nothing', async () => {
    const strict = await startCommandsHarness({ strictAddresses: true });
    try {
      const reply = await strict.run('feeds add', { url: strict.url(PAGES.feed) });

      expect(reply.content).toMatch(/^Could not add <http:\/\/127\.0\.0\.1:\d+\/feeds\/kabar\.xml>: it points into a private or local network, which the bot never fetches from \(private address refused: 127\.0\.0\.1 is a loopback address\)\. Nothing was saved\.$/);
      expect(strict.server.requests).toEqual([]);
      expect(await strict.context.feeds.get()).toEqual({ added: [], removed: [] });
    } finally {
      await strict.close();
    }
  });

  it.each([
    ['a 404', () => h.url('/feeds/gone.xml'), 'the server answered 404 Not Found. Nothing was saved.'],
    ['a web page that names no feed', () => h.url(PAGES.notAFeed), `: a web page that names no feed (no <link rel="alternate"> to an RSS, Atom or JSON feed), and none of /feed, /rss, /feed.xml, /rss.xml, /atom.xml, /index.xml on its site is one. Nothing was saved.`],
    ['a bad URL', () => 'rss.example.com/feed', 'is not a URL: give a full address'],
    ['another scheme', () => 'file:///etc/passwd', 'must start with http:// or https://'],
    ['a URL with a password', () => 'https://me:secret@feeds.example/rss', 'must not carry a user name or password'],
    ['a watched feed', () => 'HTTPS://wire.example/world.xml', 'is already watched as **Wire World**'],
  ])('refuses %s', async (_case, url, message) => {
    const reply = await h.run('feeds add', { url: url() });

    expect(reply.content).toContain(message);
    expect(await h.context.feeds.get()).toEqual({ added: [], removed: [] });
  });

  it('refuses a feed the config file watches under a URL with a #fragment (the same feed, polled twice before)', async () => {
    const url = 'https://frag.example/rss.xml#latest';
    h.context.config.feeds.push({ id: feedId('Fragment', url), name: 'Fragment', url, topics: ['default'] });
    const reply = await h.run('feeds add', { url: 'https://frag.example:443/rss.xml' });

    expect(reply.content).toContain('is already watched as **Fragment**');
    expect(h.server.requests).toEqual([]);
    expect(await h.context.feeds.get()).toEqual({ added: [], removed: [] });
  });

  it('refuses an unknown topic before fetching', async () => {
    const reply = await h.run('feeds add', { url: h.url(PAGES.feed), topic: 'weather' });
    expect(reply.content).toContain('There is no topic `weather`');
    expect(h.server.requests).toEqual([]);
  });
});

describe('/feeds remove', () => {
  it('switches a configured feed off (by id, as autocomplete sends it); /feeds add switches it back on', async () => {
    const reply = await h.run('feeds remove', { feed: WIRE_WORLD });

    expect(reply.content).toContain('Removed **Wire World**: it is not polled from the next cycle on. It stays in the config file, switched off');
    expect(await h.context.feeds.get()).toEqual({ added: [], removed: [WIRE_WORLD] });
    expect((await nextCycleFeeds()).map((f) => f.name)).toEqual(['Daily Planet']);
    expect(replyText(await h.run('feeds list'))).toContain('Switched off: Wire World');

    expect((await h.run('feeds add', { url: 'https://wire.example/world.xml' })).content).toContain('Switched **Wire World** (from the config file) back on');
    expect((await nextCycleFeeds()).map((f) => f.name)).toEqual(['Wire World', 'Daily Planet']);
  });

  it('deletes an added feed, found by its name', async () => {
    await h.run('feeds add', { url: h.url(PAGES.feed), name: 'Kabar' });
    expect((await h.run('feeds remove', { feed: 'kabar' })).content).toBe('Removed **Kabar**: it is not polled from the next cycle on.');
    expect(await h.context.feeds.get()).toEqual({ added: [], removed: [] });
  });

  it('says so for a feed it does not watch', async () => {
    await h.run('feeds remove', { feed: WIRE_WORLD });
    expect((await h.run('feeds remove', { feed: WIRE_WORLD })).content).toContain(`No watched feed is called \`${WIRE_WORLD}\``);
  });

  it('needs Manage Server, as does /feeds add; list and status do not', async () => {
    const member = { memberPermissions: ORDINARY_MEMBER };
    expect((await h.run('feeds remove', { feed: WIRE_WORLD }, member)).content).toContain('needs the **Manage Server** permission');
    expect((await h.run('feeds add', { url: h.url(PAGES.feed) }, member)).content).toContain('needs the **Manage Server** permission');
    expect(h.server.requests).toEqual([]);
    expect(await h.context.feeds.get()).toEqual({ added: [], removed: [] });
    expect((await h.run('feeds list', {}, member)).content).toBe('2 feeds watched.');
    expect((await h.run('feeds status', {}, member)).content).toBe('2 feeds, 0 failing.');
  });
});

describe('/feeds list and status', () => {
  it('lists feeds with their topics and where they come from', async () => {
    await h.run('feeds add', { url: h.url(PAGES.feed), name: 'Kabar' });
    const reply = await h.run('feeds list');

    expect(reply.embeds?.[0]?.description?.split('\n')).toEqual([
      '• **Wire World** <https://wire.example/world.xml> · topics: default · config file',
      '• **Daily Planet** <https://planet.example/rss> · topics: default · config file',
      `• **Kabar** <${h.url(PAGES.feed)}> · every topic · added here`,
    ]);
  });

  it('shows health from the feed states: failing first, with last success, failures, last error and next poll', async () => {
    const failing: FeedState = {
      initialized: true,
      presentKeys: [],
      nextPollAt: '2025-03-10T06:30:00Z',
      health: { status: 'failing', consecutiveFailures: 5, lastSuccessAt: '2025-03-09T06:00:00Z', lastFailureAt: '2025-03-10T05:55:00Z', lastError: 'fetcher: GET https://planet.example/rss: HTTP 503' },
    };
    const healthy: FeedState = { initialized: true, presentKeys: [], nextPollAt: '2025-03-10T06:05:00Z', health: { status: 'ok', consecutiveFailures: 0, lastSuccessAt: '2025-03-10T05:55:00Z' } };
    await h.store.set(stateKeys.feed(DAILY_PLANET), failing);
    await h.store.set(stateKeys.feed(WIRE_WORLD), healthy);
    await h.run('feeds add', { url: h.url(PAGES.feed), name: 'Kabar' });

    const reply = await h.run('feeds status');
    expect(reply.content).toBe('3 feeds, 1 failing.');
    expect(reply.embeds?.[0]?.description?.split('\n')).toEqual([
      '⚠️ **Daily Planet**: failing, 5 failures in a row · last success <t:1741500000:R> · last error: fetcher: GET https://planet.example/rss: HTTP 503 · next poll <t:1741588200:R>',
      '⏳ **Kabar**: not polled yet',
      '✅ **Wire World**: ok · last success <t:1741586100:R> · next poll <t:1741586700:R>',
    ]);
  });

  it('cuts a long list to fit an embed, saying how many were left out', async () => {
    const added = Array.from({ length: 150 }, (_, i) => ({ url: `https://feeds${i}.example/a/rather/long/path/to/the/rss.xml`, name: `Feed number ${i}`, addedAt: '2025-03-10T00:00:00Z' }));
    await h.context.feeds.set({ added, removed: [] });

    for (const path of ['feeds list', 'feeds status']) {
      const description = (await h.run(path)).embeds?.[0]?.description ?? '';
      const lines = description.split('\n');
      const more = Number(/^… and (\d+) more$/.exec(lines.at(-1) ?? '')?.[1]);
      expect(description.length, path).toBeLessThanOrEqual(4_096);
      expect(lines.length - 1 + more, path).toBe(152);
    }
  });
});


describe('feedEntries', () => {
  it('shows a configured feed that named no topics as feeding every topic (created ones too)', async () => {
    const store = new MemoryStore();
    const context = {
      feeds: new FeedSettingsBook(store),
      config: {
        feeds: [
          { id: 'antara', name: 'Antara', url: 'https://antara.example/rss', topics: ['default'], everyTopic: true as const },
          { id: 'nk', name: 'NK News', url: 'https://nk.example/rss', topics: ['default'] },
        ],
      },
    } as unknown as CommandContext;
    const entries = await feedEntries(context);
    expect(entries.map((e) => [e.id, e.topics])).toEqual([
      ['antara', undefined],
      ['nk', ['default']],
    ]);
  });
});
