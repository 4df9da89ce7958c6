// The curve the gazetteer's collision cut is read from (scripts/build-places.ts --cut, and
// whether districts are in): for each setting it regenerates config/lexicon/places-id.json,
// rebuilds the background table with it, and prints every development topic's F1 (seeds alone)
// and the default topic's dev F1, from scripts/topic-figures.ts; with --feedback also with the
// facets widened from the stream's first half, and the mean of the two means (the cut is the
// setting with the best such mean, the lower cut on a tie: fewer names lose their bare form).
//   node --import tsx scripts/place-name-curve.ts [--cuts 0,0.05,...] [--districts both|no|yes]
// It leaves the last setting's files behind: rerun build-places.ts with the chosen cut and
// build:background afterwards.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/adapters/project-paths.ts';

const { values } = parseArgs({ options: { cuts: { type: 'string', default: '0,0.05,0.1,0.15,0.2,0.3,0.5,1' }, districts: { type: 'string', default: 'both' }, feedback: { type: 'boolean', default: false } } });
const run = (args: string[]): string => execFileSync('node', ['--import', 'tsx', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
const BACKGROUND = ['scripts/build-background.ts', '--id', '../shared/eval/stream-id-headlines.jsonl', '--en', '../shared/eval/summaries/cnndm-test-200.jsonl'];
if (!['both', 'yes', 'no'].includes(values.districts)) throw new Error(`--districts takes both, yes or no, not ${values.districts}`);
const badCut = values.cuts.split(',').find((cut) => !(Number(cut) >= 0 && Number(cut) <= 1) || cut.trim() === '');
if (badCut !== undefined) throw new Error(`--cuts takes shares between 0 and 1, not ${JSON.stringify(badCut)}`);
const districtSettings = values.districts === 'both' ? [false, true] : [values.districts === 'yes'];

console.log(`districts cut    F1 seeds alone: tariffs floods fuel chromebook mean default${values.feedback ? ' | with feedback: the same | mean of the two means' : ''}`);
const f1 = (figures: string, name: string) => /F1=([\d.]+)/.exec(figures.split('\n').find((line) => line.startsWith(name)) ?? '')?.[1] ?? '-';
const row = (figures: string) => ['en-us-tariffs', 'id-banjir-sumatera', 'id-harga-bbm', 'id-korupsi-chromebook', 'mean', 'default'].map((name) => f1(figures, name));
for (const districts of districtSettings) {
  for (const cut of values.cuts.split(',')) {
    run(['scripts/build-places.ts', '--quiet', '--cut', cut, '--districts', districts ? 'yes' : 'no']);
    run(BACKGROUND);
    const alone = row(run(['scripts/topic-figures.ts']));
    const cells = [districts ? 'yes' : 'no ', cut.padEnd(5), ...alone];
    if (values.feedback) {
      const widened = row(run(['scripts/topic-figures.ts', '--feedback']));
      cells.push('|', ...widened, '|', ((Number(alone[4]) + Number(widened[4])) / 2).toFixed(4));
    }
    console.log(cells.join('  '));
  }
}
