// Scores a story clustering against labelled stories: pair precision/recall/F1 over unordered
// item pairs (same story predicted vs. labelled) and B-cubed (Bagga & Baldwin 1998): per item,
// the share of its predicted cluster that is in its labelled story (precision) and the share of
// its labelled story that is in its predicted cluster (recall), averaged over items. Pairs weigh
// a story by its size squared, so a day's two largest stories decide them; B-cubed weighs every
// item alike. Both come from one contingency table, so a day of thousands of items costs O(n).

export interface ClusterScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface StoryScores {
  items: number;
  /** Labelled stories, and predicted clusters. */
  stories: number;
  clusters: number;
  pairs: ClusterScores & { truePairs: number; predictedPairs: number; correctPairs: number };
  bcubed: ClusterScores;
}

const f1Of = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairsIn = (n: number): number => (n * (n - 1)) / 2;

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * `gold` and `predicted` map each item id to its story and cluster. Only items in both are
 * scored. With no pairs to find (or none predicted), that side's figure is 1: nothing missed,
 * nothing wrong.
 */
export function scoreStories(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): StoryScores {
  const ids = [...gold.keys()].filter((id) => predicted.has(id));
  const storySize = countBy(ids.map((id) => gold.get(id)!));
  const clusterSize = countBy(ids.map((id) => predicted.get(id)!));
  // JSON.stringify of the pair: no separator a story or cluster id could hold.
  const cellSize = countBy(ids.map((id) => JSON.stringify([gold.get(id)!, predicted.get(id)!])));
  let truePairs = 0;
  for (const n of storySize.values()) truePairs += pairsIn(n);
  let predictedPairs = 0;
  for (const n of clusterSize.values()) predictedPairs += pairsIn(n);
  let correctPairs = 0;
  for (const n of cellSize.values()) correctPairs += pairsIn(n);
  let bPrecision = 0;
  let bRecall = 0;
  for (const id of ids) {
    const cell = cellSize.get(JSON.stringify([gold.get(id)!, predicted.get(id)!]))!;
    bPrecision += cell / clusterSize.get(predicted.get(id)!)!;
    bRecall += cell / storySize.get(gold.get(id)!)!;
  }
  const n = ids.length;
  const pairPrecision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const pairRecall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const bp = n === 0 ? 1 : bPrecision / n;
  const br = n === 0 ? 1 : bRecall / n;
  return {
    items: n,
    stories: storySize.size,
    clusters: clusterSize.size,
    pairs: { precision: pairPrecision, recall: pairRecall, f1: f1Of(pairPrecision, pairRecall), truePairs, predictedPairs, correctPairs },
    bcubed: { precision: bp, recall: br, f1: f1Of(bp, br) },
  };
}

/** "pair P 0.912 R 0.850 F1 0.880 | B3 P 0.970 R 0.930 F1 0.950" */
export function formatStoryScores(scores: StoryScores): string {
  const f = (x: number) => x.toFixed(3);
  const { pairs: p, bcubed: b } = scores;
  return `pair P ${f(p.precision)} R ${f(p.recall)} F1 ${f(p.f1)} | B3 P ${f(b.precision)} R ${f(b.recall)} F1 ${f(b.f1)}`;
}
