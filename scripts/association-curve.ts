// The curve ASSOCIATION_CUTS (src/core/profile/widen-by-association.ts) is read from: every
// development topic learned from its seeds (all of them, and every set of all but one) with the
// shipped table, its theme widened by the word associations of --assoc FILE (a table built from the
// stream's first half with every labelled item of every development topic left out:
// build-background.ts --half first --assoc-exclude ...), for each cut together: the share of v's
// headlines a seed word must be in, how many seed words must vouch for v, v's weight as a share
// of the theme's weakest seed word, and the share of v's headlines that must hold a key of each other facet. Prints mean F1, mean leave-one-seed-out F1 (and its worst),
// mean C_norm, the default topic's dev F1 and each topic's F1; "none" is the seeds alone. With
// several --assoc tables (first half, second half) each cut is scored at its worst over them, as
// facet-curve.ts does. The cut is the best mean of full and leave-one-out mean F1 over all topics
// together (at its worst over the tables); within 0.001 of it
// the fewest words added wins (highest share, then most vouching words, then lowest weight, then
// the highest share beside the other facets).
//   node --import tsx scripts/association-curve.ts --assoc FILE [--assoc FILE2] [--shares 0.05,0.1] [--words 1,2,3] [--weights 0.5,1]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon, readAssociations } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import type { TopicProfile } from '../src/core/model.ts';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { learnProfile, type NamedSeed } from '../src/core/profile/learn-profile.ts';
import { widenByAssociation, type AssociationCuts } from '../src/core/profile/widen-by-association.ts';
import { developmentTopics, profileCounts, readLabelled, SHARED_EVAL, TOPICS_DIR, type Labelled } from './topic-eval-lib.ts';

const { values } = parseArgs({ options: { assoc: { type: 'string', multiple: true }, shares: { type: 'string' }, words: { type: 'string' }, weights: { type: 'string' }, facet: { type: 'string' }, show: { type: 'string' } } });
if (values.assoc === undefined) {
  console.error('usage: association-curve.ts --assoc FILE [--shares ...] [--words ...] [--weights ...]');
  process.exit(2);
}
const list = (s: string | undefined, d: string) => (s ?? d).split(',').map(Number);
const shares = list(values.shares, '0.03,0.05,0.075,0.1,0.15,0.2,0.3');
const words = list(values.words, '0,1,2,3');
const weights = list(values.weights, '0.5,0.75,1');
const facetShares = list(values.facet, '0,0.05,0.1,0.2,0.3');

const lexicon = loadLexicon();
const background = loadBackground();
const tables = values.assoc.map((file) => readAssociations(file));
const learn = (seeds: readonly NamedSeed[], name: string): TopicProfile => learnProfile(seeds, lexicon, background, { name, associationCuts: false });

const topics = developmentTopics().map((topic) => {
  const seeds = readSeedDir(join(TOPICS_DIR, topic, 'seeds'));
  return { topic, items: readLabelled(join(TOPICS_DIR, topic, 'items.jsonl')), full: learn(seeds, topic), loo: seeds.map((_, i) => learn(seeds.filter((__, j) => j !== i), topic)) };
});
const defaultProfile = learn(readSeedDir(DEFAULT_SEEDS_DIR), 'default');
const tuning = readTuningFile(DEFAULT_TUNING_FILE);
const dev = readLabelled(join(SHARED_EVAL, 'dev.jsonl'));

const measure = (profile: TopicProfile, items: readonly Labelled[]) => {
  const { tp, fp, fn, positives, negatives } = profileCounts(profile, items, lexicon);
  return { f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn), c: fn / positives + (4.9 * fp) / negatives };
};

const rows: Array<{ cuts: AssociationCuts | undefined; score: number }> = [];
const run = (cuts: AssociationCuts | undefined) => {
  const scores = tables.map((table, i) => runOne(cuts, table, tables.length > 1 ? `[${i + 1}] ` : ''));
  rows.push({ cuts, score: Math.min(...scores) });
};
const runOne = (cuts: AssociationCuts | undefined, table: (typeof tables)[number], prefix: string): number => {
  // The table is Indonesian: English profiles are not widened (as learnProfile reads background.associations(lang)).
  const widen = (p: TopicProfile) => (cuts === undefined || p.seeds[0]?.lang !== 'id' ? { profile: p, added: [] } : widenByAssociation(p, table, lexicon, cuts));
  let sumF1 = 0, sumLoo = 0, sumC = 0, worstLoo = 1;
  const cells: string[] = [];
  for (const t of topics) {
    const full = widen(t.full);
    const m = measure(full.profile, t.items);
    const loo = t.loo.map((p) => measure(widen(p).profile, t.items).f1);
    const looMean = loo.reduce((a, b) => a + b, 0) / loo.length;
    sumF1 += m.f1; sumLoo += looMean; sumC += m.c; worstLoo = Math.min(worstLoo, ...loo);
    cells.push(`${t.topic.slice(0, 12)} ${m.f1.toFixed(3)}/${m.c.toFixed(3)} (loo ${looMean.toFixed(3)} min ${Math.min(...loo).toFixed(3)}) +${full.added.length}`);
  }
  const k = topics.length;
  const devF1 = measure(applyTuning(widen(defaultProfile).profile, tuning, lexicon), dev).f1;
  const score = (sumF1 / k + sumLoo / k) / 2;
  const name = prefix + (cuts === undefined ? 'none' : `share ${cuts.minShare} words ${cuts.minSeedWords} weight ${cuts.weightFactor} facet ${cuts.minFacetShare}`);
  console.log(`${name.padEnd(32)} meanF1 ${(sumF1 / k).toFixed(3)} looMean ${(sumLoo / k).toFixed(3)} looWorst ${worstLoo.toFixed(3)} C ${(sumC / k).toFixed(3)} dev ${devF1.toFixed(3)} score ${score.toFixed(4)} | ${cells.join(' | ')}`);
  return score;
};
// --show TOPIC: for the first cut of the grid, what joined the theme and the items whose decision changed.
if (values.show !== undefined) {
  const t = topics.find((x) => x.topic === values.show)!;
  const cuts = { minShare: shares[0]!, minSeedWords: words[0]!, weightFactor: weights[0]!, minFacetShare: facetShares[0]! };
  const w = widenByAssociation(t.full, tables[0]!, lexicon, cuts);
  console.log(`${t.topic} ${JSON.stringify(cuts)} added: ${w.added.map((a) => `${a.key}<${a.vouchers.join('+')}`).join(' ')}`);
  const before = prepareProfile(t.full, lexicon);
  const after = prepareProfile(w.profile, lexicon);
  for (const item of t.items) {
    const a = matchItem(item, before).decision;
    const b = matchItem(item, after);
    if (a !== b.decision) console.log(`  ${b.decision ? '+' : '-'} ${item.label === 1 ? 'TRUE ' : 'FALSE'} ${item.title.slice(0, 100)} | ${b.reason.slice(0, 100)}`);
  }
  process.exit(0);
}
run(undefined);
for (const minShare of shares) for (const minSeedWords of words) for (const weightFactor of weights) for (const minFacetShare of facetShares) run({ minShare, minSeedWords, weightFactor, minFacetShare });
const top = Math.max(...rows.map((r) => r.score));
const best = rows.filter((r) => r.cuts !== undefined && top - r.score <= 0.001).sort((a, b) => b.cuts!.minShare - a.cuts!.minShare || b.cuts!.minSeedWords - a.cuts!.minSeedWords || a.cuts!.weightFactor - b.cuts!.weightFactor || b.cuts!.minFacetShare - a.cuts!.minFacetShare)[0];
console.log(best === undefined ? 'best: none (no cut beats the seeds alone)' : `best: ${JSON.stringify(best.cuts)} (score ${best.score.toFixed(4)}; none ${rows[0]!.score.toFixed(4)})`);
