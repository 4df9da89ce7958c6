import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
