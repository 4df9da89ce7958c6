import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { withoutRepeatedPrefix } from '../../src/commands/cli-errors.ts';
import { LearnError, NewshoundError } from '../../src/core/errors.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// A CLI that explains itself: --help on every command, --version, and one line (no stack trace)
// for the faults an operator causes: missing files, unwritable paths, bad arguments.

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (text) => void (stdout += `${text}\n`), stderr: (text) => void (stderr += `${text}\n`) },
    {},
  );
  return { code, stdout, stderr };
}

const dir = tempDir();
afterAll(() => dir.remove());
const aFile = join(dir.path, 'a-file');
writeFileSync(aFile, 'not a directory');
const config = join(dir.path, 'config.json');
writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${join(dir.path, 'state.sqlite')}` }, logLevel: 'error' }));

const COMMANDS = ['start', 'once', 'status', 'stories', 'demo', 'health', 'learn', 'explain', 'eval', 'register-commands', 'cluster'];

describe('--help and --version', () => {
  it.each(COMMANDS)('newshound %s --help prints its usage on stdout and exits 0', async (name) => {
    const result = await cli([name, '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^usage: newshound ${name}\\b`));
  });

  it.each([
    ['health', /^ {2}--intervals N +unhealthy when no cycle completed, or every Discord send failed, for N schedule intervals \(default 3\)$/m],
    ['once', /^exit 0 done; 1 could not run \(config, state\); 3 the cycle failed or every feed it polled failed; 4 posts could not be delivered \(they wait for the next run\)$/m],
    ['start', /^ {2}--heartbeat FILE +where the heartbeat/m],
  ])('newshound %s --help explains its options', async (name, line) => {
    expect((await cli([name, '--help'])).stdout).toMatch(line);
  });

  it('-h works too, and help COMMAND', async () => {
    expect((await cli(['once', '-h'])).stdout).toMatch(/^usage: newshound once \[--config FILE\]/);
    expect((await cli(['help', 'status'])).stdout).toMatch(/^usage: newshound status /);
  });

  it.each(['--version', '-v'])('%s prints the package version', async (flag) => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await cli([flag])).toEqual({ code: 0, stdout: `newshound ${version}\n`, stderr: '' });
  });

  it('the overview lists the exit codes', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^exit codes: 0 ok; 1 failed .*; 2 bad arguments; 3 once: the cycle or every feed failed; 4 once: posts could not be delivered$/m);
  });
});

describe('one-line errors for expected faults', () => {
  it.each([
    ['explain --file with a missing file', ['explain', '--file', join(dir.path, 'missing.txt')], /^newshound explain: cannot open .*missing\.txt: no such file or directory \(ENOENT\)\n$/],
    ['learn --out into a path that cannot exist', ['learn', '--out', join(aFile, 'profile.json')], /^newshound learn: cannot open .*a-file\/profile\.json: \S*a-file is a file, not a directory \(ENOTDIR\)\n$/],
    ['learn --out /nonexistent/x', ['learn', '--out', '/nonexistent/x'], /^newshound learn: cannot open \/nonexistent\/x: no such file or directory \(ENOENT\)\n$/],
    ['start with an unwritable heartbeat directory', ['start', '--config', config, '--heartbeat', join(aFile, 'heartbeat.json')], /^newshound start: heartbeat \S*a-file\/heartbeat\.json is not writable: \S*a-file is a file, not a directory \((ENOTDIR|EEXIST)\)\n$/],
  ])('%s: exit 1, one line, no stack trace', async (_label, argv, line) => {
    const result = await cli(argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(line);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['learn --seeds /nonexistent', ['learn', '--seeds', join(dir.path, 'no-seeds')], 'learn', 'cannot read the directory'],
    ['eval --data missing', ['eval', '--data', join(dir.path, 'missing.jsonl')], 'eval', 'cannot open'],
  ])('%s: the command name is not repeated as the stage', async (_label, argv, name, verb) => {
    const result = await cli(argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^newshound ${name}: ${verb} \\S+: no such file or directory \\(ENOENT\\)\n$`));
    expect(result.stderr).not.toContain(`${name}: ${name}:`);
  });

  it('bad arguments exit 2 with the usage', async () => {
    const result = await cli(['status', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newshound status: Unknown option '--bogus'.*\nusage: newshound status /);
  });

  it('no command at all is bad arguments too', async () => {
    expect((await cli([])).code).toBe(2);
  });
});

describe('error prefixes', () => {
  it.each([
    ['learn', 'learn: no seeds', 'no seeds'],
    ['learn', 'config: learn: no seeds', 'config: no seeds'],
    ['explain', 'config: config: bad', 'config: bad'],
    ['once', 'state: cannot use SQLite file x: SQLITE_FULL: database or disk is full', 'state: cannot use SQLite file x: SQLITE_FULL: database or disk is full'],
  ])('under "newshound %s", %j reads %j', (command, message, shown) => {
    expect(withoutRepeatedPrefix(command, message)).toBe(shown);
  });

  it('an error whose message already names its stage is not prefixed again', () => {
    expect(new LearnError('learn: no seeds').message).toBe('learn: no seeds');
    expect(new NewshoundError('state', 'state: gone').message).toBe('state: gone');
    expect(new LearnError('no seeds').message).toBe('learn: no seeds');
  });
});
