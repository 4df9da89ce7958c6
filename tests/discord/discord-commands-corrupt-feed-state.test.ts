// A feed's stored state that is not JSON is the worker's to replace (the feed starts afresh at
// its next poll); until then /status and /feeds status show it on that feed's line and answer.
// Before, reading it threw and both answered "Something went wrong". Through a real discord.js
// Client and the fake Discord, over a SQLite state whose entry is overwritten with bad text.

import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { feedId } from '../../src/config/load-config.ts';
import { stateKeys, type FeedState } from '../../src/pipeline/state-keys.ts';
import { CallbackTypes } from '../helpers/fake-discord/index.ts';
import { startRouterHarness, type RouterHarness, closeRouterHarnessAfterEach } from '../helpers/discord-commands-harness.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';

const dir = tempDir();
let r: RouterHarness | undefined;
closeRouterHarnessAfterEach(() => [r, (r = undefined)][0]);
afterAll(() => dir.remove());

const DAILY_PLANET = feedId('Daily Planet', 'https://planet.example/rss');
const WIRE_WORLD = feedId('Wire World', 'https://wire.example/world.xml');

describe("a feed whose stored state is not JSON", () => {
  it.each([
    ['/status', { commandName: 'status' }, 'Failing feeds (1 of 2)'],
    ['/feeds status', { commandName: 'feeds', subcommand: 'status' }, undefined],
  ])('%s answers, saying so on that feed\'s line', async (name, input, field) => {
    const file = join(dir.path, `${name.replace(/\W+/g, '-')}.sqlite`);
    const store = await openSqlite(file);
    const healthy: FeedState = { initialized: true, presentKeys: [], health: { status: 'ok', consecutiveFailures: 0, lastSuccessAt: '2025-03-10T05:55:00Z' } };
    await store.set(stateKeys.feed(WIRE_WORLD), healthy);
    await store.set(stateKeys.feed(DAILY_PLANET), healthy);
    const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
    await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:${stateKeys.feed(DAILY_PLANET)}'`);
    await raw.disconnect();
    r = await startRouterHarness({ store });

    const sent = r.fake.dispatchInteraction(r.fake.chatInput(input));
    const body = (await sent.callback()).body as { type: number; data: { content: string; embeds: Array<{ description?: string; fields?: Array<{ name: string; value: string }> }> } };

    expect(body.type).toBe(CallbackTypes.ChannelMessageWithSource);
    const embed = body.data.embeds[0]!;
    const text = field === undefined ? embed.description : embed.fields?.find((f) => f.name === field)?.value;
    expect(text).toContain('**Daily Planet**: its stored state cannot be read; the worker starts it afresh at its next poll');
    if (field === undefined) {
      expect(body.data.content).toBe('2 feeds, 1 failing.');
      expect(text).toContain('✅ **Wire World**: ok');
    }
  });
});
