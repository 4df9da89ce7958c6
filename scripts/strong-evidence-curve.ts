// The curve STRONG_EVIDENCE (src/core/match/match-item.ts) is read from: the factor of the
// threshold at which an item may miss one of two or more facets (never a side) and still be on
// topic. For each factor, every development topic is learned from all its seeds, from every 4 of 5
// and every 3 of 5 (learning itself at the shipped factor; only the decision moves), and its
// labelled items scored; printed per topic: F1 and C_norm of the full seeds, the leave-one-out and
// 3-of-5 mean F1; then the means over the topics and the default topic's dev F1. A factor is kept
// only when it raises the mean of the three means and lowers no topic's full F1, its leave-one-out
// mean or the default topic's dev F1 by more than 0.005 against the shipped one (Infinity: no waiver).
// Only the decision moves here; with STRONG_EVIDENCE itself changed the held-out threshold is
// learned with the waiver too (set-threshold.ts), and the figures fall further (match-item.ts
// STRONG_EVIDENCE: topic-figures.ts with the constant moved).
// --names 0,2,3,4,5 sweeps NAMES_INSTEAD_OF_THEME instead (distinct names of the names facet that
// stand in for a missing theme; 0: off), judged by the same rule against 0, with the threshold
// learned under each value (its held-out seeds matched as items will be), as topic-figures.ts sees it.
//   node --import tsx scripts/strong-evidence-curve.ts [--factors Infinity,4,3,2.5,2,1.75,1.5] [--waive names|theme|side]
//   node --import tsx scripts/strong-evidence-curve.ts --names 0,2,3,4,5
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { matchKeys, NAMES_INSTEAD_OF_THEME, prepareProfile, STRONG_EVIDENCE, type PrepareOptions } from '../src/core/match/match-item.ts';
import type { Lang, TopicProfile } from '../src/core/model.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import { developmentTopics, readLabelled, SHARED_EVAL, seedSubsets, topicDir } from './topic-eval-lib.ts';

const { values } = parseArgs({ options: { factors: { type: 'string' }, waive: { type: 'string' }, names: { type: 'string' } } });
// --waive names|theme|side: only that kind of facet may be missing (default any but a side; side: only a side).
const WAIVES = ['any', 'names', 'theme', 'side'] as const;
const waive = (values.waive ?? 'any') as (typeof WAIVES)[number];
// A typo would otherwise run as no waiver at all (no facet of that kind; NaN fails every comparison).
if (!WAIVES.includes(waive)) throw new Error(`strong-evidence-curve: --waive wants names, theme or side, not ${values.waive}`);
const numbers = (flag: string, text: string): number[] =>
  text.split(',').map((v) => {
    if (v.trim() === '' || Number.isNaN(Number(v))) throw new Error(`strong-evidence-curve: --${flag} wants numbers separated by commas, not ${text}`);
    return Number(v);
  });
// One variant per point of the curve; the first is the baseline every other is judged against:
// the shipped factor, or for --names no stand-in at all (0).
interface Variant { label: string; options: PrepareOptions; learnWith: boolean }
const variants: Variant[] =
  values.names !== undefined
    ? [0, ...numbers('names', values.names).filter((n) => n !== 0)].map((n) => ({ label: `names ${n}`, options: { namesInsteadOfTheme: n, strongEvidence: STRONG_EVIDENCE, waive }, learnWith: true }))
    : [STRONG_EVIDENCE, ...numbers('factors', values.factors ?? 'Infinity,5,4,3.5,3,2.5,2,1.75,1.5').filter((f) => f !== STRONG_EVIDENCE)].map((f) => ({ label: `factor ${f}`, options: { strongEvidence: f, waive }, learnWith: false }));
const lexicon = loadLexicon();
const background = loadBackground();

interface Scored { keys: readonly string[]; lang: Lang; label: number }
const analyse = (file: string): Scored[] =>
  readLabelled(file).map((item) => {
    const a = analyzeText(`${item.title}\n${item.summary}`, lexicon, item.lang);
    return { keys: a.keys, lang: a.lang, label: item.label };
  });

function figures(profile: TopicProfile, items: readonly Scored[], options: PrepareOptions): { f1: number; c: number } {
  const prepared = prepareProfile(profile, lexicon, options);
  let tp = 0, fp = 0, fn = 0, pos = 0;
  for (const item of items) {
    const d = matchKeys(item.keys, item.lang, prepared).decision;
    if (item.label === 1) pos++;
    if (d && item.label === 1) tp++;
    else if (d) fp++;
    else if (item.label === 1) fn++;
  }
  const neg = items.length - pos;
  return { f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn), c: (pos === 0 ? 0 : fn / pos) + 4.9 * (neg === 0 ? 0 : fp / neg) };
}
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f3 = (x: number) => x.toFixed(3);

// Each topic's seeds and items read once; its profiles (all seeds, every 4 of 5, every 3 of 5)
// learned once, or once per variant when the variant moves the threshold too.
const topics = developmentTopics().map((topic) => ({ topic, seeds: readSeedDir(join(topicDir(topic), 'seeds')), items: analyse(join(topicDir(topic), 'items.jsonl')) }));
const devItems = analyse(join(SHARED_EVAL, 'dev.jsonl'));
const tuning = readTuningFile(DEFAULT_TUNING_FILE);
const defaultSeeds = readSeedDir(DEFAULT_SEEDS_DIR);
function profilesFor(matchOptions: PrepareOptions) {
  return {
    topics: topics.map((t) => {
      const learn = (idx: number[]) => learnProfile(idx.map((i) => t.seeds[i]!), lexicon, background, { name: t.topic, matchOptions });
      return { ...t, full: learn(t.seeds.map((_, i) => i)), loo: seedSubsets(t.seeds.length, t.seeds.length - 1).map(learn), three: seedSubsets(t.seeds.length, 3).map(learn) };
    }),
    default: applyTuning(learnProfile(defaultSeeds, lexicon, background, { name: 'default', matchOptions }), tuning, lexicon),
  };
}
const shippedProfiles = profilesFor({});

console.log(`shipped STRONG_EVIDENCE = ${STRONG_EVIDENCE}, NAMES_INSTEAD_OF_THEME = ${NAMES_INSTEAD_OF_THEME}`);
const rows = variants.map((variant) => {
  const learned = variant.learnWith ? profilesFor(variant.options) : shippedProfiles;
  const per = learned.topics.map((t) => {
    const full = figures(t.full, t.items, variant.options);
    return { topic: t.topic, f1: full.f1, c: full.c, loo: mean(t.loo.map((p) => figures(p, t.items, variant.options).f1)), three: mean(t.three.map((p) => figures(p, t.items, variant.options).f1)) };
  });
  const dev = figures(learned.default, devItems, variant.options).f1;
  const row = { variant, per, dev, f1: mean(per.map((p) => p.f1)), c: mean(per.map((p) => p.c)), loo: mean(per.map((p) => p.loo)), three: mean(per.map((p) => p.three)) };
  console.log(`${variant.label}: mean F1 ${f3(row.f1)} C_norm ${f3(row.c)} loo ${f3(row.loo)} 3-of-5 ${f3(row.three)} | default dev F1 ${f3(dev)}`);
  console.log(per.map((p) => `   ${p.topic.padEnd(22)} F1 ${f3(p.f1)} C_norm ${f3(p.c)} loo ${f3(p.loo)} 3-of-5 ${f3(p.three)}`).join('\n'));
  return row;
});
const base = rows[0]!;
const noise = 0.005;
const admissible = rows.filter((r) => r.dev >= base.dev - noise && r.per.every((p, i) => p.f1 >= base.per[i]!.f1 - noise && p.loo >= base.per[i]!.loo - noise));
const objective = (r: (typeof rows)[number]) => (r.f1 + r.loo + r.three) / 3;
const best = admissible.reduce((a, b) => (objective(b) > objective(a) + 1e-9 ? b : a), base);
console.log(`best admissible: ${best.variant.label} (mean of full, leave-one-out and 3-of-5 mean F1 ${f3(objective(best))}, against ${base.variant.label} ${f3(objective(base))})`);
