// `newshound status` shows, per topic, the words its own recent matches stand on now (the topic
// memory, src/core/match/topic-memory.ts): what the worker will take a turned-down headline on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dayOfTime, TopicMemory } from '../../src/core/match/topic-memory.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function statusWith(name: string, stored: Record<string, unknown>) {
  const file = join(dir.path, `${name}.sqlite`);
  const config = join(dir.path, `${name}.json`);
  writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }], topics: [{ name: 'floods', seeds: 'config/seeds' }, { name: 'fuel', seeds: 'config/seeds' }], state: { url: `sqlite://${file}`, namespace: 'cycle-test' }, logLevel: 'error' }));
  const store = await openSqlite(file);
  for (const [key, value] of Object.entries(stored)) await store.set(key, value);
  await store.close();
  return runCliCaptured(['status', '--config', config, '--heartbeat', join(dir.path, 'none.json')], {});
}

describe('status: what each topic is about now', () => {
  it('lists the stand-ins of a topic with a memory, most matched first, and says which topics have none', async () => {
    const memory = new TopicMemory(dayOfTime(Date.now()));
    for (let i = 0; i < 7; i += 1) memory.note(['#bener meriah', 'logistik', `own-${i}`], true);
    for (let i = 0; i < 3; i += 1) memory.note(['logistik', `other-${i}`], false);
    for (let i = 0; i < 6; i += 1) memory.note(['huntara'], true);
    const shown = await statusWith('now', { [stateKeys.topicMemory('floods')]: memory.toData() });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^ {2}floods: #bener meriah \(7 of 7\), logistik \(7 of 10\), huntara \(6 of 6\)$/m);
    expect(shown.stdout).toMatch(/^ {2}fuel: no memory yet/m);
  });

  it('a memory that holds no stand-in yet, and one that cannot be read, each say so on their line', async () => {
    const young = new TopicMemory(dayOfTime(Date.now()));
    young.note(['banjir'], true);
    const shown = await statusWith('bad', { [stateKeys.topicMemory('floods')]: young.toData(), [stateKeys.topicMemory('fuel')]: { version: 9 } });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^ {2}floods: no word stands for it yet \(keys counted so far: 1\)$/m);
    expect(shown.stdout).toMatch(/^ {2}fuel: MEMORY UNREADABLE: .*not a topic memory.*\(the worker starts it afresh\)$/m);
    expect(shown.stdout).toMatch(/^Outbox: /m);
  });
});
