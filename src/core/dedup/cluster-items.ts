// Runs a list of items through a story index in order, as the worker would: each item at its
// own published time, an undated one at the latest time seen so far, and (items in published
// order) the stories that left the window dropped as the worker's cycles drop them. No clock is read.
import { HOUR_MS, parseIsoMs } from './item-time.ts';
import type { ClusterItem } from './item-features.ts';
import type { Assignment, StoryIndex } from './story-index.ts';
import type { Story } from './story.ts';

/** `now` for an undated item before any dated one: a fixed epoch, never the wall clock. */
export const CLUSTER_EPOCH = new Date(0);

/**
 * How often, in the items' own time, the window is pruned (StoryIndex.prune). The worker prunes
 * after every cycle (minutes apart); without it, a file of several days months apart would keep
 * every earlier day's stories in the window, and their counts would weigh the later days' words
 * as no worker's window does (a held-out day's pair precision moved 0.834 -> 0.737 when a day
 * three months older was put before it). An hour is far inside the 72-hour window.
 */
export const PRUNE_EVERY_MS = HOUR_MS;

export interface Clustered<T extends ClusterItem> {
  item: T;
  assignment: Assignment;
}

/**
 * Whether the dated items come in published order (undated ones anywhere). Only then is the window
 * pruned: a file out of order (dev.jsonl's on-topic items, months apart in any order, undated ones
 * dated by their leads) is no stream a worker sees, and pruning at its latest time would drop the
 * story an older item still belongs to.
 */
export function inPublishedOrder(items: readonly ClusterItem[]): boolean {
  let latestMs = -Infinity;
  for (const item of items) {
    const ms = parseIsoMs(item.published);
    if (ms === undefined) continue;
    if (ms < latestMs) return false;
    latestMs = ms;
  }
  return true;
}

/** `dropped`, when given, is handed the stories each prune drops (the cluster command lists them). */
export function clusterInOrder<T extends ClusterItem>(items: readonly T[], index: StoryIndex, dropped?: (stories: Story[]) => void): Array<Clustered<T>> {
  return [...assignInOrder(items, index, dropped)];
}

/**
 * clusterInOrder one item at a time: each item's assignment is yielded before the next item is
 * assigned, so a caller can act between items (scripts/story-model-fit.ts's teacher learns which
 * story each gold story became) and still replay the window exactly as the worker does.
 */
export function* assignInOrder<T extends ClusterItem>(items: readonly T[], index: StoryIndex, dropped?: (stories: Story[]) => void): Generator<Clustered<T>> {
  for (const { item, now, prune } of replaySteps(items)) {
    if (prune) {
      const gone = index.prune(now);
      if (dropped !== undefined && gone.length > 0) dropped(gone);
    }
    yield { item, assignment: index.assign(item, now) };
  }
}

/** One step of the replay: the item, the time it is assigned at, and whether the window is pruned at that time first. */
export interface ReplayStep<T extends ClusterItem> {
  item: T;
  now: Date;
  prune: boolean;
}

/**
 * The replay's times and prunes, without an index: for a caller that must read the index between
 * the prune and the assignment (scripts/story-recall-loss.ts probes what the index saw before each
 * item), so it replays the window as assignInOrder, the eval and the worker do and not its own way.
 */
export function* replaySteps<T extends ClusterItem>(items: readonly T[]): Generator<ReplayStep<T>> {
  const prunes = inPublishedOrder(items);
  let latestMs: number | undefined;
  let prunedAtMs: number | undefined;
  for (const item of items) {
    const publishedMs = parseIsoMs(item.published);
    if (publishedMs !== undefined) latestMs = latestMs === undefined ? publishedMs : Math.max(latestMs, publishedMs);
    const now = publishedMs !== undefined ? new Date(publishedMs) : latestMs !== undefined ? new Date(latestMs) : CLUSTER_EPOCH;
    const prune = prunes && (prunedAtMs === undefined || now.getTime() - prunedAtMs >= PRUNE_EVERY_MS);
    if (prune) prunedAtMs = now.getTime();
    yield { item, now, prune };
  }
}

/**
 * Each item's story at the end of the replay: its assignment's, or, when a later item bridged that
 * story into another (Assignment.merged, bridge-merge.ts), the story it was merged into. Without
 * merges, every assignment's own storyId.
 */
export function finalGrouping<T extends ClusterItem>(clustered: Iterable<Clustered<T>>): Map<string, string> {
  const storyOf = new Map<string, string>();
  const itemsOf = new Map<string, string[]>();
  for (const { item, assignment } of clustered) {
    const { storyId } = assignment;
    let items = itemsOf.get(storyId);
    if (items === undefined) itemsOf.set(storyId, (items = []));
    for (const merged of assignment.merged ?? []) {
      for (const id of itemsOf.get(merged) ?? []) {
        storyOf.set(id, storyId);
        items.push(id);
      }
      itemsOf.delete(merged);
    }
    storyOf.set(item.id, storyId);
    items.push(item.id);
  }
  return storyOf;
}
