import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'newshound-cluster-'));
const writeData = (name: string, lines: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

const item = (fields: Record<string, unknown>) => JSON.stringify({ summary: '', label: 1, ...fields });

describe('cluster command contract', () => {
  const file = writeData('small.jsonl', [
    item({
      id: 'tribun',
      lang: 'id',
      published: '2024-11-30T02:00:00+07:00',
      title: 'Kim Jong Un Terima Menhan Rusia Andrei Belousov di Pyongyang',
      summary: 'Pemimpin Korea Utara Kim Jong Un bertemu Menteri Pertahanan Rusia Andrei Belousov di Pyongyang, Jumat (29/11/2024), dan menyatakan dukungan penuh bagi Rusia, lapor KCNA.',
    }),
    item({
      id: 'kompas',
      lang: 'id',
      published: '2024-11-30T08:00:00+07:00',
      title: 'Kim Jong Un dan Menhan Rusia Belousov Sepakat Tingkatkan Kerja Sama Militer',
      summary: 'Menteri Pertahanan Rusia Andrei Belousov bertemu Pemimpin Korea Utara Kim Jong Un di Pyongyang. Keduanya sepakat meningkatkan kerja sama militer, kata KCNA.',
    }),
    item({ id: 'rice', lang: 'id', title: 'Harga beras naik di Jakarta', summary: 'Pedagang di pasar tradisional mengeluhkan pasokan yang berkurang menjelang Natal.', label: 0 }),
    item({
      id: 'tribun-copy',
      lang: 'id',
      title: 'Kim Jong Un Terima Menhan Rusia Andrei Belousov di Pyongyang',
      summary: 'Pemimpin Korea Utara Kim Jong Un bertemu Menteri Pertahanan Rusia Andrei Belousov di Pyongyang, Jumat (29/11/2024), dan menyatakan dukungan penuh bagi Rusia, lapor KCNA. Baca berita lainnya di Google News.',
    }),
  ]);

  it('--json prints exactly one object: the stories and their members, every item in exactly one story', async () => {
    const { code, stdout, stderr } = await runCliCaptured(['cluster', '--data', file, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout) as { stories: Array<{ id: string; members: string[] }> };
    expect(Object.keys(result)).toEqual(['stories']);
    for (const story of result.stories) expect(Object.keys(story)).toEqual(['id', 'members']);
    const members = result.stories.flatMap((s) => s.members);
    expect(members.sort()).toEqual(['kompas', 'rice', 'tribun', 'tribun-copy']);
    expect(result.stories.map((s) => s.members)).toEqual([['tribun', 'kompas', 'tribun-copy'], ['rice']]);
  });

  it('prints the stories, their members and why each joined without --json', async () => {
    const { code, stdout } = await runCliCaptured(['cluster', '--data', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/4 items, 2 stories/);
    expect(stdout).toMatch(/kompas: Kim Jong Un dan Menhan Rusia/);
    expect(stdout).toMatch(/same-story: same story as "Kim Jong Un Terima Menhan Rusia/);
    expect(stdout).toMatch(/near-duplicate: near-duplicate of .*SimHash distance/);
  });

  it.each([
    ['missing file', ['cluster', '--data', join(dir, 'absent.jsonl')], /^newshound cluster: cannot open .*absent\.jsonl: no such file or directory \(ENOENT\)$/m],
    ['line not JSON', ['cluster', '--data', writeData('bad-json.jsonl', ['{"id":"a","title":"t","summary":"","label":0}', '{oops'])], /bad-json\.jsonl line 2: not valid JSON/],
    ['missing field', ['cluster', '--data', writeData('bad-field.jsonl', ['{"id":"a","summary":"","label":0}'])], /bad-field\.jsonl line 1: missing field "title"/],
    ['published not a string', ['cluster', '--data', writeData('bad-date.jsonl', ['{"id":"a","title":"t","summary":"","label":0,"published":20241129}'])], /bad-date\.jsonl line 1: field "published" must be a string/],
    ['duplicate id', ['cluster', '--data', writeData('dup.jsonl', ['{"id":"a","title":"t","summary":"","label":0}', '{"id":"a","title":"u","summary":"","label":0}'])], /dup\.jsonl line 2: duplicate id "a"/],
  ])('%s: a clear error, exit code 1, nothing clustered', async (_case, argv, message) => {
    const { code, stdout, stderr } = await runCliCaptured(argv);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  describe('with story labels (and no label field)', () => {
    // The two Belousov reports labelled one story and the rice item another; tribun-copy labelled
    // its own story, so the clustering (which joins it to the Belousov reports) is scored down.
    const labelled = writeData(
      'stories.jsonl',
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const { label: _label, ...rest } = JSON.parse(line) as Record<string, unknown>;
          const story = rest.id === 'rice' ? 'rice' : rest.id === 'tribun-copy' ? 'copy' : 'belousov';
          return JSON.stringify({ ...rest, story });
        }),
    );

    it('prints pair and B-cubed precision, recall and F1', async () => {
      const { code, stdout, stderr } = await runCliCaptured(['cluster', '--data', labelled]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/scored against the story labels: 4 labelled items, 3 labelled stories, 2 clusters/);
      // Predicted pairs: tribun-kompas (right), tribun-copy, kompas-copy (wrong): P 1/3, R 1/1.
      expect(stdout).toMatch(/pair P 0\.333 R 1\.000 F1 0\.500 \| B3 P 0\.667 R 1\.000 F1 0\.800/);
    });

    it('--json adds the scores beside the stories', async () => {
      const { code, stdout } = await runCliCaptured(['cluster', '--data', labelled, '--json']);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as { scores: { pairs: { correctPairs: number; predictedPairs: number; truePairs: number }; bcubed: { f1: number } } };
      expect(result.scores.pairs).toMatchObject({ correctPairs: 1, predictedPairs: 3, truePairs: 1 });
      expect(result.scores.bcubed.f1).toBeCloseTo(0.8, 5);
    });
  });

  it('a file of days far apart, in published order: every item is in exactly one listed story, those of the days whose window was pruned too', async () => {
    // The replay prunes the window as the worker does (clusterInOrder): January's story has left
    // it by March, but it is still a story of the file and must be listed and counted.
    const days = writeData('days.jsonl', [
      item({ id: 'jan', lang: 'en', published: '2025-01-01T08:00:00Z', title: 'Volcano erupts on remote island, villagers evacuated' }),
      item({ id: 'mar', lang: 'en', published: '2025-03-01T08:00:00Z', title: 'Football club sacks its manager after heavy defeat' }),
    ]);
    const json = await runCliCaptured(['cluster', '--data', days, '--json']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as { stories: Array<{ id: string; members: string[] }> };
    expect(result.stories.map((s) => s.members)).toEqual([['jan'], ['mar']]);
    const text = await runCliCaptured(['cluster', '--data', days]);
    expect(text.stdout).toMatch(/2 items, 2 stories/);
    expect(text.stdout).toMatch(/- jan: Volcano erupts/);
  });

  it('an unknown option is a usage error', async () => {
    const { code, stderr } = await runCliCaptured(['cluster', '--dta', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: newshound cluster --data FILE\.jsonl/);
  });
});
