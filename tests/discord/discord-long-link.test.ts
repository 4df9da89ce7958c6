// A story whose article link or image URL is longer than Discord takes (2,048 characters:
// RichEmbed.url and RichEmbedImage.url in Discord's OpenAPI spec) was refused with 400/50035 and
// lost. Sent here through the real discord.js client to the fake Discord, which now refuses such
// a URL as Discord does: every story still lands, its link shortened (fragment dropped) or left
// out, in bot, webhook and forum channels alike.
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, Routes } from 'discord.js';
import { embedOf, makePost, startDeliveryHarness, type DeliveryHarness } from '../helpers/discord-delivery-harness.ts';

let h: DeliveryHarness;
afterEach(async () => {
  await h?.close();
});

const LONG_PATH = `https://news.example/${'a'.repeat(2_100)}`;
/** Under the cap once its fragment (tracking data after '#') is dropped. */
const LONG_FRAGMENT = `https://news.example/story-7?id=7#${'utm='.repeat(600)}`;

describe('a story with a URL over 2,048 characters', () => {
  it('the fake refuses such an embed URL as Discord does (50035, BASE_TYPE_MAX_LENGTH)', async () => {
    h = await startDeliveryHarness();
    const error = await h.client.rest
      .post(Routes.channelMessages(h.fake.channels.news), { body: { embeds: [{ title: 'x', url: LONG_PATH }] } })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(JSON.stringify((error as DiscordAPIError).rawError)).toContain('BASE_TYPE_MAX_LENGTH');
  });

  it('is still posted to bot, webhook and forum channels: the link shortened or left out, never the story', async () => {
    h = await startDeliveryHarness({ rest: { retries: 0 } });
    const { fake } = h;
    const hook = fake.createWebhook(fake.channels.alerts, 'Newshound');
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.alerts, 'korea', { delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token } });
    await h.subscribe(fake.channels.forum, 'korea', { delivery: { kind: 'forum' } });

    await h.publisher.publish(makePost(1, { url: LONG_PATH, imageUrl: `${LONG_PATH}.jpg` }));
    await h.publisher.publish(makePost(2, { url: LONG_FRAGMENT }));

    const forumStarters = [...fake.state.channels.values()]
      .filter((c) => c.parent_id === fake.channels.forum)
      .flatMap((thread) => fake.messages(thread.id));
    for (const messages of [fake.messages(fake.channels.news), fake.messages(fake.channels.alerts), forumStarters]) {
      const embeds = messages.map(embedOf);
      expect(embeds.map((e) => e.title)).toEqual(['Story 1: talks resume in Pyongyang', 'Story 2: talks resume in Pyongyang']);
      // Story 1: the link and the image cannot be shortened to the same page: left out.
      expect(embeds[0]!.url).toBeUndefined();
      expect(embeds[0]!.image).toBeUndefined();
      // Story 2: the fragment goes, the page stays.
      expect(embeds[1]!.url).toBe('https://news.example/story-7?id=7');
    }
    expect((await h.publisher.status()).queued).toBe(0);
    expect(fake.warnings).toEqual([]);
  });
});

describe('recovery after a lost answer, with no nonce on messages read back', () => {
  it('adopts the message already made by its story (title, when the link had to go), not by a nonce', async () => {
    // Nonce window 0: Discord's enforce_nonce cannot help, and the fake (like Discord) returns no
    // nonce on the channel's messages, so only the post's own content identifies it.
    h = await startDeliveryHarness({ fake: { nonceWindowMs: 0 } });
    const { fake } = h;
    await h.subscribe(fake.channels.news, 'korea');
    fake.failNext('POST /channels/:id/messages', { afterCreate: 'reset' });
    await h.publisher.publish(makePost(3, { url: LONG_PATH }));
    await h.restart();
    h.clock.advance(6 * 60_000);
    await h.publisher.flush();

    const lookups = fake.requestsMatching(`GET /channels/${fake.channels.news}/messages`);
    expect(lookups).toHaveLength(1);
    expect(fake.messages(fake.channels.news)).toHaveLength(1);
    expect(fake.requestsMatching('POST /channels/:id/messages')).toHaveLength(1);
  });
});
