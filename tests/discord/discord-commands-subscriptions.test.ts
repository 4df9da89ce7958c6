// /subscribe, /unsubscribe and /subscriptions over a MemoryStore: how a channel's type decides
// the delivery, webhooks (made on a thread's parent), the checks on every option, and who may
// change subscriptions.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subscriptionId } from '../../src/control/subscriptions.ts';
import { deliveryKeys } from '../../src/discord/delivery/delivery-keys.ts';
import { CHANNEL_ID, GUILD_ID, ORDINARY_MEMBER, replyText, startCommandsHarness, type CommandsHarness } from '../helpers/discord-commands-harness.ts';

const PARENT_ID = '900000000000000010';
const ROLE_ID = '900000000000000020';

let h: CommandsHarness;
beforeEach(async () => {
  h = await startCommandsHarness();
});
afterEach(async () => {
  await h.close();
});

describe('/subscribe', () => {
  it('stores a subscription with its mention, minimum score and creator', async () => {
    const reply = await h.run('subscribe', { topic: 'default', mention: ROLE_ID, min_score: 1.5 });

    expect(reply).toMatchObject({ ephemeral: true });
    expect(reply.content).toBe(`Subscribed <#${CHANNEL_ID}> to \`default\`: posted by the bot · mentions <@&${ROLE_ID}> · only scores ≥ 1.5. New stories arrive from the next cycle on.`);
    expect(await h.context.subscriptions.list()).toEqual([
      {
        id: subscriptionId(CHANNEL_ID, 'default'),
        guildId: GUILD_ID,
        channelId: CHANNEL_ID,
        topic: 'default',
        mentionRoleId: ROLE_ID,
        minScore: 1.5,
        delivery: { kind: 'bot' },
        createdBy: '900000000000000003',
        createdAt: '2025-03-10T06:00:00.000Z',
      },
    ]);
  });

  it.each([
    ['a text channel', { type: 0 }, { kind: 'bot' }, undefined],
    ['an announcement channel', { type: 5 }, { kind: 'bot' }, undefined],
    ['a thread', { type: 11, parentId: PARENT_ID }, { kind: 'bot' }, PARENT_ID],
    ['a forum channel', { type: 15 }, { kind: 'forum' }, undefined],
  ])('in %s delivers as %o', async (_place, channel, delivery, parent) => {
    await h.run('subscribe', { topic: 'default' }, { channel });

    const [stored] = await h.context.subscriptions.list();
    expect(stored?.delivery).toEqual(delivery);
    expect(stored?.parentChannelId).toBe(parent);
  });

  it.each([
    ['a voice channel', 2],
    ['a category', 4],
    ['a channel the bot cannot see', -1],
  ])('refuses %s', async (_place, type) => {
    const reply = await h.run('subscribe', { topic: 'default' }, { channel: { type } });

    expect(reply.content).toContain('News can be posted in text and announcement channels, their threads, and forum channels');
    expect(await h.context.subscriptions.list()).toEqual([]);
  });

  it('creates a webhook with the given name and keeps the avatar URL for each post', async () => {
    const reply = await h.run('subscribe', { topic: 'default', webhook_name: 'Wire Desk', webhook_avatar: 'https://img.example/desk.png' });

    expect(reply.content).toContain('posted by the webhook "Wire Desk"');
    expect(h.webhooks).toEqual([{ channelId: CHANNEL_ID, name: 'Wire Desk' }]);
    expect((await h.context.subscriptions.list())[0]?.delivery).toEqual({
      kind: 'webhook',
      webhookId: '700000000000000001',
      webhookToken: 'hook-token-1',
      username: 'Wire Desk',
      avatarUrl: 'https://img.example/desk.png',
    });
  });

  it("makes a thread's webhook on its parent and reuses a channel's webhook for another topic", async () => {
    await h.context.topics.update('starship', (s) => void (s.seeds = [{ name: 'a', seed: { title: 'a', body: 'b', removed: [] } }]), new Date());
    const thread = { channelId: '900000000000000011', channel: { type: 11, parentId: PARENT_ID } };
    await h.run('subscribe', { topic: 'default', webhook_name: 'Wire Desk' }, thread);
    await h.run('subscribe', { topic: 'starship', webhook_name: 'Space Desk' }, { channelId: PARENT_ID, channel: { type: 0 } });

    expect(h.webhooks).toEqual([{ channelId: PARENT_ID, name: 'Wire Desk' }]);
    const [inThread, inParent] = await h.context.subscriptions.list();
    expect(inThread).toMatchObject({ channelId: '900000000000000011', parentChannelId: PARENT_ID, delivery: { kind: 'webhook', webhookId: '700000000000000001', username: 'Wire Desk' } });
    expect(inParent).toMatchObject({ channelId: PARENT_ID, delivery: { kind: 'webhook', webhookId: '700000000000000001', username: 'Space Desk' } });
  });

  it.each([
    ['an unknown topic', { topic: 'nope' }, {}, 'There is no topic `nope`. Topics: `default`.'],
    ['@everyone as the mention', { topic: 'default', mention: GUILD_ID }, {}, '`mention` cannot be @everyone'],
    ['a mention that is not an id', { topic: 'default', mention: 'editors' }, {}, '`mention` must be a Discord id'],
    ['a minimum score out of range', { topic: 'default', min_score: 21 }, {}, '`min_score` must be between 0 and 20; got 21'],
    ['an avatar without a webhook name', { topic: 'default', webhook_avatar: 'https://img.example/a.png' }, {}, '`webhook_avatar` needs `webhook_name`'],
    ['an http avatar', { topic: 'default', webhook_name: 'Desk', webhook_avatar: 'http://img.example/a.png' }, {}, 'must be an https:// image URL'],
    ['a webhook name Discord refuses', { topic: 'default', webhook_name: 'Discord News' }, {}, 'does not allow "clyde" or "discord"'],
    ['a webhook in a forum', { topic: 'default', webhook_name: 'Desk' }, { channel: { type: 15 } }, 'A webhook cannot open forum posts'],
  ])('refuses %s', async (_case, options, overrides, message) => {
    const reply = await h.run('subscribe', options, overrides);

    expect(reply.content).toContain(message);
    expect(h.webhooks).toEqual([]);
    expect(await h.context.subscriptions.list()).toEqual([]);
  });

  it("checks the bot's own rights (app_permissions) for what it posts itself: a thread wants Send Messages in Threads; a webhook needs none; Administrator has all", async () => {
    const bits = (...shifts: bigint[]) => shifts.reduce((acc, s) => acc | (1n << s), 0n).toString();
    const inThread = { channel: { type: 11, parentId: PARENT_ID } };
    // View Channel, Send Messages, Embed Links, but not Send Messages in Threads.
    const noThreads = bits(10n, 11n, 14n);
    const refused = await h.run('subscribe', { topic: 'default' }, { ...inThread, appPermissions: noThreads });
    expect(refused.content).toBe(`The bot cannot post here: it lacks Send Messages in Threads in <#${CHANNEL_ID}>. Give its role that permission here (or subscribe with \`webhook_name\`), then \`/subscribe\` again. Nothing was saved.`);
    const forum = await h.run('subscribe', { topic: 'default' }, { channel: { type: 15 }, appPermissions: bits(10n, 11n) });
    expect(forum.content).toBe(`The bot cannot post here: it lacks Embed Links in <#${CHANNEL_ID}>. Give its role that permission here, then \`/subscribe\` again. Nothing was saved.`);
    expect(await h.context.subscriptions.list()).toEqual([]);

    expect((await h.run('subscribe', { topic: 'default', webhook_name: 'Desk' }, { ...inThread, appPermissions: noThreads })).content).toMatch(/^Subscribed/);
    expect((await h.run('subscribe', { topic: 'default' }, { appPermissions: bits(3n) })).content).toMatch(/^Updated|^Subscribed/);
    // Not sent (an older request): nothing to check against, the first post decides.
    expect((await h.run('subscribe', { topic: 'default' }, { channelId: '900000000000000099' })).content).toMatch(/^Subscribed/);
  });

  it('says why when Discord refuses the webhook, and stores nothing', async () => {
    h.failWebhooks = true;
    const reply = await h.run('subscribe', { topic: 'default', webhook_name: 'Desk' });

    expect(reply.content).toBe(`Could not create a webhook in <#${CHANNEL_ID}>: Missing Permissions. The bot needs the Manage Webhooks permission there; or subscribe without \`webhook_name\`.`);
    expect(await h.context.subscriptions.list()).toEqual([]);
    expect(h.logger.entries).toEqual([expect.objectContaining({ level: 'warn', message: 'subscribe: could not create a webhook' })]);
  });

  it('re-subscribing replaces the subscription and clears its broken mark', async () => {
    await h.run('subscribe', { topic: 'default' });
    await h.context.subscriptions.markBroken(subscriptionId(CHANNEL_ID, 'default'), 'Missing Access', new Date());

    const reply = await h.run('subscribe', { topic: 'default', min_score: 2 });
    expect(reply.content).toContain('Re-subscribed (and repaired)');
    const all = await h.context.subscriptions.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.broken).toBeUndefined();
    expect(all[0]?.minScore).toBe(2);
  });

  it.each([
    ['an ordinary member', ORDINARY_MEMBER, false],
    ['a malformed bitfield', 'lots', false],
    ['an administrator', (1n << 3n).toString(), true],
    ['a member with Manage Server', '32', true],
  ])('is checked on receipt: %s', async (_who, memberPermissions, allowed) => {
    const reply = await h.run('subscribe', { topic: 'default' }, { memberPermissions });

    expect(reply.content.includes('needs the **Manage Server** permission')).toBe(!allowed);
    expect(await h.context.subscriptions.list()).toHaveLength(allowed ? 1 : 0);
  });
});

describe('/unsubscribe and /subscriptions', () => {
  beforeEach(async () => {
    await h.context.topics.update('starship', (s) => void (s.seeds = [{ name: 'a', seed: { title: 'a', body: 'b', removed: [] } }]), new Date());
    await h.run('subscribe', { topic: 'default' });
    await h.run('subscribe', { topic: 'starship', mention: ROLE_ID });
    await h.run('subscribe', { topic: 'default' }, { channelId: '900000000000000030', channel: { type: 15 } });
  });

  it('lists the server\'s subscriptions with how each is delivered and what is broken', async () => {
    await h.context.subscriptions.markBroken(subscriptionId('900000000000000030', 'default'), 'Unknown Channel', new Date('2025-03-10T05:00:00Z'));
    const other = { guildId: '900000000000000099' };
    await h.run('subscribe', { topic: 'default' }, { ...other, channelId: '900000000000000098' });

    const reply = await h.run('subscriptions', {}, { memberPermissions: ORDINARY_MEMBER });
    expect(reply.content).toBe('3 subscriptions in this server.');
    expect(reply.embeds?.[0]?.description?.split('\n')).toEqual([
      `• <#${CHANNEL_ID}> · \`default\` · posted by the bot`,
      `• <#${CHANNEL_ID}> · \`starship\` · posted by the bot · mentions <@&${ROLE_ID}>`,
      `• <#900000000000000030> · \`default\` · each story opens a forum post · ⚠️ broken <t:1741582800:R>: Unknown Channel (run /subscribe there again to repair)`,
    ]);
  });

  it('removes one topic from this channel, with the posts still queued for it', async () => {
    const queue = deliveryKeys.queue(subscriptionId(CHANNEL_ID, 'starship'));
    await h.context.store.set(queue, { entries: [{ postId: 'starship:story:1' }] });
    expect((await h.run('unsubscribe', { topic: 'starship' })).content).toBe(`Unsubscribed <#${CHANNEL_ID}> from \`starship\`.`);
    expect(await h.context.store.get(queue)).toBeUndefined();
    expect((await h.context.subscriptions.list()).map((s) => s.id)).toEqual([subscriptionId(CHANNEL_ID, 'default'), subscriptionId('900000000000000030', 'default')]);
  });

  it('removes every topic from this channel when none is named, and leaves other channels alone', async () => {
    expect((await h.run('unsubscribe')).content).toBe(`Unsubscribed <#${CHANNEL_ID}> from \`default\`, \`starship\`.`);
    expect((await h.context.subscriptions.list()).map((s) => s.channelId)).toEqual(['900000000000000030']);
    expect((await h.run('unsubscribe')).content).toBe('This channel has no subscriptions.');
  });

  it('says what the channel does get when the topic is not one of them', async () => {
    const reply = await h.run('unsubscribe', { topic: 'weather' });
    expect(reply.content).toBe('This channel is not subscribed to `weather`. It gets: `default`, `starship`.');
    expect(await h.context.subscriptions.list()).toHaveLength(3);
  });

  it('needs Manage Server', async () => {
    const reply = await h.run('unsubscribe', {}, { memberPermissions: ORDINARY_MEMBER });
    expect(replyText(reply)).toContain('needs the **Manage Server** permission');
    expect(await h.context.subscriptions.list()).toHaveLength(3);
  });
});
