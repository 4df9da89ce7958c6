import { CorruptEntryError, unlessCorrupt } from '../core/errors.ts';
import type { StateStore } from '../ports.ts';
import { stateKeys, type FeedState } from './state-keys.ts';

/**
 * A feed's stored state as the worker keeps it, undefined before its first poll, or why it cannot
 * be read (not JSON, or not a feed's state). One check for every reader: the cycle (which starts
 * such a feed afresh), `newshound status` and Discord's `/status` and `/feeds status` (which say so
 * on the feed's line).
 */
export function readStoredFeedState(store: StateStore, feedId: string): Promise<FeedState | undefined | CorruptEntryError> {
  const key = stateKeys.feed(feedId);
  const checked = store.get<FeedState>(key).then((state) => {
    if (state !== undefined && (typeof state !== 'object' || state === null || !Array.isArray(state.presentKeys))) throw new CorruptEntryError(key, 'not a feed state');
    return state;
  });
  return unlessCorrupt<FeedState | undefined | CorruptEntryError>(checked, (error) => error);
}
