// Story windows as the worker keeps them: one story index per topic, fed only the items the topic
// posts (README, "How stories are decided"). The development days group every item of 22 feeds
// in one window; a topic's window holds its own news alone, where the topic's words are in every
// story. Two kinds, both labelled by story:
// - topic windows: each development topic (learned from its seeds, no tuning) filters each labelled
//   day of a language it speaks, and the items it matches are grouped in a window of their own;
// - the default topic's own reports across months (tests/fixtures/stories-topic/: North Korea's
//   support for Russia's war, English feed items and Indonesian pages, many pages undated, labelled
//   by event; README there), as dev.jsonl's on-topic items and its pairs are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { parseStoryJsonl, type StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { scoreStories, type StoryScores } from '../src/core/eval/story-metrics.ts';
import { background, clusterItems, dayOf, lexicon } from './story-eval-lib.ts';
import { developmentTopics, topicDir } from './topic-eval-lib.ts';

/** A window replayed in an index of its own: its name ("<topic> @ <set> <day>") and items in order. */
export interface StoryWindow {
  name: string;
  items: StoryEvalItem[];
}

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/stories-topic/', import.meta.url));

/**
 * Every development topic's window on every labelled day of its language: the items its profile
 * (learned from its seeds, the profile alone) matches, in the day's order. Windows of fewer than
 * two items are left out (nothing to group).
 */
export function topicWindows(days: ReadonlyArray<{ name: string; items: readonly StoryEvalItem[] }>): StoryWindow[] {
  const windows: StoryWindow[] = [];
  for (const topic of developmentTopics({ project: true })) {
    const profile = learnProfile(readSeedDir(join(topicDir(topic), 'seeds')), lexicon, background, { name: topic });
    const lang = profile.seeds[0]?.lang ?? 'id';
    const prepared = prepareProfile(profile, lexicon);
    for (const day of days) {
      if (day.items[0]?.lang !== lang) continue;
      const matched = day.items.filter((item) => matchItem(item, prepared).decision);
      if (matched.length >= 2) windows.push({ name: `${topic} @ ${day.name}`, items: matched });
    }
  }
  return windows;
}

/** The labelled days of a set, each its own window (its items in file order). */
export function daysOf(set: { name: string; items: readonly StoryEvalItem[] }): StoryWindow[] {
  const byDay = new Map<string, StoryEvalItem[]>();
  for (const item of set.items) {
    const day = dayOf(item);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day)!.push(item);
  }
  return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, items]) => ({ name: `${set.name} ${day}`, items }));
}

/** The default topic's reports across months, development or held-out part (undefined when absent). */
export function defaultTopicReports(part: 'dev' | 'holdout'): StoryWindow | undefined {
  const file = join(FIXTURES, `nk-russia-${part}.jsonl`);
  if (!existsSync(file)) return undefined;
  return { name: `nk-russia ${part}`, items: parseStoryJsonl(readFileSync(file, 'utf8'), file) };
}

/**
 * Windows grouped each in an index of its own and scored together (pair and B-cubed figures over
 * all their items, a window's stories never another's); `grouped` caches a window's clustering.
 */
export function scoreWindows(windows: readonly StoryWindow[], options: StoryIndexOptions, grouped: (window: StoryWindow) => Map<string, string> = (window) => clusterItems(window.items, options)): StoryScores {
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  for (const window of windows) {
    const clusters = grouped(window);
    for (const item of window.items) {
      gold.set(`${window.name}|${item.id}`, `${window.name}|${item.story ?? item.id}`);
      predicted.set(`${window.name}|${item.id}`, `${window.name}|${clusters.get(item.id)!}`);
    }
  }
  return scoreStories(gold, predicted);
}

/**
 * The blocks story-curve.ts fits on beside the days (story-holdout.ts scores the held-out ones):
 * every development topic's matches on each day of `sets` ("topic windows"), and the default
 * topic's reports of `part`; each block scored
 * pooled over its windows, each window's clustering cached per options.
 */
export class WindowBlocks {
  private readonly blocks: Array<{ name: string; windows: StoryWindow[] }>;
  private readonly clustered = new Map<string, Map<string, string>>();

  constructor(sets: ReadonlyArray<{ name: string; items: readonly StoryEvalItem[] }>, part: 'dev' | 'holdout' = 'dev') {
    const reports = defaultTopicReports(part);
    this.blocks = [{ name: 'topic windows', windows: topicWindows(sets.flatMap(daysOf)) }, ...(reports === undefined ? [] : [{ name: reports.name, windows: [reports] }])];
  }

  describe(): string {
    return this.blocks.map((b) => `${b.name} (${b.windows.length} windows, ${b.windows.reduce((n, w) => n + w.items.length, 0)} items)`).join(', ');
  }

  /** Each block's figures at `options`. */
  score(options: StoryIndexOptions): Map<string, StoryScores> {
    return new Map(
      this.blocks.map((block) => [
        block.name,
        scoreWindows(block.windows, options, (window) => {
          const key = `${JSON.stringify(options)} ${block.name} ${window.name}`;
          if (!this.clustered.has(key)) this.clustered.set(key, clusterItems(window.items, options));
          return this.clustered.get(key)!;
        }),
      ]),
    );
  }
}
