// Tests of the fake Discord itself, driven by the real discord.js Client (no mocks): if the fake
// drifts from what discord.js expects, these fail before any bot test silently lies. Login, the
// gateway and messages here; webhooks, forums, interactions and commands in
// discord-fake-webhooks-commands.test.ts.

import { ChannelType, DiscordAPIError, EmbedBuilder, HTTPError, PermissionFlagsBits, type Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeFakeDiscord, readyFakeClient, text, type Destroyables } from '../helpers/fake-discord-client.ts';
import { GatewayOps, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.ts';

let fake: FakeDiscord;
const destroyables: Destroyables = [];

beforeEach(async () => {
  fake = await startFakeDiscord();
});

afterEach(() => closeFakeDiscord(fake, destroyables));

function readyClient(rest: { timeout?: number; retries?: number } = {}): Promise<Client<true>> {
  return readyFakeClient(fake, destroyables, rest);
}

describe('login and gateway', () => {
  it('logs a real client in: READY + GUILD_CREATE fill the cache, IDENTIFY carries token and intents', async () => {
    await fake.close();
    fake = await startFakeDiscord({ heartbeatIntervalMs: 40 });
    const client = await readyClient();

    expect(client.user.id).toBe(fake.botUser.id);
    expect(client.application.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guild.id);
    expect(guild?.name).toBe(fake.guild.name);
    expect(guild?.roles.cache.map((r) => r.name)).toEqual(expect.arrayContaining(['@everyone', 'News']));
    expect(guild?.channels.cache.get(fake.channels.news)?.type).toBe(ChannelType.GuildText);
    expect(guild?.channels.cache.get(fake.channels.forum)?.type).toBe(ChannelType.GuildForum);
    // The permission overwrite on the locked channel is visible to preflight checks.
    const me = guild!.members.me!;
    expect(text(client, fake.channels.locked).permissionsFor(me).has(PermissionFlagsBits.SendMessages)).toBe(false);
    expect(text(client, fake.channels.news).permissionsFor(me).has(PermissionFlagsBits.SendMessages)).toBe(true);

    const identify = fake.frames.find((f) => f.op === GatewayOps.Identify);
    expect(identify?.d).toMatchObject({ token: 'fake-token', intents: 1, shard: [0, 1] });
    // The default client: plain JSON, no transport compression (zlib-sync is not installed).
    expect(fake.gatewayConnections[0]?.query).toEqual({ v: '10', encoding: 'json' });
    // Login costs exactly one REST call.
    expect(fake.requests.map((r) => `${r.method} ${r.rawPath}`)).toEqual(['GET /api/v10/gateway/bot']);
    expect(fake.requests[0]?.headers.authorization).toBe('Bot fake-token');

    // Heartbeats are ACKed: otherwise the client would call the connection a zombie and reconnect.
    await fake.waitForFrame(GatewayOps.Heartbeat);
    await fake.waitForFrame(GatewayOps.Heartbeat, { since: fake.frames.length });
    await fake.waitForFrame(GatewayOps.Heartbeat, { since: fake.frames.length });
    expect(fake.gatewayConnections).toHaveLength(1);
  });

  it('resumes after a dropped connection (RESUME → RESUMED on the resume_gateway_url)', async () => {
    const client = await readyClient();

    fake.disconnectGateway(4000);
    const resume = await fake.waitForFrame(GatewayOps.Resume);
    expect(resume.d).toMatchObject({ token: 'fake-token', session_id: expect.any(String), seq: expect.any(Number) });
    expect(resume.connection).toBe(2);
    await expect.poll(() => fake.readySessions()).toBe(1);
    expect(fake.frames.filter((f) => f.op === GatewayOps.Identify)).toHaveLength(1);
    expect(client.guilds.cache.has(fake.guild.id)).toBe(true);
  });
});

describe('messages', () => {
  it('creates an embed message and de-duplicates a resend with the same enforced nonce', async () => {
    const client = await readyClient();
    const channel = text(client, fake.channels.news);
    const embed = new EmbedBuilder().setTitle('Storm hits coast').setURL('https://example.org/storm').setDescription('Summary');

    const first = await channel.send({ embeds: [embed], nonce: 'story-42', enforceNonce: true });
    const again = await channel.send({ embeds: [embed], nonce: 'story-42', enforceNonce: true });

    const posts = fake.requestsMatching('POST /channels/:id/messages');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.contentType).toBe('application/json');
    expect(posts[0]?.body).toMatchObject({
      nonce: 'story-42',
      enforce_nonce: true,
      embeds: [{ title: 'Storm hits coast', url: 'https://example.org/storm', description: 'Summary' }],
    });
    expect(again.id).toBe(first.id);
    const stored = fake.messages(fake.channels.news);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: first.id, nonce: 'story-42', authorId: fake.botUser.id, edited: false });
    expect(stored[0]?.embeds[0]).toMatchObject({ type: 'rich', title: 'Storm hits coast' });
  });

  it('records message.edit as a PATCH and marks the stored message edited', async () => {
    const client = await readyClient();
    const message = await text(client, fake.channels.news).send('draft');
    const edited = await message.edit({ content: 'final' });

    const patch = await fake.waitForRequest(`PATCH /channels/${fake.channels.news}/messages/${message.id}`);
    expect(patch.body).toMatchObject({ content: 'final' });
    expect(edited.editedTimestamp).not.toBeNull();
    expect(fake.messages(fake.channels.news)[0]).toMatchObject({ content: 'final', edited: true, editCount: 1 });
  });

  it('sends attachments as multipart/form-data with payload_json', async () => {
    const client = await readyClient();
    await text(client, fake.channels.news).send({ content: 'with file', files: [{ attachment: Buffer.from('hello'), name: 'note.txt' }] });

    const post = fake.requestsMatching('POST /channels/:id/messages')[0]!;
    expect(post.contentType).toMatch(/^multipart\/form-data/);
    expect(post.body).toMatchObject({ content: 'with file' });
    expect(post.files).toEqual([expect.objectContaining({ field: 'files[0]', filename: 'note.txt', size: 5 })]);
    expect(fake.messages(fake.channels.news)[0]?.attachments[0]).toMatchObject({ filename: 'note.txt', size: 5 });
  });

  it('retries a 429 after retry_after and succeeds', async () => {
    const client = await readyClient();
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.05 });
    const started = Date.now();
    await text(client, fake.channels.news).send('after the limit');

    const posts = fake.requestsMatching('POST /channels/:id/messages');
    expect(posts.map((p) => p.status)).toEqual([429, 200]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(50);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fake.messages(fake.channels.news)).toHaveLength(1);
  });

  it('rejects with DiscordAPIError 50013 in a channel the bot may not post in, 10003 after deletion', async () => {
    const client = await readyClient();
    const locked = text(client, fake.channels.locked);
    await expect(locked.send('nope')).rejects.toSatisfy(
      (e: unknown) => e instanceof DiscordAPIError && e.code === 50013 && e.status === 403,
    );

    const alerts = text(client, fake.channels.alerts);
    fake.deleteChannel(fake.channels.alerts, { silent: true }); // the client's cache still has it
    await expect(alerts.send('gone')).rejects.toSatisfy(
      (e: unknown) => e instanceof DiscordAPIError && e.code === 10003 && e.status === 404,
    );
    expect(fake.messages(fake.channels.locked)).toHaveLength(0);
  });

  it('a response lost after creation is retried; enforce_nonce turns the retry into the same message', async () => {
    const client = await readyClient({ timeout: 250 });
    const channel = text(client, fake.channels.news);

    fake.failNext('POST /channels/:id/messages', { afterCreate: 'hang' });
    const sent = await channel.send({ content: 'once', nonce: 'n-1', enforceNonce: true });
    expect(fake.messages(fake.channels.news).map((m) => m.id)).toEqual([sent.id]);

    // Without a nonce the same crash duplicates the post: the hazard the nonce exists for.
    fake.failNext('POST /channels/:id/messages', { afterCreate: 'hang' });
    await channel.send('twice');
    expect(fake.messages(fake.channels.news).filter((m) => m.content === 'twice')).toHaveLength(2);
    expect(fake.requestsMatching('POST /channels/:id/messages').map((r) => r.status)).toEqual(['hung', 200, 'hung', 200]);
  });

  it('answers 503 during an outage (discord.js gives up after its retries)', async () => {
    const client = await readyClient({ retries: 1 });
    fake.setOutage(true);
    await expect(text(client, fake.channels.news).send('down')).rejects.toSatisfy(
      (e: unknown) => e instanceof HTTPError && e.status === 503,
    );
    expect(fake.requestsMatching('POST /channels/:id/messages')).toHaveLength(2);
    fake.setOutage(false);
    await text(client, fake.channels.news).send('up');
    expect(fake.messages(fake.channels.news)).toHaveLength(1);
  });

  it('serves /api/v10 and unversioned /api, with X-RateLimit-* headers on every answer', async () => {
    const auth = { authorization: `Bot ${fake.botToken}` };
    for (const url of [`${fake.apiUrl}/v10/users/@me`, `${fake.apiUrl}/users/@me`]) {
      const res = await fetch(url, { headers: auth });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { id: string }).id).toBe(fake.botUser.id);
      expect(res.headers.get('x-ratelimit-limit')).toBe('50');
      expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(50);
      expect(Number(res.headers.get('x-ratelimit-reset-after'))).toBeGreaterThan(0);
      expect(res.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
    }
    const unauthorised = await fetch(`${fake.apiUrl}/v10/users/@me`);
    expect(unauthorised.status).toBe(401);
  });
});
