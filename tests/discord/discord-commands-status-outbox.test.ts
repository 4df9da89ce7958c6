// /status reads the pipeline's outbox, which only the worker writes and sets aside when it is
// corrupt (outbox:quarantine, at its next cycle), and the last cycle's report, which the worker
// replaces every cycle. Through a real discord.js Client and the fake
// Discord: a corrupt outbox (not JSON, not a list, bad entries among good ones) is said on the
// "Waiting to be posted" line and /status answers. Before, an outbox that was not JSON made
// /status answer "Something went wrong", and one that was not a list read "undefined posts".

import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { StateStore } from '../../src/ports.ts';
import { CallbackTypes } from '../helpers/fake-discord/index.ts';
import { startRouterHarness, type RouterHarness, closeRouterHarnessAfterEach } from '../helpers/discord-commands-harness.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';

const dir = tempDir();
let r: RouterHarness | undefined;
closeRouterHarnessAfterEach(() => [r, (r = undefined)][0]);
afterAll(() => dir.remove());

/** A post the drain can use, as the pipeline queues it. */
const waitingPost = (id: string, lastError?: string) => ({ post: { id, topic: 'default' }, enqueuedAt: '2025-03-10T05:55:10Z', attempts: 1, ...(lastError ? { lastError } : {}) });

async function statusWith(name: string, corrupt: (store: StateStore, file: string) => Promise<void>): Promise<{ type: number; content: string; waiting: string | undefined; lastCycle: string | undefined }> {
  const file = join(dir.path, `${name}.sqlite`);
  const store = await openSqlite(file);
  await corrupt(store, file);
  r = await startRouterHarness({ store });
  const sent = r.fake.dispatchInteraction(r.fake.chatInput({ commandName: 'status' }));
  const body = (await sent.callback()).body as { type: number; data?: { content?: string; embeds?: Array<{ fields?: Array<{ name: string; value: string }> }> } };
  const field = (name: string) => body.data?.embeds?.[0]?.fields?.find((f) => f.name === name)?.value;
  return { type: body.type, content: body.data?.content ?? '', waiting: field('Waiting to be posted'), lastCycle: field('Last cycle') };
}

describe('/status with a corrupt outbox', () => {
  it('not JSON: answers, saying the outbox is corrupt', async () => {
    const reply = await statusWith('not-json', async (store, file) => {
      await store.set(stateKeys.outbox, []);
      const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
      await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:outbox'`);
      await raw.disconnect();
    });

    expect(reply.type).toBe(CallbackTypes.ChannelMessageWithSource);
    expect(reply.content).toBe('No cycle has run yet.');
    expect(reply.waiting).toMatch(/^0 posts in the outbox; the outbox is corrupt: .*not JSON.* \(set aside at the next cycle\)$/);
  });

  it.each([
    ['an object', { not: 'a list' }],
    ['a string', 'garbage'],
  ])('stored as %s: no post counted, the outbox said corrupt', async (_name, value) => {
    const reply = await statusWith(`whole-${typeof value}`, (store) => store.set(stateKeys.outbox, value));

    expect(reply.waiting).toBe('0 posts in the outbox; the outbox is corrupt: not a list of queued posts (set aside at the next cycle)');
  });

  it('bad entries among good ones: the good ones are counted, the bad ones said', async () => {
    const reply = await statusWith('mixed', (store) => store.set(stateKeys.outbox, ['garbage', waitingPost('default:a', 'publisher: 503'), waitingPost('default:b')]));

    expect(reply.waiting).toBe('2 posts in the outbox (last error: publisher: 503); the outbox is corrupt: 1 of 3 entries are not queued posts (set aside at the next cycle)');
  });
});

describe("/status with a last cycle's report that cannot be read", () => {
  it.each([
    ['not JSON', async (store: StateStore, file: string) => {
      await store.set(stateKeys.lastCycle, {});
      const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
      await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:${stateKeys.lastCycle}'`);
      await raw.disconnect();
    }],
    ['not a report', (store: StateStore) => store.set(stateKeys.lastCycle, { finishedAt: '2025-03-10T05:55:20Z' })],
  ])('%s: answers, saying so', async (name, corrupt) => {
    const reply = await statusWith(`last-${name.replace(/\W+/g, '-')}`, corrupt);

    expect(reply.type).toBe(CallbackTypes.ChannelMessageWithSource);
    expect(reply.content).toBe("The last cycle's report cannot be read; the next cycle writes a new one.");
    expect(reply.lastCycle).toBe('its report cannot be read; the next cycle writes a new one');
    expect(reply.waiting).toBe('0 posts in the outbox');
  });
});

describe('/preview with corrupt recent decisions', () => {
  it.each([
    ['an object', { not: 'a list' }],
    ['a string', 'garbage'],
  ])('stored as %s: answers that nothing was decided yet', async (_name, value) => {
    const file = join(dir.path, `preview-${typeof value}.sqlite`);
    const store = await openSqlite(file);
    await store.set(stateKeys.recentDecisions, value);
    r = await startRouterHarness({ store });
    const sent = r.fake.dispatchInteraction(r.fake.chatInput({ commandName: 'preview', options: { topic: 'default' } }));
    const body = (await sent.callback()).body as { type: number; data?: { content?: string } };
    expect(body.type).toBe(CallbackTypes.ChannelMessageWithSource);
    expect(body.data?.content).toMatch(/^No items decided for `default` yet/);
  });
});
