// `newshound explain --now` decides a text as the worker would decide it now: with the topic's
// memory of its own recent matches read from the state store (src/core/match/topic-memory.ts),
// and says which of the text's words stand for the topic. Without --now, the profile alone.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dayOfTime, TopicMemory } from '../../src/core/match/topic-memory.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { StateStore } from '../../src/ports.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';
import { BAD_STORED_MEMORIES } from '../helpers/bad-topic-memories.ts';

const dir = tempDir();
afterAll(() => dir.remove());

// Turned down by the default topic's profile (no Russia or Ukraine); its words, as analysed:
// @kim-jong-un, inspeksi, amunisi, pabrik, @kp.
const TEXT = 'Kim Jong Un inspects a new munitions factory in Pyongyang';
// The text is dated, so the memory is read as of that day whatever the clock says.
const PUBLISHED = '2026-03-02T08:00:00Z';
const DAY = dayOfTime(Date.parse(PUBLISHED));

/** A config over a SQLite state `prepare` filled. */
async function stateWith(name: string, prepare: (store: StateStore, file: string) => Promise<unknown>): Promise<string> {
  const file = join(dir.path, `${name}.sqlite`);
  const config = join(dir.path, `${name}.json`);
  writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }], state: { url: `sqlite://${file}`, namespace: 'cycle-test' }, logLevel: 'error' }));
  const store = await openSqlite(file);
  await prepare(store, file);
  await store.close();
  return config;
}

/** A memory in which three of the text's words (and one it does not hold) stand for the topic: an item needs three stand-ins (TOPIC_MEMORY_CUTS minKeys). */
function warmMemory(): TopicMemory {
  const memory = new TopicMemory(DAY);
  for (let i = 0; i < 7; i += 1) memory.note(['@kim-jong-un', 'inspeksi', 'pabrik', 'huntara', `own-${i}`], true);
  for (let i = 0; i < 3; i += 1) memory.note(['pabrik', `other-${i}`], false);
  return memory;
}

const explain = (config: string, ...extra: string[]) => runCliCaptured(['explain', '--text', TEXT, '--published', PUBLISHED, '--config', config, ...extra], {});

describe('explain --now', () => {
  it("decides with the topic's stored memory, naming the stand-ins the text holds", async () => {
    const config = await stateWith('warm', (store) => store.set(stateKeys.topicMemory('default'), warmMemory().toData()));

    const now = await explain(config, '--now');
    expect(now.code).toBe(0);
    expect(now.stdout).toMatch(/^decision: ON-TOPIC$/m);
    expect(now.stdout).toMatch(/^reason: +missing concept: Russia \/ Ukraine, but its words stand for the topic now: of the recent items naming @kim-jong-un \(7 of 7\), inspeksi \(7 of 7\), pabrik \(7 of 10\) matched$/m);
    expect(now.stdout).toMatch(/^now: +its words that stand for the topic now: @kim-jong-un \(7 of 7\), inspeksi \(7 of 7\), pabrik \(7 of 10\)/m);
    expect(now.stdout).not.toContain('huntara');

    // Without --now: the profile alone, as before.
    const plain = await explain(config);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^decision: off-topic$/m);
    expect(plain.stdout).toMatch(/^reason: +missing concept: Russia \/ Ukraine$/m);
    expect(plain.stdout).not.toMatch(/^now:/m);
  });

  it('--json carries the memory and the stand-ins', async () => {
    const config = await stateWith('json', (store) => store.set(stateKeys.topicMemory('default'), warmMemory().toData()));
    const shown = await explain(config, '--now', '--json');
    expect(shown.code).toBe(0);
    const out = JSON.parse(shown.stdout);
    expect(out.decision).toBe(true);
    expect(out.now).toEqual({ memory: 'stored', standIns: [{ key: '@kim-jong-un', items: 7, matched: 7 }, { key: 'inspeksi', items: 7, matched: 7 }, { key: 'pabrik', items: 10, matched: 7 }] });
  });

  it('a memory none of whose stand-ins the text holds: turned down, and says what stands for the topic', async () => {
    const memory = new TopicMemory(DAY);
    for (let i = 0; i < 6; i += 1) memory.note(['huntara', 'logistik'], true);
    const config = await stateWith('cold', (store) => store.set(stateKeys.topicMemory('default'), memory.toData()));
    const shown = await explain(config, '--now');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^decision: off-topic$/m);
    expect(shown.stdout).toMatch(/^now: +none of its words stands for the topic now \(what does: huntara \(6 of 6\), logistik \(6 of 6\)\)$/m);
  });

  it('no memory in the state: one line, decided by the profile alone', async () => {
    const config = await stateWith('empty', async () => {});
    const shown = await explain(config, '--now');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^decision: off-topic$/m);
    expect(shown.stdout.split('\n').filter((line) => line.startsWith('now:'))).toEqual(['now:      no memory of topic default in the state yet: decided by the profile alone']);
  });

  it.each(BAD_STORED_MEMORIES)('a stored memory that is %s: one line, decided by the profile alone, exit 0', async (name, prepare) => {
    const config = await stateWith(`bad-${name.replace(/\W+/g, '-')}`, prepare);
    const shown = await explain(config, '--now');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^decision: off-topic$/m);
    expect(shown.stdout).toMatch(/^now: +the memory of topic default cannot be read \(.+\): decided by the profile alone \(the worker starts it afresh\)$/m);
  });

  it('only reads: on a state that does not exist it creates nothing, and says there is no memory', async () => {
    const stateDir = join(dir.path, 'not-yet');
    const config = join(dir.path, 'not-yet.json');
    writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }], state: { url: `sqlite://${join(stateDir, 'state.sqlite')}` }, logLevel: 'error' }));
    const shown = await explain(config, '--now');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^now: +no memory of topic default in the state yet/m);
    expect(existsSync(stateDir)).toBe(false);
  });

  it('is refused with --item, and named in the usage', async () => {
    const refused = await runCliCaptured(['explain', '--item', 'link:x', '--now'], {});
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--now/);
    const help = await runCliCaptured(['explain', '--help'], {});
    expect(help.stdout).toContain('--now');
  });
});
