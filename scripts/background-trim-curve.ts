// Picks TRIMMED_PERIODS (src/core/profile/count-background.ts): how many of a key's commonest
// months the background leaves out of its typical rate. For each candidate it builds the table
// from the whole stream and from either half (scripts/build-background.ts --trim N), learns every
// development topic on each (scripts/topic-figures.ts --background) and prints the mean F1 per
// table and their mean: the curve the choice is read from (the best mean, ties to fewer months).
//   node --import tsx scripts/background-trim-curve.ts [--max N]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const STREAM = new URL('../../shared/eval/stream-id-headlines.jsonl', import.meta.url).pathname;
if (!existsSync(STREAM)) {
  console.error(`background-trim-curve: ${STREAM} is absent (../shared/eval beside the project)`);
  process.exit(2);
}
const { values } = parseArgs({ options: { max: { type: 'string' } } });
const max = Number(values.max ?? 4);
const run = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8' });
const tables = [['whole'], ['first', '--half', 'first'], ['second', '--half', 'second']] as const;
let best: { trim: number; mean: number } | undefined;
console.log('trim  ' + tables.map(([name]) => name.padEnd(8)).join('') + 'mean');
for (let trim = 0; trim <= max; trim += 1) {
  const f1s = tables.map(([name, ...half]) => {
    const out = join(tmpdir(), `newshound-bg-trim${trim}-${name}.json`);
    run(['scripts/build-background.ts', '--id', STREAM, ...half, '--trim', String(trim), '--out', out]);
    const figures = run(['scripts/topic-figures.ts', '--background', out]);
    const mean = /^mean .*F1=([0-9.]+)/m.exec(figures);
    return mean ? Number(mean[1]) : Number.NaN;
  });
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(`${String(trim).padEnd(6)}${f1s.map((f) => f.toFixed(3).padEnd(8)).join('')}${mean.toFixed(3)}`);
  if (best === undefined || mean > best.mean + 1e-9) best = { trim, mean };
}
console.log(`best: TRIMMED_PERIODS = ${best!.trim} (mean F1 ${best!.mean.toFixed(3)})`);
