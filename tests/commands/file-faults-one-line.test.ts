import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
    ['explain --tuning a file that is not JSON', ['explain', '--text', 'x', '--tuning', notJson], /^newshound explain: tuning file .*not-json\.txt: not valid JSON: /],
    ['status --config a file that is not JSON', ['status', '--config', notJson], /^newshound status: config: .*not-json\.txt: not valid JSON: /],
    ['cluster --data a directory', ['cluster', '--data', aDir], /^newshound cluster: cannot read .*a-dir: /],
    ['cluster --data a file that is not JSONL', ['cluster', '--data', notJson], /^newshound cluster: not-json\.txt line 1: not valid JSON/],
    ['eval --profile a file that is not JSON', ['eval', '--data', data, '--profile', notJson], /^newshound eval: profile .*not-json\.txt: not valid JSON: /],
    ['feeds import a directory', ['feeds', 'import', aDir], /^newshound feeds: cannot read .*a-dir: illegal operation on a directory \(EISDIR\)$/],
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
  expect(result.stderr.trimEnd()).toMatch(/^newshound start: heartbeat .*heartbeat-dir is not writable: illegal operation on a directory \(EISDIR\)$/);
  expect(readdirSync(dir.path).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

// Every command words a file it cannot open or read the one way the README shows
// (`newshound learn: cannot open /nonexistent/x: no such file or directory (ENOENT)`). eval and
// cluster said "cannot read X: ENOENT: no such file or directory, open 'X'", the seeds "cannot read
// seed directory X: ...", a missing tuning file "config: tuning file X does not exist", a feedback
// file "config: feedback file X cannot be read: ...", a profile "config: X: cannot read profile: ...",
// the config "config: X: cannot read the config file: ENOENT: ...".
describe('a file that cannot be opened is worded as every file fault is', () => {
  const missing = join(dir.path, 'nowhere', 'x');
  it.each([
    ['eval --data', ['eval', '--data', missing], 'eval', 'cannot open'],
    ['cluster --data', ['cluster', '--data', missing], 'cluster', 'cannot open'],
    ['learn --seeds', ['learn', '--seeds', missing], 'learn', 'cannot read the directory'],
    ['eval --seeds', ['eval', '--data', data, '--seeds', missing], 'eval', 'cannot read the directory'],
    ['learn --tuning', ['learn', '--tuning', missing], 'learn', 'cannot open'],
    ['eval --tuning', ['eval', '--data', data, '--tuning', missing], 'eval', 'cannot open'],
    ['learn --feedback', ['learn', '--feedback', missing], 'learn', 'cannot open'],
    ['explain --profile', ['explain', '--text', 'x', '--profile', missing], 'explain', 'cannot open'],
    ['explain --file', ['explain', '--file', missing], 'explain', 'cannot open'],
    ['status --config', ['status', '--config', missing], 'status', 'cannot open'],
    ['feeds import', ['feeds', 'import', missing], 'feeds', 'cannot open'],
    ['learn --out', ['learn', '--out', missing], 'learn', 'cannot open'],
  ])('%s', async (_label, argv, command, verb) => {
    const result = await cli(argv);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`newshound ${command}: ${verb} ${missing}: no such file or directory (ENOENT)\n`);
  });

  it('a state whose directory cannot be made says so the same way', async () => {
    const config = join(dir.path, 'under-a-file.json');
    writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${join(notJson, 'sub', 'state.sqlite')}` }, logLevel: 'error' }));
    const result = await cli(['once', '--config', config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newshound once: state: cannot create the directory ${join(notJson, 'sub')}: ${notJson} is a file, not a directory (ENOTDIR)\n`);
  });

  it('a token file the same way, among the config\'s problems', async () => {
    const config = join(dir.path, 'token-config.json');
    writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], logLevel: 'error' }));
    const result = await runCliCaptured(['status', '--config', config], { DISCORD_TOKEN_FILE: missing });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newshound status: config: ${config}: DISCORD_TOKEN_FILE: cannot open ${missing}: no such file or directory (ENOENT)\n`);
  });
});

// A tuning, profile or feedback file that is not what it should be is named with what it is:
// "config:" sent the reader to the config file, which was not the one at fault.
describe('a topic file that is not usable is named with what it is', () => {
  const badLine = join(dir.path, 'feedback.jsonl');
  writeFileSync(badLine, '{"title": oops}\n');
  it.each([
    ['learn --tuning', ['learn', '--tuning', notJson], /^newshound learn: tuning file \S+not-json\.txt: not valid JSON: /],
    ['explain --profile', ['explain', '--text', 'x', '--profile', notJson], /^newshound explain: profile \S+not-json\.txt: not valid JSON: /],
    ['learn --feedback', ['learn', '--feedback', badLine], /^newshound learn: feedback file \S+feedback\.jsonl: line 1 is not JSON$/],
  ])('%s', async (_label, argv, line) => {
    const result = await cli(argv);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(line);
    expect(result.stderr).not.toContain('config:');
  });
});

// A JSON file of another shape given as a profile (null, one cut short, a tuning file) crashed
// matching with a TypeError and its stack trace.
describe('a profile of the wrong shape is one line naming the field, not a stack trace', () => {
  const profile = (name: string, json: unknown) => {
    const file = join(dir.path, name);
    writeFileSync(file, JSON.stringify(json));
    return file;
  };
  it.each([
    ['null', profile('null.profile.json', null), /profile \S+null\.profile\.json: \(root\): .*expected object, received null/],
    ['only its format', profile('cut.profile.json', { format: 'newshound-profile/1' }), /profile \S+cut\.profile\.json: name: .*; terms: /],
    ['terms that are not a list', profile('terms.profile.json', { format: 'newshound-profile/1', name: 'x', seeds: [], terms: 'no', concepts: [], excluded: [], threshold: 1, unit: 1 }), /profile \S+terms\.profile\.json: terms: .*expected array/],
    ['a tuning file', profile('tuning.profile.json', { threshold: 1 }), /profile \S+tuning\.profile\.json: format: expected "newshound-profile\/1"/],
  ])('eval --profile %s', async (_label, file, line) => {
    const result = await cli(['eval', '--data', data, '--profile', file]);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(new RegExp(`^newshound eval: ${line.source}`));
  });

  it('a profile written by learn --out still reads', async () => {
    const out = join(dir.path, 'learned.profile.json');
    expect((await cli(['learn', '--out', out])).code).toBe(0);
    const result = await cli(['eval', '--data', data, '--profile', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

it('a feedback file saved with a byte-order mark reads its first line as JSON', async () => {
  const feedback = join(dir.path, 'bom-feedback.jsonl');
  writeFileSync(feedback, `\uFEFF${JSON.stringify({ title: 'Kim Jong Un meets Putin' })}\n`);
  const result = await cli(['learn', '--feedback', feedback]);
  expect(result.stderr).not.toMatch(/not JSON/);
  expect(result.code).toBe(0);
});

// health prints one `unhealthy:` line per reason: a heartbeat file that is not JSON printed V8's
// message, which quotes the file, line breaks and all.
it('health --file with a heartbeat that is not JSON is one line', async () => {
  const heartbeat = join(dir.path, 'heartbeat.json');
  writeFileSync(heartbeat, 'x\ny\n');
  const result = await cli(['health', '--file', heartbeat]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^unhealthy: heartbeat \S+heartbeat\.json is not readable: not valid JSON: Unexpected token 'x'\n$/);
  expect(existsSync(heartbeat)).toBe(true);
});

// A binary file's bytes reached the terminal as they were: V8's JSON message quotes the
// unexpected token (a NUL, an escape sequence's ESC) and, for a data line, the line itself.
describe('a binary file is told without its bytes', () => {
  const binary = join(dir.path, 'binary.bin');
  writeFileSync(binary, Buffer.from([0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x00, 0xff, 0x0d, 0x41]));
  it.each([
    ['eval --data', ['eval', '--data', binary], /^newshound eval: binary\.bin line 1: not valid JSON \(Unexpected token '\\u001b'\)$/],
    ['cluster --data', ['cluster', '--data', binary], /^newshound cluster: binary\.bin line 1: not valid JSON \(Unexpected token '\\u001b'\)$/],
    ['learn --tuning', ['learn', '--tuning', binary], /^newshound learn: tuning file \S+binary\.bin: not valid JSON: Unexpected token '\\u001b'$/],
    ['status --config', ['status', '--config', binary], /^newshound status: config: \S+binary\.bin: not valid JSON: Unexpected token '\\u001b'$/],
  ])('%s', async (_label, argv, line) => {
    const result = await cli(argv);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd()).toMatch(line);
    // eslint-disable-next-line no-control-regex
    expect(result.stderr.trimEnd()).not.toMatch(/[\u0000-\u001f]/);
  });
});

// A seed directory without seeds was a LearnError: `newshound eval: learn: no seed articles ...`
// named another command.
it.each([
  ['eval', ['eval', '--data', data, '--seeds', aDir]],
  ['explain', ['explain', '--text', 'x', '--seeds', aDir]],
  ['learn', ['learn', '--seeds', aDir]],
])('%s --seeds with a directory holding no seeds names the directory, not the learn command', async (command, argv) => {
  const result = await cli(argv);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`newshound ${command}: seed directory ${aDir}: no seed articles (.txt or .md files) in it\n`);
});
