import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/adapters/project-paths.ts';
import { feedId, loadConfig } from '../../src/config/load-config.ts';
import { DEFAULT_CONFIG } from '../../src/config/schema.ts';
import { ConfigError } from '../../src/core/errors.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.not-a-real-token-but-shaped-like-one';
const FEED = { name: 'BBC World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml', language: 'en' };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newshound-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
/** Writes `content` (an object, or raw text) to a fresh file in the temp dir and returns its path. */
function writeConfig(content: unknown): string {
  const file = join(dir, `config-${++fileCount}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function writeSecret(value: string): string {
  const file = join(dir, `secret-${++fileCount}`);
  writeFileSync(file, value);
  return file;
}

/** The ConfigError message a load throws (fails the test if it does not throw one). */
function loadError(options: Parameters<typeof loadConfig>[0]): string {
  try {
    loadConfig(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig: the shipped config/newshound.json', () => {
  const config = loadConfig({ env: {} });

  it('loads, with feeds in both languages', () => {
    expect(config.file).toBe(join(PROJECT_ROOT, 'config', 'newshound.json'));
    expect(config.feeds.filter((feed) => feed.language === 'id').length).toBeGreaterThanOrEqual(5);
    expect(config.feeds.filter((feed) => feed.language === 'en').length).toBeGreaterThanOrEqual(5);
    for (const feed of config.feeds) expect(feed.url).toMatch(/^https:\/\//);
  });

  it('gives every feed a unique, stable id and every topic', () => {
    const ids = config.feeds.map((feed) => feed.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const feed of config.feeds) {
      expect(feed.id).toMatch(/^[a-z0-9-]+-[0-9a-f]{8}$/);
      expect(feed.id).toBe(feedId(feed.name, feed.url));
      expect(feed.topics).toEqual(['default']);
    }
  });

  it('resolves relative paths against the project root', () => {
    expect(config.topics).toEqual([
      { name: 'default', seeds: join(PROJECT_ROOT, 'config', 'seeds'), tuning: join(PROJECT_ROOT, 'config', 'topics', 'default.tuning.json') },
    ]);
    expect(config.state.url).toBe(`sqlite://${join(PROJECT_ROOT, 'state', 'newshound.sqlite')}`);
  });

  it('does not depend on the working directory', () => {
    expect(loadConfig({ env: {}, cwd: tmpdir() })).toEqual(config);
  });
});

describe('loadConfig: defaults', () => {
  it('fills every field but feeds from DEFAULT_CONFIG', () => {
    const config = loadConfig({ file: writeConfig({ feeds: [FEED] }), env: {}, root: dir });
    expect(config.schedule).toBe(DEFAULT_CONFIG.schedule);
    expect(config.timezone).toBe('Asia/Jakarta');
    expect(config.limits).toEqual(DEFAULT_CONFIG.limits);
    expect(config.network).toEqual({ allowPrivateAddresses: false, allowedPrivateHosts: [] });
    expect(config.discord).toEqual({ postsPerMinute: 5 });
    expect(config.articles).toEqual({ fetch: true });
    expect(config.summary).toEqual({});
    expect(config.logLevel).toBe('info');
    expect(config.state).toEqual({ url: `sqlite://${join(dir, 'state', 'newshound.sqlite')}`, namespace: 'newshound' });
    expect(config.topics.map((topic) => topic.name)).toEqual(['default']);
  });

  it('keeps the fields a partial section sets and defaults the rest', () => {
    const config = loadConfig({ file: writeConfig({ feeds: [FEED], limits: { backfill: 3 } }), env: {} });
    expect(config.limits).toEqual({ ...DEFAULT_CONFIG.limits, backfill: 3 });
  });

  it('derives a feed id from the name slug and a hash of the URL', () => {
    expect(feedId('Kompas TV', 'https://www.kompas.tv/rss')).toMatch(/^kompas-tv-[0-9a-f]{8}$/);
    expect(feedId('Kompas TV', 'https://WWW.KOMPAS.TV/rss')).toBe(feedId('Kompas TV', 'https://www.kompas.tv/rss'));
    expect(feedId('Kompas TV', 'https://www.kompas.tv/rss')).not.toBe(feedId('Kompas TV', 'https://www.kompas.tv/rss2'));
    expect(feedId('Ñoticias Día', 'https://example.com/')).toMatch(/^noticias-dia-/);
    expect(feedId('！！！', 'https://example.com/')).toMatch(/^feed-/);
  });

  it('sends a feed only to the topics it names', () => {
    const file = writeConfig({
      feeds: [FEED, { name: 'NK News', url: 'https://www.nknews.org/feed/', topics: ['korea'] }],
      topics: [
        { name: 'default', seeds: 'config/seeds' },
        { name: 'korea', profile: 'profiles/korea.json' },
      ],
    });
    const config = loadConfig({ file, env: {}, root: dir });
    expect(config.feeds.map((feed) => feed.topics)).toEqual([['default', 'korea'], ['korea']]);
    // Naming none means every topic, also those created later from Discord.
    expect(config.feeds.map((feed) => feed.everyTopic)).toEqual([true, undefined]);
    expect(config.topics[1]).toEqual({ name: 'korea', profile: join(dir, 'profiles', 'korea.json') });
  });
});

describe('loadConfig: environment', () => {
  const file = () => writeConfig({ feeds: [FEED] });

  it('applies every override', () => {
    const config = loadConfig({
      file: file(),
      env: {
        NEWSHOUND_SCHEDULE: '0 * * * *',
        NEWSHOUND_TIMEZONE: 'Europe/London',
        STATE_URL: 'redis://127.0.0.1:6379/2',
        NEWSHOUND_LOG_LEVEL: 'debug',
        NEWSHOUND_BACKFILL: '5',
        NEWSHOUND_MAX_ITEM_AGE_HOURS: '12',
        NEWSHOUND_ALLOW_PRIVATE_HOSTS: ' feeds.lan, Intranet.Example ,',
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_GUILD_ID: '876543210987654321',
      },
    });
    expect(config).toMatchObject({
      schedule: '0 * * * *',
      timezone: 'Europe/London',
      state: { url: 'redis://127.0.0.1:6379/2' },
      logLevel: 'debug',
      limits: { backfill: 5, maxItemAgeHours: 12 },
      network: { allowedPrivateHosts: ['feeds.lan', 'intranet.example'] },
      discord: { token: TOKEN, applicationId: '123456789012345678', guildId: '876543210987654321' },
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ file: file(), env: { NEWSHOUND_SCHEDULE: '', DISCORD_TOKEN: '' } })).toMatchObject({ schedule: DEFAULT_CONFIG.schedule, discord: { postsPerMinute: 5 } });
  });

  it('reads DISCORD_TOKEN_FILE, trimmed', () => {
    const config = loadConfig({ file: file(), env: { DISCORD_TOKEN_FILE: writeSecret(`  ${TOKEN}\n`) } });
    expect(config.discord.token).toBe(TOKEN);
  });

  it.each([
    ['both DISCORD_TOKEN and DISCORD_TOKEN_FILE', () => ({ DISCORD_TOKEN: TOKEN, DISCORD_TOKEN_FILE: writeSecret(TOKEN) }), 'DISCORD_TOKEN and DISCORD_TOKEN_FILE are both set'],
    ['a token file that does not exist', () => ({ DISCORD_TOKEN_FILE: join(dir, 'missing-token') }), 'DISCORD_TOKEN_FILE: cannot open '],
    ['an empty token file', () => ({ DISCORD_TOKEN_FILE: writeSecret('\n') }), 'is empty'],
  ])('rejects %s', (_name, env, expected) => {
    const message = loadError({ file: file(), env: env() });
    expect(message).toContain(expected);
    expect(message).not.toContain(TOKEN);
  });

  it('names the variable a bad value came from', () => {
    const message = loadError({ file: file(), env: { NEWSHOUND_BACKFILL: '-1', NEWSHOUND_MAX_ITEM_AGE_HOURS: 'soon' } });
    expect(message).toContain('limits.backfill: must be >= 0 (from NEWSHOUND_BACKFILL)');
    expect(message).toContain('limits.maxItemAgeHours:');
    expect(message).toContain('(from NEWSHOUND_MAX_ITEM_AGE_HOURS)');
  });
});

describe('loadConfig: bad configs report every problem at once', () => {
  it.each<[string, unknown, string[]]>([
    [
      'the three problems from the README',
      {
        feeds: [FEED, { name: 'b', url: 'https://b.example/rss' }, { name: 'c', url: 'not a url' }],
        schedule: '* *',
        limits: { backfill: -1 },
      },
      ['feeds.2.url: Invalid URL', 'schedule: not a valid cron expression "* *"', 'limits.backfill: must be >= 0'],
    ],
    [
      'feed fields',
      { feeds: [{ name: '', url: 'ftp://example.com/feed', language: 'fr', headers: { 'Bad Header': 'x' }, colour: 'red' }] },
      ['feeds.0.name: must not be empty', 'feeds.0.url: Invalid URL', 'feeds.0.language:', 'feeds.0.headers', 'Unrecognized key: "colour"'],
    ],
    ['no feeds', { feeds: [] }, ['feeds: list at least one feed']],
    ['feeds missing', {}, ['feeds: required: list at least one feed']],
    [
      'duplicate feed URLs, even spelled differently',
      { feeds: [FEED, { name: 'again', url: 'https://FEEDS.bbci.co.uk/news/world/rss.xml' }] },
      ['feeds.1.url: duplicate of feeds.0.url'],
    ],
    [
      // The fragment is never sent, 443 is https's port, %77 is w: each fetches the same bytes, and was polled a second time.
      'duplicate feed URLs differing only by a #fragment, the default port or an escaped letter',
      {
        feeds: [
          FEED,
          { name: 'top', url: `${FEED.url}#top` },
          { name: 'port', url: 'https://feeds.bbci.co.uk:443/news/world/rss.xml#latest' },
          { name: 'escaped', url: 'https://feeds.bbci.co.uk/news/%77orld/rss.xml' },
        ],
      },
      ['feeds.1.url: duplicate of feeds.0.url', 'feeds.2.url: duplicate of feeds.0.url', 'feeds.3.url: duplicate of feeds.0.url'],
    ],
    [
      'topics',
      {
        feeds: [{ ...FEED, topics: ['nope'] }],
        topics: [{ name: 'a', seeds: 's', profile: 'p' }, { name: 'b' }, { name: 'b', seeds: 's' }],
      },
      ['topics.0: set exactly one of seeds or profile', 'topics.1: set exactly one', 'topics.2.name: duplicate topic name "b"', 'feeds.0.topics.0: unknown topic "nope"'],
    ],
    [
      'limits and other sections',
      {
        feeds: [FEED],
        timezone: 'Mars/Olympus',
        state: { url: 'mysql://db' },
        limits: { maxItemsPerFeed: 0, fetchConcurrency: 1.5, minPollIntervalMs: 90_000, maxPollIntervalMs: 60_000 },
        network: { allowPrivateAddresses: 'yes' },
        discord: { applicationId: 'abc' },
        logLevel: 'loud',
      },
      [
        'timezone: not an IANA time zone "Mars/Olympus"',
        'state.url: must be sqlite://<path> or redis://host:port[/db]',
        'limits.maxItemsPerFeed: must be >= 1',
        'limits.fetchConcurrency: must be a whole number',
        'network.allowPrivateAddresses:',
        'discord.applicationId: must be a Discord id',
        'logLevel:',
      ],
    ],
    ['poll bounds the wrong way round', { feeds: [FEED], limits: { minPollIntervalMs: 90_000, maxPollIntervalMs: 60_000 } }, ['limits.minPollIntervalMs: must be <= maxPollIntervalMs']],
    ['a file that is not an object', [1, 2], ['(root):']],
  ])('%s', (_name, content, expected) => {
    const file = writeConfig(content);
    const message = loadError({ file, env: {} });
    expect(message.startsWith(`config: ${file}: `)).toBe(true);
    for (const part of expected) expect(message).toContain(part);
  });

  it('leaves a missing file to be said as every file fault is (cannot open X: ... (ENOENT))', () => {
    expect(() => loadConfig({ file: join(dir, 'nope.json'), env: {} })).toThrow(expect.objectContaining({ code: 'ENOENT', path: join(dir, 'nope.json') }));
  });

  it('reports invalid JSON with a line and column, plus environment problems', () => {
    const file = writeConfig('{\n  "feeds": [],\n  "schedule": "x",,\n}');
    const message = loadError({ file, env: { DISCORD_TOKEN: TOKEN, DISCORD_TOKEN_FILE: '/x' } });
    expect(message).toMatch(/not valid JSON: .* at line 3 column \d+/);
    expect(message).toContain('DISCORD_TOKEN and DISCORD_TOKEN_FILE are both set');
  });

  it('takes a relative file from cwd', () => {
    const file = writeConfig({ feeds: [FEED] });
    expect(loadConfig({ file: file.slice(dir.length + 1), cwd: dir, env: {} }).file).toBe(file);
  });
});

describe('loadConfig: the token never appears in an error', () => {
  it.each<[string, () => Parameters<typeof loadConfig>[0]]>([
    ['a token from the environment and a bad config', () => ({ file: writeConfig({ feeds: [], schedule: TOKEN }), env: { DISCORD_TOKEN: TOKEN } })],
    ['a token from a file and a bad override', () => ({ file: writeConfig({ feeds: [FEED] }), env: { DISCORD_TOKEN_FILE: writeSecret(TOKEN), NEWSHOUND_TIMEZONE: TOKEN } })],
    ['a token written in the config file next to a JSON error', () => ({ file: writeConfig(`{"discord": {"token": "${TOKEN}"} "feeds": []}`), env: {} })],
    ['a token written in the config file with other problems', () => ({ file: writeConfig({ feeds: [], discord: { token: TOKEN, guildId: TOKEN } }), env: {} })],
  ])('%s', (_name, options) => {
    const message = loadError(options());
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain(TOKEN.slice(0, 12));
  });
});

describe('loadConfig: article fetching and the LLM summariser', () => {
  const KEY = 'sk-test-0123456789abcdefghijklmnop';

  it('turns article fetching off and an LLM on from the file', () => {
    const config = loadConfig({
      file: writeConfig({ feeds: [FEED], articles: { fetch: false }, summary: { llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1' } } }),
      env: {},
    });
    expect(config.articles).toEqual({ fetch: false });
    expect(config.summary).toEqual({ llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', timeoutMs: 20_000 } });
  });

  it('takes the endpoint, model and key from the environment, the key also from a file', () => {
    const config = loadConfig({
      file: writeConfig({ feeds: [FEED] }),
      env: { NEWSHOUND_LLM_URL: 'https://api.openai.com/v1', NEWSHOUND_LLM_MODEL: 'gpt-4o-mini', NEWSHOUND_LLM_API_KEY_FILE: writeSecret(`${KEY}\n`) },
    });
    expect(config.summary.llm).toEqual({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: KEY, timeoutMs: 20_000 });
  });

  it('reports a bad endpoint and a missing model, never the key', () => {
    const message = loadError({ file: writeConfig({ feeds: [FEED], summary: { llm: { baseUrl: 'ftp://x', apiKey: KEY } } }), env: {} });
    expect(message).toContain('summary.llm.baseUrl: must be an http(s) URL');
    expect(message).toContain('summary.llm.model:');
    expect(message).not.toContain(KEY);
    const fromEnv = loadError({ file: writeConfig({ feeds: [FEED] }), env: { NEWSHOUND_LLM_API_KEY: KEY, NEWSHOUND_TIMEZONE: KEY } });
    expect(fromEnv).toContain('summary.llm');
    expect(fromEnv).not.toContain(KEY);
  });
});
