// Fits the story grouper's same-language decision (STORY_MODEL in
// src/core/dedup/story-model-weights.ts) on the development days and prints the curve it comes from:
//   node --import tsx scripts/story-model-fit.ts [--write]
// 1. Examples: every day set is replayed in published order through a StoryIndex whose teacher
//    puts each item in its gold story, the window pruned as the eval and the worker prune it (each
//    day in a window of its own); each same-language candidate the index finds for an item
//    is one example (its features; label: is it the item's gold story).
// 2. Weights: logistic regression over the examples of ALL days together (features standardised,
//    a small L2 penalty), printed with the log-loss.
// 3. Cut: every cut of a grid is run through the real index (online, no teacher) over all days,
//    scored per day and overall; the rule (story-curve.ts's, RULE=days): among the cuts whose pair
//    precision over all days together, over each day set's days together and in the mean of the
//    days' (each day counts alike) is at least PRECISION_FLOOR and whose precision on the
//    labelled pairs (../shared/eval/pairs.jsonl) is 1.0, the best pair F1 over all days together.
//    Pooled over the days, the precision is that of the largest stories (two English stories of
//    31 and 63 reports hold most of the pairs), which let the other days' fall to 0.83 left out
//    (leave-one-day-out below), and the held-out days' with them.
// 4. Leave-one-day-out: weights and cut fitted the same way on three days, scored on the fourth.
// --write writes the weights and the cut to story-model-weights.ts.
// Experiments (the defaults are the rule above): RULE=pooled asks the precision floor of all days
// together, RULE=worst of every day, RULE=sets of all days and each day set together, RULE=mean of
// the mean of the days' alone (the rule before the six days), RULE=loo of
// the mean of the days' precision under weights fitted without them (its curve printed);
// L2=0.01 a stronger penalty; BALANCE=1 weighs each day's examples alike; PAIRWEIGHT=1 weighs
// each example by its story's members; FEATURES_OFF=hoursApart,titleOnly fits without those
// features (weight 0); PRIORS=300 tries that window idf prior only; SAVE=file writes the chosen
// model as JSON (for `story-holdout.ts --decision model --model file`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assignInOrder } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex, type StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { FEATURE_NAMES, STORY_MODEL, type StoryModel } from '../src/core/dedup/story-model.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { formatStoryScores, scoreStories, type StoryScores } from '../src/core/eval/story-metrics.ts';
import { background, clusterItems, dayOf, devPairs, englishDays, indonesianDays, lexicon, scorePairs, type DaySet } from './story-eval-lib.ts';

const PRECISION_FLOOR = 0.9;
const L2 = process.env.L2 === undefined ? 1e-3 : Number(process.env.L2);
/** Features left out of the fit (their weight stays 0): FEATURES_OFF=hoursApart,titleOnly. */
const FEATURES_OFF = new Set((process.env.FEATURES_OFF ?? '').split(',').filter((name) => name !== ''));
/**
 * The cut rule: which pair precision must reach PRECISION_FLOOR (rulePrecision; 'days' unless RULE
 * says): 'days' is story-curve.ts's rule for the cuts, so both decisions are held to one floor.
 */
const RULES = ['pooled', 'worst', 'sets', 'mean', 'days', 'loo'] as const;
const RULE: (typeof RULES)[number] = (RULES as readonly string[]).includes(process.env.RULE ?? '') ? (process.env.RULE as (typeof RULES)[number]) : 'days';
/** BALANCE=1: each day's examples weigh alike in the fit (a day with many candidates does not decide it). */
const BALANCE = process.env.BALANCE === '1';
/**
 * PAIRWEIGHT=1: each example weighs the members of its candidate story, the pairs joining it makes
 * (right or wrong): the fit's loss then counts as the pair figures the cut is chosen by do, where
 * one wrong join to a 60-item story is 60 wrong pairs.
 */
const PAIRWEIGHT = process.env.PAIRWEIGHT === '1';
/** SAVE=file: the chosen model as JSON (any experiment), for `story-holdout.ts --model file`. */
const SAVE = process.env.SAVE;
const STEPS = 400;
/** Score cuts tried: the chosen ones on the development days lie well inside. */
const CUTS = Array.from({ length: 33 }, (_, i) => -2 + i * 0.125);
/** The rest of the index's options stay at their defaults (STORY_INDEX_DEFAULTS). */
const BASE: StoryIndexOptions = { decision: 'model' };
/**
 * The window idf's prior (IdfTable: how many stories' worth the background counts for) changes
 * every feature, so each value is fitted in full (examples, weights, curve) and the best pair F1
 * over all days together under the precision floor wins.
 */
const PRIORS = process.env.PRIORS === undefined ? [30, 300, 1000] : process.env.PRIORS.split(',').map(Number);

// A mistyped experiment must not pass for the default fit.
const unknownFeatures = [...FEATURES_OFF].filter((name) => !(FEATURE_NAMES as readonly string[]).includes(name));
const badExperiment =
  (unknownFeatures.length > 0 ? `FEATURES_OFF: no feature ${unknownFeatures.join(', ')} (${FEATURE_NAMES.join(', ')})` : undefined) ??
  (!(Number.isFinite(L2) && L2 >= 0) ? `L2: ${process.env.L2} is not a penalty >= 0` : undefined) ??
  (PRIORS.some((prior) => !(Number.isFinite(prior) && prior > 0)) ? `PRIORS: ${process.env.PRIORS} is not a list of story counts > 0` : undefined) ??
  (process.env.RULE !== undefined && !(RULES as readonly string[]).includes(process.env.RULE) ? `RULE: ${process.env.RULE} is none of ${RULES.join(', ')}` : undefined);
if (badExperiment !== undefined) {
  console.error(`story-model-fit: ${badExperiment}`);
  process.exit(2);
}

const sets = [englishDays(), indonesianDays()].filter((set): set is DaySet => set !== undefined);
const pairs = devPairs();
if (sets.length === 0 || pairs === undefined) {
  console.error('story-model-fit: ../shared/eval is not beside the project: nothing to fit on');
  process.exit(2);
}
const langOf = new Map(pairs.items.map((item) => [item.id, item.lang]));
const dayKey = (set: DaySet, item: StoryEvalItem) => `${set.name} ${dayOf(item)}`;
const days = [...new Set(sets.flatMap((set) => set.items.map((item) => dayKey(set, item))))].sort();

interface Example {
  day: string;
  x: readonly number[];
  y: 0 | 1;
}

/**
 * Replays a set with the gold assignment; each same-language candidate is an example. The replay
 * is the eval's (assignInOrder, as clusterInOrder and the worker: each item at its published time,
 * the window pruned as it moves), so each day is fitted in a window of its own, as it is scored;
 * one index through a file of days months apart kept every earlier day's stories in the window
 * (their counts weighing the later days' words), a warm window no worker has.
 */
function examplesOf(set: DaySet, idfPriorStories: number): { examples: Example[]; missed: number; joins: number } {
  const index = new StoryIndex(lexicon, background, { ...BASE, model: { ...STORY_MODEL, idfPriorStories } });
  const storyOf = new Map<string, string>();
  const examples: Example[] = [];
  let missed = 0;
  let joins = 0;
  index.teacher = (taught, rows) => {
    const item = taught as StoryEvalItem;
    const target = storyOf.get(item.story!);
    for (const row of rows) examples.push({ day: dayKey(set, item), x: row.x, y: row.storyId === target ? 1 : 0 });
    if (target === undefined) return null;
    joins += 1;
    if (!rows.some((row) => row.storyId === target)) missed += 1;
    return target;
  };
  // A gold story whose last item left the window starts again (pruned): its new story is the target.
  for (const { item, assignment } of assignInOrder(set.items, index)) if (assignment.isNew) storyOf.set(item.story!, assignment.storyId);
  return { examples, missed, joins };
}

/** Logistic regression by gradient descent on standardised features; the model in raw units. */
function fit(examples: readonly Example[]): { weights: number[]; bias: number; loss: number } {
  const d = FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const e of examples) for (let i = 0; i < d; i += 1) mean[i]! += e.x[i]! / examples.length;
  for (const e of examples) for (let i = 0; i < d; i += 1) sd[i]! += (e.x[i]! - mean[i]!) ** 2 / examples.length;
  for (let i = 0; i < d; i += 1) sd[i] = Math.sqrt(sd[i]!) || 1;
  const z = examples.map((e) => e.x.map((v, i) => (FEATURES_OFF.has(FEATURE_NAMES[i]!) ? 0 : (v - mean[i]!) / sd[i]!)));
  const perDay = new Map<string, number>();
  for (const e of examples) perDay.set(e.day, (perDay.get(e.day) ?? 0) + 1);
  // Example weights averaging 1: alike, or each day's examples summing alike.
  const sizeAt = FEATURE_NAMES.indexOf('logSize');
  const raw = examples.map((e) => (BALANCE ? examples.length / perDay.size / perDay.get(e.day)! : 1) * (PAIRWEIGHT ? Math.exp(e.x[sizeAt]!) : 1));
  const rawMean = raw.reduce((sum, v) => sum + v, 0) / raw.length;
  const weightOf = raw.map((v) => v / rawMean);
  const w = new Array<number>(d).fill(0);
  let b = 0;
  let loss = 0;
  const rate = 0.5;
  for (let step = 0; step < STEPS; step += 1) {
    const grad = new Array<number>(d).fill(0);
    let gb = 0;
    loss = 0;
    for (let n = 0; n < z.length; n += 1) {
      let s = b;
      for (let i = 0; i < d; i += 1) s += w[i]! * z[n]![i]!;
      const p = 1 / (1 + Math.exp(-s));
      const y = examples[n]!.y;
      const v = weightOf[n]!;
      loss -= v * (y === 1 ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
      const g = v * (p - y);
      gb += g;
      for (let i = 0; i < d; i += 1) grad[i]! += g * z[n]![i]!;
    }
    b -= (rate * gb) / z.length;
    for (let i = 0; i < d; i += 1) w[i]! -= rate * (grad[i]! / z.length + L2 * w[i]!);
  }
  const weights = w.map((wi, i) => wi / sd[i]!);
  const bias = b - w.reduce((sum, wi, i) => sum + (wi * mean[i]!) / sd[i]!, 0);
  return { weights, bias, loss: loss / z.length };
}

interface Point {
  cut: number;
  days: Map<string, StoryScores>;
  predicted: Map<string, string>;
  pairPrecision: number;
  crossRecall: number;
}

/** Every set through the real index with this model; per-day scores and each item's cluster. */
function evaluate(model: StoryModel): Point {
  const dayScores = new Map<string, StoryScores>();
  const predicted = new Map<string, string>();
  for (const set of sets) {
    const clusters = clusterItems(set.items, { ...BASE, model });
    for (const item of set.items) predicted.set(`${set.name}:${item.id}`, `${set.name}:${clusters.get(item.id)!}`);
  }
  for (const day of days) dayScores.set(day, pooled([day], predicted));
  const pairFigures = scorePairs(pairs!.pairs, clusterItems(pairs!.items, { ...BASE, model }), langOf);
  return { cut: model.cut, days: dayScores, predicted, pairPrecision: pairFigures.precision, crossRecall: pairFigures.crossRecall };
}

/** Scores over the items of some days together. */
function pooled(chosen: readonly string[], predicted: ReadonlyMap<string, string>): StoryScores {
  const gold = new Map<string, string>();
  for (const set of sets) for (const item of set.items) if (chosen.includes(dayKey(set, item))) gold.set(`${set.name}:${item.id}`, `${set.name}:${item.story!}`);
  return scoreStories(gold, predicted);
}

const f = (x: number) => x.toFixed(3);

/**
 * The precision the rule holds to the floor: over the days together (pooled), on the worst day
 * (worst), the lower of the days together and each day set's days together (sets: a language's
 * big stories cannot carry the other's precision), the mean of the days' (mean), the lower of sets
 * and mean (days: story-curve.ts's rule), or that mean under weights fitted without each day (loo:
 * looCurve's, which must have run).
 */
function rulePrecision(rule: (typeof RULES)[number], fitDays: readonly string[], point: Point, all: StoryScores, worst: number): number {
  if (rule === 'worst') return worst;
  if (rule === 'loo') return looPrecision.get(point.cut) ?? 0;
  if (rule === 'mean') return fitDays.reduce((sum, day) => sum + point.days.get(day)!.pairs.precision, 0) / fitDays.length;
  if (rule === 'days') return Math.min(rulePrecision('sets', fitDays, point, all, worst), rulePrecision('mean', fitDays, point, all, worst));
  if (rule === 'sets') {
    const setNames = [...new Set(fitDays.map((day) => day.split(' ')[0]!))];
    return Math.min(all.pairs.precision, ...setNames.map((name) => pooled(fitDays.filter((day) => day.startsWith(`${name} `)), point.predicted).pairs.precision));
  }
  return all.pairs.precision;
}

/**
 * RULE=loo: per cut, the mean over the days of each day's pair precision under weights fitted
 * without it (leave one day out) at that cut: what the cut keeps on a day the weights never saw.
 */
const looPrecision = new Map<number, number>();
function looCurve(examples: readonly Example[], idfPriorStories: number): void {
  looPrecision.clear();
  const sums = new Map<number, number>();
  const lines: string[] = [];
  for (const held of days) {
    const m = fit(examples.filter((e) => e.day !== held));
    const perCut: string[] = [];
    for (const cut of CUTS) {
      const p = evaluate({ weights: m.weights, bias: m.bias, cut, idfPriorStories }).days.get(held)!.pairs.precision;
      sums.set(cut, (sums.get(cut) ?? 0) + p);
      perCut.push(f(p));
    }
    lines.push(`  ${held.padEnd(14)} ${perCut.join(' ')}`);
  }
  for (const cut of CUTS) looPrecision.set(cut, sums.get(cut)! / days.length);
  console.log(`\nleave-one-day-out pair precision per cut (${CUTS.map((c) => c.toFixed(2)).join(' ')}):\n${lines.join('\n')}\n  ${'mean'.padEnd(14)} ${CUTS.map((c) => f(looPrecision.get(c)!)).join(' ')}`);
}

/** The curve over `fitDays` for weights fitted on them; the chosen point (or undefined). */
function chooseCut(weights: number[], bias: number, idfPriorStories: number, fitDays: readonly string[], print: boolean, rule: (typeof RULES)[number] = RULE): Point | undefined {
  let chosen: { point: Point; f1: number } | undefined;
  if (print) console.log(`\ncurve over ${fitDays.join(', ')} (floor: pair precision by rule ${RULE} >= ${PRECISION_FLOOR}): cut | pooled pair and B-cubed | worst day pair P | labelled pairs P, cross-language R`);
  for (const cut of CUTS) {
    const point = evaluate({ weights, bias, cut, idfPriorStories });
    const all = pooled(fitDays, point.predicted);
    const worst = Math.min(...fitDays.map((day) => point.days.get(day)!.pairs.precision));
    const ok = rulePrecision(rule, fitDays, point, all, worst) >= PRECISION_FLOOR && point.pairPrecision === 1;
    const perDay = fitDays.map((day) => `${f(point.days.get(day)!.pairs.precision)}/${f(point.days.get(day)!.pairs.f1)}`).join(' ');
    if (print) console.log(`${cut.toFixed(2).padStart(5)} | ${formatStoryScores(all)} | ${f(worst)} | ${f(point.pairPrecision)} ${f(point.crossRecall)} | per day P/F1 ${perDay}${ok ? '' : '  (fails the precision floor)'}`);
    if (ok && (chosen === undefined || all.pairs.f1 > chosen.f1)) chosen = { point, f1: all.pairs.f1 };
  }
  return chosen?.point;
}

interface Fitted {
  prior: number;
  all: Example[];
  model: ReturnType<typeof fit>;
  chosen: Point | undefined;
  f1: number;
}
let best: Fitted | undefined;
for (const prior of PRIORS) {
  console.log(`\n=== idfPriorStories ${prior}`);
  const examples: Example[] = [];
  for (const set of sets) {
    const replay = examplesOf(set, prior);
    examples.push(...replay.examples);
    console.log(`${set.name}: ${set.items.length} items, ${replay.examples.length} examples (${replay.examples.filter((e) => e.y === 1).length} positive); gold story not among the candidates for ${replay.missed} of ${replay.joins} joins`);
  }
  const fitted = fit(examples);
  console.log(`weights (log-loss ${fitted.loss.toFixed(4)}): ${FEATURE_NAMES.map((name, i) => `${name} ${fitted.weights[i]!.toFixed(3)}`).join(', ')}, bias ${fitted.bias.toFixed(3)}`);
  if (RULE === 'loo') looCurve(examples, prior);
  const point = chooseCut(fitted.weights, fitted.bias, prior, days, true);
  const f1 = point === undefined ? -1 : pooled(days, point.predicted).pairs.f1;
  console.log(point === undefined ? 'no cut keeps the precision floor' : `best: cut ${point.cut}, pair F1 over all days ${f(f1)}`);
  if (best === undefined || f1 > best.f1) best = { prior, all: examples, model: fitted, chosen: point, f1 };
}
const { prior, all, model, chosen } = best!;
if (chosen === undefined) {
  console.log(`\nno cut keeps pair precision >= ${PRECISION_FLOOR} by rule ${RULE}`);
  process.exit(1);
}
console.log(`\nchosen: idfPriorStories ${prior}, cut ${chosen.cut}:`);
for (const [day, scores] of chosen.days) console.log(`  ${day.padEnd(14)} ${formatStoryScores(scores)}  (${scores.items} items, ${scores.stories} stories, ${scores.clusters} clusters)`);
console.log(`  ${'overall'.padEnd(14)} ${formatStoryScores(pooled(days, chosen.predicted))}`);
console.log(`  labelled pairs: precision ${f(chosen.pairPrecision)}, cross-language recall ${f(chosen.crossRecall)}`);

console.log(`\nleave one day out (idfPriorStories ${prior}; weights and cut fitted on the other days, scored on this one):`);
for (const held of days) {
  const rest = days.filter((day) => day !== held);
  const m = fit(all.filter((e) => e.day !== held));
  // RULE=loo's curve is the full days'; a left-out day's cut is chosen on the other three by their mean.
  const point = chooseCut(m.weights, m.bias, prior, rest, false, RULE === 'loo' ? 'mean' : RULE);
  if (point === undefined) console.log(`  ${held.padEnd(14)} no cut keeps the precision floor on the other days`);
  else console.log(`  ${held.padEnd(14)} ${formatStoryScores(point.days.get(held)!)}  (cut ${point.cut})`);
}

if (SAVE !== undefined) {
  writeFileSync(SAVE, `${JSON.stringify({ weights: model.weights, bias: model.bias, cut: chosen.cut, idfPriorStories: prior })}\n`);
  console.log(`\nsaved the chosen model to ${SAVE}`);
}

if (process.argv.includes('--write')) {
  // The shipped weights come from the rule above, never from an experiment's settings.
  const experiments = ['RULE', 'L2', 'BALANCE', 'PAIRWEIGHT', 'FEATURES_OFF', 'PRIORS'].filter((name) => process.env[name] !== undefined);
  if (experiments.length > 0) {
    console.error(`story-model-fit: --write refused while experiment settings are set (${experiments.join(', ')}): unset them to write the shipped weights`);
    process.exit(2);
  }
  const file = fileURLToPath(new URL('../src/core/dedup/story-model-weights.ts', import.meta.url));
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  writeFileSync(
    file,
    `// Written by scripts/story-model-fit.ts --write: do not edit by hand.\n// Features: ${FEATURE_NAMES.join(', ')}.\nimport type { StoryModel } from './story-model.ts';\n\nexport const STORY_MODEL: StoryModel = {\n  weights: [${model.weights.map(round).join(', ')}],\n  bias: ${round(model.bias)},\n  cut: ${chosen.cut},\n  idfPriorStories: ${prior},\n};\n`,
  );
  console.log(`\nwrote ${file}`);
}
