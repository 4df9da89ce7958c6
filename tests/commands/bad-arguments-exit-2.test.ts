import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// README "Exit codes": 2 is a bad command line (an unknown option, a missing or bad value), told
// in one line naming the command, then the usage; 1 is kept for faults of files, config and
// state. These command lines used to exit 1 (or, for `demo`, run and exit 0).

/** The CLI in-process, with an empty environment (no developer's variables). */
const cli = (argv: string[]) => runCliCaptured(argv, {});

const dir = tempDir();
afterAll(() => dir.remove());
const data = join(dir.path, 'items.jsonl');
writeFileSync(data, '{"id":"a","title":"Kim Jong Un meets Putin","summary":"","label":1}\n');
const text = join(dir.path, 'text.txt');
writeFileSync(text, 'North Korea');

describe('a bad command line exits 2 with one line naming the command, then the usage', () => {
  it.each([
    ['health with a value that looks like an option', ['health', '--intervals', '-3'], /^newshound health: Option '--intervals' argument is ambiguous\. Did you forget .* use '--intervals=-XYZ'\.$/],
    ['demo with an option it does not take', ['demo', '--frob'], /^newshound demo: Unknown option '--frob'$/],
    ['eval without --data', ['eval'], /^newshound eval: missing --data FILE\.jsonl$/],
    ['cluster without --data', ['cluster'], /^newshound cluster: missing --data FILE\.jsonl$/],
    ['cluster with a bad --decision', ['cluster', '--data', data, '--decision', 'bogus'], /^newshound cluster: --decision must be cuts or model, not "bogus"$/],
    ['explain with neither --text nor --file', ['explain'], /^newshound explain: give exactly one of --text or --file \(or --item\)$/],
    ['explain with both --text and --file', ['explain', '--text', 'x', '--file', text], /^newshound explain: give exactly one of --text or --file \(or --item\)$/],
    ['explain --item with an empty key', ['explain', '--item', ' '], /^newshound explain: --item must name an item key or link, not be empty$/],
    ['explain --item with --text', ['explain', '--item', 'k', '--text', 'x'], /^newshound explain: --item looks an item up in the worker's state; do not combine it with --text or --file$/],
    ['explain with a --published that is not a date', ['explain', '--text', 'x', '--stories', '--published', 'notadate'], /^newshound explain: --published "notadate" is not a date/],
    ['eval with both --seeds and --profile', ['eval', '--data', data, '--seeds', 'config/seeds', '--profile', text], /^newshound eval: give one of --seeds DIR or --profile FILE, not both$/],
    ['explain with both --seeds and --profile', ['explain', '--text', 'x', '--seeds', 'config/seeds', '--profile', text], /^newshound explain: give one of --seeds DIR or --profile FILE, not both$/],
    ['learn with an empty --name', ['learn', '--name', ''], /^newshound learn: --name must not be empty$/],
    ['eval with a blank --name', ['eval', '--data', data, '--name', ' '], /^newshound eval: --name must not be empty$/],
    ['register-commands with --guild and --global', ['register-commands', '--guild', '1', '--global'], /^newshound register-commands: give --guild or --global, not both$/],
    ['register-commands with a --guild that is not an id', ['register-commands', '--guild', 'my-server'], /^newshound register-commands: --guild "my-server" is not a Discord server id/],
  ])('%s', async (_label, argv, firstLine) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(firstLine);
    expect(lines[1]).toMatch(new RegExp(`^usage: newshound ${argv[0]}\\b`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

it('no command at all: exit 2, the fault and the usage on stderr, nothing on stdout', async () => {
  const result = await cli([]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^newshound: no command given\nusage: newshound <command> \[options\]\n/);
});
