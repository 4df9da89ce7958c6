// /topic explain decides a text as the next cycle would: the profile, then the topic memory the
// worker keeps (src/core/match/topic-memory.ts). Before, it asked the profile alone, so a text the
// worker would post on the memory's stand-ins was explained as "would not be posted". Through a real
// discord.js Client and the fake Discord, over a real SQLite store.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { dayOfTime, TopicMemory } from '../../src/core/match/topic-memory.ts';
import { analyzeText } from '../../src/core/text/analyze.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { StateStore } from '../../src/ports.ts';
import { CallbackTypes } from '../helpers/fake-discord/index.ts';
import { closeRouterHarnessAfterEach, startRouterHarness, T0, type RouterHarness } from '../helpers/discord-commands-harness.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';

const dir = tempDir();
let r: RouterHarness | undefined;
closeRouterHarnessAfterEach(() => [r, (r = undefined)][0]);
afterAll(() => dir.remove());

// The fighting in Kursk told without North Korea: the default profile turns it down for a missing facet.
const TEXT = 'Pertempuran Sengit di Kursk, Ratusan Tentara Tewas';

async function explainWith(name: string, prepare: (store: StateStore) => Promise<void>): Promise<string> {
  const store = await openSqlite(join(dir.path, `${name}.sqlite`));
  await prepare(store);
  r = await startRouterHarness({ store });
  const sent = r.fake.dispatchInteraction(r.fake.chatInput({ commandName: 'topic', subcommand: 'explain', options: { name: 'default', text: TEXT } }));
  const callback = (await sent.callback()).body as { type: number; data?: { content?: string } };
  if (callback.type !== CallbackTypes.DeferredChannelMessageWithSource) return callback.data?.content ?? '';
  const edit = await r.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(sent.token) && q.path.endsWith('/messages/@original'));
  return (edit.body as { content?: string }).content ?? '';
}

describe('/topic explain with the topic memory', () => {
  it('without a memory: the profile alone turns the text down', async () => {
    const content = await explainWith('none', async () => {});
    expect(content).toMatch(/^❌ would not be posted to `default`/);
    expect(content).toContain('missing concept');
  });

  it('with a memory whose stand-ins the text holds: would be posted, and the reason names them', async () => {
    const memory = new TopicMemory(dayOfTime(T0.getTime()));
    // Six earlier matches held the text's own words (as the worker's Kursk reports would).
    const analysed = analyzeText(TEXT, loadLexicon(), 'id', { places: true });
    for (let i = 0; i < 6; i += 1) memory.note([...analysed.keys, ...analysed.places, `own-${i}`], true);
    const content = await explainWith('stand-ins', (store) => store.set(stateKeys.topicMemory('default'), memory.toData()));
    expect(content).toMatch(/^✅ would be posted to `default`/);
    expect(content).toMatch(/stand for the topic now: of the recent items naming .*\(6 of 6\)/);
  });
});
