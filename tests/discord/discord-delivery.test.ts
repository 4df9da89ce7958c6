// The Discord publisher against the fake Discord with a real discord.js client and a real SQLite
// state file: where posts land, what they look like, edits in place, webhooks, forums, pacing.
import { afterEach, describe, expect, it } from 'vitest';
import { embedOf, makePost, startDeliveryHarness, titlesIn, type DeliveryHarness, type HarnessOptions } from '../helpers/discord-delivery-harness.ts';

let h: DeliveryHarness;

async function start(options: HarnessOptions = {}): Promise<DeliveryHarness> {
  h = await startDeliveryHarness(options);
  return h;
}

afterEach(async () => {
  await h?.close();
  expect(h.fake.warnings).toEqual([]);
});

const alsoReported = [
  { source: 'Reuters', title: 'Talks resume', url: 'https://reuters.example/talks' },
  { source: 'Tempo', title: 'Perundingan dimulai', url: 'https://tempo.example/perundingan' },
];

describe('fan-out', () => {
  it('sends each post to every channel subscribed to its topic, with the embed and the role mention', async () => {
    const { fake } = await start();
    const other = fake.addChannel({ name: 'economy' });
    const role = fake.guild.roles.news.id;
    await h.subscribe(fake.channels.news, 'korea', { mentionRoleId: role });
    await h.subscribe(fake.channels.alerts, 'korea');
    await h.subscribe(other.id, 'economy');

    await h.publisher.publish(makePost(1));
    await h.publisher.publish(makePost(2, { topic: 'economy', title: 'Rupiah steadies' }));

    expect(titlesIn(fake, fake.channels.news)).toEqual(['Story 1: talks resume in Pyongyang']);
    expect(titlesIn(fake, fake.channels.alerts)).toEqual(['Story 1: talks resume in Pyongyang']);
    expect(titlesIn(fake, other.id)).toEqual(['Rupiah steadies']);

    const toNews = fake.requestsMatching(`POST /channels/${fake.channels.news}/messages`)[0]!;
    expect(toNews.body).toMatchObject({
      content: `<@&${role}>`,
      allowed_mentions: { parse: [], roles: [role] },
      enforce_nonce: true,
      embeds: [
        {
          title: 'Story 1: talks resume in Pyongyang',
          url: 'https://news.example/story-1',
          description: 'Summary of story 1. Delegations met for the first time in years.',
          author: { name: 'Kompas' },
          timestamp: '2026-03-02T00:30:00.000Z',
          image: { url: 'https://img.news.example/story-1.jpg' },
          footer: { text: 'score 7.5 · Kim Jong Un, North Korea' },
        },
      ],
    });
    const nonce = (toNews.body as { nonce: string }).nonce;
    expect(nonce.length).toBeLessThanOrEqual(25);
    // No mention asked for: no content, and nothing may ping.
    const toAlerts = fake.requestsMatching(`POST /channels/${fake.channels.alerts}/messages`)[0]!;
    expect(toAlerts.body).not.toHaveProperty('content');
    expect(toAlerts.body).toMatchObject({ allowed_mentions: { parse: [] } });
    // The same post in another channel carries another nonce (nonces are per channel and post).
    expect((toAlerts.body as { nonce: string }).nonce).not.toBe(nonce);

    // publish() again (the pipeline outbox repeating itself) sends nothing more.
    await h.publisher.publish(makePost(1));
    expect(fake.requestsMatching('POST /channels/:id/messages')).toHaveLength(3);
    expect(await h.publisher.status()).toMatchObject({ queued: 0, postsToday: 3 });
  });

  it('leaves out channels whose minScore the post does not reach', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.alerts, 'korea', { minScore: 8 });

    await h.publisher.publish(makePost(1, { score: 7.5 }));
    await h.publisher.publish(makePost(2, { score: 9.1 }));

    expect(titlesIn(fake, fake.channels.news)).toEqual(['Story 1: talks resume in Pyongyang', 'Story 2: talks resume in Pyongyang']);
    expect(titlesIn(fake, fake.channels.alerts)).toEqual(['Story 2: talks resume in Pyongyang']);
  });
});

describe('updates', () => {
  it('edits the message in place when the story gains other outlets', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.news, 'korea', { mentionRoleId: fake.guild.roles.news.id });
    await h.publisher.publish(makePost(1));
    const [message] = fake.messages(fake.channels.news);

    await h.publisher.update(makePost(1, { alsoReportedBy: alsoReported }), {});

    const patch = fake.requestsMatching(`PATCH /channels/${fake.channels.news}/messages/${message!.id}`);
    expect(patch).toHaveLength(1);
    expect(patch[0]!.body).not.toHaveProperty('content');
    const stored = fake.messages(fake.channels.news);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: message!.id, edited: true, content: `<@&${fake.guild.roles.news.id}>` });
    expect(embedOf(stored[0]!).fields).toEqual([
      { name: 'Also reported by', value: '[Reuters](https://reuters.example/talks) · [Tempo](https://tempo.example/perundingan)' },
    ]);
    expect(await h.publisher.status()).toMatchObject({ queued: 0, postsToday: 1 });
  });

  it('an update that arrives while the publish is still queued goes out as one, already updated, message', async () => {
    const { fake } = await start({ postsPerMinute: 1 });
    await h.subscribe(fake.channels.news, 'korea');
    await h.publisher.publish(makePost(1));
    await h.publisher.publish(makePost(2)); // paced: waits for the next minute
    await h.publisher.update(makePost(2, { alsoReportedBy: alsoReported }), {});
    expect(titlesIn(fake, fake.channels.news)).toHaveLength(1);

    h.clock.advance(60_000);
    await h.publisher.flush();

    const stored = fake.messages(fake.channels.news);
    expect(stored).toHaveLength(2);
    expect(embedOf(stored[1]!).fields?.[0]).toMatchObject({ name: 'Also reported by' });
    expect(stored[1]!.edited).toBe(false);
    expect(fake.requestsMatching('PATCH /channels/:id/messages/:mid')).toHaveLength(0);
  });

  it('an update of a message a moderator deleted is dropped; the channel stays subscribed', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.news, 'korea');
    await h.publisher.publish(makePost(1));
    fake.state.deleteMessage(fake.state.messages.list(fake.channels.news)[0]!);

    await h.publisher.update(makePost(1, { alsoReportedBy: alsoReported }), {});
    await h.publisher.publish(makePost(2));

    expect(await h.subscriptions.list()).toEqual([expect.not.objectContaining({ broken: expect.anything() })]);
    expect(titlesIn(fake, fake.channels.news)).toEqual(['Story 2: talks resume in Pyongyang']);
    expect(h.logs.some((l) => l.message === 'discord: entry dropped' && String(l.fields.reason).includes('10008'))).toBe(true);
  });
});

describe('webhooks and forums', () => {
  it('posts through a channel webhook under its own name and avatar, and edits through the webhook', async () => {
    const { fake } = await start();
    const hook = fake.createWebhook(fake.channels.news, 'Newshound');
    await h.subscribe(fake.channels.news, 'korea', {
      delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token, username: 'Wire Desk', avatarUrl: 'https://img.example/desk.png' },
    });

    await h.publisher.publish(makePost(1));
    const post = fake.requestsMatching(`POST /webhooks/${hook.id}/:token`)[0]!;
    expect(post.query).toEqual({ wait: 'true' });
    expect(post.headers.authorization).toBeUndefined();
    expect(post.body).toMatchObject({ username: 'Wire Desk', avatar_url: 'https://img.example/desk.png', embeds: [{ title: 'Story 1: talks resume in Pyongyang' }] });
    const [message] = fake.messages(fake.channels.news);
    expect(message).toMatchObject({ webhookId: hook.id, authorName: 'Wire Desk', avatarUrl: 'https://img.example/desk.png' });

    await h.publisher.update(makePost(1, { alsoReportedBy: alsoReported }), {});
    expect(fake.requestsMatching(`PATCH /webhooks/${hook.id}/:token/messages/${message!.id}`)).toHaveLength(1);
    expect(fake.messages(fake.channels.news)).toEqual([expect.objectContaining({ id: message!.id, edited: true })]);
  });

  it('posts into a thread through the parent channel webhook (thread_id) and edits there', async () => {
    const { fake } = await start();
    const hook = fake.createWebhook(fake.channels.news);
    const thread = fake.state.createThread(fake.channels.news, { name: 'Korea desk' }, []);
    await h.subscribe(thread.id, 'korea', {
      parentChannelId: fake.channels.news,
      delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token },
    });

    await h.publisher.publish(makePost(1));
    expect(fake.requestsMatching(`POST /webhooks/${hook.id}/:token`)[0]!.query).toEqual({ wait: 'true', thread_id: thread.id });
    expect(titlesIn(fake, thread.id)).toEqual(['Story 1: talks resume in Pyongyang']);
    expect(fake.messages(fake.channels.news)).toEqual([]);

    await h.publisher.update(makePost(1, { alsoReportedBy: alsoReported }), {});
    const patch = fake.requestsMatching(`PATCH /webhooks/${hook.id}/:token/messages/:mid`)[0]!;
    expect(patch.query).toEqual({ thread_id: thread.id });
    expect(fake.messages(thread.id)[0]!.edited).toBe(true);
  });

  it('opens a forum post per story and edits its starter message on update', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.forum, 'korea', { delivery: { kind: 'forum' }, mentionRoleId: fake.guild.roles.news.id });
    const longTitle = `${'Very long headline '.repeat(8)}end`;

    await h.publisher.publish(makePost(1));
    await h.publisher.publish(makePost(2, { title: longTitle }));

    const creates = fake.requestsMatching(`POST /channels/${fake.channels.forum}/threads`);
    expect(creates).toHaveLength(2);
    expect(creates[0]!.body).toMatchObject({
      name: 'Story 1: talks resume in Pyongyang',
      message: { content: `<@&${fake.guild.roles.news.id}>`, embeds: [{ url: 'https://news.example/story-1' }] },
    });
    const secondName = (creates[1]!.body as { name: string }).name;
    expect(secondName.length).toBeLessThanOrEqual(100);
    expect(secondName.endsWith('…')).toBe(true);

    const threads = [...fake.state.channels.values()].filter((c) => c.parent_id === fake.channels.forum);
    expect(threads).toHaveLength(2);
    const first = threads[0]!;
    expect(fake.messages(first.id)).toEqual([expect.objectContaining({ id: first.id })]);

    await h.publisher.update(makePost(1, { alsoReportedBy: alsoReported }), {});
    expect(fake.requestsMatching(`PATCH /channels/${first.id}/messages/${first.id}`)).toHaveLength(1);
    expect(embedOf(fake.messages(first.id)[0]!).fields?.[0]).toMatchObject({ name: 'Also reported by' });
  });
});

describe('pacing', () => {
  it('sends at most postsPerMinute new messages a minute per channel; the rest follow in order', async () => {
    const { fake } = await start({ postsPerMinute: 2 });
    await h.subscribe(fake.channels.news, 'korea');
    for (const n of [1, 2, 3, 4, 5]) await h.publisher.publish(makePost(n));
    const titles = () => titlesIn(fake, fake.channels.news).map((t) => t.split(':')[0]);

    expect(titles()).toEqual(['Story 1', 'Story 2']);
    expect(await h.publisher.status()).toMatchObject({
      queued: 3,
      queues: [{ size: 3, nextAttemptAt: new Date(h.clock.now().getTime() + 60_000).toISOString() }],
    });

    h.clock.advance(59_000);
    await h.publisher.flush();
    expect(titles()).toHaveLength(2);

    h.clock.advance(1_000);
    expect(await h.publisher.flush()).toMatchObject({ sent: 2, deferred: 1 });
    expect(titles()).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4']);

    h.clock.advance(60_000);
    await h.publisher.flush();
    expect(titles()).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5']);
  });

  it('paces each channel on its own', async () => {
    const { fake } = await start({ postsPerMinute: 1 });
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.alerts, 'korea');
    await h.publisher.publish(makePost(1));
    await h.publisher.publish(makePost(2));
    expect(titlesIn(fake, fake.channels.news)).toHaveLength(1);
    expect(titlesIn(fake, fake.channels.alerts)).toHaveLength(1);
  });
});
