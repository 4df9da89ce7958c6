import type { DecisionKind, ItemDecision } from '../core/model.ts';

export type FeedOutcome = 'updated' | 'unchanged' | 'not-modified' | 'failed' | 'not-due';

export interface FeedReport {
  feedId: string;
  name: string;
  outcome: FeedOutcome;
  items: number;
  error?: string;
  nextPollAt?: string;
  /** For a feed not due: its last poll answered (it is not failing, only waiting its turn). */
  lastPollOk?: boolean;
}

/** What one cycle did: returned to the caller and stored for `newshound status`. */
export interface CycleReport {
  startedAt: string;
  finishedAt: string;
  feeds: FeedReport[];
  /** Every queued decision, and the first 1,000 others. */
  decisions: ItemDecision[];
  /** How many items got each decision (all of them). */
  decisionCounts: Record<DecisionKind, number>;
  /** Posts the publisher confirmed this cycle. */
  published: number;
  /** Publish attempts that failed (the posts wait in the outbox). */
  publishFailures: number;
  outboxSize: number;
}
