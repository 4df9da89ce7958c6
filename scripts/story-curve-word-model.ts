// The word-model join's stage of scripts/story-curve.ts (--word-model; src/core/dedup/word-model.ts),
// after the model's veto (and the bridge merge's, when fitted), with every cut before it fixed. An
// opt-in, as the bridge merge is: MATCH_CUTS keeps it off (wordModelTau 0) unless the held-out keep
// rule passes (README "How stories are decided").
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { BRIDGE_FITTED } from './story-curve-bridge.ts';

/** Whether this run fits the word-model join's stage. */
export const WORD_MODEL_FITTED = process.argv.includes('--word-model');
// Said last, after the chosen values (story-curve.ts ends there).
if (WORD_MODEL_FITTED) process.on('exit', () => console.log('(--word-model measures an opt-in: MATCH_CUTS keeps wordModelTau 0; story-holdout.ts --word-model MU,GAMMA,TAU measures the held-out days at the values this run picks.)'));

// Documents of ordinary news smoothing a story's counts, the weight of log m, and the ratio a join
// needs (off, the stage's first point: the previous stage's pick). Listed in the order ties go
// after off: the higher ratio (the join that fires least), then the smaller mu, the smaller gamma.
const MUS = [3, 10, 40];
const GAMMAS = [0, 1, 2];
const TAUS = [20, 16, 14, 12, 10, 8];

/** A point's word-model join as the curve prints it: off, else mu, gamma and tau. */
export const wordModelOf = (o: StoryIndexOptions): string => (o.wordModelTau === 0 || o.wordModelTau === undefined ? 'off' : `${o.wordModelMu} ${o.wordModelGamma} ${o.wordModelTau}`);

/** story-curve's tie-break past the stages before: off first, then the higher tau, the smaller mu, the smaller gamma. */
export function wordModelTie(a: StoryIndexOptions, b: StoryIndexOptions): number {
  const tau = (o: StoryIndexOptions) => (o.wordModelTau === 0 || o.wordModelTau === undefined ? Infinity : o.wordModelTau);
  return tau(b) - tau(a) || (a.wordModelMu ?? 0) - (b.wordModelMu ?? 0) || (a.wordModelGamma ?? 0) - (b.wordModelGamma ?? 0) || 0;
}

/**
 * The stage: `previous` (the pick of the stages before; undefined when they had none) and the grid
 * on top of it, measured and picked by story-curve's own rule; `previous` itself when the stage is
 * not fitted. `afterVeto` is the number of the first stage after the model's veto (the bridge
 * merge's, when --bridge runs it, and this one's after it).
 */
export function wordModelStage<P extends { options: StoryIndexOptions }>(previous: P | undefined, best: (points: readonly P[]) => P | undefined, measure: (options: StoryIndexOptions) => P, say: (line: string) => void, header: string, afterVeto: number): P | undefined {
  if (previous === undefined || !WORD_MODEL_FITTED) return previous;
  say(`\ncurve, stage ${afterVeto + (BRIDGE_FITTED ? 1 : 0)}: the word-model join (a headline the cuts would start a story with joins the candidate whose headline members' word model gives it the best log likelihood ratio, at least tau), with the cuts above: ${header}`);
  const points = [previous];
  for (const wordModelMu of MUS) for (const wordModelGamma of GAMMAS) for (const wordModelTau of TAUS) points.push(measure({ ...previous.options, wordModelMu, wordModelGamma, wordModelTau }));
  return best(points);
}
