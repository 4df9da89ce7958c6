// /topic show says what the topic is about now: the words its own recent matches stand on (the
// topic memory the worker keeps in the state store, src/core/match/topic-memory.ts), as
// `newshound status` does. Through a real discord.js Client and the fake Discord, over a real
// SQLite store: a memory with stand-ins (eight at most), one with none yet, none at all, and one
// that cannot be read (said in one line, never an error reply).

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dayOfTime, TopicMemory } from '../../src/core/match/topic-memory.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { StateStore } from '../../src/ports.ts';
import { CallbackTypes } from '../helpers/fake-discord/index.ts';
import { closeRouterHarnessAfterEach, startRouterHarness, T0, type RouterHarness } from '../helpers/discord-commands-harness.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';
import { BAD_STORED_MEMORIES } from '../helpers/bad-topic-memories.ts';

const dir = tempDir();
let r: RouterHarness | undefined;
closeRouterHarnessAfterEach(() => [r, (r = undefined)][0]);
afterAll(() => dir.remove());

interface ShownEmbed {
  description?: string;
  fields?: Array<{ name: string; value: string }>;
}

/** /topic show default over a SQLite store `prepare` filled; the reply as Discord received it. */
async function showWith(name: string, prepare: (store: StateStore, file: string) => Promise<void>): Promise<{ type: number; content: string; embed: ShownEmbed | undefined }> {
  const file = join(dir.path, `${name}.sqlite`);
  const store = await openSqlite(file);
  await prepare(store, file);
  r = await startRouterHarness({ store });
  const sent = r.fake.dispatchInteraction(r.fake.chatInput({ commandName: 'topic', subcommand: 'show', options: { name: 'default' } }));
  const callback = (await sent.callback()).body as { type: number; data?: { content?: string; embeds?: ShownEmbed[] } };
  if (callback.type !== CallbackTypes.DeferredChannelMessageWithSource) return { type: callback.type, content: callback.data?.content ?? '', embed: callback.data?.embeds?.[0] };
  const edit = await r.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(sent.token) && q.path.endsWith('/messages/@original'));
  const body = edit.body as { content?: string; embeds?: ShownEmbed[] };
  return { type: callback.type, content: body.content ?? '', embed: body.embeds?.[0] };
}

const nowLine = (embed: ShownEmbed | undefined) => (embed?.description ?? '').split('\n').find((line) => line.startsWith('Now: '));

describe('/topic show: what the topic is about now', () => {
  it('lists its stand-ins, most matched first, as `key (matched of items)`', async () => {
    const memory = new TopicMemory(dayOfTime(T0.getTime()));
    for (let i = 0; i < 7; i += 1) memory.note(['#bener meriah', 'logistik', `own-${i}`], true);
    for (let i = 0; i < 3; i += 1) memory.note(['logistik', `other-${i}`], false);
    for (let i = 0; i < 6; i += 1) memory.note(['huntara'], true);
    const shown = await showWith('stand-ins', (store) => store.set(stateKeys.topicMemory('default'), memory.toData()));

    expect(shown.content).toContain('Topic `default`');
    expect(nowLine(shown.embed)).toBe('Now: #bener meriah (7 of 7), logistik (7 of 10), huntara (6 of 6)');
    // The profile is still shown beside it.
    expect(shown.embed?.fields?.map((f) => f.name)).toContain('Top terms (weight)');
  });

  it('shows eight at most, long words and all, within Discord limits', async () => {
    const memory = new TopicMemory(dayOfTime(T0.getTime()));
    const words = Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(97 + i)}${'x'.repeat(200)}`);
    for (let i = 0; i < 6; i += 1) memory.note(words, true);
    const shown = await showWith('many', (store) => store.set(stateKeys.topicMemory('default'), memory.toData()));

    const line = nowLine(shown.embed)!;
    expect(line.match(/\(6 of 6\)/g)).toHaveLength(8);
    expect(line).toMatch(/^Now: ax{200} \(6 of 6\), bx{200} /);
    // Beside the profile's fields: the fake Discord refuses an embed over its limits (checked after each test).
    expect(shown.embed?.fields?.map((f) => f.name)).toContain('Top terms (weight)');
  });

  it('no memory yet says so', async () => {
    const none = await showWith('none', async () => {});
    expect(nowLine(none.embed)).toBe('Now: no memory yet');
  });

  it('a memory that holds no stand-in yet says so', async () => {
    const young = new TopicMemory(dayOfTime(T0.getTime()));
    young.note(['banjir'], true);
    const shown = await showWith('young', (store) => store.set(stateKeys.topicMemory('default'), young.toData()));
    expect(nowLine(shown.embed)).toBe('Now: nothing stands for it yet');
  });

  it.each(BAD_STORED_MEMORIES)('a stored memory that is %s: one line, and the topic is shown', async (name, prepare) => {
    const shown = await showWith(`bad-${name.replace(/\W+/g, '-')}`, prepare);

    expect(shown.content).toContain('Topic `default`');
    expect(nowLine(shown.embed)).toBe('Now: memory unreadable, the worker starts it afresh');
    expect(shown.embed?.fields?.map((f) => f.name)).toContain('Top terms (weight)');
  });
});
