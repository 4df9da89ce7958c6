// Where the story grouper loses recall on the development days (never the held-out ones), and what
// three generic signals would win back, counted one step:
//   node --import tsx scripts/story-recall-loss.ts [--cuts JSON] [--story GOLD_ID] [--near-misses]
// Each day set runs through one index with MATCH_CUTS (--cuts: options over them), in published
// order and its window pruned as story-curve.ts runs it (replaySteps: each day in a window of its
// own). A gold story ends up in pieces (gold story x predicted story); each piece after the first was started by its first item, and every pair between that piece and
// the earlier pieces is lost because of what happened to that item. Its cause, read from the index
// just before the item was assigned:
//   - not found: no earlier piece among the index's candidates at any rank, though a lookup
//     reading every posting list with no evidence floor finds one (or, "no shared key", not even
//     that one);
//   - found beyond the scored few (rank >= maxCandidates);
//   - out of the time window;
//   - scored, below its cut (binned by cosine / cut; the cut as judgeByCuts sets it, without the
//     rare-word join's lowering);
//   - scored, above its cut, and another story won.
// Every cause but the cut's is also told by cosine / cut (>= 1 or < 1): a candidate found or scored
// more widely would still have to meet the cut. B-cubed recall per cause: what it would gain if
// every piece of that cause were joined to the pieces before it. Single pass never joins two
// pieces later, so a piece started is a piece kept.
// The one-step tables (each join's right and wrong pairs with the members the story had then; the
// joins do not feed back): an item whose best candidate falls short of its cut by little and
// stands out from the second candidate (a margin); an item that joins its best story while close to
// a second, merging the two (a bridge); an item sharing K keys rare in ordinary news (background
// idf >= X) and held by at most D of the window's stories with its best candidate (scarce keys).
// --story prints one gold story's items with their pieces' cosines and cuts; --near-misses prints
// the items whose best candidate is at 0.7-1 of its cut, with the keys they share.
import { parseArgs } from 'node:util';
import { finalGrouping, replaySteps, type Clustered } from '../src/core/dedup/cluster-items.ts';
import { itemFeatures, type IdfTable, type ItemFeatures } from '../src/core/dedup/item-features.ts';
import { cosine } from '../src/core/dedup/sparse-vector.ts';
import { StoryIndex, STORY_INDEX_DEFAULTS, type StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { candidateKeys } from '../src/core/dedup/story-match.ts';
import { inWindow, type StoryState } from '../src/core/dedup/story.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { background, dayOf, englishDays, indonesianDays, lexicon, type DaySet } from './story-eval-lib.ts';

const { values } = parseArgs({ options: { cuts: { type: 'string' }, story: { type: 'string' }, 'near-misses': { type: 'boolean', default: false } } });
const options = (values.cuts === undefined ? {} : JSON.parse(values.cuts)) as StoryIndexOptions;
const o = { ...STORY_INDEX_DEFAULTS, ...options };

/** The index's internals, read (never written) to see what it saw before each item. */
interface Inner {
  frequencies: { count: (hash: number) => number };
  idf: IdfTable;
  index: { lookup: (keys: readonly number[], weights: readonly number[], limits: object, count: number) => StoryState[] };
  memberStory: Map<string, StoryState>;
}

/** A scored candidate: its cosine over its cut, the gold stories of its members, the keys it shares with the item. */
interface Row {
  ratio: number;
  golds: string[];
  shared: Array<{ idf: number; stories: number }>;
}

/** What the index saw of the item's gold story before the item. */
interface Probe {
  /** Rank of the best-ranked gold piece among the bounded lookup's candidates; -1: none. */
  rank: number;
  /** Whether a lookup reading every posting with no evidence floor finds a gold piece. */
  unbounded: boolean;
  inWindow: boolean;
  /** Best same-language cosine / cut over the gold pieces. */
  ratio: number;
}

const days = new Map<string, Array<{ gold: string; rows: Row[] }>>();

/** The same-language cut judgeByCuts sets (without the rare-word join's lowering). */
function cutOf(features: ItemFeatures, state: StoryState): number {
  const shared = features.lead.filter((key) => state.names.includes(key)).length;
  return (features.titleOnly ? o.headlineMinCosine : o.minCosine) * Math.pow(state.members.length, -o.sizeExponent) * (shared >= 2 ? o.namedCutFactor : 1);
}

function ratioOf(features: ItemFeatures, state: StoryState): number {
  const centroid = state.centroids[features.lang];
  return (centroid === undefined ? 0 : cosine(features.vector, centroid)) / cutOf(features, state);
}

function lookup(inner: Inner, features: ItemFeatures, limits: object): StoryState[] {
  const { keys, weights, count } = candidateKeys(features);
  return inner.index.lookup(keys, weights, limits, count);
}

const BOUNDED = { maxPostingsRead: 100, minEvidence: 0.2 };

function run(set: DaySet): void {
  const index = new StoryIndex(lexicon, background, options);
  const inner = index as unknown as Inner;
  const goldOf = new Map(set.items.map((item) => [item.id, item.story ?? '?']));
  const seenGold = new Map<string, string[]>();
  const probes = new Map<string, Probe>();
  const clustered: Array<Clustered<StoryEvalItem>> = [];
  // The eval's replay (replaySteps, as assignInOrder): each day in a window of its own.
  for (const { item, now, prune } of replaySteps(set.items)) {
    if (prune) index.prune(now);
    const gold = item.story;
    const earlier = gold === undefined ? [] : (seenGold.get(gold) ?? []);
    if (gold !== undefined) {
      const features = itemFeatures(item, lexicon, inner.idf);
      const ranked = lookup(inner, features, { ...BOUNDED, maxResults: 100_000 });
      if (earlier.length > 0) {
        const pieces = new Set(earlier.map((id) => inner.memberStory.get(id)).filter((s): s is StoryState => s !== undefined));
        const all = lookup(inner, features, { maxPostingsRead: Number.MAX_SAFE_INTEGER, minEvidence: 0, maxResults: 100_000 });
        const ratio = Math.max(0, ...[...pieces].map((s) => ratioOf(features, s)));
        probes.set(item.id, { rank: ranked.findIndex((s) => pieces.has(s)), unbounded: all.some((s) => pieces.has(s)), inWindow: [...pieces].some((s) => inWindow(features, s, o.windowHours)), ratio });
        if (values.story === gold) {
          console.log(`${gold}: ${item.title.slice(0, 80)} :: ${[...pieces].map((s) => `[${s.members.length} member(s), cosine/cut ${ratioOf(features, s).toFixed(2)}, rank ${ranked.indexOf(s)}]`).join(' ')}`);
        }
      }
      const rows: Row[] = ranked
        .slice(0, o.maxCandidates)
        .filter((s) => inWindow(features, s, o.windowHours))
        .map((s) => ({ ratio: ratioOf(features, s), golds: s.members.map((m) => goldOf.get(m.id)!), shared: sharedKeys(inner, features, s) }))
        .sort((a, b) => b.ratio - a.ratio);
      if (rows.length > 0) days.set(dayOf(item), [...(days.get(dayOf(item)) ?? []), { gold, rows }]);
      if (values['near-misses'] && rows[0] !== undefined && rows[0].ratio >= 0.7 && rows[0].ratio < 1) {
        const right = rows[0].golds.includes(gold);
        console.log(`${dayOf(item)} ${right ? 'right' : 'wrong'} cosine/cut ${rows[0].ratio.toFixed(2)}: ${item.title.slice(0, 70)} || shares ${rows[0].shared.length} key(s), background idf ${rows[0].shared.map((k) => k.idf.toFixed(1)).join(' ')}`);
      }
    }
    clustered.push({ item, assignment: index.assign(item, now) });
    if (gold !== undefined) seenGold.set(gold, [...earlier, item.id]);
  }
  // The final grouping: a bridge merge (--cuts with bridgeMergeFactor) moves earlier items into the story they joined.
  report(set, finalGrouping(clustered), probes);
}

/** The keys the item shares with the story's centroid: background idf, and how many window stories hold each. */
function sharedKeys(inner: Inner, features: ItemFeatures, state: StoryState): Row['shared'] {
  const centroid = state.centroids[features.lang];
  if (centroid === undefined) return [];
  const held = new Set(centroid.keys);
  const shared: Row['shared'] = [];
  features.vector.keys.forEach((key, i) => {
    if (held.has(key)) shared.push({ idf: inner.idf.idf(key), stories: inner.frequencies.count(features.vector.hashes[i]!) });
  });
  return shared;
}

function causeOf(p: Probe): string {
  const scale = p.ratio >= 1 ? '>= 1' : '< 1';
  if (!p.inWindow) return 'out of the window';
  if (p.rank === -1) return `not found${p.unbounded ? '' : ' (no shared key)'} (cosine/cut ${scale})`;
  if (p.rank >= o.maxCandidates) return `found beyond the scored few (cosine/cut ${scale})`;
  if (p.ratio >= 1) return 'scored, above its cut, another story won';
  const bins = [0, 0.25, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
  let at = 0;
  while (at + 2 < bins.length && p.ratio >= bins[at + 1]!) at += 1;
  return `scored, below its cut (cosine/cut ${bins[at]!.toFixed(2)}-${bins[at + 1]!.toFixed(2)})`;
}

function report(set: DaySet, predicted: ReadonlyMap<string, string>, probes: ReadonlyMap<string, Probe>): void {
  const byDay = new Map<string, StoryEvalItem[]>();
  for (const item of set.items) if (item.story !== undefined) byDay.set(dayOf(item), [...(byDay.get(dayOf(item)) ?? []), item]);
  for (const [day, items] of byDay) {
    const goldSize = new Map<string, number>();
    for (const item of items) goldSize.set(item.story!, (goldSize.get(item.story!) ?? 0) + 1);
    // Pieces per gold story, in the order their first items came.
    const pieces = new Map<string, Array<{ key: string; first: StoryEvalItem; size: number }>>();
    const pieceOf = new Map<string, { key: string; first: StoryEvalItem; size: number }>();
    for (const item of items) {
      const key = `${item.story}|${predicted.get(item.id)}`;
      let piece = pieceOf.get(key);
      if (piece === undefined) {
        piece = { key, first: item, size: 0 };
        pieceOf.set(key, piece);
        pieces.set(item.story!, [...(pieces.get(item.story!) ?? []), piece]);
      }
      piece.size += 1;
    }
    const causeOfPiece = new Map<string, string>();
    const lost = new Map<string, number>();
    let total = 0;
    let lostPairs = 0;
    for (const [gold, list] of pieces) {
      const n = goldSize.get(gold)!;
      total += (n * (n - 1)) / 2;
      let before = 0;
      for (const [i, piece] of list.entries()) {
        if (i > 0) {
          const started = items.some((x) => x.story !== gold && predicted.get(x.id) === predicted.get(piece.first.id) && items.indexOf(x) < items.indexOf(piece.first));
          const cause = `${causeOf(probes.get(piece.first.id)!)} [${started ? 'joined another story' : 'started a story'}]`;
          causeOfPiece.set(piece.key, cause);
          lost.set(cause, (lost.get(cause) ?? 0) + piece.size * before);
          lostPairs += piece.size * before;
        }
        before += piece.size;
      }
    }
    // B-cubed recall (per item: its piece over its gold story) with the pieces of some causes joined to the ones before.
    const b3 = (joined: (cause: string) => boolean) => {
      let sum = 0;
      for (const [gold, list] of pieces) {
        const groups: number[] = [];
        for (const [i, piece] of list.entries()) {
          if (i > 0 && joined(causeOfPiece.get(piece.key)!)) groups[groups.length - 1]! += piece.size;
          else groups.push(piece.size);
        }
        for (const g of groups) sum += (g * g) / goldSize.get(gold)!;
      }
      return sum / items.length;
    };
    const base = b3(() => false);
    console.log(`\n${set.name} ${day}: ${items.length} items, ${goldSize.size} gold stories, ${total} same-story pairs, ${lostPairs} lost (pair recall ${(1 - lostPairs / total).toFixed(3)}), B3 recall ${base.toFixed(3)}`);
    for (const cause of [...lost.keys()].sort()) {
      const count = [...causeOfPiece.values()].filter((c) => c === cause).length;
      console.log(`  ${cause.padEnd(80)} pieces ${String(count).padStart(4)}  pairs ${String(lost.get(cause)).padStart(5)} (${((100 * lost.get(cause)!) / total).toFixed(1)}%)  B3 recall +${(b3((c) => c === cause) - base).toFixed(3)}`);
    }
    const big = [...pieces].filter(([gold]) => goldSize.get(gold)! >= 8).sort(([a], [b]) => goldSize.get(b)! - goldSize.get(a)!);
    for (const [gold, list] of big.slice(0, 6)) console.log(`    ${gold}: ${goldSize.get(gold)} items in ${list.length} piece(s) (sizes ${list.map((p) => p.size).join(',')})`);
  }
}

/** Right and wrong pairs per day of the joins `join` makes, one step. */
function oneStep(join: (rows: Row[], gold: string) => Array<[readonly string[], readonly string[]]> | undefined): string {
  const per: string[] = [];
  let right = 0;
  let wrong = 0;
  for (const [, list] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
    let r = 0;
    let w = 0;
    for (const { gold, rows } of list) {
      for (const [a, b] of join(rows, gold) ?? []) for (const x of a) for (const y of b) if (x === y) r += 1; else w += 1;
    }
    per.push(`${r}/${w}`);
    right += r;
    wrong += w;
  }
  return `${per.join('  ')} | ${right}/${wrong} (${(right / Math.max(1, right + wrong)).toFixed(2)})`;
}

for (const set of [englishDays(), indonesianDays()]) if (set !== undefined) run(set);
const dayNames = [...days.keys()].sort().join(', ');
console.log(`\none step, right/wrong pairs per day (${dayNames}) | all (precision of the pairs added)`);
console.log('margin: best candidate at R..1 of its cut, and at least M times the second (alone: no second scored)');
for (const R of [0.5, 0.6, 0.7, 0.8, 0.9]) {
  for (const M of [1, 1.5, 2, 3, Infinity]) {
    console.log(`  R ${R.toFixed(2)} M ${M === Infinity ? 'alone' : M.toFixed(2)} | ${oneStep((rows, gold) => {
      const [r1, r2] = rows;
      if (r1 === undefined || r1.ratio >= 1 || r1.ratio < R || (M === Infinity ? r2 !== undefined && r2.ratio > 0 : r1.ratio < M * (r2?.ratio ?? 0))) return undefined;
      return [[[gold], r1.golds]];
    })}`);
  }
}
console.log('bridge: the item joins its best story (cosine/cut >= 1) and its second is at T of its cut: the two stories merge');
for (const T of [0.6, 0.7, 0.8, 0.9, 1]) {
  console.log(`  T ${T.toFixed(2)} | ${oneStep((rows, gold) => {
    const [r1, r2] = rows;
    if (r1 === undefined || r2 === undefined || r1.ratio < 1 || r2.ratio < T) return undefined;
    return [[[...r1.golds, gold], r2.golds]];
  })}`);
}
console.log('scarce keys: best candidate at R..1 of its cut sharing K keys of background idf >= X held by at most D window stories (the candidate among them)');
for (const R of [0.5, 0.7]) {
  for (const X of [7, 9, 11]) {
    for (const D of [1, 2, Infinity]) {
      for (const K of [1, 2]) {
        console.log(`  R ${R} X ${X} D ${D === Infinity ? 'any' : D} K ${K} | ${oneStep((rows, gold) => {
          const r1 = rows[0];
          if (r1 === undefined || r1.ratio >= 1 || r1.ratio < R || r1.shared.filter((k) => k.idf >= X && k.stories <= D).length < K) return undefined;
          return [[[gold], r1.golds]];
        })}`);
      }
    }
  }
}
