// A kill at every state write of a delivery (publish, flush, then an "also reported by" update
// and its flush), for each channel kind, then a restart on the same state and a flush: the
// channel ends with exactly one message for the story, and that message carries the update.
import { afterEach, describe, expect, it } from 'vitest';
import { SubscriptionBook } from '../../src/control/subscriptions.ts';
import { createDiscordPublisher } from '../../src/discord/delivery/discord-publisher.ts';
import type { StateStore } from '../../src/ports.ts';
import { embedOf, makePost, startDeliveryHarness, TIME_ZONE, type DeliveryHarness } from '../helpers/discord-delivery-harness.ts';
import type { FakeMessage } from '../helpers/fake-discord/index.ts';

class KilledError extends Error {}

/** The process "dies" after `writesLeft` more writes: that write and every later one fail, unapplied. */
class DyingStore implements StateStore {
  writes = 0;
  constructor(
    private readonly inner: StateStore,
    private writesLeft = Number.POSITIVE_INFINITY,
  ) {}
  get<T>(key: string): Promise<T | undefined> {
    if (this.writesLeft <= 0 && this.writes > 0) return Promise.reject(new KilledError('killed'));
    return this.inner.get<T>(key);
  }
  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    this.spend();
    await this.inner.set(key, value, ttlMs);
  }
  async delete(key: string): Promise<boolean> {
    this.spend();
    return this.inner.delete(key);
  }
  async close(): Promise<void> {}
  private spend(): void {
    if (this.writesLeft <= 0) {
      this.writes = Math.max(this.writes, 1);
      throw new KilledError('killed');
    }
    this.writesLeft -= 1;
    this.writes += 1;
  }
}

type Kind = 'bot' | 'webhook' | 'forum';
let h: DeliveryHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const first = makePost(1);
const updated = makePost(1, { alsoReportedBy: [{ source: 'Reuters', title: 'Talks', url: 'https://reuters.example/talks' }] });

/** The story's messages in the subscription's channel (a forum: each thread's starter). */
function storyMessages(harness: DeliveryHarness, kind: Kind, channelId: string): FakeMessage[] {
  const { fake } = harness;
  if (kind !== 'forum') return fake.messages(channelId).filter((m) => m.embeds[0]?.url === first.url);
  const threads = [...fake.state.channels.values()].filter((c) => (c as { parent_id?: string }).parent_id === channelId);
  return threads.flatMap((t) => fake.messages(t.id).slice(0, 1)).filter((m) => m.embeds[0]?.url === first.url);
}

/** Publish, flush, update, flush, all over a store that dies after `killAfter` writes; then restart and flush. */
async function killThenRestart(kind: Kind, killAfter: number): Promise<{ messages: FakeMessage[]; writes: number }> {
  h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
  const { fake } = h;
  const channelId = kind === 'forum' ? fake.channels.forum : fake.channels.news;
  const hook = kind === 'webhook' ? fake.createWebhook(channelId) : undefined;
  await h.subscribe(channelId, 'korea', kind === 'bot' ? {} : kind === 'forum' ? { delivery: { kind: 'forum' } } : { delivery: { kind: 'webhook', webhookId: hook!.id, webhookToken: hook!.token! } });

  const dying = new DyingStore(h.store, killAfter);
  const publisher = createDiscordPublisher({ client: h.client, store: dying, subscriptions: new SubscriptionBook(dying), clock: h.clock, logger: { debug() {}, info() {}, warn() {}, error() {} }, timeZone: TIME_ZONE, postsPerMinute: 30 });
  try {
    await publisher.publish(first);
    await publisher.update(updated, {});
  } catch (error) {
    if (!(error instanceof KilledError) && !/killed/.test(String(error))) throw error;
  }
  publisher.close();
  const writes = dying.writes;

  // Restarted: the pipeline's outbox hands over both again (it keeps a post until the publisher confirms).
  await h.restart();
  h.clock.advance(10_000);
  await h.publisher.publish(first);
  await h.publisher.update(updated, {});
  for (let round = 0; round < 4; round += 1) {
    h.clock.advance(10 * 60_000);
    await h.publisher.flush();
  }
  return { messages: storyMessages(h, kind, channelId), writes };
}

describe('a kill at any write of a delivery', () => {
  for (const kind of ['bot', 'webhook', 'forum'] as const) {
    it(`${kind}: one message, carrying the update, whichever write the kill lands on`, async () => {
      const whole = await killThenRestart(kind, Number.POSITIVE_INFINITY);
      await h!.close();
      h = undefined;
      expect(whole.messages).toHaveLength(1);
      const outcomes: string[] = [];
      for (let killAfter = 0; killAfter <= whole.writes; killAfter += 1) {
        const { messages } = await killThenRestart(kind, killAfter);
        const withUpdate = messages.filter((m) => embedOf(m).fields?.[0]?.name === 'Also reported by').length;
        outcomes.push(`kill after ${killAfter} writes: ${messages.length} message(s), ${withUpdate} updated`);
        await h!.close();
        h = undefined;
      }
      expect(outcomes.filter((o) => !o.endsWith(': 1 message(s), 1 updated'))).toEqual([]);
    }, 180_000);
  }
});
