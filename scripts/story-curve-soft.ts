// The soft match's stage of scripts/story-curve.ts (--soft-title; src/core/dedup/soft-title.ts),
// the last, with every cut before it fixed. An opt-in, as the second look is: MATCH_CUTS keeps it
// off. Its pick moves with the association table: 0.5/3/0.1 gate (b) 0.6 (development objective
// 0.7018 -> 0.7184) on a table without the days labelled then (six development, three held out), 0.75/2/0.1 gate (b) 0.6
// (0.7173; the first point 0.7109) on one that also leaves out the two held-out days labelled
// after; on the held-out days it trades pair precision for recall (README "How stories are
// decided"). The shipped association table counts the labelled days' headlines too: the stage
// reads the table story-eval-lib.ts builds without them (or STORY_ASSOCIATIONS), and is left out
// with the shipped one.
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import type { SoftTitleOptions } from '../src/core/dedup/soft-title.ts';
import { ownAssociations } from './story-eval-lib.ts';

const asked = process.argv.includes('--soft-title');
if (asked && !ownAssociations) console.error('story-curve: the stories read the shipped association table, which counts the labelled days (../shared absent, or STORY_ASSOCIATIONS=shipped); the soft match\'s stage is left out');
/** Whether this run fits the soft match's stage. */
export const SOFT_FITTED = asked && ownAssociations;
// Said last, after the chosen values (story-curve.ts ends there).
if (SOFT_FITTED) process.on('exit', () => console.log('(--soft-title measures an opt-in: MATCH_CUTS keeps softTitleWeight 0; story-holdout.ts --soft-title W,K,S,F,C measures the held-out days at the values this run picks.)'));

// An associate's weight as a share of its key's (0: off, the stage's first point: the previous
// stage's pick), associates per key, their share cut. Listed in the order ties go (story-curve's
// `best` sorts stably and, past the cuts before, ranks these points alike): off, then the lighter
// weight, the fewer associates, the higher share cut.
const WEIGHTS = [0.25, 0.5, 0.75, 1];
const PER_WORD = [1, 2, 3, 5];
const MIN_SHARES = [0.4, 0.3, 0.2, 0.1];
// The gate (soft-title.ts), innermost: ungated (the larger of the two cosines against the cut),
// then (a) the soft cosine counting only where the plain one reaches a fraction of the cut, then
// (b) the soft cosine reaching the cut lowering it by a factor for the plain one; each from the
// strictest (0.8) down. Ties go to ungated: a gate is kept only where the development days tell it
// from none. (a) at F and (b) at F accept the same joins (the plain cosine reaches F x cut and the
// soft one the cut); they differ in the cosine a join is ranked by among the stories it could join
// (the soft one, the plain one).
const GATE_AT = [0.8, 0.7, 0.6, 0.5];
const GATES: Pick<SoftTitleOptions, 'softTitleMinFraction' | 'softTitleCutFactor'>[] = [
  { softTitleMinFraction: 0, softTitleCutFactor: 1 },
  ...GATE_AT.map((softTitleMinFraction) => ({ softTitleMinFraction, softTitleCutFactor: 1 })),
  ...GATE_AT.map((softTitleCutFactor) => ({ softTitleMinFraction: 0, softTitleCutFactor })),
];
const GRID: SoftTitleOptions[] = WEIGHTS.flatMap((softTitleWeight) =>
  PER_WORD.flatMap((softTitlePerWord) => MIN_SHARES.flatMap((softTitleMinShare) => GATES.map((gate) => ({ softTitleWeight, softTitlePerWord, softTitleMinShare, ...gate })))),
);

/** A point's gate as the curve prints it: ungated, a F (a fraction of the cut), b C (a cut factor). */
const gateOf = (o: StoryIndexOptions): string => (o.softTitleCutFactor! < 1 ? `b ${o.softTitleCutFactor!.toFixed(2)}` : o.softTitleMinFraction! > 0 ? `a ${o.softTitleMinFraction!.toFixed(2)}` : 'ungated');
/** A point's soft match as the curve prints it: off, else weight, associates, share cut, gate. */
export const softOf = (o: StoryIndexOptions): string => (o.softTitleWeight === 0 ? 'off' : `${o.softTitleWeight!.toFixed(2)} ${o.softTitlePerWord} ${o.softTitleMinShare!.toFixed(2)} ${gateOf(o)}`);

/**
 * The stage: `previous` (the pick of the stages before; undefined when they had none) and the grid
 * on top of it, measured and picked by story-curve's own rule; `previous` itself when the stage is
 * not fitted.
 */
export function softTitleStage<P extends { options: StoryIndexOptions }>(previous: P | undefined, best: (points: readonly P[]) => P | undefined, measure: (options: StoryIndexOptions) => P, say: (line: string) => void, header: string, stage: number): P | undefined {
  if (previous === undefined || !SOFT_FITTED) return previous;
  say(`\ncurve, stage ${stage}: the soft match (a headline's vector expanded by its words' associates in ordinary news), with the cuts above and the model's veto ${previous.options.modelVetoMargin === -Infinity ? 'off' : previous.options.modelVetoMargin}: ${header}`);
  return best([previous, ...GRID.map((soft) => measure({ ...previous.options, ...soft }))]);
}
