// /topic: create and add-seed learn from real article pages served on loopback and fetched
// through the real HttpFetcher; keywords, threshold, show, list and explain read and write the
// topic settings the next cycle uses (checked through CycleSourceResolver, as the cycle does).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { TopicSettingsBook } from '../../src/control/topic-settings.ts';
import { DEPORTATION_PAGES, PAGES, ORDINARY_MEMBER, replyText, startCommandsHarness, type CommandsHarness } from '../helpers/discord-commands-harness.ts';
import { GUILD_ID } from '../helpers/discord-commands-harness.ts';

const ON_TOPIC_TEXT =
  'North Korea ships artillery shells to Russia for the war in Ukraine. Kim Jong Un pledged munitions and troops to Vladimir Putin as Russian forces press their offensive against Ukraine.';
const OFF_TOPIC_TEXT = 'Kingsmere council approves a tidal barrier after a decade of floods in the old town.';

let h: CommandsHarness;
beforeEach(async () => {
  h = await startCommandsHarness();
});
afterEach(async () => {
  await h.close();
});

const starshipSeeds = () => [PAGES.boosterCatch, PAGES.breakup, PAGES.faaClears].map((p) => h.url(p)).join(' ');
const createStarship = () => h.run('topic create', { name: 'starship', seeds: starshipSeeds() });
const threshold = async (name: string) => (await h.context.sources.resolve(h.store)).topics.find((t) => t.name === name)?.prepared.profile.threshold;

describe('/topic create', () => {
  it('warns when a name enough alone is one the English background has next to never seen though the Indonesian one counts it', async () => {
    // Four of the five: Trump is in two titles of five, too few for a names facet (namesTitleShare), and in two of four.
    const reply = await h.run('topic create', { name: 'deportations', seeds: DEPORTATION_PAGES.filter((_, i) => i !== 3).map((p) => h.url(p)).join(' ') });
    expect(reply.content).toContain('Created topic `deportations` from 4 seed articles');
    expect(reply.content).toMatch(/⚠️ Donald Trump is enough alone, but the English background has next to never seen it though the Indonesian one counts it/);
  });

  it('says nothing of the kind for names no table counts (the Starship seeds)', async () => {
    expect((await createStarship()).content).not.toMatch(/next to never seen/);
  });

  it('fetches, cleans and learns the seed pages, stores them, and the next cycle matches the new topic', async () => {
    const reply = await createStarship();

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Created topic `starship` from 3 seed articles');
    expect(replyText(reply)).toMatch(/Top terms[\s\S]*Starship/i);
    // Every facet learned is listed, with its terms.
    expect(replyText(reply)).toMatch(/Every item must name\n• \*\*[^*]+\*\*: .*(booster|launch|starship)/i);
    // The configured feeds name their topics in the config file, so none feeds a new topic yet.
    expect(reply.content).toContain('No feed is matched against it yet: add one with `/feeds add topic:starship`.');
    // The three fixture pages are a few sentences each: the reply says they are short, naming them.
    expect(reply.content).toMatch(/⚠️ these seeds are short \(fewer than 10 sentences with the title\): .*paste whole articles, not feed summaries: `[^`]+`, `[^`]+`, `[^`]+`/);
    const stored = await h.context.topics.get('starship');
    expect(stored?.seeds?.map((s) => s.url)).toEqual([h.url(PAGES.boosterCatch), h.url(PAGES.breakup), h.url(PAGES.faaClears)]);
    expect(stored?.seeds?.[0]?.seed.title).toBe('SpaceX Starship reaches orbit on fifth test flight, booster caught by tower');
    expect(stored?.updatedBy).toBe('900000000000000003');
    const { topics } = await h.context.sources.resolve(h.store);
    expect(topics.map((t) => t.name)).toEqual(['default', 'starship']);
    expect(replyText(await h.run('topic list'))).toContain('`starship`: created here, 3 seeds');
  });

  it('starts with an empty memory, whatever a removed topic of that name left in the store', async () => {
    // A topic removed and made again before a cycle noticed: its memory must not carry over.
    await h.store.set('topic-memory:starship', { format: 'left by a topic removed before a cycle noticed' });
    expect((await createStarship()).content).toContain('Created topic `starship`');
    expect(await h.store.get('topic-memory:starship')).toBeUndefined();
  });

  it('skips seeds that cannot be read, saying which and why, when at least two remain', async () => {
    const seeds = [PAGES.boosterCatch, PAGES.missing, PAGES.breakup, PAGES.sectionIndex].map((p) => h.url(p)).join(',\n');
    const reply = await h.run('topic create', { name: 'starship', seeds });

    expect(reply.content).toContain('Created topic `starship` from 2 seed articles');
    expect(reply.content).toContain(`<${h.url(PAGES.missing)}>: the server answered 404 Not Found`);
    expect(reply.content).toContain(`<${h.url(PAGES.sectionIndex)}>: no readable article`);
    expect((await h.context.topics.get('starship'))?.seeds).toHaveLength(2);
  });

  it('refuses when fewer than two seeds can be read, and stores nothing', async () => {
    const seeds = [PAGES.boosterCatch, PAGES.missing].map((p) => h.url(p)).join(' ');
    const reply = await h.run('topic create', { name: 'starship', seeds });

    expect(reply.content).toContain('Topic `starship` was not created: only 1 of 2 seed articles could be read');
    expect(reply.content).toContain('404 Not Found');
    expect(await h.context.topics.all()).toEqual({});
  });

  it.each([
    ['a bad name', { name: 'Star ship!', seeds: 'https://a.example/1 https://a.example/2' }, 'is not a valid topic name'],
    ['a configured name', { name: 'default', seeds: 'https://a.example/1 https://a.example/2' }, 'A topic `default` already exists (from the config file)'],
    ['a non-URL seed', { name: 'starship', seeds: 'https://a.example/1 not-a-url' }, '`not-a-url` is not a URL'],
    ['an ftp seed', { name: 'starship', seeds: 'https://a.example/1 ftp://a.example/2' }, 'must start with http:// or https://'],
    ['one seed', { name: 'starship', seeds: 'https://a.example/1' }, 'at least 2 seed articles'],
    ['eleven seeds', { name: 'starship', seeds: Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`).join(' ') }, 'at most 10 article URLs; got 11'],
  ])('refuses %s before fetching anything', async (_case, options, message) => {
    const reply = await h.run('topic create', options);

    expect(reply.content).toContain(message);
    expect(h.server.requests).toEqual([]);
    expect(await h.context.topics.all()).toEqual({});
  });

  it('refuses seed pages on private addresses through the real fetcher', async () => {
    const strict = await startCommandsHarness({ strictAddresses: true });
    try {
      const seeds = [PAGES.boosterCatch, PAGES.breakup].map((p) => strict.url(p)).join(' ');
      const reply = await strict.run('topic create', { name: 'starship', seeds });

      expect(reply.content).toContain('was not created: only 0 of 2');
      expect(reply.content).toContain('it points into a private or local network, which the bot never fetches from');
      expect(strict.server.requests).toEqual([]);
      expect(await strict.context.topics.all()).toEqual({});
    } finally {
      await strict.close();
    }
  });

  it('needs Manage Server', async () => {
    const reply = await h.run('topic create', { name: 'starship', seeds: starshipSeeds() }, { memberPermissions: ORDINARY_MEMBER });

    expect(reply.content).toContain('needs the **Manage Server** permission');
    expect(h.server.requests).toEqual([]);
    expect(await h.context.topics.all()).toEqual({});
  });
});

describe('/topic add-seed', () => {
  it('adds a seed to a created topic and re-learns it', async () => {
    await h.run('topic create', { name: 'starship', seeds: [PAGES.boosterCatch, PAGES.breakup].map((p) => h.url(p)).join(' ') });
    h.clock.advance(60_000);
    const reply = await h.run('topic add-seed', { name: 'starship', url: h.url(PAGES.faaClears) });

    expect(reply.content).toContain('it is now learned from 3 articles');
    expect((await h.context.topics.get('starship'))?.seeds?.map((s) => s.url)).toContain(h.url(PAGES.faaClears));
  });

  it.each([
    ['a configured topic', 'default', PAGES.faaClears, 'comes from the config file: its seeds are the article files'],
    ['an unknown topic', 'nope', PAGES.faaClears, 'There is no topic `nope`. Topics: `default`, `starship`'],
    ['a seed it already has', 'starship', PAGES.boosterCatch, 'is already a seed of `starship`'],
    ['a page that is gone', 'starship', PAGES.missing, 'Could not use'],
  ])('refuses %s', async (_case, name, path, message) => {
    await h.run('topic create', { name: 'starship', seeds: [PAGES.boosterCatch, PAGES.breakup].map((p) => h.url(p)).join(' ') });
    const before = await h.context.topics.get('starship');

    const reply = await h.run('topic add-seed', { name, url: h.url(path) });

    expect(reply.content).toContain(message);
    expect(await h.context.topics.get('starship')).toEqual(before);
  });
});

describe('/topic keywords and threshold', () => {
  it('sets, replaces and removes a keyword weight; the next cycle uses it', async () => {
    const weightOf = async (key: string) => (await h.context.sources.resolve(h.store)).topics[0]!.prepared.weights.get(key);
    expect((await h.run('topic keywords add', { name: 'default', term: 'drone' })).content).toContain('`drone` now weighs 3 in `default`');
    expect(await weightOf('drone')).toBe(3);
    const learned = await weightOf('@kp');

    await h.run('topic keywords add', { name: 'default', term: 'Korut', weight: 7.5 });
    expect(await weightOf('@kp')).toBe(7.5);
    // Same key, another spelling: replaces the entry rather than adding a second one.
    await h.run('topic keywords add', { name: 'default', term: 'North Korea', weight: 6 });
    expect((await h.context.topics.get('default'))?.tuning.boost).toEqual({ drone: 3, 'North Korea': 6 });
    expect(await weightOf('@kp')).toBe(6);
    expect(replyText(await h.run('topic show', { name: 'default' }))).toContain('Keywords: drone 3, North Korea 6');

    expect((await h.run('topic keywords remove', { name: 'default', term: 'korea utara' })).content).toContain('Removed the keyword weight `korea utara`');
    expect(await weightOf('@kp')).toBe(learned);
    await h.run('topic keywords remove', { name: 'default', term: 'drone' });
    expect(await weightOf('drone')).toBeUndefined();
  });

  it('excludes a term: /topic explain then rejects a text naming it', async () => {
    expect((await h.run('topic explain', { name: 'default', text: ON_TOPIC_TEXT })).content).toContain('✅ would be posted');

    const reply = await h.run('topic keywords exclude', { name: 'default', term: 'Kim Jong Un' });
    expect(reply.content).toContain('Items naming `Kim Jong Un` are now rejected');
    const explained = await h.run('topic explain', { name: 'default', text: ON_TOPIC_TEXT });
    expect(explained.content).toContain('❌ would not be posted');
    expect(explained.content).toContain('excluded term: Kim Jong Un');
    expect((await h.run('topic keywords exclude', { name: 'default', term: 'kim jong un' })).content).toContain('already excluded');
    // A weight for the same key lifts the exclusion: the two cannot both hold.
    expect((await h.run('topic keywords add', { name: 'default', term: 'Kim Jong Un' })).content).toContain('(and is no longer excluded)');
    expect((await h.run('topic explain', { name: 'default', text: ON_TOPIC_TEXT })).content).toContain('✅ would be posted');
  });

  it.each([
    ['keywords add', { name: 'default', term: 'the' }, 'leaves no word to match'],
    ['keywords add', { name: 'default', term: 'drone', weight: 25 }, '`weight` must be between 0.1 and 20; got 25'],
    ['keywords add', { name: 'nope', term: 'drone' }, 'There is no topic `nope`'],
    ['keywords remove', { name: 'default', term: 'drone' }, 'No keyword or exclusion `drone` was set from Discord'],
    ['threshold', { name: 'default', value: 25 }, '`value` must be between 0.1 and 20; got 25'],
    ['threshold', { name: 'default', value: 0.05 }, '`value` must be between 0.1 and 20; got 0.05'],
    ['threshold', { name: 'default', value: 'high' }, '`value` must be a number'],
  ])('/topic %s refuses %o', async (path, options, message) => {
    const reply = await h.run(`topic ${path}`, options);

    expect(reply.content).toContain(message);
    expect(await h.context.topics.all()).toEqual({});
  });

  it('sets the threshold the next cycle uses, stamping each change so the cycle re-prepares the topic', async () => {
    const learned = await threshold('default');
    expect(learned).toBeGreaterThan(0);
    expect((await h.run('topic threshold', { name: 'default', value: 2.5 })).content).toContain(`Threshold of \`default\` set to 2.5 (was ${learned})`);
    expect(await threshold('default')).toBe(2.5);
    // A second change within the same millisecond (the clock has not moved) must still be seen.
    await h.run('topic threshold', { name: 'default', value: 1.2 });
    expect(await threshold('default')).toBe(1.2);
  });

  it('is refused to members without Manage Server, but they may read topics', async () => {
    const member = { memberPermissions: ORDINARY_MEMBER };
    expect((await h.run('topic threshold', { name: 'default', value: 2 }, member)).content).toContain('needs the **Manage Server** permission');
    expect((await h.run('topic keywords add', { name: 'default', term: 'drone' }, member)).content).toContain('needs the **Manage Server** permission');
    expect(await h.context.topics.all()).toEqual({});
    expect((await h.run('topic show', { name: 'default' }, member)).embeds?.[0]?.title).toBe('Topic default');
  });
});

describe('/topic show, list and explain', () => {
  it('shows threshold, concepts, the top 15 terms with weights, seeds and Discord changes', async () => {
    await h.run('topic threshold', { name: 'default', value: 1.5 });
    const reply = await h.run('topic show', { name: 'DEFAULT' });
    const fields = Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));

    expect(fields.Threshold).toBe('1.5 (set here)');
    expect(fields.Seeds).toBe('from the config file');
    expect(fields['Every item must name']).toContain('North Korea');
    const terms = fields['Top terms (weight)']!.split('\n');
    expect(terms).toHaveLength(16);
    expect(terms[0]).toMatch(/^`\s*\d+\.\d\d` \S/);
    expect(terms[15]).toMatch(/^… and \d+ more$/);
    expect(fields['Changes made in Discord']).toMatch(/Threshold: 1\.5\nLast change <t:\d+:R> by <@900000000000000003>/);
  });

  it('explains a text: decision, score and the deciding terms, within Discord limits', async () => {
    const on = await h.run('topic explain', { name: 'default', text: ON_TOPIC_TEXT });
    expect(on.content).toMatch(new RegExp(`^✅ would be posted to \`default\`: score [\\d.]+, threshold ${String(await threshold('default')).replace('.', '\\.')}`));
    expect(on.content).toContain('decision: ON-TOPIC');
    expect(on.content).toMatch(/terms that decided it[\s\S]*Kim Jong Un\s+8\.00/);
    expect(on.content.length).toBeLessThanOrEqual(2_000);

    const off = await h.run('topic explain', { name: 'default', text: OFF_TOPIC_TEXT });
    expect(off.content).toContain('❌ would not be posted');
    expect(off.content).toContain('missing concept: North Korea');
  });

  it('explains an article URL by fetching it, and says why when it cannot', async () => {
    await createStarship();
    const reply = await h.run('topic explain', { name: 'starship', text: h.url(PAGES.faaClears) });
    expect(reply.content).toContain('✅ would be posted to `starship`');
    expect(reply.content).toContain(`(${h.url(PAGES.faaClears)})`);

    const gone = await h.run('topic explain', { name: 'starship', text: h.url(PAGES.missing) });
    expect(gone.content).toContain(`Could not read <${h.url(PAGES.missing)}>: the server answered 404 Not Found`);
  });
});

describe('persistence', () => {
  it('keeps a created topic and its tuning in a SQLite store across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newshound-commands-'));
    const url = `sqlite://${join(dir, 'state.sqlite')}`;
    try {
      const first = await startCommandsHarness({ store: await openStateStore(url, { namespace: 'commands' }) });
      try {
        const seeds = [PAGES.boosterCatch, PAGES.breakup].map((p) => first.url(p)).join(' ');
        expect((await first.run('topic create', { name: 'starship', seeds })).content).toContain('Created topic');
        await first.run('topic threshold', { name: 'starship', value: 3 });
      } finally {
        await first.close();
      }
      const second = await startCommandsHarness({ store: await openStateStore(url, { namespace: 'commands' }) });
      try {
        expect((await new TopicSettingsBook(second.store).get('starship'))?.seeds).toHaveLength(2);
        const { topics } = await second.context.sources.resolve(second.store);
        expect(topics.find((t) => t.name === 'starship')?.prepared.profile.threshold).toBe(3);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a home server', () => {
  it('with discord.guildId set, topics and feeds change only from that server; subscriptions anywhere', async () => {
    (h.context.config as { discord?: { guildId?: string } }).discord = { guildId: GUILD_ID };
    const elsewhere = { guildId: '900000000000000099' };
    const refused = await h.run('topic threshold', { name: 'default', value: 2 }, elsewhere);
    expect(refused.content).toContain("only taken from the bot's home server");
    expect(await h.context.topics.all()).toEqual({});
    expect((await h.run('feeds remove', { feed: 'Wire World' }, elsewhere)).content).toContain('home server');
    expect((await h.run('topic threshold', { name: 'default', value: 2 })).content).not.toContain('home server');
    expect((await h.context.topics.get('default'))?.tuning.threshold).toBe(2);
    expect((await h.run('subscribe', { topic: 'default' }, elsewhere)).content).toMatch(/^Subscribed/);
  });
});
