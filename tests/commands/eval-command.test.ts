import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_SET, hasSharedEval, sayWhySkipped, STREAM_SET } from '../helpers/shared-data.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';

// Figures reached on ../shared/eval/dev.jsonl when this test was written; a change that makes
// matching worse fails here. Raise them when matching improves.
const DEV_FLOOR = { f1: 0.95, cnorm: 0.07, f1PerLang: 0.9 };
const STREAM_MAX_FLAGGED = 5;

const dir = mkdtempSync(join(tmpdir(), 'newshound-eval-'));
const writeData = (name: string, lines: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe('eval command contract', () => {
  const file = writeData('small.jsonl', [
    JSON.stringify({ id: 'p1', title: 'Korea Utara Kirim Ribuan Tentara untuk Bantu Rusia di Ukraina', summary: '', label: 1, lang: 'id' }),
    JSON.stringify({ id: 'n1', title: 'Harga beras naik di Jakarta', summary: 'Pedagang mengeluh.', label: 0, lang: 'id' }),
    JSON.stringify({ id: 'n2', title: 'North Korea and Russia launch tourist trains', summary: 'Tourism between Pyongyang and Moscow grows.', label: 1, kind: 'labelled wrong on purpose' }),
  ]);

  it('--json prints exactly one JSON object with the contract keys', async () => {
    const { code, stdout } = await runCliCaptured(['eval', '--data', file, '--json']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    for (const key of ['n', 'tp', 'fp', 'fn', 'tn', 'precision', 'recall', 'f1', 'cnorm', 'errors']) expect(report).toHaveProperty(key);
    expect(report).toMatchObject({ n: 3, tp: 1, fp: 0, fn: 1, tn: 1 });
    expect(report.errors).toEqual([{ id: 'n2', label: 1, score: expect.any(Number) }]);
  });

  it('prints a readable report without --json', async () => {
    const { code, stdout } = await runCliCaptured(['eval', '--data', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/precision/i);
    expect(stdout).toMatch(/C_norm/);
    expect(stdout).toContain('n2');
  });

  it.each([
    ['missing file', ['eval', '--data', join(dir, 'absent.jsonl')], /^newshound eval: cannot open .*absent\.jsonl: no such file or directory \(ENOENT\)$/m],
    ['line not JSON', ['eval', '--data', writeData('bad-json.jsonl', ['{"id":"a","title":"t","summary":"","label":0}', '{oops'])], /bad-json\.jsonl line 2: not valid JSON/],
    ['missing field', ['eval', '--data', writeData('bad-field.jsonl', ['{"id":"a","title":"t","summary":""}'])], /bad-field\.jsonl line 1: missing field "label"/],
  ])('%s: a clear error, exit code 1, nothing scored', async (_case, argv, message) => {
    const { code, stdout, stderr } = await runCliCaptured(argv);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('an unknown option is a usage error', async () => {
    const { code, stderr } = await runCliCaptured(['eval', '--dta', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: newshound eval/);
  });
});

describe.skipIf(!hasSharedEval)('eval on the shared dev set (quality floor)', () => {
  it(`F1 >= ${DEV_FLOOR.f1}, C_norm <= ${DEV_FLOOR.cnorm}, each language F1 >= ${DEV_FLOOR.f1PerLang}`, async () => {
    const { code, stdout } = await runCliCaptured(['eval', '--data', DEV_SET, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.n).toBe(197);
    expect(report.f1).toBeGreaterThanOrEqual(DEV_FLOOR.f1);
    expect(report.cnorm).toBeLessThanOrEqual(DEV_FLOOR.cnorm);
    for (const lang of ['id', 'en']) expect(report.byLang[lang].f1, lang).toBeGreaterThanOrEqual(DEV_FLOOR.f1PerLang);
  });

  it(`flags at most ${STREAM_MAX_FLAGGED} of the 150,435 everyday headlines`, async () => {
    const { code, stdout } = await runCliCaptured(['eval', '--data', STREAM_SET, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.n).toBe(150_435);
    expect(report.fp).toBeLessThanOrEqual(STREAM_MAX_FLAGGED);
  });
});
sayWhySkipped('the dev-set quality floor and the stream false-alarm check');

describe('the installed bin', () => {
  it('npx newshound eval works from a shell (bin + tsx loader)', () => {
    const bin = fileURLToPath(new URL('../../bin/newshound.js', import.meta.url));
    const file = writeData('bin.jsonl', [JSON.stringify({ id: 'a', title: 'Harga beras naik', summary: '', label: 0 })]);
    const out = execFileSync(process.execPath, [bin, 'eval', '--data', file, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ n: 1, tn: 1 });
  });
});
