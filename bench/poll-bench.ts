import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { silentLogger } from '../src/adapters/logger.ts';
import { systemClock } from '../src/adapters/clock.ts';
import { createHttpFetcher } from '../src/adapters/http-fetcher.ts';
import { openStateStore } from '../src/adapters/keyv-store.ts';
import { loadTopic } from '../src/adapters/topic-files.ts';
import { normalizeItems } from '../src/core/normalize/normalize-items.ts';
import { parseFeed } from '../src/core/parse/parse-feed.ts';
import { selectItems } from '../src/core/select/select-items.ts';
import { runCycle, type CycleFeed } from '../src/pipeline/run-cycle.ts';
import { median } from './bench-stats.ts';
import { PROJECT_ROOT } from '../src/adapters/project-paths.ts';

const FEEDS = 1_000;

export interface PollFigures {
  firstPassS: number;
  secondPassS: number;
  peakRssMb: number;
  items: number;
  ratio: number;
  parseUsPerItem: number;
  pipelineUsPerItem: number;
  matchedUsPerItem: number;
}

/** Polls 1,000 loopback feeds of 50 items through the real cycle (HTTP, SQLite state), twice. */
export async function benchPoll(): Promise<PollFigures> {
  const farm = fork(join(PROJECT_ROOT, 'bench', 'feed-farm.ts'), { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
  const port = await new Promise<number>((resolve) => farm.once('message', (m: { port: number }) => resolve(m.port)));
  const origin = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'newshound-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  try {
    const { prepared } = loadTopic();
    const topics = [{ name: 'default', prepared }];
    const store = await openStateStore(`sqlite://${join(dir, 'bench.sqlite')}`);
    // All feeds share one host here, so the per-host limit is raised to the global one.
    const fetcher = createHttpFetcher({ allowedPrivateHosts: ['127.0.0.1'], maxConcurrency: 16, maxPerHost: 16 });
    const feeds: CycleFeed[] = Array.from({ length: FEEDS }, (_, i) => ({ id: `farm-${i}`, name: `Farm ${i}`, url: `${origin}/feed/${i}.xml`, language: 'id', topics: ['default'] }));
    const options = {
      feeds,
      topics,
      timeZone: 'Asia/Jakarta',
      backfill: 0,
      maxItemAgeMs: 48 * 3_600_000,
      seenTtlMs: 30 * 24 * 3_600_000,
      maxItemsPerFeed: 200,
      defaultIntervalMs: 60_000,
      minPollIntervalMs: 60_000,
      maxPollIntervalMs: 6 * 3_600_000,
      failingAfter: 5,
      ignoreSchedule: true,
    };
    const ports = { fetcher, store, publisher: { publish: async () => ({}), update: async () => undefined }, clock: systemClock, logger: silentLogger };
    let started = performance.now();
    const first = await runCycle(ports, options);
    const firstPassS = (performance.now() - started) / 1000;
    const firstPeak = peakRss;
    await fetch(`${origin}/advance`, { method: 'POST' });
    started = performance.now();
    await runCycle(ports, options);
    const secondPassS = (performance.now() - started) / 1000;
    await fetcher.close();
    await store.close();
    const items = Object.values(first.decisionCounts).reduce((a, b) => a + b, 0);

    // Cost per item of the in-process stages against bare rss-parser on the same bytes, medians
    // of 3 runs over 200 feeds: as the first pass runs them (decode, parse, normalise, dedup and
    // baseline: nothing new is matched), and with every item new and matched against the topic.
    const bodies = await Promise.all(feeds.slice(0, 200).map(async (f) => new Uint8Array(await (await fetch(f.url)).arrayBuffer())));
    const bodyItems = bodies.length * 50;
    const parser = new Parser();
    const decoder = new TextDecoder();
    const bare: number[] = [];
    const ours: number[] = [];
    const oursMatched: number[] = [];
    const stages = async (firstPoll: boolean) => {
      const t = performance.now();
      for (const [i, body] of bodies.entries()) {
        const parsed = await parseFeed(body, 'application/rss+xml; charset=utf-8', `Farm ${i}`);
        const normalized = normalizeItems(parsed, feeds[i]!, new Date());
        selectItems({ items: normalized, seen: new Set(), firstPoll, backfill: 0, now: new Date(), maxItemAgeMs: options.maxItemAgeMs, topics });
      }
      return performance.now() - t;
    };
    for (let run = 0; run < 3; run += 1) {
      const t = performance.now();
      for (const body of bodies) await parser.parseString(decoder.decode(body));
      bare.push(performance.now() - t);
      ours.push(await stages(true));
      oursMatched.push(await stages(false));
    }
    const parseUsPerItem = (median(bare) * 1000) / bodyItems;
    const pipelineUsPerItem = (median(ours) * 1000) / bodyItems;
    const matchedUsPerItem = (median(oursMatched) * 1000) / bodyItems;
    return { firstPassS, secondPassS, peakRssMb: firstPeak / 1_048_576, items, ratio: pipelineUsPerItem / parseUsPerItem, parseUsPerItem, pipelineUsPerItem, matchedUsPerItem };
  } finally {
    clearInterval(sampler);
    farm.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
