// Builds what runCycle needs from real parts: the undici fetcher against the loopback feed
// server, a MemoryStore (expiring by the test clock) or a real SQLite file, a fixed clock, and a
// recording publisher that plays a Discord that can go down and come back.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/adapters/clock.ts';
import { createHttpFetcher, type HttpFetcherOptions } from '../../src/adapters/http-fetcher.ts';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { silentLogger } from '../../src/adapters/logger.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import type { Post } from '../../src/core/model.ts';
import type { TopicMatcher } from '../../src/core/select/select-items.ts';
import type { CycleReport, FeedReport } from '../../src/pipeline/cycle-report.ts';
import { runCycle, type CycleFeed, type CycleOptions, type CyclePorts } from '../../src/pipeline/run-cycle.ts';
import { stateKeys, type FeedState } from '../../src/pipeline/state-keys.ts';
import type { Publisher, PublishReceipt, StateStore } from '../../src/ports.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { defaultSeeds, learnFrom } from '../helpers/topics.ts';
import { HOUR_MS } from './cycle-feeds.ts';

/** The fixed clock starts here; fixture dates in tests/fixtures/cycle/ are hours before it. */
export const T0 = new Date('2025-03-10T06:00:00Z');

export const FIXTURES = new URL('../fixtures/cycle/', import.meta.url);
export const fixture = (name: string): Buffer => readFileSync(new URL(name, FIXTURES));

/** Short, so a hanging server costs a test about a second, not thirty. */
export const TEST_FETCHER_OPTIONS = {
  allowedPrivateHosts: ['127.0.0.1'],
  connectTimeoutMs: 500,
  totalTimeoutMs: 1_000,
  maxBodyBytes: 256 * 1024,
} as const satisfies Partial<HttpFetcherOptions>;

export const TEST_LIMITS = {
  maxItemsPerFeed: 200,
  defaultIntervalMs: 60_000,
  minPollIntervalMs: 60_000,
  maxPollIntervalMs: 6 * HOUR_MS,
  failingAfter: 3,
} as const;

export interface RecordingPublisher extends Publisher {
  /** Posts delivered, in delivery order. */
  posts: Post[];
  /** Ids of every publish call, failed ones included. */
  attempts: string[];
  /** Updates delivered: the new post and the receipt of the message it replaces. */
  updates: Array<{ post: Post; receipt: PublishReceipt }>;
  failNext(count: number): void;
  failUntilRecovered(): void;
  recover(): void;
}

/** A publisher that keeps what it was sent; it can be told to fail, as Discord sometimes does. */
export function createRecordingPublisher(): RecordingPublisher {
  let failuresLeft = 0;
  let down = false;
  const publisher: RecordingPublisher = {
    posts: [],
    attempts: [],
    updates: [],
    async update(post: Post, receipt: PublishReceipt): Promise<void> {
      publisher.attempts.push(`update:${post.id}`);
      if (down || failuresLeft > 0) {
        failuresLeft = Math.max(0, failuresLeft - 1);
        throw new Error('publisher: fake Discord answered 503 Service Unavailable');
      }
      publisher.updates.push({ post, receipt });
    },
    async publish(post: Post): Promise<PublishReceipt> {
      publisher.attempts.push(post.id);
      if (down || failuresLeft > 0) {
        failuresLeft = Math.max(0, failuresLeft - 1);
        throw new Error('publisher: fake Discord answered 503 Service Unavailable');
      }
      publisher.posts.push(post);
      return { messageId: String(publisher.posts.length) };
    },
    failNext: (count) => void (failuresLeft = count),
    failUntilRecovered: () => void (down = true),
    recover: () => {
      down = false;
      failuresLeft = 0;
    },
  };
  return publisher;
}

let defaultTopic: TopicMatcher | undefined;

/** The default topic, learned once per test file from config/seeds. */
export function defaultTopics(): TopicMatcher[] {
  defaultTopic ??= { name: 'default', prepared: learnFrom(defaultSeeds(), 'default').prepared };
  return [defaultTopic];
}

export function cycleOptions(feeds: readonly CycleFeed[], overrides: Partial<CycleOptions> = {}): CycleOptions {
  return {
    feeds,
    topics: defaultTopics(),
    timeZone: 'Asia/Jakarta',
    backfill: 0,
    maxItemAgeMs: 48 * HOUR_MS,
    seenTtlMs: 30 * 24 * HOUR_MS,
    ...TEST_LIMITS,
    ...overrides,
  };
}

/** A feed served by `server` at `path`, feeding the default topic. */
export function feedAt(server: FeedServer, path: string, name = path.replace(/^\//, ''), extra: Partial<CycleFeed> = {}): CycleFeed {
  return { id: `feed-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, url: `${server.url}${path}`, name, topics: ['default'], language: 'id', ...extra };
}

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'newshound-cycle-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A loopback feed server and a temporary folder shared by one test file: started before its
 * tests, closed and removed after them. `server` is read inside the tests (it exists once started).
 */
export function fileFeedServer(): { readonly server: FeedServer; dir: { path: string; remove(): void } } {
  const dir = tempDir();
  let started: FeedServer | undefined;
  beforeAll(async () => {
    started = await startFeedServer();
  });
  afterAll(async () => {
    await started?.close();
    dir.remove();
  });
  return {
    get server(): FeedServer {
      if (started === undefined) throw new Error('fileFeedServer: read before the file\'s tests started');
      return started;
    },
    dir,
  };
}

export const openSqlite = (file: string): Promise<StateStore> => openStateStore(`sqlite://${file}`, { namespace: 'cycle-test' });

export interface Harness {
  server: FeedServer;
  clock: ReturnType<typeof fixedClock>;
  store: StateStore;
  publisher: RecordingPublisher;
  ports: CyclePorts;
  feed(path: string, name?: string, extra?: Partial<CycleFeed>): CycleFeed;
  run(feeds: readonly CycleFeed[], overrides?: Partial<CycleOptions>): Promise<CycleReport>;
  feedState(feed: CycleFeed): Promise<FeedState | undefined>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Defaults to a MemoryStore expiring by the test clock. */
  store?: StateStore;
  server?: FeedServer;
  fetcher?: Partial<HttpFetcherOptions>;
  /** Replaces TEST_FETCHER_OPTIONS entirely (e.g. a fetcher with no private hosts allowed). */
  fetcherOptions?: Partial<HttpFetcherOptions>;
  start?: Date;
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const ownServer = options.server === undefined;
  const server = options.server ?? (await startFeedServer());
  const clock = fixedClock(options.start ?? T0);
  const store = options.store ?? new MemoryStore({ now: () => clock.now().getTime() });
  const fetcher = createHttpFetcher(options.fetcherOptions ?? { ...TEST_FETCHER_OPTIONS, ...options.fetcher });
  const publisher = createRecordingPublisher();
  const ports: CyclePorts = { fetcher, store, publisher, clock, logger: silentLogger };
  return {
    server,
    clock,
    store,
    publisher,
    ports,
    feed: (path, name, extra) => feedAt(server, path, name, extra),
    run: (feeds, overrides) => runCycle(ports, cycleOptions(feeds, overrides)),
    feedState: (feed) => store.get<FeedState>(stateKeys.feed(feed.id)),
    async close() {
      await fetcher.close();
      await store.close();
      if (ownServer) await server.close();
    },
  };
}

/** One feed's report; feeds are reported in the order their fetches finish, not config order. */
export function feedReport(report: CycleReport, name: string): FeedReport | undefined {
  return report.feeds.find((f) => f.name === name);
}

/** Decisions of one cycle as `title → kind`, for compact assertions. */
export function decisionKinds(report: CycleReport): Record<string, string> {
  return Object.fromEntries(report.decisions.map((d) => [d.title, d.kind]));
}
