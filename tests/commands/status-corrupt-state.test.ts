// `newshound status` reads what the worker keeps; one entry that cannot be read (a feed's state,
// the last cycle's report) is said on its own line and the rest is shown, as the worker itself
// goes on past them. Before, a feed state that was not JSON ended `status` with a stack trace.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function statusOver(name: string, corrupt: (keys: { feed: string; file: string }) => Promise<void>) {
  const file = join(dir.path, `${name}.sqlite`);
  const config = join(dir.path, `${name}.json`);
  writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }, { name: 'Other', url: 'https://other.example/rss' }], state: { url: `sqlite://${file}`, namespace: 'cycle-test' }, logLevel: 'error' }));
  const feed = stateKeys.feed(loadConfig({ file: config, env: {} }).feeds[0]!.id);
  await corrupt({ feed, file });
  return runCliCaptured(['status', '--config', config, '--heartbeat', join(dir.path, 'none.json')], {});
}

/** Stores a value under `key`, then overwrites its text with something that is not JSON. */
async function notJson(file: string, key: string): Promise<void> {
  const store = await openSqlite(file);
  await store.set(key, {});
  await store.close();
  const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
  await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:${key}'`);
  await raw.disconnect();
}

describe('status over entries that cannot be read', () => {
  it('a feed state that is not JSON: that feed says so, the others and the rest are shown', async () => {
    const shown = await statusOver('feed-not-json', ({ feed, file }) => notJson(file, feed));
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^ {2}Wire +STATE UNREADABLE: .*\(the worker starts the feed afresh at its next poll\)$/m);
    expect(shown.stdout).toMatch(/^ {2}Other +/m);
    expect(shown.stdout).toMatch(/^Outbox: /m);
  });

  it.each([
    ['a string', 'garbage'],
    ['a list', [1, 2]],
  ])('a feed state stored as %s: said on its line', async (_name, value) => {
    const shown = await statusOver(`feed-${typeof value}`, async ({ feed, file }) => {
      const store = await openSqlite(file);
      await store.set(feed, value);
      await store.close();
    });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^ {2}Wire +STATE UNREADABLE: .*not a feed state/m);
  });

  it('a last cycle report that cannot be read: said on its line', async () => {
    const shown = await statusOver('last-cycle', async ({ file }) => {
      const store = await openSqlite(file);
      await store.set(stateKeys.lastCycle, { not: 'a report' });
      await store.close();
    });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Last cycle: UNREADABLE: .*not a cycle report/m);
    expect(shown.stdout).toMatch(/^Outbox: /m);
  });
});
