import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// README: an expected fault ends in ONE line naming the command, what failed and where. A
// directory given for a file (Node's EISDIR carries no path) used to print "cannot read: illegal
// operation on a directory" without saying which file, and a tuning or profile file that is not
// JSON printed V8's message, which quotes the file's text, line breaks and all, over two lines
// (a config file's too, when V8 cut the quote short: `"hello\nsecr"... is not valid JSON`).

/** The CLI in-process, with an empty environment (no developer's variables). */
const cli = (argv: string[]) => runCliCaptured(argv, {});

const dir = tempDir();
afterAll(() => dir.remove());
const aDir = join(dir.path, 'a-dir');
mkdirSync(aDir);
const notJson = join(dir.path, 'not-json.txt');
writeFileSync(notJson, 'hello\nsecret-token-xyz\n');
const data = join(dir.path, 'items.jsonl');
writeFileSync(data, '{"id":"a","title":"Kim Jong Un meets Putin","summary":"","label":1}\n');

describe('a file fault is one line naming the file', () => {
  it.each([
    ['explain --file a directory', ['explain', '--file', aDir], /^newshound explain: cannot read .*a-dir: illegal operation on a directory \(EISDIR\)$/],
    ['learn --tuning a directory', ['learn', '--tuning', aDir], /^newshound learn: cannot read .*a-dir: illegal operation on a directory \(EISDIR\)$/],
    ['eval --tuning a directory', ['eval', '--data', data, '--tuning', aDir], /^newshound eval: cannot read .*a-dir: illegal operation on a directory \(EISDIR\)$/],
    ['explain --tuning a file that is not JSON', ['explain', '--text', 'x', '--tuning', notJson], /^newshound explain: config: .*not-json\.txt: not valid JSON: /],
    ['status --config a file that is not JSON', ['status', '--config', notJson], /^newshound status: config: .*not-json\.txt: not valid JSON: /],
    ['cluster --data a directory', ['cluster', '--data', aDir], /^newshound cluster: cannot read .*a-dir: /],
    ['cluster --data a file that is not JSONL', ['cluster', '--data', notJson], /^newshound cluster: not-json\.txt line 1: not valid JSON/],
    ['eval --profile a file that is not JSON', ['eval', '--data', data, '--profile', notJson], /^newshound eval: config: .*not-json\.txt: cannot read profile: not valid JSON: /],
  ])('%s: exit 1, one line', async (_label, argv, line) => {
    const result = await cli(argv);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(line);
    expect(result.stderr).not.toContain('secret-token-xyz');
  });
});

describe('a JSON file saved with a byte-order mark (as Windows editors do) is read', () => {
  const withBom = (name: string, json: unknown) => {
    const file = join(dir.path, name);
    writeFileSync(file, `\uFEFF${JSON.stringify(json)}`);
    return file;
  };

  it('a tuning file', async () => {
    const result = await cli(['explain', '--text', 'x', '--tuning', withBom('bom.tuning.json', { threshold: 1 }), '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a config file', async () => {
    const config = withBom('bom-config.json', { feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${join(dir.path, 'bom.sqlite')}` }, logLevel: 'error' });
    const result = await cli(['status', '--config', config]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

it('start with a directory for its heartbeat names it and leaves no stray file beside it', async () => {
  const config = join(dir.path, 'start-config.json');
  writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${join(dir.path, 'start.sqlite')}` }, logLevel: 'error' }));
  const heartbeat = join(dir.path, 'heartbeat-dir');
  mkdirSync(heartbeat);
  const result = await cli(['start', '--config', config, '--heartbeat', heartbeat]);
  expect(result.code).toBe(1);
  expect(result.stderr.trimEnd()).toMatch(/^newshound start: cannot replace .*heartbeat-dir: illegal operation on a directory \(EISDIR\)$/);
  expect(readdirSync(dir.path).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});
