// The curve two threshold rules (src/core/profile/learn-profile.ts, threshold lines) were read
// from, one row per variant: the held-out profiles the threshold is set from learned by their own
// term rule (a term in one seed of two is enough) or by the full profile's (two seeds of three or
// more); and the plainest-headline cap of a topic with country sides (typicalHeadlineScore): none,
// the weakest key of each keyed facet, or its head key, and whether with two seeds (no held-out
// threshold) that cap is the threshold rather than the default. Every development topic and the default
// topic (config/seeds + its tuning, on dev.jsonl) are learned from all their seeds, from every 4 of
// 5 (leave one out), every 3 and every 2; printed per topic: full F1 | min / mean per size, then the
// mean over the topics.
// Rule fixed before reading it: the row with the best mean of the four columns (full, 4-, 3- and
// 2-of-5 mean F1, each averaged over the nine topics) among those where no topic's full F1 falls
// more than 0.005 below the first row's (both rules as they were).
//   node --import tsx scripts/threshold-rules-curve.ts [--quiet] [TOPIC...]
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { learnProfile, type SidesHeadlineCap } from '../src/core/profile/learn-profile.ts';
import { namedOrAllTopics, profileF1, seedSubsets } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { quiet: { type: 'boolean' } } });
const lexicon = loadLexicon();
const background = loadBackground();
const topics = namedOrAllTopics(positionals, lexicon);

const f3 = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const SIZES = [4, 3, 2];
interface Row { label: string; fulls: number[]; score: number }
const rows: Row[] = [];
const VARIANTS: { ownRule: boolean; cap: SidesHeadlineCap; without: boolean }[] = [
  { ownRule: true, cap: 'off', without: false },
  { ownRule: false, cap: 'off', without: false },
  { ownRule: false, cap: 'weakest', without: false },
  { ownRule: false, cap: 'head', without: false },
  { ownRule: false, cap: 'head', without: true },
];
for (const { ownRule, cap, without } of VARIANTS) {
  const label = `held-out terms by ${ownRule ? 'their own rule' : "the full profile's"}, sides cap ${cap}${without ? ', also without held-out' : ''}`;
  const fulls: number[] = [];
  const means: number[][] = SIZES.map(() => []);
  const lines: string[] = [];
  for (const topic of topics) {
    const f1 = (chosen: number[]) => profileF1(topic.tune(learnProfile(chosen.map((i) => topic.seeds[i]!), lexicon, background, { name: topic.name, heldOutOwnTermRule: ownRule, sidesHeadlineCap: cap, sidesCapWithoutHeldOut: without })), topic.items, lexicon);
    const full = f1(topic.seeds.map((_, i) => i));
    fulls.push(full);
    const cells = SIZES.map((size, s) => {
      const f1s = seedSubsets(topic.seeds.length, size).map(f1);
      means[s]!.push(mean(f1s));
      return `${f3(Math.min(...f1s))} / ${f3(mean(f1s))}`;
    });
    lines.push(`  ${topic.name.padEnd(22)} ${f3(full)} | ${cells.join(' | ')}`);
  }
  const columns = [mean(fulls), ...means.map(mean)];
  rows.push({ label, fulls, score: mean(columns) });
  if (!values.quiet) console.log(`\n${label}: topic | full F1 | ${SIZES.map((s) => `${s} of n min / mean`).join(' | ')}\n${lines.join('\n')}`);
  console.log(`${label.padEnd(84)} mean F1 full ${f3(columns[0]!)} | ${SIZES.map((s, i) => `${s} of n ${f3(columns[1 + i]!)}`).join(' | ')} | score ${f3(mean(columns))}`);
}
const base = rows[0]!;
const allowed = rows.filter((r) => r.fulls.every((f, i) => f >= base.fulls[i]! - 0.005));
const best = allowed.reduce((a, b) => (b.score > a.score ? b : a), base);
console.log(`\nrule: best score among rows where no full F1 falls more than 0.005 below the first row's -> ${best.label} (score ${f3(best.score)}; first row ${f3(base.score)})`);
