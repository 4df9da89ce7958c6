import type { FeedHealth } from '../core/fetch/feed-health.ts';
import type { CycleReport } from './cycle-report.ts';

// Everything the worker keeps between cycles, under one StateStore. Key names live here so a
// newcomer can read the whole persistent layout in one place.

/** Per feed: validators, health, when to poll next and which item keys its last poll held. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** SHA-256 of the last parsed body: an identical body is not parsed again. */
  bodyHash?: string;
  health?: FeedHealth;
  /** The feed's RSS <ttl> at its last parse: honoured on 304 and unchanged polls too. */
  ttlMinutes?: number;
  /** ISO time of the next poll. */
  nextPollAt?: string;
  /** A first successful poll has recorded the baseline. */
  initialized: boolean;
  /** Keys the feed held at its last successful parse: never pruned while still present. */
  presentKeys: string[];
  lastCheckedAt?: string;
}

export const stateKeys = {
  feed: (feedId: string) => `feed:${feedId}`,
  seen: (itemKey: string) => `seen:${itemKey}`,
  posted: (postId: string) => `posted:${postId}`,
  outbox: 'outbox',
  /** What could not be read from the outbox (not JSON, not a queued post), set aside rather than lost: a list, newest last. */
  outboxQuarantine: 'outbox:quarantine',
  stories: (topic: string) => `stories:${topic}`,
  /** Beside a topic's stories: the sentences each source already used (decision 'model'; absent under the cuts). */
  storyFurniture: (topic: string) => `story-furniture:${topic}`,
  storyPost: (topic: string, storyId: string) => `story-post:${topic}:${storyId}`,
  /** A topic's memory of its recent matches (core/match/topic-memory.ts): a cache, see pipeline/topic-memories.ts. */
  topicMemory: (topic: string) => `topic-memory:${topic}`,
  /** The topics that may have a memory stored, so a removed topic's is found and deleted without a key scan. */
  topicMemories: 'topic-memories',
  lastCycle: 'cycle:last',
  /** One feed's writes while they are applied (pipeline/feed-writes.ts): finished at the next cycle after a kill. */
  journal: 'journal:feed',
  /** The latest decisions across cycles, newest last (`/preview`): every kind but first-run baseline floods. */
  recentDecisions: 'decisions:recent',
} as const;

export type { CycleReport };
