// Story grouping on the development days: whole days of news, every item labelled with its story
// (../shared/eval/stories-dev-en.jsonl; tests/fixtures/stories-id/ joined with ../shared by its
// build script). The floors are the figures reached with MATCH_CUTS as scripts/story-curve.ts
// fitted them, less about 0.02: a change that groups worse fails here (so does a change to the
// text pipeline or the background table that moves them: rerun the script, then set these).
import { describe, expect, it } from 'vitest';
import { clusterItems, devPairs, englishDays, indonesianDays, scoreByDay, scorePairs } from '../../../scripts/story-eval-lib.ts';
import { hasSharedEval, sayWhySkipped } from '../../helpers/shared-data.ts';

type Floor = { pairP: number; pairF1: number; b3F1: number };
const FLOORS: Record<string, Record<string, Floor>> = {
  en: {
    // Each day replayed in a window of its own (clusterInOrder prunes as the worker does; before,
    // 2025-03-18 was grouped in a window still holding all of 2024-12-09's stories): 2025-03-18
    // 0.905 / 0.801 / 0.890 -> 0.914 / 0.168 / 0.831 (pair P / F1, B-cubed F1) with the cuts
    // fitted before it, all 0.901 / 0.117 / 0.820.
    // Then the cuts refitted by story-curve.ts on the six days so replayed (minCosine 0.35,
    // sizeExponent 0.1, headline cut 0.35 with prior 1000, rare-word join 7 / 0.75 / 0.25):
    // 0.828 / 0.049 / 0.812 and 0.973 / 0.545 / 0.865, all 0.965 / 0.376 / 0.840.
    // Then the model's veto on the cuts' joins (modelVetoMargin -2): 2025-03-18 0.991 / 0.547 /
    // 0.865, all 0.983 / 0.377 / 0.840 (2024-12-09 as it was).
    // The cuts refitted on eight days (headline cuts, rare-word join, veto -1.5; below): 2025-03-18
    // pair recall 0.378 -> 0.377, every figure here the same.
    // Then the window prior of an item with a text 30 -> 1000 with minCosine 0.45, the cuts raised
    // 1.3x without a date, the veto off (fitted with the topics' own windows beside the days):
    // 0.850 / 0.052 / 0.818 and 0.954 / 0.759 / 0.885, all 0.951 / 0.546 / 0.853.
    '2024-12-09': { pairP: 0.83, pairF1: 0.03, b3F1: 0.8 },
    '2025-03-18': { pairP: 0.93, pairF1: 0.73, b3F1: 0.86 },
    all: { pairP: 0.93, pairF1: 0.52, b3F1: 0.83 },
  },
  id: {
    // Headlines alone meet their own prior and cut (headlineIdfPriorStories, headlineMinCosine):
    // pair F1 0.436 -> 0.537 and 0.356 -> 0.457, B-cubed F1 0.827 -> 0.840 and 0.862 -> 0.875, at the
    // precision the curve's floor allows (2025-11-19 0.963 -> 0.903, so its precision floor went
    // from 0.94 to 0.88; 2026-04-22 0.917 -> 0.933). Then place keys (#pati beside @java) and the
    // days rule's refit (headline prior 300): 0.903 / 0.537 / 0.840 -> 0.947 / 0.569 / 0.852 and
    // 0.933 / 0.457 / 0.875 -> 0.930 / 0.475 / 0.877 (pair P / F1, B-cubed F1). Then the rare-word
    // join (rare-title.ts): 0.947 / 0.570 / 0.852 -> 0.947 / 0.603 / 0.863 and 0.929 / 0.470 / 0.877
    // -> 0.931 / 0.479 / 0.878, both days 0.942 / 0.536 / 0.864 -> 0.942 / 0.562 / 0.870.
    // Two more days labelled (2025-12-10, 2026-02-11), and each day replayed in a window of its own
    // (clusterInOrder prunes as the worker does): 0.944 / 0.916 / 0.907 and 0.895 / 0.620 / 0.855;
    // 2026-04-22, no longer grouped in a window holding 2025-11-19's stories, 0.931 / 0.479 / 0.878
    // -> 0.921 / 0.372 / 0.865; all four 0.935 / 0.774 / 0.874 (the Terra Drone fire's 69 reports
    // hold 2,346 of the 5,834 same-story pairs).
    // Then the cuts refitted on the six days (above): 0.861 / 0.652 / 0.875, 0.908 / 0.908 / 0.903,
    // 0.912 / 0.744 / 0.886, 0.919 / 0.588 / 0.902, all four 0.904 / 0.813 / 0.892.
    // Then the scarce-key check (common-keys.ts, 4 stories): 0.864 / 0.650 / 0.875, 0.918 / 0.914 /
    // 0.906 (the Aceh floods' separate reports 44 wrong pairs -> 10), 2026-02-11 and 2026-04-22 as
    // they were, all four 0.911 / 0.816 / 0.893.
    // Then the model's veto (modelVetoMargin -2): 2025-11-19 0.866 / 0.650 / 0.875, the others as
    // they were, all four 0.911 / 0.816 / 0.893.
    // Two more days labelled (2025-11-05, 2026-02-25; before they joined, with the cuts above:
    // 0.789 / 0.560 / 0.836 and 0.746 / 0.709 / 0.874) and the cuts refitted on the eight days
    // (headline cut 0.35 -> 0.4: at 0.35 the mean of the days' pair precision is 0.872; the rare-word
    // join 7 / 0.75 / 0.25 -> 8 / 0.5 / 0; the veto -2 -> -1.5): 0.911 / 0.557 / 0.839, 0.915 /
    // 0.578 / 0.859, 0.965 / 0.916 / 0.910, 0.948 / 0.641 / 0.868, 0.814 / 0.645 / 0.859, 0.905 /
    // 0.412 / 0.872, all six 0.928 / 0.702 / 0.868.
    // Six more days labelled (2025-10-15, 2025-12-17, 2026-01-28, 2026-03-11, 2026-04-15,
    // 2026-05-06), the cuts as they were (story-curve.ts on the fourteen days moves only the cuts of
    // items with a text, which the held-out rule refuses: README): 0.886 / 0.621 / 0.870, 0.830 /
    // 0.496 / 0.861, 0.943 / 0.550 / 0.846, 0.849 / 0.666 / 0.852, 0.933 / 0.657 / 0.899, 0.911 /
    // 0.436 / 0.851; all twelve 0.913 / 0.656 / 0.866.
    // Then the cuts refitted on eighteen days (four more English ones: the headline cut 0.4 -> 0.45,
    // its prior 1000 -> 3000, the rare-word factor 0.5 -> 0.25; README): 0.886 / 0.567 / 0.857,
    // 0.911 / 0.526 / 0.830, 0.940 / 0.534 / 0.850, 0.959 / 0.909 / 0.900, 0.851 / 0.480 / 0.857,
    // 0.950 / 0.524 / 0.839, 0.947 / 0.610 / 0.859, 0.818 / 0.578 / 0.841, 0.880 / 0.643 / 0.843,
    // 0.935 / 0.487 / 0.887, 0.917 / 0.409 / 0.869, 0.915 / 0.428 / 0.845; all twelve 0.921 / 0.625 / 0.856.
    '2025-10-15': { pairP: 0.86, pairF1: 0.54, b3F1: 0.83 },
    '2025-11-05': { pairP: 0.89, pairF1: 0.5, b3F1: 0.81 },
    '2025-11-19': { pairP: 0.92, pairF1: 0.51, b3F1: 0.83 },
    '2025-12-10': { pairP: 0.93, pairF1: 0.88, b3F1: 0.88 },
    '2025-12-17': { pairP: 0.83, pairF1: 0.46, b3F1: 0.83 },
    '2026-01-28': { pairP: 0.93, pairF1: 0.5, b3F1: 0.81 },
    '2026-02-11': { pairP: 0.92, pairF1: 0.59, b3F1: 0.83 },
    '2026-02-25': { pairP: 0.79, pairF1: 0.55, b3F1: 0.82 },
    '2026-03-11': { pairP: 0.86, pairF1: 0.62, b3F1: 0.82 },
    '2026-04-15': { pairP: 0.91, pairF1: 0.46, b3F1: 0.86 },
    '2026-04-22': { pairP: 0.89, pairF1: 0.38, b3F1: 0.84 },
    '2026-05-06': { pairP: 0.89, pairF1: 0.4, b3F1: 0.82 },
    all: { pairP: 0.9, pairF1: 0.6, b3F1: 0.83 },
  },
};

/**
 * The fitted model (decision 'model', STORY_MODEL as scripts/story-model-fit.ts wrote it), not the
 * default: its figures less about 0.02. Rerun the script after a change to its features.
 */
const MODEL_FLOORS: Record<string, Record<string, Floor>> = {
  // Refitted with the story-word features in place of the name features and the cut held to the
  // mean of the days' pair precision (story-model-fit.ts): en 0.913/0.084/0.831, 0.930/0.774/0.892,
  // all 0.929/0.568/0.863; id 0.867/0.581/0.859, 0.929/0.494/0.884, all 0.884/0.552/0.871; with
  // place keys (weights as they were) id 0.894/0.599/0.863, 0.929/0.499/0.885, all 0.904/0.566/0.873.
  en: {
    // Refitted on the six days, each replayed in a window of its own as scored (story-model-fit.ts
    // prunes its teacher replay as clusterInOrder does; story-curve.ts's days rule; prior 30, cut
    // 0.125): 0.913 / 0.084 / 0.831 -> 0.868 / 0.098 / 0.833, 0.922 / 0.776 / 0.890 -> 0.920 /
    // 0.834 / 0.904, all 0.921 / 0.570 / 0.862 -> 0.918 / 0.622 / 0.870 (pair P / F1, B-cubed F1).
    '2024-12-09': { pairP: 0.85, pairF1: 0.08, b3F1: 0.81 },
    '2025-03-18': { pairP: 0.9, pairF1: 0.81, b3F1: 0.88 },
    all: { pairP: 0.9, pairF1: 0.6, b3F1: 0.85 },
  },
  id: {
    // With the two days added and each day in a window of its own (weights not refitted): 0.951 /
    // 0.924 / 0.911 and 0.960 / 0.705 / 0.877; 2025-11-19 0.895 / 0.602 / 0.864, 2026-04-22 0.928 /
    // 0.490 / 0.884, all 0.945 / 0.802 / 0.885. Refitted on the six days (above): 0.931 / 0.914 /
    // 0.909, 0.932 / 0.725 / 0.878, 0.895 / 0.594 / 0.865, 0.930 / 0.501 / 0.886, all 0.928 / 0.801 / 0.885.
    // The two days added (2025-11-05, 2026-02-25; weights not refitted): 0.815 / 0.655 / 0.848 and
    // 0.858 / 0.647 / 0.859, all six 0.889 / 0.742 / 0.874.
    // The six more days (weights not refitted): 0.879 / 0.632 / 0.868, 0.807 / 0.510 / 0.856,
    // 0.914 / 0.545 / 0.843, 0.856 / 0.597 / 0.850, 0.943 / 0.776 / 0.913, 0.922 / 0.446 / 0.851;
    // all twelve 0.889 / 0.685 / 0.869.
    '2025-10-15': { pairP: 0.85, pairF1: 0.61, b3F1: 0.84 },
    '2025-11-05': { pairP: 0.79, pairF1: 0.63, b3F1: 0.82 },
    '2025-11-19': { pairP: 0.87, pairF1: 0.57, b3F1: 0.84 },
    '2025-12-10': { pairP: 0.91, pairF1: 0.89, b3F1: 0.89 },
    '2025-12-17': { pairP: 0.78, pairF1: 0.49, b3F1: 0.83 },
    '2026-01-28': { pairP: 0.89, pairF1: 0.52, b3F1: 0.82 },
    '2026-02-11': { pairP: 0.91, pairF1: 0.7, b3F1: 0.86 },
    // Jakarta a place of its own, no longer Indonesia (7 Dec 2026): 0.859 / 0.650 / 0.860 -> 0.822 /
    // 0.643 / 0.861 (the city's, the power company's and the ministry's free homecoming buses in one
    // story, on "Jakarta" and "mudik gratis"); all twelve 0.889 / 0.685 / 0.869 -> 0.887 / 0.684 / 0.869.
    '2026-02-25': { pairP: 0.8, pairF1: 0.62, b3F1: 0.84 },
    '2026-03-11': { pairP: 0.83, pairF1: 0.57, b3F1: 0.83 },
    '2026-04-15': { pairP: 0.92, pairF1: 0.75, b3F1: 0.89 },
    '2026-04-22': { pairP: 0.91, pairF1: 0.48, b3F1: 0.86 },
    '2026-05-06': { pairP: 0.9, pairF1: 0.42, b3F1: 0.83 },
    all: { pairP: 0.86, pairF1: 0.66, b3F1: 0.85 },
  },
};

/** Every day of `scores` has a floor (and only those), and each figure reaches it. */
function expectFloors(scores: ReturnType<typeof scoreByDay>, floors: Record<string, Floor>): void {
  expect([...scores.keys()].sort()).toEqual(Object.keys(floors).sort());
  for (const [day, floor] of Object.entries(floors)) {
    const s = scores.get(day)!;
    expect({ day, pairP: s.pairs.precision >= floor.pairP, pairF1: s.pairs.f1 >= floor.pairF1, b3F1: s.bcubed.f1 >= floor.b3F1 }, JSON.stringify(s)).toEqual({ day, pairP: true, pairF1: true, b3F1: true });
  }
}

describe.skipIf(!hasSharedEval)('story grouping on the development days', () => {
  if (!hasSharedEval) sayWhySkipped('story development days');

  // Each set read once for the file: the Indonesian one is built by a child process from the
  // whole ../shared stream (seconds), and both decisions score the same items.
  const sets = new Map<'en' | 'id', ReturnType<typeof englishDays>>();
  const daysOf = (name: 'en' | 'id') => {
    if (!sets.has(name)) sets.set(name, name === 'en' ? englishDays('shared') : indonesianDays());
    return sets.get(name);
  };

  it.each([
    ['en', 'cuts'],
    ['id', 'cuts'],
    ['en', 'model'],
    ['id', 'model'],
  ] as const)('%s days, decision %s: pair precision, pair F1 and B-cubed F1 reach the floors, per day and overall', (name, decision) => {
    const set = daysOf(name);
    if (set === undefined) {
      console.warn(`SKIPPED ${name} story days: the labelled set is not available`);
      return;
    }
    expectFloors(scoreByDay(set.items, clusterItems(set.items, { decision })), (decision === 'cuts' ? FLOORS : MODEL_FLOORS)[name]!);
  });

  // The four English days transcribed outside the project (tests/fixtures/stories-en/README.md)
  // join ../shared's two where STORY_EN_RAW names their folder; figures at MATCH_CUTS as fitted on
  // the eighteen days (pair P / F1, B-cubed F1): 0.957 / 0.680 / 0.923, 0.769 / 0.510 / 0.897,
  // 0.850 / 0.052 / 0.818, 0.922 / 0.461 / 0.888, 0.905 / 0.116 / 0.804, 0.953 / 0.744 / 0.883,
  // all six 0.931 / 0.399 / 0.871.
  const ALL_ENGLISH: Record<string, Floor> = {
    '2024-10-16': { pairP: 0.93, pairF1: 0.66, b3F1: 0.9 },
    '2024-11-20': { pairP: 0.74, pairF1: 0.49, b3F1: 0.87 },
    '2024-12-09': { pairP: 0.83, pairF1: 0.03, b3F1: 0.79 },
    '2025-01-22': { pairP: 0.9, pairF1: 0.44, b3F1: 0.86 },
    '2025-03-05': { pairP: 0.88, pairF1: 0.09, b3F1: 0.78 },
    '2025-03-18': { pairP: 0.93, pairF1: 0.72, b3F1: 0.86 },
    all: { pairP: 0.91, pairF1: 0.37, b3F1: 0.85 },
  };
  const raw = process.env.STORY_EN_RAW;
  it.skipIf(raw === undefined || raw === '')('the six English days (STORY_EN_RAW), decision cuts: the floors per day and overall', () => {
    const set = englishDays('all')!;
    expectFloors(scoreByDay(set.items, clusterItems(set.items)), ALL_ENGLISH);
  });
  if (raw === undefined || raw === '') console.warn('SKIPPED the six English story days: STORY_EN_RAW does not name the folder of the four days transcribed outside the project (tests/fixtures/stories-en/README.md)');

  it.each(['cuts', 'model'] as const)('the labelled pairs of dev.jsonl, decision %s: precision 1.0, the cross-language pairs found', (decision) => {
    const data = devPairs()!;
    const figures = scorePairs(data.pairs, clusterItems(data.items, { decision }), new Map(data.items.map((item) => [item.id, item.lang])));
    expect(figures.precision).toBe(1);
    expect(figures.crossRecall).toBe(1);
  });
});
