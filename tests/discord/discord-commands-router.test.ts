// The command router through a real discord.js Client logged in to the fake Discord: what
// Discord receives back (callback type and flags, deferred then edited replies, autocomplete
// choices), permission refusals, argument errors, webhooks made through the client, and an
// unexpected failure answered without a stack trace or a token.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subscriptionId } from '../../src/control/subscriptions.ts';
import { CallbackTypes, ChannelTypes, overwrite, permissionString, type DispatchedInteraction } from '../helpers/fake-discord/index.ts';
import { PAGES, startRouterHarness, type RouterHarness } from '../helpers/discord-commands-harness.ts';

const EPHEMERAL = 64;
const MANAGER = permissionString('ViewChannel', 'SendMessages', 'ManageGuild');

let r: RouterHarness;
beforeEach(async () => {
  r = await startRouterHarness();
});
afterEach(async () => {
  await r.close();
  expect(r.fake.warnings).toEqual([]);
});

type ChatInput = Parameters<RouterHarness['fake']['chatInput']>[0];
const send = (input: ChatInput): DispatchedInteraction => r.fake.dispatchInteraction(r.fake.chatInput(input));
/** The reply's final text: the callback's content, or the edit of a deferred reply. */
async function finalReply(sent: DispatchedInteraction): Promise<{ type: number; flags: number; content: string }> {
  const callback = await sent.callback();
  const body = callback.body as { type: number; data?: { flags?: number; content?: string } };
  if (body.type !== CallbackTypes.DeferredChannelMessageWithSource) return { type: body.type, flags: body.data?.flags ?? 0, content: body.data?.content ?? '' };
  const edit = await r.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(sent.token) && q.path.endsWith('/messages/@original'));
  return { type: body.type, flags: body.data?.flags ?? 0, content: String((edit.body as { content?: string }).content) };
}

describe('replies', () => {
  it('answers a quick command at once, ephemeral (type 4, flag 64), pinging nobody', async () => {
    const sent = send({ commandName: 'topic', subcommand: 'list' });

    const callback = await sent.callback();
    expect(callback.body).toMatchObject({
      type: CallbackTypes.ChannelMessageWithSource,
      data: { content: '1 topic. Details with `/topic show`.', flags: EPHEMERAL, allowed_mentions: { parse: [] }, embeds: [{ title: 'Topics' }] },
    });
    expect(r.fake.messages(r.fake.channels.news)[0]).toMatchObject({ ephemeral: true, interactionId: sent.id });
  });

  it('defers a slow command (type 5, flag 64) and edits the answer in', async () => {
    const seeds = [PAGES.boosterCatch, PAGES.breakup, PAGES.faaClears].map((p) => r.commands.url(p)).join(' ');
    const sent = send({ commandName: 'topic', subcommand: 'create', options: { name: 'starship', seeds }, memberPermissions: MANAGER });

    const reply = await finalReply(sent);
    expect(reply).toMatchObject({ type: CallbackTypes.DeferredChannelMessageWithSource, flags: EPHEMERAL });
    expect(reply.content).toContain('Created topic `starship` from 3 seed articles');
    expect(sent.requests().map((q) => q.method)).toEqual(['POST', 'PATCH']);
    expect(r.fake.messages(r.fake.channels.news)).toEqual([expect.objectContaining({ ephemeral: true, content: expect.stringContaining('Created topic') })]);
    expect(Object.keys(await r.commands.context.topics.all())).toEqual(['starship']);
  });

  it('maps subcommand groups and their options (/topic keywords add)', async () => {
    const reply = await finalReply(send({ commandName: 'topic', subcommandGroup: 'keywords', subcommand: 'add', options: { name: 'default', term: 'drone', weight: 4.5 }, memberPermissions: MANAGER }));

    expect(reply.content).toContain('`drone` now weighs 4.5 in `default`');
    expect((await r.commands.context.topics.get('default'))?.tuning.boost).toEqual({ drone: 4.5 });
  });
});

describe('permissions', () => {
  it.each([
    ['/topic create', { commandName: 'topic', subcommand: 'create', options: { name: 'starship', seeds: 'https://a.example/1 https://a.example/2' } }],
    ['/subscribe', { commandName: 'subscribe', options: { topic: 'default' } }],
    ['/feeds remove', { commandName: 'feeds', subcommand: 'remove', options: { feed: 'Wire World' } }],
  ])('refuses %s to a member without Manage Server, ephemeral, changing nothing', async (_command, input) => {
    const reply = await finalReply(send(input as ChatInput));

    expect(reply).toMatchObject({ type: CallbackTypes.ChannelMessageWithSource, flags: EPHEMERAL });
    expect(reply.content).toContain('needs the **Manage Server** permission');
    expect(r.commands.server.requests).toEqual([]);
    expect(await r.commands.context.topics.all()).toEqual({});
    expect(await r.commands.context.subscriptions.list()).toEqual([]);
    expect(await r.commands.context.feeds.get()).toEqual({ added: [], removed: [] });
  });
});

describe('bad arguments', () => {
  it.each([
    ['an out-of-range threshold', { commandName: 'topic', subcommand: 'threshold', options: { name: 'default', value: 25 } }, '`value` must be between 0.1 and 20; got 25.'],
    ['an unknown topic', { commandName: 'topic', subcommand: 'show', options: { name: 'weather' } }, 'There is no topic `weather`. Topics: `default`.'],
    ['a feed URL that is not one', { commandName: 'feeds', subcommand: 'add', options: { url: 'rss.example.com' } }, 'The feed URL `rss.example.com` is not a URL'],
  ])('answers %s with a clear ephemeral message', async (_case, input, message) => {
    const reply = await finalReply(send({ ...(input as ChatInput), memberPermissions: MANAGER }));

    expect(reply.flags).toBe(EPHEMERAL);
    expect(reply.content).toContain(message);
    expect(await r.commands.context.topics.all()).toEqual({});
    expect(await r.commands.context.feeds.get()).toEqual({ added: [], removed: [] });
  });

  it('refuses a feed on a private address (real fetcher without the loopback allowance), storing nothing', async () => {
    await r.close();
    r = await startRouterHarness({ strictAddresses: true });
    const reply = await finalReply(send({ commandName: 'feeds', subcommand: 'add', options: { url: r.commands.url(PAGES.feed) }, memberPermissions: MANAGER }));

    expect(reply).toMatchObject({ type: CallbackTypes.DeferredChannelMessageWithSource, flags: EPHEMERAL });
    expect(reply.content).toContain('it points into a private or local network, which the bot never fetches from');
    expect(reply.content).toContain('Nothing was saved.');
    expect(await r.commands.context.feeds.get()).toEqual({ added: [], removed: [] });
  });
});

describe('autocomplete', () => {
  const choices = async (input: Parameters<RouterHarness['fake']['autocomplete']>[0]) => {
    const sent = r.fake.dispatchInteraction(r.fake.autocomplete(input));
    const callback = await sent.callback();
    expect((callback.body as { type: number }).type).toBe(CallbackTypes.AutocompleteResult);
    return (callback.body as { data: { choices: unknown[] } }).data.choices;
  };
  const seedTopic = (name: string) => r.commands.context.topics.update(name, (s) => void (s.seeds = [{ name: 'a', seed: { title: 'a', body: 'b', removed: [] } }]), new Date());

  it('offers topic names filtered by what was typed, prefix matches first', async () => {
    await seedTopic('starship');
    await seedTopic('mars-missions');

    expect(await choices({ commandName: 'topic', subcommand: 'show', options: { name: '' }, focused: 'name' })).toEqual([
      { name: 'default', value: 'default' },
      { name: 'starship', value: 'starship' },
      { name: 'mars-missions', value: 'mars-missions' },
    ]);
    expect(await choices({ commandName: 'preview', options: { topic: 'S' }, focused: 'topic' })).toEqual([
      { name: 'starship', value: 'starship' },
      { name: 'mars-missions', value: 'mars-missions' },
    ]);
  });

  it('offers at most 25 choices', async () => {
    for (let i = 0; i < 30; i++) await seedTopic(`topic-${String(i).padStart(2, '0')}`);
    const offered = await choices({ commandName: 'subscribe', options: { topic: 'topic' }, focused: 'topic' });
    expect(offered).toHaveLength(25);
    expect(offered[0]).toEqual({ name: 'topic-00', value: 'topic-00' });
  });

  it('offers watched feeds by name with their ids as values', async () => {
    const offered = await choices({ commandName: 'feeds', subcommand: 'remove', options: { feed: 'planet' }, focused: 'feed' });
    expect(offered).toEqual([{ name: 'Daily Planet (config file)', value: r.commands.context.config.feeds[1]!.id }]);
  });

  it('cuts a long feed name to 100 characters, a web address in it too (a choice is plain text)', async () => {
    const name = `https://news.example/${'a'.repeat(120)}`;
    await r.commands.context.feeds.change((settings) => void settings.added.push({ url: 'https://news.example/rss', name, addedAt: '2025-03-10T06:00:00Z', addedBy: '1' }));
    const offered = (await choices({ commandName: 'feeds', subcommand: 'remove', options: { feed: 'news.example' }, focused: 'feed' })) as Array<{ name: string }>;
    expect(offered).toHaveLength(1);
    expect(offered[0]!.name).toHaveLength(100);
    expect(offered[0]!.name).toMatch(/^https:\/\/news\.example\/a+…$/);
  });

  it('offers nothing for the name of a topic being created', async () => {
    expect(await choices({ commandName: 'topic', subcommand: 'create', options: { name: 'd' }, focused: 'name' })).toEqual([]);
  });
});

describe('subscriptions through Discord', () => {
  it('creates a channel webhook through the bot and stores its id and token', async () => {
    const reply = await finalReply(send({ commandName: 'subscribe', options: { topic: 'default', webhook_name: 'Wire Desk' }, memberPermissions: MANAGER }));

    expect(reply.type).toBe(CallbackTypes.DeferredChannelMessageWithSource);
    expect(reply.content).toContain('posted by the webhook "Wire Desk"');
    const created = await r.fake.waitForRequest(`POST /channels/${r.fake.channels.news}/webhooks`);
    expect(created.body).toMatchObject({ name: 'Wire Desk' });
    const hook = [...r.fake.state.webhooks.values()][0]!;
    expect((await r.commands.context.subscriptions.get(subscriptionId(r.fake.channels.news, 'default')))?.delivery).toEqual({
      kind: 'webhook',
      webhookId: hook.id,
      webhookToken: hook.token,
      username: 'Wire Desk',
    });
  });

  it('where the bot may not post, says what it lacks, once and ephemeral, and stores nothing; where its role may, subscribes', async () => {
    const locked = send({ commandName: 'subscribe', channelId: r.fake.channels.locked, options: { topic: 'default' }, memberPermissions: MANAGER });
    const refused = await finalReply(locked);
    expect(refused).toMatchObject({ type: CallbackTypes.ChannelMessageWithSource, flags: EPHEMERAL });
    expect(refused.content).toBe(`The bot cannot post here: it lacks Send Messages in <#${r.fake.channels.locked}>. Give its role that permission here (or subscribe with \`webhook_name\`), then \`/subscribe\` again. Nothing was saved.`);
    expect(locked.requests()).toHaveLength(1);
    const hidden = r.fake.addChannel({ name: 'staff', overwrites: [overwrite(r.fake.guild.id, 0, { deny: ['ViewChannel'] })] });
    await expect.poll(() => r.client.channels.cache.has(hidden.id)).toBe(true);
    expect((await finalReply(send({ commandName: 'subscribe', channelId: hidden.id, options: { topic: 'default' }, memberPermissions: MANAGER }))).content).toContain('it lacks View Channel in');
    expect(await r.commands.context.subscriptions.list()).toEqual([]);

    const readOnly = r.fake.addChannel({
      name: 'headlines',
      overwrites: [overwrite(r.fake.guild.id, 0, { deny: ['SendMessages'] }), overwrite(r.fake.guild.roles.bot.id, 0, { allow: ['SendMessages'] })],
    });
    await expect.poll(() => r.client.channels.cache.has(readOnly.id)).toBe(true);
    expect((await finalReply(send({ commandName: 'subscribe', channelId: readOnly.id, options: { topic: 'default' }, memberPermissions: MANAGER }))).content).toMatch(/^Subscribed/);
    expect((await r.commands.context.subscriptions.list()).map((s) => s.channelId)).toEqual([readOnly.id]);
  });

  it('where the bot lacks Manage Webhooks, Discord refuses the webhook (50013): one ephemeral reply saying so, nothing stored', async () => {
    r.fake.setOverwrites(r.fake.channels.news, [overwrite(r.fake.guild.roles.bot.id, 0, { deny: ['ManageWebhooks'] })]);
    const reply = await finalReply(send({ commandName: 'subscribe', options: { topic: 'default', webhook_name: 'Wire Desk' }, memberPermissions: MANAGER }));

    expect(reply.flags).toBe(EPHEMERAL);
    expect(reply.content).toMatch(/^Could not create a webhook in <#\d+>: Missing Permissions\. The bot needs the Manage Webhooks permission there/);
    expect(r.fake.requestsMatching(`POST /channels/${r.fake.channels.news}/webhooks`).map((q) => q.status)).toEqual([403]);
    expect(r.fake.state.webhooks.size).toBe(0);
    expect(await r.commands.context.subscriptions.list()).toEqual([]);
  });

  it('in a thread, makes the webhook on the parent channel', async () => {
    const thread = r.fake.state.createThread(r.fake.channels.news, { name: 'Live coverage' }, []);
    await expect.poll(() => r.client.channels.cache.has(thread.id)).toBe(true);
    await finalReply(send({ commandName: 'subscribe', channelId: thread.id, options: { topic: 'default', webhook_name: 'Wire Desk' }, memberPermissions: MANAGER }));

    expect([...r.fake.state.webhooks.values()].map((w) => w.channel_id)).toEqual([r.fake.channels.news]);
    expect(await r.commands.context.subscriptions.get(subscriptionId(thread.id, 'default'))).toMatchObject({
      channelId: thread.id,
      parentChannelId: r.fake.channels.news,
      delivery: { kind: 'webhook' },
    });
  });

  it('subscribes a forum channel to forum posts', async () => {
    expect(r.fake.channel(r.fake.channels.forum)?.type).toBe(ChannelTypes.GuildForum);
    const sent = send({ commandName: 'subscribe', channelId: r.fake.channels.forum, options: { topic: 'default' }, memberPermissions: MANAGER });
    expect((await finalReply(sent)).content).toMatch(/^Subscribed/);
    expect((await r.commands.context.subscriptions.list())[0]?.delivery).toEqual({ kind: 'forum' });
    // Discord takes the reply in a forum channel: the user sees it (the fake once refused it).
    expect(sent.requests().map((q) => q.status)).toEqual([expect.any(Number)]);
    expect(sent.requests().every((q) => typeof q.status === 'number' && q.status < 400)).toBe(true);
  });
});

describe('unexpected failures', () => {
  it('answers "something went wrong" and logs the error, never the stack or the token', async () => {
    await r.commands.store.close(); // every read now throws StateError
    const sent = send({ commandName: 'topic', subcommand: 'list' });
    const reply = await finalReply(sent);

    expect(reply).toMatchObject({ type: CallbackTypes.ChannelMessageWithSource, flags: EPHEMERAL });
    expect(reply.content).toBe('Something went wrong on the bot’s side; it has been logged. Please try again later.');
    const [logged] = r.commands.logger.entries.filter((e) => e.level === 'error');
    expect(logged).toMatchObject({ message: 'slash command failed', fields: { command: 'topic list', error: expect.stringContaining('memory store is already closed') } });
    expect(JSON.stringify(r.commands.logger.entries)).not.toContain(sent.token);
  });
});
