// Deny by default. Topics and feeds are shared by every server the bot is in; before, with no
// home server configured (the default) an admin of any server changed them for all, and the
// list of changing commands lived apart from the handler table, so a new command ran unchecked
// unless someone remembered to add it there. Now each command's access sits in its table entry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/discord/commands/command-definitions.ts';
import { COMMANDS } from '../../src/discord/commands/handle-command.ts';
import type { ApiInteraction } from '../helpers/fake-discord/index.ts';
import { guildPayload, rolePayload } from '../helpers/fake-discord/guild-payloads.ts';
import { startCommandsHarness, startRouterHarness, type CommandsHarness, type RouterHarness } from '../helpers/discord-commands-harness.ts';

describe('bot-wide changes with no home server', () => {
  let h: CommandsHarness;
  beforeEach(async () => {
    h = await startCommandsHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('are refused once the bot is in more than one server, or when that is unknown', async () => {
    for (const botServerCount of [2, undefined]) {
      const reply = await h.run('topic threshold', { name: 'default', value: 2 }, { botServerCount });
      expect(reply.content).toContain('no home server set');
      expect(reply.content).toContain('discord.guildId');
      expect((await h.run('feeds remove', { feed: 'Wire World' }, { botServerCount })).content).toContain('no home server set');
    }
    expect(await h.context.topics.all()).toEqual({});
    expect((await h.context.feeds.get()).removed).toEqual([]);
  });

  it('are taken while the bot is in one server; reading and per-server changes are never refused', async () => {
    expect((await h.run('topic threshold', { name: 'default', value: 2 }, { botServerCount: 1 })).content).not.toContain('home server');
    expect((await h.context.topics.get('default'))?.tuning.threshold).toBe(2);
    const many = { botServerCount: 5 };
    expect((await h.run('subscribe', { topic: 'default' }, many)).content).toMatch(/^Subscribed/);
    expect((await h.run('topic list', {}, many)).content).not.toContain('home server');
    expect((await h.run('feeds list', {}, many)).content).not.toContain('home server');
  });

  it('with a home server, only it changes them, however many servers the bot is in', async () => {
    (h.context.config as { discord?: { guildId?: string } }).discord = { guildId: '900000000000000001' };
    expect((await h.run('topic threshold', { name: 'default', value: 3 }, { botServerCount: 7 })).content).not.toContain('home server');
    expect((await h.run('topic threshold', { name: 'default', value: 4 }, { botServerCount: 7, guildId: '900000000000000099' })).content).toContain('home server');
    expect((await h.context.topics.get('default'))?.tuning.threshold).toBe(3);
  });
});

describe('the handler table declares every command and who may run it', () => {
  const registered = commandDefinitions().flatMap((command) => {
    const options = (command.options ?? []) as Array<{ type: number; name: string; options?: Array<{ type: number; name: string }> }>;
    const nested = options.filter((o) => o.type === 1 || o.type === 2);
    if (nested.length === 0) return [command.name];
    return nested.flatMap((o) => (o.type === 1 ? [`${command.name} ${o.name}`] : (o.options ?? []).map((s) => `${command.name} ${o.name} ${s.name}`)));
  });

  it('every registered command has an entry, and every entry is a registered command', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual([...registered].sort());
  });

  it('every entry states its access, and only the read-only ones are open to all', () => {
    const open = Object.entries(COMMANDS).filter(([, entry]) => entry.access === 'read').map(([path]) => path);
    expect(open.sort()).toEqual(['feeds list', 'feeds status', 'preview', 'status', 'subscriptions', 'topic explain', 'topic list', 'topic show']);
    for (const entry of Object.values(COMMANDS)) expect(['read', 'server', 'bot-wide']).toContain(entry.access);
  });
});

describe('through discord.js: the bot joins a second server', () => {
  let r: RouterHarness;
  beforeEach(async () => {
    r = await startRouterHarness();
  });
  afterEach(async () => {
    await r.close();
  });

  it('a Manage Server admin can no longer change topics without a home server', async () => {
    const manager = (1n << 5n).toString();
    const ask = async (interaction: ApiInteraction) => {
      const callback = await r.fake.dispatchInteraction(interaction).callback();
      return String((callback.body as { data?: { content?: string } }).data?.content);
    };
    expect(await ask(r.fake.chatInput({ commandName: 'topic', subcommand: 'threshold', options: { name: 'default', value: 2 }, memberPermissions: manager }))).toMatch(/^Threshold|default/);

    const other = '910000000000000001';
    const everyone = rolePayload({ id: other, name: '@everyone', permissions: '0' });
    r.fake.dispatch('GUILD_CREATE', guildPayload({ id: other, name: 'Other', ownerId: '910000000000000002', applicationId: r.fake.applicationId, roles: [everyone], members: [], channels: [], threads: [], joinedAt: new Date() }));
    await expect.poll(() => r.client.guilds.cache.size).toBe(2);

    const refused = await ask(r.fake.chatInput({ commandName: 'topic', subcommand: 'threshold', options: { name: 'default', value: 3 }, memberPermissions: manager }));
    expect(refused).toContain('no home server set');
    expect((await r.commands.context.topics.get('default'))?.tuning.threshold).toBe(2);
  });
});
