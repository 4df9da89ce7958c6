// Story clustering against hand-labelled pairs of dev.jsonl items (../shared/eval/pairs.jsonl:
// whether two on-topic items report the same news event). Every on-topic dev item goes through
// one index, as the worker would see them; a pair is predicted "same" when both end in one story.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { clusterInOrder } from '../../../src/core/dedup/cluster-items.ts';
import { parseIsoMs } from '../../../src/core/dedup/item-time.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';
import { parseEvalJsonl, type EvalItem } from '../../../src/core/eval/parse-eval-data.ts';
import { DEV_SET, hasSharedEval, PAIRS_SET, sayWhySkipped } from '../../helpers/shared-data.ts';

// Precision must stay 1.0 (none of the 18 different-story pairs merged). Recall: the Indonesian
// pair is always found; the two cross-language pairs sit at the cross-language cut (cosine 0.21
// against 0.20), so the floor is the one pair that does not (issue 10's grouper).
const FLOOR = { precision: 1, recall: 1 / 3 };

interface Pair {
  a: string;
  b: string;
  same_story: 0 | 1;
}

const available = hasSharedEval && existsSync(PAIRS_SET);

function pairFigures(items: EvalItem[], pairs: Pair[]) {
  const index = new StoryIndex(loadLexicon(), loadBackground());
  const storyOf = new Map(clusterInOrder(items, index).map(({ item, assignment }) => [item.id, assignment.storyId]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const pair of pairs) {
    const a = storyOf.get(pair.a);
    const b = storyOf.get(pair.b);
    if (a === undefined || b === undefined) throw new Error(`pair ${pair.a}/${pair.b}: not an on-topic dev item`);
    const predicted = a === b;
    if (predicted && pair.same_story === 1) tp += 1;
    else if (predicted) fp += 1;
    else if (pair.same_story === 1) fn += 1;
    if (predicted !== (pair.same_story === 1)) wrong.push(`${pair.a}/${pair.b}`);
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), wrong };
}

describe.skipIf(!available)('story clustering on the dev pairs (../shared/eval/pairs.jsonl)', () => {
  if (!available) sayWhySkipped('dev story pairs');
  const positives = available ? parseEvalJsonl(readFileSync(DEV_SET, 'utf8'), 'dev.jsonl').filter((item) => item.label === 1) : [];
  const pairs: Pair[] = available
    ? readFileSync(PAIRS_SET, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Pair)
    : [];

  it('in dev order: pair precision and recall reach the floor', () => {
    const figures = pairFigures(positives, pairs);
    expect(pairs.length).toBeGreaterThan(0);
    expect(figures.precision, `wrong: ${figures.wrong.join(', ')}`).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(figures.recall, `wrong: ${figures.wrong.join(', ')}`).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(figures.fp).toBe(0);
  });

  it('in published order (undated items last, in dev order): the same precision', () => {
    const byPublished = positives
      .map((item, i) => ({ item, i, at: parseIsoMs(item.published) ?? Infinity }))
      .sort((x, y) => x.at - y.at || x.i - y.i)
      .map(({ item }) => item);
    const figures = pairFigures(byPublished, pairs);
    expect(figures.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    // In this order the English report meets the two Indonesian ones as one story and misses the
    // cross-language cut (issue 10's grouper; 1 of 3 same-story pairs found): the floor reached.
    expect(figures.recall).toBeGreaterThanOrEqual(1 / 3);
  });
});
