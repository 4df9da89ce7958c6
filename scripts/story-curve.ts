// Fits the story grouper's cuts (MATCH_CUTS in src/core/dedup/story-match.ts) on the development
// days and prints the precision/recall curve they come from:
//   npx tsx scripts/story-curve.ts [--no-title-weight] [--wide] [--joint] [--second-look] [--bridge] [--soft-title] [--no-rare-title] [--no-scarce-key] [--no-veto] [--rule days|pooled] [--objective days|pooled] [--loo] [--floor P]
// Days: ../shared/eval/stories-dev-en.jsonl (English) and tests/fixtures/stories-id/ (Indonesian,
// joined with ../shared by its build script); pairs: ../shared/eval/pairs.jsonl over dev.jsonl.
// Window blocks (story-topic-windows.ts): what a topic's own index sees, each block scored pooled over
// its windows, held to the precision floor and counted in the objective as a day is: every
// development topic's matches on each development day ("topic windows"), and the default topic's
// reports across months (tests/fixtures/stories-topic/nk-russia-dev.jsonl).
// Every grid point runs each development day through a story index of its own in published
// order, its window pruned as the worker's is (clusterInOrder; a set's days are weeks apart, so
// this is the partition one index over the set gives: allDays below), and is scored per day, per
// day set and overall (pair and B-cubed precision/recall/F1).
// The rule: among the points whose pair precision over all days together, over each day set
// (English, Indonesian) together (the headline cuts move the Indonesian days alone, which the
// English days' pairs would otherwise outnumber), and in the mean of the days' own (--rule, below)
// is at least PRECISION_FLOOR, whose
// precision on the labelled pairs is 1.0 and which keep the default topic's seed window right (no
// two different events merged, its one pair joined; seedWindow in story-eval-lib.ts runs it undated
// and dated, in two orders, and as the StoryIndex persistence test's window meets the seeds over
// days, one page undated), the best mean over the days of each day's (pair F1 + B-cubed F1) / 2
// (--objective pooled: of pair F1 and B-cubed F1 over all days together; the issue sets targets on
// both, and pooled pair figures mostly measure the largest stories; ties: the higher cut, then the smaller exponent, then
// the higher headline cut and the smaller headline prior). In two stages: first the cuts
// (minCosine, sizeExponent, idfPriorStories, namedCutFactor) with a headline alone meeting the
// same ones, then, with those fixed, a headline's own (headlineMinCosine, headlineIdfPriorStories:
// items without a summary, the Indonesian days), so the headline cuts refine the fitted cuts for
// the items they move and do not reopen the others (--joint crosses all of them in one grid:
// on the four days before the six-day refit the English days' cut fell to 0.35 there, their pooled
// precision 0.902, 2024-12-09's 0.776).
// With --second-look, a stage 3 (opt-in, not part of the fit: MATCH_CUTS keeps it off), with all
// of those fixed: the second look of the cuts (subject-check.ts: subjectMinCosine,
// subjectNoveltyKeys, subjectNoveltyMax; 0 is off, a point of the grid). Then, with all of those
// fixed, the rare-word join (rare-title.ts: a headline alone sharing two keys rare in ordinary news
// with a headline member of the story meets a lower cut; rareTitleMinIdf, rareTitleCutFactor,
// rareTitleMinShare; off is a point of the grid, and ties go to off). Then, with all of those
// fixed, the scarce-key check (common-keys.ts: a headline alone joins a story only when it shares
// with it a key at most scarceKeyMaxStories of the window's other stories hold; off is a point of
// the grid, ties go to off, then to the most stories; --no-scarce-key leaves it out). Then, with
// all of those fixed, the model's veto (story-index.ts, modelVetoMargin: a same-language join the
// cuts accept is refused when STORY_MODEL scores it below its cut + the margin; off is a point of the
// grid, ties go to off, then to the lowest margin; --no-veto leaves it out). With --bridge, then
// (opt-in, as the second look is: MATCH_CUTS keeps it off), with all of those fixed, the bridge merge
// (bridge-merge.ts: an item joining its story merges a second same-language candidate it meets at
// bridgeMergeFactor x that story's cut, gated by bridgeMergeCentroid; off is a point of the grid,
// ties go to off, then to the higher factor, then to no gate, else the lower). Per
// day the floor is not reachable by any point of the grid (the worst day's precision is printed
// beside each point). Then crossLanguageMinCosine: of the cuts that keep the labelled pairs'
// precision 1.0 and the seed window free of merged events and find the most cross-language
// same-story pairs, the middle of that plateau (furthest from either edge, as alone-curve.ts
// does; with two, the lower): the labelled pairs hold only two cross-language pairs, so the
// plateau's edge is where a hidden pair would be lost or a wrong one joined.
// With --soft-title (it needs the association table built without the labelled days that
// story-eval-lib.ts builds, or STORY_ASSOCIATIONS), a last stage (opt-in, as the second look is),
// with all of the above fixed: the soft match
// (soft-title.ts: a headline alone meets a same-language story at the larger of its cosine and its
// vector's, expanded by its keys' associates in ordinary news; softTitleWeight, softTitlePerWord,
// softTitleMinShare, and its gate: ungated, softTitleMinFraction or softTitleCutFactor; off is a
// point of the grid, ties go to off, then to the lighter weight, the fewer associates, the higher
// share cut, ungated).
// --loo (leave one day out): for each development day, the whole fit above (every stage, the same
// rule and objective; the labelled pairs and the seed window in every fit) on the other days only,
// and the left-out day scored at the cuts so chosen beside its figures under MATCH_CUTS (fitted on
// all the days): how far the fitted cuts carry to a day they were not fitted on.
import { MATCH_CUTS } from '../src/core/dedup/story-match.ts';
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { formatStoryScores, scoreStories, type StoryScores } from '../src/core/eval/story-metrics.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { clusterItems, dayOf, devPairs, englishDays, indonesianDays, scorePairs, seedWindow, type DaySet } from './story-eval-lib.ts';
import { softOf, softTitleStage } from './story-curve-soft.ts';
import { WindowBlocks } from './story-topic-windows.ts';
import { JOINT, LOO, OBJECTIVE, PRECISION_FLOOR, RARE_TITLE, RULE, SCARCE_KEY, SECOND_LOOK, VETO, WIDE } from './story-curve-args.ts';

import { BRIDGE_FITTED, bridgeOf, bridgeStage, bridgeTie } from './story-curve-bridge.ts';

const GRID = {
  minCosine: WIDE ? [0.3, 0.35, 0.4, 0.45, 0.5, 0.55] : [0.3, 0.35, 0.4, 0.45, 0.5],
  sizeExponent: [0.1, 0.2, 0.3],
  idfPriorStories: [30, 100, 300, 1000],
  // undatedCutFactor: the cuts' factor when the item or the story has no event time (1: off).
  undatedCutFactor: [1, 1.15, 1.3, 1.5],
  // titleWeight: what a title key counts for beyond its own in an item with a summary; --new-source crosses newSourceCutFactor too
  // (FeatureContext.titleWeight; 0: title and summary words alike); headlines alone do not move with it.
  namedCutFactor: WIDE ? [1, 0.8, 0.65] : [0.8], titleWeight: process.argv.includes('--no-title-weight') ? [0] : [0, 1, 2], newSourceCutFactor: process.argv.includes('--new-source') ? [1, 0.9, 0.8, 0.7] : [1], // story-index.ts
  headlineMinCosine: [0.35, 0.4, 0.45, 0.5],
  headlineIdfPriorStories: [30, 100, 300, 1000, 3000, 10000],
  // The second look (src/core/dedup/subject-check.ts); 0: off. Wider runs (cosine 0.35-0.7, 3/5/8
  // words, 0.4-1 of their weight missing) chose the same values; without the novelty check (1)
  // every point that reaches the precision floor merges two events of the seed window.
  subjectMinCosine: [0.4, 0.45, 0.5, 0.55],
  subjectNoveltyKeys: [3, 5, 8],
  subjectNoveltyMax: [0.5, 0.6, 0.67, 0.8],
  // The rare-word join (src/core/dedup/rare-title.ts): the keys' background idf (0: off), the
  // factor on the cut (0: joins outright), the share of the shorter headline's keys shared.
  rareTitleMinIdf: [6, 7, 8, 9, 10],
  rareTitleCutFactor: [0, 0.25, 0.5, 0.75],
  rareTitleMinShare: [0, 0.25, 0.34, 0.5],
  // The scarce-key check (src/core/dedup/common-keys.ts): the most other window stories a key a
  // headline shares with its story may be in (0: off, the stage's first point).
  scarceKeyMaxStories: [2, 3, 4, 5, 6, 8, 10],
  // The model's veto (StoryIndexOptions.modelVetoMargin): the margin over STORY_MODEL.cut a join the
  // cuts accept must also score (-Infinity: off, the stage's first point).
  modelVetoMargin: [-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5],
};
const CROSS_GRID = [0.1, 0.15, 0.2, 0.25, 0.3];

const sets = [englishDays(), indonesianDays()].filter((set): set is DaySet => set !== undefined);
const pairs = devPairs();
if (sets.length === 0 || pairs === undefined) {
  console.error('story-curve: ../shared/eval is not beside the project: nothing to fit on');
  process.exit(2);
}
const langOf = new Map(pairs.items.map((item) => [item.id, item.lang]));
console.log(`day sets: ${sets.map((set) => `${set.name} (${set.items.length} items)`).join(', ')}; pairs: ${pairs.pairs.length} (${pairs.pairs.filter((p) => p.same_story === 1).length} same-story)`);

interface Point {
  options: StoryIndexOptions;
  days: Map<string, StoryScores>;
  /** Each window block's figures, pooled over its windows ("topic windows", "nk-russia dev"). */
  blocks: Map<string, StoryScores>;
  all: StoryScores;
  pairPrecision: number;
  crossRecall: number;
  /** The default topic's seed window: two different events merged; its one pair joined. */
  seedWindow: { wrongMerge: boolean; pairJoined: boolean };
}

interface Day {
  /** "en 2024-12-09": its set and date. */
  name: string;
  set: string;
  items: StoryEvalItem[];
}
// Each day clustered alone: a set's days are weeks apart and clusterInOrder prunes the window every
// hour of the items' time, so no story of one day is left when the next begins, and a day alone is
// grouped as within its set (checked at MATCH_CUTS: the same partition for every item of the six
// days). So a fit on some of the days (--loo) reuses the clusterings of the others'.
const allDays: Day[] = sets.flatMap((set) => {
  const byDay = new Map<string, StoryEvalItem[]>();
  for (const item of set.items) {
    const day = dayOf(item);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day)!.push(item);
  }
  return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, items]) => ({ name: `${set.name} ${day}`, set: set.name, items }));
});

// The windows the worker's indexes see (story-topic-windows.ts): held to the floor and counted in the objective as a day is.
const blocks = new WindowBlocks(sets);
console.log(`window blocks: ${blocks.describe()}`);

// The clusterings measured so far, per options and day; the labelled pairs' and seed window's per options.
const clustered = new Map<string, Map<string, string>>();
const pairsAndSeed = new Map<string, Pick<Point, 'pairPrecision' | 'crossRecall' | 'seedWindow'>>();
function clusterDay(day: Day, options: StoryIndexOptions): Map<string, string> {
  const key = `${JSON.stringify(options)} ${day.name}`;
  if (!clustered.has(key)) clustered.set(key, clusterItems(day.items, options));
  return clustered.get(key)!;
}

/** `options` scored on `days` (each day, each set's days together, all of them), the labelled pairs and the seed window. */
function evaluate(options: StoryIndexOptions, days: readonly Day[] = allDays): Point {
  const scores = new Map<string, StoryScores>();
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  for (const set of sets) {
    const setGold = new Map<string, string>();
    for (const day of days.filter((d) => d.set === set.name)) {
      const clusters = clusterDay(day, options);
      const dayGold = new Map<string, string>();
      for (const item of day.items) {
        if (item.story === undefined) continue;
        dayGold.set(item.id, item.story);
        setGold.set(item.id, item.story);
        // Cluster ids are item ids ("story:<first item>"), unique over the days of a set.
        gold.set(item.id, `${set.name}:${item.story}`);
        predicted.set(item.id, `${set.name}:${clusters.get(item.id)!}`);
      }
      scores.set(day.name, scoreStories(dayGold, clusters));
    }
    if (setGold.size > 0) scores.set(`${set.name} all`, scoreStories(setGold, new Map([...setGold.keys()].map((id) => [id, predicted.get(id)!]))));
  }
  const all = scoreStories(gold, predicted);
  const key = JSON.stringify(options);
  if (!pairsAndSeed.has(key)) {
    const pairFigures = scorePairs(pairs!.pairs, clusterItems(pairs!.items, options), langOf);
    pairsAndSeed.set(key, { pairPrecision: pairFigures.precision, crossRecall: pairFigures.crossRecall, seedWindow: seedWindow(options) });
  }
  return { options, days: scores, blocks: blocks.score(options), all, ...pairsAndSeed.get(key)! };
}

const f = (x: number) => x.toFixed(3);
/** Pair precision over each day set's days together ("en all", "id all"). */
const setPrecisions = (p: Point) => [...p.days].filter(([day]) => day.endsWith(' all')).map(([, s]) => s.pairs.precision);
// The seed window right: no two events merged and its one pair joined (tests/core/dedup/story-index.test.ts pins both).
/** Mean of the days' own pair precision (each day alone, not the day sets'). */
const meanDayPrecision = (p: Point) => {
  const days = [...p.days].filter(([day]) => !day.endsWith(' all')).map(([, s]) => s.pairs.precision);
  return days.reduce((a, b) => a + b, 0) / days.length;
};
const acceptable = (p: Point) =>
  p.pairPrecision === 1 &&
  p.all.pairs.precision >= PRECISION_FLOOR &&
  setPrecisions(p).every((x) => x >= PRECISION_FLOOR) &&
  (RULE === 'pooled' || meanDayPrecision(p) >= PRECISION_FLOOR) &&
  [...p.blocks.values()].every((b) => b.pairs.precision >= PRECISION_FLOOR) &&
  !p.seedWindow.wrongMerge &&
  p.seedWindow.pairJoined;

const look = (o: StoryIndexOptions) => (o.subjectMinCosine === 0 ? 'off' : `${o.subjectMinCosine!.toFixed(2)} ${o.subjectNoveltyKeys} ${o.subjectNoveltyMax!.toFixed(2)}`);
const scarceOf = (o: StoryIndexOptions) => (o.scarceKeyMaxStories === 0 ? 'off' : String(o.scarceKeyMaxStories));
const vetoOf = (o: StoryIndexOptions) => (o.modelVetoMargin === -Infinity ? 'off' : String(o.modelVetoMargin));
const rareOf = (o: StoryIndexOptions) => (o.rareTitleMinIdf === 0 ? 'off' : `${o.rareTitleMinIdf} ${o.rareTitleCutFactor!.toFixed(2)} ${o.rareTitleMinShare!.toFixed(2)}`);
const seedOf = (p: Point) => (p.seedWindow.wrongMerge ? 'MERGES two events' : p.seedWindow.pairJoined ? 'right' : 'pair split');
/** The second look and the rare-word join off unless the options name them (stages 1 and 2 fit without them). */
/** Where measured() prints its line: console.log, or nowhere in a quiet fit (--loo's). */
let say: (line: string) => void = console.log;
function measured(days: readonly Day[], options: StoryIndexOptions): Point {
  const point = evaluate({ subjectMinCosine: 0, rareTitleMinIdf: 0, rareTitleCutFactor: 1, rareTitleMinShare: 0, scarceKeyMaxStories: 0, modelVetoMargin: -Infinity, bridgeMergeFactor: 0, bridgeMergeCentroid: 0, softTitleWeight: 0, softTitleMinFraction: 0, softTitleCutFactor: 1, ...options, crossLanguageMinCosine: MATCH_CUTS.crossLanguageMinCosine }, days);
  const o = point.options;
  const worst = Math.min(...[...point.days].filter(([day]) => !day.endsWith(' all')).map(([, s]) => s.pairs.precision));
  say(
    `${o.minCosine!.toFixed(2)} ${o.sizeExponent!.toFixed(2)} ${String(o.idfPriorStories).padStart(3)} u${(o.undatedCutFactor ?? 1).toFixed(2)} ${o.namedCutFactor!.toFixed(2)} ${o.titleWeight ?? 0} ${(o.newSourceCutFactor ?? 1).toFixed(1)} ${o.headlineMinCosine!.toFixed(2)} ${String(o.headlineIdfPriorStories).padStart(4)} ${look(o)} ${rareOf(o)} ${scarceOf(o)} ${vetoOf(o)} ${bridgeOf(o)} ${softOf(o)} | ${formatStoryScores(point.all)} | ${setPrecisions(point).map(f).join(' ')} | ${f(worst)} ${f(meanDayPrecision(point))} | ${f(point.pairPrecision)} | seed window ${seedOf(point)} | ${[...point.blocks].map(([name, b]) => `${name} ${f(b.pairs.precision)}/${f(b.pairs.recall)}/${f(b.pairs.f1)} B3 ${f(b.bcubed.f1)}`).join(', ')} | ${joint(point).toFixed(4)}${acceptable(point) ? '' : '  (fails the precision floor)'}`,
  );
  return point;
}

// The rare-word join: off, else the rarer keys, the higher factor, the larger share.
const rareRank = (p: Point) => [p.options.rareTitleMinIdf === 0 ? -Infinity : -p.options.rareTitleMinIdf!, -p.options.rareTitleCutFactor!, -p.options.rareTitleMinShare!];
const scarceRank = (p: Point) => (p.options.scarceKeyMaxStories === 0 ? Infinity : p.options.scarceKeyMaxStories!);
const lookRank = (p: Point) => [p.options.subjectMinCosine === 0 ? Infinity : p.options.subjectMinCosine!, -p.options.subjectNoveltyMax!, -p.options.subjectNoveltyKeys!];
// The objective (--objective days, the default): the mean over the days of each day's (pair F1 +
// B-cubed F1) / 2, every day counting alike. Pooled over all days (--objective pooled, the
// objective before) the pair F1 is the few biggest stories' (the Terra Drone fire holds 2,346 of the
// Indonesian days' 5,834 same-story pairs, Gaza and Assad most of the English ones), so a point
// that joins one more mega-story wins whatever it does to the other days; hidden days are judged
// per day.
const dayJoints = (p: Point) => [...[...p.days].filter(([day]) => !day.endsWith(' all')).map(([, s]) => s), ...p.blocks.values()].map((s) => (s.pairs.f1 + s.bcubed.f1) / 2);
const joint = (p: Point) => (OBJECTIVE === 'pooled' ? (p.all.pairs.f1 + p.all.bcubed.f1) / 2 : dayJoints(p).reduce((a, b) => a + b, 0) / dayJoints(p).length);
/** The rule's pick among `points`; undefined when none passes the floors. */
function best(points: readonly Point[]): Point | undefined {
  const candidates = points.filter(acceptable);
  if (candidates.length === 0) return undefined;
  return [...candidates].sort(
    (a, b) =>
      joint(b) - joint(a) ||
      // The higher cut, then title words counting as the summary's (else the lighter weight), every outlet alike (else the factor nearer 1).
      b.options.minCosine! - a.options.minCosine! || (a.options.titleWeight ?? 0) - (b.options.titleWeight ?? 0) || (b.options.newSourceCutFactor ?? 1) - (a.options.newSourceCutFactor ?? 1) ||
      a.options.sizeExponent! - b.options.sizeExponent! ||
      b.options.headlineMinCosine! - a.options.headlineMinCosine! ||
      a.options.headlineIdfPriorStories! - b.options.headlineIdfPriorStories! ||
      // The second look: off, else its higher cut, the smaller share of new words, the fewer words.
      lookRank(a).map((x, i) => lookRank(b)[i]! - x).find((d) => d !== 0) ||
      rareRank(a).map((x, i) => x - rareRank(b)[i]!).find((d) => d !== 0) ||
      // The scarce-key check: off, else the most stories (the check that fires least).
      scarceRank(b) - scarceRank(a) ||
      // The model's veto: off (-Infinity), else the lower margin (the veto that fires least).
      // Then the bridge merge (--bridge): off, else the higher factor, then no gate (story-curve-bridge.ts).
      a.options.modelVetoMargin! - b.options.modelVetoMargin! || bridgeTie(a.options, b.options) ||
      0,
  )[0]!;
}

const HEADER = 'minCosine sizeExponent idfPriorStories undatedCutFactor namedCutFactor titleWeight newSourceCutFactor headlineMinCosine headlineIdfPriorStories second look (subjectMinCosine subjectNoveltyKeys subjectNoveltyMax) rare-word join (rareTitleMinIdf rareTitleCutFactor rareTitleMinShare) scarce key (scarceKeyMaxStories) model veto (modelVetoMargin) bridge merge (bridgeMergeFactor bridgeMergeCentroid) soft match (softTitleWeight softTitlePerWord softTitleMinShare, gate: ungated, a softTitleMinFraction, b softTitleCutFactor) | overall | pair P per day set (en, id) | worst day pair P, mean of the days | labelled pairs P | seed window | objective';
/**
 * The whole fit on `days` (every stage, then the cross-language cut), printing its curves unless
 * quiet; when a stage has no point that passes the floors, that stage's points.
 */
type Fit = { chosen: Point; cross: number; failed?: undefined } | { failed: Point[] };
function fit(days: readonly Day[], quiet = false): Fit {
  say = quiet ? () => undefined : console.log;
  const textPoints: Point[] = [];
  const headlinePoints: Point[] = [];
  say(`\ncurve, ${JOINT ? 'all cuts together' : 'stage 1: the cuts, a headline meeting the same ones'} (cross-language cut ${MATCH_CUTS.crossLanguageMinCosine} while fitting): ${HEADER}`);
  for (const newSourceCutFactor of GRID.newSourceCutFactor) for (const titleWeight of GRID.titleWeight) for (const namedCutFactor of GRID.namedCutFactor) {
    for (const idfPriorStories of GRID.idfPriorStories) for (const undatedCutFactor of GRID.undatedCutFactor) {
      for (const sizeExponent of GRID.sizeExponent) {
        for (const minCosine of GRID.minCosine) {
          if (!JOINT) {
            textPoints.push(measured(days, { minCosine, sizeExponent, idfPriorStories, undatedCutFactor, namedCutFactor, titleWeight, newSourceCutFactor, headlineMinCosine: minCosine, headlineIdfPriorStories: idfPriorStories }));
            continue;
          }
          for (const headlineIdfPriorStories of GRID.headlineIdfPriorStories) {
            for (const headlineMinCosine of GRID.headlineMinCosine) headlinePoints.push(measured(days, { minCosine, sizeExponent, idfPriorStories, undatedCutFactor, namedCutFactor, titleWeight, newSourceCutFactor, headlineMinCosine, headlineIdfPriorStories }));
          }
        }
      }
    }
  }
  if (!JOINT) {
    const text = best(textPoints)?.options;
    if (text === undefined) return { failed: textPoints };
    say(`\ncurve, stage 2: a headline's own cuts, with minCosine ${text.minCosine}, sizeExponent ${text.sizeExponent}, idfPriorStories ${text.idfPriorStories}, namedCutFactor ${text.namedCutFactor}, titleWeight ${text.titleWeight}, newSourceCutFactor ${text.newSourceCutFactor}: ${HEADER}`);
    for (const headlineIdfPriorStories of GRID.headlineIdfPriorStories) {
      for (const headlineMinCosine of GRID.headlineMinCosine) headlinePoints.push(measured(days, { ...text, headlineMinCosine, headlineIdfPriorStories }));
    }
  }
  const headline = best(headlinePoints);
  if (headline === undefined) return { failed: headlinePoints };
  if (SECOND_LOOK) say(`\ncurve, stage 3: the second look, with the cuts above and headlineMinCosine ${headline.options.headlineMinCosine}, headlineIdfPriorStories ${headline.options.headlineIdfPriorStories}: ${HEADER}`);
  const lookPoints: Point[] = [headline];
  for (const subjectMinCosine of SECOND_LOOK ? GRID.subjectMinCosine : []) {
    for (const subjectNoveltyKeys of GRID.subjectNoveltyKeys) {
      for (const subjectNoveltyMax of GRID.subjectNoveltyMax) lookPoints.push(measured(days, { ...headline.options, subjectMinCosine, subjectNoveltyKeys, subjectNoveltyMax }));
    }
  }
  const looked = best(lookPoints);
  if (looked === undefined) return { failed: lookPoints };
  if (RARE_TITLE) say(`\ncurve, stage ${SECOND_LOOK ? 4 : 3}: the rare-word join, with the cuts above and the second look ${look(looked.options)}: ${HEADER}`);
  const rarePoints: Point[] = [looked];
  for (const rareTitleMinIdf of RARE_TITLE ? GRID.rareTitleMinIdf : []) {
    for (const rareTitleCutFactor of GRID.rareTitleCutFactor) {
      for (const rareTitleMinShare of GRID.rareTitleMinShare) rarePoints.push(measured(days, { ...looked.options, rareTitleMinIdf, rareTitleCutFactor, rareTitleMinShare }));
    }
  }
  const rared = best(rarePoints);
  if (rared === undefined) return { failed: rarePoints };
  if (SCARCE_KEY) say(`\ncurve, stage ${SECOND_LOOK ? 5 : 4}: the scarce-key check, with the cuts above and the rare-word join ${rareOf(rared.options)}: ${HEADER}`);
  const scarcePoints: Point[] = [rared];
  for (const scarceKeyMaxStories of SCARCE_KEY ? GRID.scarceKeyMaxStories : []) scarcePoints.push(measured(days, { ...rared.options, scarceKeyMaxStories }));
  const scarced = best(scarcePoints);
  if (scarced === undefined) return { failed: scarcePoints };
  if (VETO) say(`\ncurve, stage ${SECOND_LOOK ? 6 : 5}: the model's veto on the cuts' joins (STORY_MODEL cut + margin), with the cuts above and the scarce-key check ${scarceOf(scarced.options)}: ${HEADER}`);
  const vetoPoints: Point[] = [scarced, ...(VETO ? GRID.modelVetoMargin : []).map((modelVetoMargin) => measured(days, { ...scarced.options, modelVetoMargin }))];
  // The bridge merge's stage (--bridge), then the soft match's (--soft-title), each numbered after the stages run.
  const chosen = softTitleStage(bridgeStage(best(vetoPoints), best, (options) => measured(days, options), say, HEADER, SECOND_LOOK ? 7 : 6), best, (options) => measured(days, options), say, HEADER, (SECOND_LOOK ? 7 : 6) + (BRIDGE_FITTED ? 1 : 0));
  if (chosen === undefined) return { failed: vetoPoints };

  say('\ncross-language cut over the labelled pairs (with the chosen same-language cuts): cut | pairs precision | cross-language recall');
  // The cross-language cut is the model decision's too (decision 'model' reads it): a cut counts the
  // pairs both decisions find, the fewer of the two.
  const crossPoints = CROSS_GRID.map((cut) => {
    const point = evaluate({ ...chosen.options, crossLanguageMinCosine: cut }, days);
    const modelled = scorePairs(pairs!.pairs, clusterItems(pairs!.items, { ...chosen.options, crossLanguageMinCosine: cut, decision: 'model' }), langOf);
    const recall = Math.min(point.crossRecall, modelled.crossRecall);
    say(`${cut.toFixed(2)} | ${f(point.pairPrecision)} | ${f(point.crossRecall)} (decision model ${f(modelled.precision)} / ${f(modelled.crossRecall)})`);
    return { cut, recall, ok: point.pairPrecision === 1 && modelled.precision === 1 && !point.seedWindow.wrongMerge };
  });
  const bestRecall = Math.max(...crossPoints.filter((p) => p.ok).map((p) => p.recall));
  const plateau = crossPoints.filter((p) => p.ok && p.recall === bestRecall);
  const cross = plateau[Math.floor((plateau.length - 1) / 2)]!;
  return { chosen, cross: cross.cut };
}

/** Whether MATCH_CUTS holds `options` and the cross-language cut `cross` (as far as this run fitted them). */
function holdsMatchCuts(options: StoryIndexOptions, cross: number): boolean {
  const current: Record<keyof typeof MATCH_CUTS, number> = MATCH_CUTS;
  return (
    current.minCosine === options.minCosine &&
    current.sizeExponent === options.sizeExponent &&
    current.idfPriorStories === options.idfPriorStories &&
    current.undatedCutFactor === (options.undatedCutFactor ?? 1) &&
    current.namedCutFactor === options.namedCutFactor && current.titleWeight === (options.titleWeight ?? 0) && current.newSourceCutFactor === (options.newSourceCutFactor ?? 1) &&
    current.headlineMinCosine === options.headlineMinCosine &&
    current.headlineIdfPriorStories === options.headlineIdfPriorStories &&
    // The second look is an opt-in: MATCH_CUTS keeps it off whatever --second-look picks, and holds its words and share.
    // The soft match too (--soft-title, story-curve-soft.ts), and the bridge merge (--bridge, story-curve-bridge.ts): MATCH_CUTS keeps them off whatever those stages pick.
    current.subjectMinCosine === 0 && current.softTitleWeight === 0 && current.bridgeMergeFactor === 0 &&
    (options.subjectMinCosine === 0 || (current.subjectNoveltyKeys === options.subjectNoveltyKeys && current.subjectNoveltyMax === options.subjectNoveltyMax)) &&
    // Without its stage (--no-rare-title) the run says nothing of the rare-word join's values.
    (!RARE_TITLE ||
      (current.rareTitleMinIdf === options.rareTitleMinIdf &&
        (options.rareTitleMinIdf === 0 || (current.rareTitleCutFactor === options.rareTitleCutFactor && current.rareTitleMinShare === options.rareTitleMinShare)))) &&
    // Without their stages (--no-scarce-key, --no-veto) the run says nothing of those values.
    (!SCARCE_KEY || current.scarceKeyMaxStories === options.scarceKeyMaxStories) && (!VETO || current.modelVetoMargin === options.modelVetoMargin) &&
    current.crossLanguageMinCosine === cross
  );
}

/** A fit's cuts in one line: cuts, headline cuts, second look, rare-word join, scarce key, cross-language cut. */
const cutsOf = (o: StoryIndexOptions, cross: number) =>
  `${o.minCosine}/${o.sizeExponent}/${o.idfPriorStories}/${o.namedCutFactor} title ${o.titleWeight ?? 0} new-source ${o.newSourceCutFactor ?? 1} headline ${o.headlineMinCosine}/${o.headlineIdfPriorStories}${SECOND_LOOK ? ` look ${look(o)}` : ''} rare ${rareOf(o)} scarce ${scarceOf(o)} veto ${vetoOf(o)} bridge ${bridgeOf(o)} soft ${softOf(o)} cross ${cross}`;

/**
 * --loo: per development day, the whole fit on the other days, and the left-out day scored at the
 * cuts it chose beside its figures under MATCH_CUTS (fitted on all the days; the same when the fit
 * chose them). Then the change per day and its mean: what fitting on a day buys that day.
 */
function looCheck(): void {
  const shipped = evaluate({ ...MATCH_CUTS });
  const fig = (s: StoryScores) => `${f(s.pairs.precision)} / ${f(s.pairs.recall)} / ${f(s.pairs.f1)}, ${f(s.bcubed.f1)}`;
  const sign = (x: number) => `${x >= 0 ? '+' : '-'}${f(Math.abs(x))}`;
  console.log(`\nleave one day out (the whole fit on the other ${allDays.length - 1} days): day | cuts chosen (minCosine/sizeExponent/idfPriorStories/namedCutFactor, headline cut/prior, rare-word join, scarce key, cross-language cut) | the day's pair P / R / F1, B3 F1 at them | at MATCH_CUTS`);
  const changes: Array<{ day: string; p: number; f1: number; b3: number }> = [];
  for (const held of allDays) {
    const fitted = fit(allDays.filter((day) => day !== held), true);
    if (fitted.failed !== undefined) {
      // Which floor is out of reach: the highest each reaches over the failing stage's points.
      const top = (of: (p: Point) => number) => f(Math.max(...fitted.failed.map(of)));
      const setNames = [...fitted.failed[0]!.days.keys()].filter((day) => day.endsWith(' all'));
      console.log(`  ${held.name.padEnd(14)} ${NO_POINT} on the other days (the highest over the stage's points: over all days ${top((p) => p.all.pairs.precision)}, ${setNames.map((set, i) => `${set} ${top((p) => setPrecisions(p)[i]!)}`).join(', ')}, mean of the days ${top(meanDayPrecision)})`);
      continue;
    }
    const left = evaluate({ ...fitted.chosen.options, crossLanguageMinCosine: fitted.cross }, [held]).days.get(held.name)!;
    const base = shipped.days.get(held.name)!;
    const same = holdsMatchCuts(fitted.chosen.options, fitted.cross) ? ' (= MATCH_CUTS)' : '';
    console.log(`  ${held.name.padEnd(14)} ${cutsOf(fitted.chosen.options, fitted.cross)}${same} | ${fig(left)} | ${fig(base)}`);
    changes.push({ day: held.name, p: left.pairs.precision - base.pairs.precision, f1: left.pairs.f1 - base.pairs.f1, b3: left.bcubed.f1 - base.bcubed.f1 });
  }
  const mean = (key: 'p' | 'f1' | 'b3') => changes.reduce((sum, c) => sum + c[key], 0) / Math.max(changes.length, 1);
  console.log(`change, left out - MATCH_CUTS (pair P, pair F1, B3 F1): ${changes.map((c) => `${c.day} ${sign(c.p)} ${sign(c.f1)} ${sign(c.b3)}`).join('; ')}; mean over those ${changes.length} days ${sign(mean('p'))} ${sign(mean('f1'))} ${sign(mean('b3'))}`);
}

const NO_POINT = `no point keeps pair precision >= ${PRECISION_FLOOR} over all days and over each day set${RULE === 'days' ? ' and in the mean of the days' : ''}`;
if (LOO) {
  looCheck();
  process.exit(0);
}
const fitted = fit(allDays);
if (fitted.failed !== undefined) {
  console.log(`\n${NO_POINT}`);
  process.exit(1);
}
const { chosen, cross } = fitted;
const final = evaluate({ ...chosen.options, crossLanguageMinCosine: cross });
console.log(
  `\nchosen: minCosine ${chosen.options.minCosine}, sizeExponent ${chosen.options.sizeExponent}, idfPriorStories ${chosen.options.idfPriorStories}, undatedCutFactor ${chosen.options.undatedCutFactor ?? 1}, namedCutFactor ${chosen.options.namedCutFactor}, titleWeight ${chosen.options.titleWeight ?? 0}, newSourceCutFactor ${chosen.options.newSourceCutFactor ?? 1}, headlineMinCosine ${chosen.options.headlineMinCosine}, headlineIdfPriorStories ${chosen.options.headlineIdfPriorStories}, second look ${chosen.options.subjectMinCosine === 0 ? 'off' : `subjectMinCosine ${chosen.options.subjectMinCosine}, subjectNoveltyKeys ${chosen.options.subjectNoveltyKeys}, subjectNoveltyMax ${chosen.options.subjectNoveltyMax}`}, rare-word join ${chosen.options.rareTitleMinIdf === 0 ? 'off' : `rareTitleMinIdf ${chosen.options.rareTitleMinIdf}, rareTitleCutFactor ${chosen.options.rareTitleCutFactor}, rareTitleMinShare ${chosen.options.rareTitleMinShare}`}, scarce key ${scarceOf(chosen.options)}, model veto ${vetoOf(chosen.options)}, bridge merge ${bridgeOf(chosen.options)}, soft match ${chosen.options.softTitleWeight === 0 ? 'off' : `softTitleWeight ${chosen.options.softTitleWeight}, softTitlePerWord ${chosen.options.softTitlePerWord}, softTitleMinShare ${chosen.options.softTitleMinShare}, softTitleMinFraction ${chosen.options.softTitleMinFraction}, softTitleCutFactor ${chosen.options.softTitleCutFactor}`}, crossLanguageMinCosine ${cross}`,
);
for (const [day, scores] of final.days) console.log(`  ${day.padEnd(14)} ${formatStoryScores(scores)}  (${scores.items} items, ${scores.stories} stories, ${scores.clusters} clusters)`);
console.log(`  ${'overall'.padEnd(14)} ${formatStoryScores(final.all)}`);
console.log(`  labelled pairs: precision ${f(final.pairPrecision)}, cross-language recall ${f(final.crossRecall)}`);
console.log(`  objective (${OBJECTIVE}): ${joint(final).toFixed(4)}`);
console.log(holdsMatchCuts(chosen.options, cross) ? 'MATCH_CUTS holds these values.' : 'MATCH_CUTS differs: copy the chosen values into src/core/dedup/story-match.ts.');
if (SECOND_LOOK) console.log('(--second-look measures an opt-in: MATCH_CUTS keeps subjectMinCosine 0; its other two hold the words and share this run picks. The rare-word join above was fitted on top of it: rerun without --second-look for the values MATCH_CUTS holds.)');
if (!RARE_TITLE) console.log('(--no-rare-title: the rare-word join was not fitted; MATCH_CUTS keeps its values.)');
if (!SCARCE_KEY) console.log('(--no-scarce-key: the scarce-key check was not fitted; MATCH_CUTS keeps its value.)');
