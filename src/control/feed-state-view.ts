// What Discord reads of a feed's stored state: the pipeline owns the entry and its one check
// (stored-feed-state.ts), as it owns the outbox (outbox-view.ts).
export { readStoredFeedState } from '../pipeline/stored-feed-state.ts';
