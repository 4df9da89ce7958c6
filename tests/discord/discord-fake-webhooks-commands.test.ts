// Tests of the fake Discord itself, driven by the real discord.js Client (no mocks): webhooks,
// forum posts, interactions and application commands (login, gateway and messages are in
// discord-fake-server.test.ts).

import { MessageFlags, PermissionFlagsBits, WebhookClient, type Client, type ForumChannel } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeFakeDiscord, nextInteraction, readyFakeClient, text, type Destroyables } from '../helpers/fake-discord-client.ts';
import { OptionTypes, permissionString, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.ts';

let fake: FakeDiscord;
const destroyables: Destroyables = [];

beforeEach(async () => {
  fake = await startFakeDiscord();
});

afterEach(() => closeFakeDiscord(fake, destroyables));

function readyClient(rest: { timeout?: number; retries?: number } = {}): Promise<Client<true>> {
  return readyFakeClient(fake, destroyables, rest);
}

describe('webhooks and forums', () => {
  it('posts through WebhookClient with a username and avatar override', async () => {
    const client = await readyClient();
    const hook = await text(client, fake.channels.news).createWebhook({ name: 'Newshound' });
    expect(fake.requestsMatching(`POST /channels/${fake.channels.news}/webhooks`)).toHaveLength(1);

    const webhook = new WebhookClient({ id: hook.id, token: hook.token! }, { rest: { api: fake.apiUrl } });
    destroyables.push(webhook);
    const sent = await webhook.send({ content: 'Breaking', username: 'Wire Desk', avatarURL: 'https://example.org/a.png' });

    const post = fake.requestsMatching('POST /webhooks/:id/:token')[0]!;
    expect(post.query).toMatchObject({ wait: 'true' });
    expect(post.headers.authorization).toBeUndefined();
    expect(post.body).toMatchObject({ content: 'Breaking', username: 'Wire Desk', avatar_url: 'https://example.org/a.png' });
    expect(fake.messages(fake.channels.news)[0]).toMatchObject({
      id: sent.id,
      webhookId: hook.id,
      authorName: 'Wire Desk',
      avatarUrl: 'https://example.org/a.png',
    });

    // discord.js derives Webhook#url from rest.api (unparseable by WebhookClient); the API's own
    // `url` field is discord.com-shaped, so `{ url }` parses and rest.api still routes here.
    const apiUrl = fake.state.webhook(hook.id).url as string;
    expect(apiUrl).toMatch(/^https:\/\/discord\.com\/api\/webhooks\//);
    const byUrl = new WebhookClient({ url: apiUrl }, { rest: { api: fake.apiUrl } });
    destroyables.push(byUrl);
    await byUrl.send('via url');
    expect(fake.messages(fake.channels.news).map((m) => m.authorName)).toEqual(['Wire Desk', 'Newshound']);
  });

  it("marks a message of a webhook the bot made with the application's id, and not one of a member's webhook", async () => {
    const client = await readyClient();
    const ours = await text(client, fake.channels.news).createWebhook({ name: 'Newshound' });
    const theirs = fake.createWebhook(fake.channels.news, 'Feed Reader', { byUser: true });
    expect(ours.applicationId).toBe(client.application.id);
    expect(fake.state.webhook(theirs.id).application_id).toBeNull();
    for (const hook of [{ id: ours.id, token: ours.token! }, theirs]) {
      const webhook = new WebhookClient({ id: hook.id, token: hook.token }, { rest: { api: fake.apiUrl } });
      destroyables.push(webhook);
      await webhook.send('Breaking');
    }
    const read = await text(client, fake.channels.news).messages.fetch();
    const byHook = new Map(read.map((m) => [m.webhookId, m.applicationId]));
    expect(byHook.get(ours.id)).toBe(client.application.id);
    expect(byHook.get(theirs.id)).toBeNull();
  });

  it('creates a forum post: a thread plus its starter message', async () => {
    const client = await readyClient();
    const forum = client.channels.cache.get(fake.channels.forum) as ForumChannel;
    const thread = await forum.threads.create({
      name: 'Storm coverage',
      message: { content: 'Live updates', embeds: [{ title: 'Storm' }] },
    });

    const post = fake.requestsMatching(`POST /channels/${fake.channels.forum}/threads`)[0]!;
    expect(post.body).toMatchObject({ name: 'Storm coverage', message: { content: 'Live updates' } });
    expect(thread.parentId).toBe(fake.channels.forum);
    expect(thread.name).toBe('Storm coverage');
    const [starter] = fake.messages(thread.id);
    expect(starter).toMatchObject({ id: thread.id, content: 'Live updates' });
    expect(starter?.thread).toEqual({ id: thread.id, name: 'Storm coverage', parentId: fake.channels.forum });
  });
});

describe('interactions and commands', () => {
  it('delivers a slash command with subcommand, options and member permissions; ephemeral reply is type 4 flag 64', async () => {
    const client = await readyClient();
    const received = nextInteraction(client);
    const sent = fake.dispatchInteraction(
      fake.chatInput({
        commandName: 'feeds',
        subcommandGroup: 'manage',
        subcommand: 'add',
        options: [
          { name: 'url', type: OptionTypes.String, value: 'https://example.org/rss' },
          { name: 'limit', type: OptionTypes.Integer, value: 5 },
        ],
        memberPermissions: permissionString('ViewChannel', 'ManageGuild'),
      }),
    );

    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.commandName).toBe('feeds');
    expect(interaction.options.getSubcommandGroup()).toBe('manage');
    expect(interaction.options.getSubcommand()).toBe('add');
    expect(interaction.options.getString('url')).toBe('https://example.org/rss');
    expect(interaction.options.getInteger('limit')).toBe(5);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
    expect(interaction.channelId).toBe(fake.channels.news);

    await interaction.reply({ content: 'Added', flags: MessageFlags.Ephemeral });
    const callback = await sent.callback();
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'Added', flags: 64 } });
    expect(fake.messages(fake.channels.news)[0]).toMatchObject({ content: 'Added', ephemeral: true, interactionId: sent.id });
  });

  it('withholds Manage Guild, and supports deferReply → editReply → followUp', async () => {
    const client = await readyClient();
    const received = nextInteraction(client);
    const sent = fake.dispatchInteraction(fake.chatInput({ commandName: 'status' }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(false);

    await interaction.deferReply();
    await interaction.editReply('3 feeds, all healthy');
    await interaction.followUp({ content: 'details', flags: MessageFlags.Ephemeral });
    await expect(interaction.reply('again')).rejects.toThrow(); // discord.js refuses client-side

    const paths = sent.requests().map((r) => `${r.method} ${r.path.replace(sent.token, ':token')}`);
    expect(paths).toEqual([
      `POST /interactions/${sent.id}/:token/callback`,
      `PATCH /webhooks/${fake.applicationId}/:token/messages/@original`,
      `POST /webhooks/${fake.applicationId}/:token`,
    ]);
    expect(sent.requests()[0]?.body).toMatchObject({ type: 5 });
    const [original, followUp] = fake.messages(fake.channels.news);
    expect(original).toMatchObject({ content: '3 feeds, all healthy', ephemeral: false, edited: false });
    expect(followUp).toMatchObject({ content: 'details', ephemeral: true });
  });

  it('refuses an edit or follow-up once the interaction token has expired (401, 50027), as after 15 minutes', async () => {
    await closeFakeDiscord(fake, destroyables);
    // A lifetime of 0: the token has expired by the time any edit arrives, with no waiting.
    fake = await startFakeDiscord({ interactionTokenMs: 0 });
    const client = await readyClient();
    const received = nextInteraction(client);
    fake.dispatchInteraction(fake.chatInput({ commandName: 'status' }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');

    await interaction.deferReply();
    await expect(interaction.editReply('3 feeds, all healthy')).rejects.toMatchObject({ status: 401, code: 50027 });
    await expect(interaction.followUp('details')).rejects.toMatchObject({ status: 401, code: 50027 });
  });

  it('records an autocomplete respond() as callback type 8 with the choices', async () => {
    const client = await readyClient();
    const received = nextInteraction(client);
    const sent = fake.dispatchInteraction(
      fake.autocomplete({ commandName: 'feeds', subcommand: 'remove', options: { feed: 're' }, focused: 'feed' }),
    );
    const interaction = await received;
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'feed', value: 're' });
    await interaction.respond([{ name: 'Reuters', value: 'reuters' }]);

    const callback = await sent.callback();
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'Reuters', value: 'reuters' }] } });
    expect(sent.record().choices).toEqual([{ name: 'Reuters', value: 'reuters' }]);
  });

  it('stores guild commands from application.commands.set(cmds, guildId) and keeps ids on re-registration', async () => {
    const client = await readyClient();
    const commands = [
      { name: 'feeds', description: 'Manage feeds', options: [{ type: 3, name: 'url', description: 'Feed URL', required: true }] },
      { name: 'status', description: 'Bot status' },
    ];
    const first = await client.application.commands.set(commands, fake.guild.id);

    const put = fake.requestsMatching(`PUT /applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`)[0]!;
    expect(put.body).toEqual([
      expect.objectContaining({ name: 'feeds', description: 'Manage feeds' }),
      expect.objectContaining({ name: 'status' }),
    ]);
    expect(fake.commands(fake.guild.id).map((c) => c.name)).toEqual(['feeds', 'status']);
    expect(fake.commands()).toEqual([]);
    expect([...first.keys()]).toEqual(fake.commands(fake.guild.id).map((c) => c.id));

    const second = await client.application.commands.set(commands, fake.guild.id);
    expect([...second.keys()]).toEqual([...first.keys()]);
  });
});
