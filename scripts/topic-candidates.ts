// Seeded samples for the project's own development topics (issue 9), from the candidate filters of
// topic-candidate-filters.ts, the way ../shared/eval/topics/tools/id_topics.py builds the shared
// Indonesian ones: a title is a candidate when any filter matches (case-insensitive, title only);
// the first N_CANDIDATES candidates and the first N_EASY non-candidates in a seeded pseudo-random
// order (SHA-256 of "seed:id") are labelled.
//   node --import tsx scripts/topic-candidates.ts sample TOPIC   # the candidates to label (tsv)
//   node --import tsx scripts/topic-candidates.ts easy TOPIC     # the non-candidate draw (tsv)
//   node --import tsx scripts/topic-candidates.ts check [TOPIC]  # filters, samples, labels.jsonl consistency
// Labels and policies: tests/fixtures/topics/<topic>/ (README.md, labels.jsonl); scripts/build-topics.ts
// joins them with the ../shared stream texts. The filters only find candidates: every label was
// given by reading the headline against the topic's written policy.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TOPICS } from './topic-candidate-filters.ts';

export const STREAM = fileURLToPath(new URL('../../shared/eval/stream-id-headlines.jsonl', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../tests/fixtures/topics/', import.meta.url));
export const N_CANDIDATES = 600;
export const N_EASY = 600;

type StreamRow = { id: string; title: string; source: string; published: string };
// The filters per topic live in topic-candidate-filters.ts (data); importers find them here too.
export { TOPICS };

export const readStream = (): StreamRow[] => {
  if (!existsSync(STREAM)) throw new Error(`topic-candidates: ../shared is absent: ${STREAM} not found`);
  return readFileSync(STREAM, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as StreamRow);
};

export const filterHits = (topic: string, title: string): string[] =>
  Object.entries(TOPICS[topic]!.filters).filter(([, re]) => re.test(title)).map(([name]) => name);

const hashOrder = <T extends { id: string }>(rows: readonly T[], seed: number): T[] =>
  rows
    .map((row) => ({ row, key: createHash('sha256').update(`${seed}:${row.id}`).digest('hex') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row);

export function samples(rows: readonly StreamRow[], topic: string) {
  const spec = TOPICS[topic];
  if (spec === undefined) throw new Error(`topic-candidates: unknown topic ${topic} (known: ${Object.keys(TOPICS).join(', ')})`);
  const candidates = rows.filter((row) => filterHits(topic, row.title).length > 0);
  const nonCandidates = rows.filter((row) => filterHits(topic, row.title).length === 0);
  return {
    candidates,
    nonCandidates,
    sample: hashOrder(candidates, spec.seeds.candidates).slice(0, N_CANDIDATES),
    easy: hashOrder(nonCandidates, spec.seeds.easy).slice(0, N_EASY),
  };
}

function check(rows: readonly StreamRow[], topic: string): boolean {
  const { candidates, nonCandidates, sample, easy } = samples(rows, topic);
  console.log(`== ${topic}: stream ${rows.length}  candidates ${candidates.length}  non-candidates ${nonCandidates.length}`);
  for (const name of Object.keys(TOPICS[topic]!.filters)) console.log(`  ${name}: ${candidates.filter((r) => filterHits(topic, r.title).includes(name)).length}`);
  const path = `${FIXTURES}${topic}/labels.jsonl`;
  if (!existsSync(path)) {
    console.log(`  ${path} not found; nothing to check`);
    return true;
  }
  const labels = new Map(readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const x = JSON.parse(l) as { id: string; label: number; kind: string };
    return [x.id, x] as const;
  }));
  const want = new Map<string, 'cand' | 'easy'>([...sample.map((r) => [r.id, 'cand'] as const), ...easy.map((r) => [r.id, 'easy'] as const)]);
  let ok = labels.size === want.size && [...labels.keys()].every((id) => want.has(id));
  if (!ok) console.log(`  MISMATCH: ${[...labels.keys()].filter((id) => !want.has(id)).length} ids not in the samples, ${[...want.keys()].filter((id) => !labels.has(id)).length} sampled ids missing`);
  for (const [id, what] of want) {
    const x = labels.get(id);
    if (x === undefined) continue;
    const kindOk = (x.kind === 'easy_negative') === (what === 'easy' && x.label === 0) && (x.label === 1) === (x.kind === 'positive');
    if (!kindOk) {
      ok = false;
      console.log(`  MISMATCH at ${id}`);
    }
  }
  const all = [...labels.values()];
  const posCand = sample.filter((r) => labels.get(r.id)?.label === 1).length;
  console.log(`  labels.jsonl ${ok ? 'consistent' : 'INCONSISTENT'}: ${all.length} items, ${all.filter((x) => x.label === 1).length} positive, ${all.filter((x) => x.kind === 'hard_negative').length} hard_negative, ${all.filter((x) => x.kind === 'easy_negative').length} easy_negative`);
  console.log(`  positives among the ${N_CANDIDATES} sampled candidates: ${posCand}; among the ${N_EASY} non-candidate draws: ${all.filter((x) => x.label === 1).length - posCand}`);
  console.log(`  estimated on-topic headlines among the candidates: ${candidates.length} x ${posCand}/${N_CANDIDATES} = ${Math.round((candidates.length * posCand) / N_CANDIDATES)}`);
  return ok;
}

function main(argv: readonly string[]): number {
  const [cmd, ...names] = argv;
  if (cmd === undefined || !['sample', 'easy', 'check'].includes(cmd)) {
    console.error('usage: topic-candidates.ts sample|easy TOPIC | check [TOPIC...]');
    return 2;
  }
  const rows = readStream();
  let ok = true;
  for (const topic of names.length > 0 ? names : Object.keys(TOPICS)) {
    if (cmd === 'check') {
      ok = check(rows, topic) && ok;
      continue;
    }
    const { sample, easy } = samples(rows, topic);
    const list = cmd === 'sample' ? sample : easy;
    for (const r of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
      const hits = cmd === 'sample' ? `\t${filterHits(topic, r.title).map((h) => h.split('_')[0]).join(',')}` : '';
      console.log(`${r.id}\t${r.published.slice(0, 10)}${hits}\t${r.title}`);
    }
  }
  return ok ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
