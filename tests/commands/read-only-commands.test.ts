import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// README "One owner per state": `status` and `stories` only read. Pointed at a state that does
// not exist yet (a fresh clone, a mistyped STATE_URL), they created its directory and an empty
// SQLite database there; they now report the empty state and leave the disk alone.

/** The CLI in-process, with an empty environment (no developer's variables). */
const cli = (argv: string[]) => runCliCaptured(argv, {});

const dir = tempDir();
afterAll(() => dir.remove());
const stateDir = join(dir.path, 'not-yet');
const config = join(dir.path, 'config.json');
writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${join(stateDir, 'state.sqlite')}` }, logLevel: 'error' }));

describe('commands that only read create no state', () => {
  it.each([
    ['status', ['status', '--config', config, '--heartbeat', join(dir.path, 'heartbeat.json')]],
    ['stories', ['stories', '--config', config]],
    ['explain --item', ['explain', '--item', 'http://nowhere.example/a', '--config', config]],
    ['explain --stories', ['explain', '--text', 'Kim Jong Un', '--stories', '--config', config]],
  ])('%s on a state that does not exist', async (_label, argv) => {
    const result = await cli(argv);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(stateDir)).toBe(false);
  });

  it('status reports the empty state (exit 0)', async () => {
    const result = await cli(['status', '--config', config, '--heartbeat', join(dir.path, 'heartbeat.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Feeds:\n {2}Nowhere/);
  });
});

// On a state that exists they opened it for writing: the open switched the file to WAL (a -wal and
// a -shm file beside it), swept expired rows, and a read of an expired key deleted it. A reader
// beside a stopped worker changed the worker's file; one on a read-only mount failed.
describe.each([
  ['WAL, as a stopped worker leaves it', 'WAL'],
  ['rollback journal, as one restored from a backup may be', 'DELETE'],
])('commands that only read leave an existing SQLite state as it was (%s)', (_label, journalMode) => {
  const existing = join(dir.path, `existing-${journalMode}`);
  const file = join(existing, 'state.sqlite');
  const existingConfig = join(dir.path, `existing-${journalMode}.json`);
  writeFileSync(existingConfig, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${file}` }, logLevel: 'error' }));

  /** Each file of the state: absent, or a digest of its bytes and its modification time. */
  const snapshot = () =>
    ['', '-wal', '-shm', '-journal'].map((suffix) => {
      const path = `${file}${suffix}`;
      return existsSync(path) ? { path, sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs } : { path, absent: true };
    });

  beforeEach(async () => {
    rmSync(existing, { recursive: true, force: true });
    mkdirSync(existing);
    // A state a worker left: an open story, and a key past its expiry (a sweep or a read would delete it).
    const store = await openStateStore(`sqlite://${file}`);
    await store.set(stateKeys.stories('default'), [{ id: 'story-1', lastAt: '2026-03-02T00:00:00.000Z', members: [{ title: 'Talks resume', kind: 'seed', reason: 'first' }] }]);
    await store.set('seen:gone', true, 60_000);
    await store.close();
    const db = new sqlite3.Database(file);
    const sql = `PRAGMA journal_mode=${journalMode}; UPDATE keyv SET value = json_set(value, '$.expires', 1) WHERE key = 'newshound:seen:gone'`;
    await new Promise<void>((done, fail) => db.exec(sql, (error) => (error ? fail(error) : done())));
    await new Promise<void>((done) => db.close(() => done()));
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it.each([
    ['status', ['status', '--config', existingConfig, '--heartbeat', join(dir.path, 'heartbeat.json')]],
    ['stories', ['stories', '--config', existingConfig]],
    ['explain --item', ['explain', '--item', 'http://nowhere.example/a', '--config', existingConfig]],
  ])('%s', async (_command, argv) => {
    const before = snapshot();
    const result = await cli(argv);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot()).toEqual(before);
  });

  it('stories reads what is there, and not the expired key', async () => {
    const result = await cli(['stories', '--config', existingConfig]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Talks resume');
    const store = await openStateStore(`sqlite://${file}`, { readOnly: true });
    try {
      expect(await store.get('seen:gone')).toBeUndefined();
      await expect(store.set('seen:new', true)).rejects.toThrow(/is open read-only/);
    } finally {
      await store.close();
    }
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('a read-only open beside a running worker', () => {
  it('reads what the worker commits, through its -wal file', async () => {
    const file = join(dir.path, 'running', 'state.sqlite');
    const worker = await openStateStore(`sqlite://${file}`);
    try {
      await worker.set('cycle', 1);
      expect(existsSync(`${file}-wal`)).toBe(true);
      const reader = await openStateStore(`sqlite://${file}`, { readOnly: true });
      try {
        expect(await reader.get('cycle')).toBe(1);
        await worker.set('cycle', 2);
        expect(await reader.get('cycle')).toBe(2);
      } finally {
        await reader.close();
      }
    } finally {
      await worker.close();
    }
  });
});
