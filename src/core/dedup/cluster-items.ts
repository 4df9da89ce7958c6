// Runs a list of items through a story index in order, as the worker would: each item at its
// own published time, an undated one at the latest time seen so far. No clock is read.
import { parseIsoMs } from './item-time.ts';
import type { ClusterItem } from './item-features.ts';
import type { Assignment, StoryIndex } from './story-index.ts';

/** `now` for an undated item before any dated one: a fixed epoch, never the wall clock. */
export const CLUSTER_EPOCH = new Date(0);

export interface Clustered<T extends ClusterItem> {
  item: T;
  assignment: Assignment;
}

export function clusterInOrder<T extends ClusterItem>(items: readonly T[], index: StoryIndex): Array<Clustered<T>> {
  let latestMs: number | undefined;
  return items.map((item) => {
    const publishedMs = parseIsoMs(item.published);
    if (publishedMs !== undefined) latestMs = latestMs === undefined ? publishedMs : Math.max(latestMs, publishedMs);
    const now = publishedMs !== undefined ? new Date(publishedMs) : latestMs !== undefined ? new Date(latestMs) : CLUSTER_EPOCH;
    return { item, assignment: index.assign(item, now) };
  });
}
