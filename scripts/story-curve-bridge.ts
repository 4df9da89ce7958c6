// The bridge merge's stage of scripts/story-curve.ts (--bridge; src/core/dedup/bridge-merge.ts),
// after the model's veto, with every cut before it fixed. An opt-in, as the second look is:
// MATCH_CUTS keeps it off. Its pick on the eight development days, factor 2 ungated (objective
// 0.7018 -> 0.7124; every point below 2 fails the precision floor), moved the eight held-out days'
// mean pair F1 by 0.007 (0.532 -> 0.539, one merge on 2026-01-21), short of the 0.01 its keep rule
// asked (README "not kept").
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';

/** Whether this run fits the bridge merge's stage. */
export const BRIDGE_FITTED = process.argv.includes('--bridge');
// Said last, after the chosen values (story-curve.ts ends there).
if (BRIDGE_FITTED) process.on('exit', () => console.log('(--bridge measures an opt-in: MATCH_CUTS keeps bridgeMergeFactor 0; story-holdout.ts --bridge FACTOR,CENTROID measures the held-out days at the values this run picks.)'));

// The factor on a second story's cut an item joining its story must reach with it to merge the two
// (off, the stage's first point: the previous stage's pick), and the second gate, the centroids'
// cosine over the cut of a story of both sizes (0: no gate).
const FACTORS = [1, 1.1, 1.25, 1.5, 2];
const CENTROID_GATES = [0, 0.5, 0.75, 1];

/** A point's bridge merge as the curve prints it: off, else factor and centroid gate. */
export const bridgeOf = (o: StoryIndexOptions): string => (o.bridgeMergeFactor === 0 || o.bridgeMergeFactor === undefined ? 'off' : `${o.bridgeMergeFactor} ${o.bridgeMergeCentroid}`);

/**
 * story-curve's tie-break between two points past the stages before: off first, then the higher
 * factor (the merge that fires least), then no gate, else the lower (as the soft match's stage: a
 * gate is kept only where the development days tell it from none).
 */
export function bridgeTie(a: StoryIndexOptions, b: StoryIndexOptions): number {
  const rank = (o: StoryIndexOptions) => (o.bridgeMergeFactor === 0 || o.bridgeMergeFactor === undefined ? Infinity : o.bridgeMergeFactor);
  return rank(b) - rank(a) || (a.bridgeMergeCentroid ?? 0) - (b.bridgeMergeCentroid ?? 0) || 0;
}

/**
 * The stage: `previous` (the pick of the stages before; undefined when they had none) and the grid
 * on top of it, measured and picked by story-curve's own rule; `previous` itself when the stage is
 * not fitted.
 */
export function bridgeStage<P extends { options: StoryIndexOptions }>(previous: P | undefined, best: (points: readonly P[]) => P | undefined, measure: (options: StoryIndexOptions) => P, say: (line: string) => void, header: string, stage: number): P | undefined {
  if (previous === undefined || !BRIDGE_FITTED) return previous;
  say(`\ncurve, stage ${stage}: the bridge merge (an item joining its story merges a second it meets at a factor x that story's cut), with the cuts above and the model's veto ${previous.options.modelVetoMargin === -Infinity ? 'off' : previous.options.modelVetoMargin}: ${header}`);
  return best([previous, ...FACTORS.flatMap((bridgeMergeFactor) => CENTROID_GATES.map((bridgeMergeCentroid) => measure({ ...previous.options, bridgeMergeFactor, bridgeMergeCentroid })))]);
}
