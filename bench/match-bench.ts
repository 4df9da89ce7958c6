import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { matchItem, matchKeys, type PreparedProfile } from '../src/core/match/match-item.ts';
import { analyseForMemory } from '../src/core/match/replay-with-memory.ts';
import { profileKeys, TopicMemory } from '../src/core/match/topic-memory.ts';
import type { NewsItem } from '../src/core/model.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { loadBackground, loadLexicon, readLexiconData } from '../src/adapters/lexicon-files.ts';
import { compileLexicon } from '../src/core/text/lexicon.ts';
import { loadTopic, readSeedDir } from '../src/adapters/topic-files.ts';
import { DEFAULT_SEEDS_DIR } from '../src/adapters/project-paths.ts';
import { median, timeRuns } from './bench-stats.ts';
import { prng } from './bench-stats.ts';

const STREAM = fileURLToPath(new URL('../../shared/eval/stream-id-headlines.jsonl', import.meta.url));
const ITEM_CHARS = 600;
const ITEMS = 20_000;
const RUNS = 5;


/**
 * ~600-character items made of real sentences: headlines from the shared stream when it is
 * beside the project (varied vocabulary, so the stemmer's memo is not flattered), else the
 * seed articles' sentences.
 */
export function buildItems(): { items: NewsItem[]; source: string } {
  let sentences: string[];
  let source: string;
  if (existsSync(STREAM)) {
    sentences = readFileSync(STREAM, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { title: string }).title);
    source = 'headlines of ../shared/eval/stream-id-headlines.jsonl';
  } else {
    sentences = readSeedDir(DEFAULT_SEEDS_DIR).flatMap(({ seed }) => seed.body.split(/(?<=\.)\s+/));
    source = 'sentences of config/seeds (../shared absent)';
  }
  const random = prng(42);
  const items: NewsItem[] = [];
  for (let i = 0; i < ITEMS; i += 1) {
    const title = sentences[Math.floor(random() * sentences.length)]!;
    let summary = '';
    while (title.length + summary.length < ITEM_CHARS) summary += `${sentences[Math.floor(random() * sentences.length)]!}. `;
    items.push({ id: `bench-${i}`, title, summary: summary.slice(0, ITEM_CHARS - title.length) });
  }
  return { items, source };
}

/**
 * The same items decided as the worker decides them: analysed once with their place keys, matched,
 * then the topic's memory asked (topic-memory.ts) and told; the memory full (its 30,000-key cap
 * reached and pruned), as a worker's after weeks.
 */
export function benchMatchWithMemory(): { itemsPerSecond: number; runs: number[] } {
  const { prepared } = loadTopic();
  const { items } = buildItems();
  const memory = new TopicMemory(0);
  const holds = profileKeys(prepared);
  const run = () => {
    let onTopic = 0;
    for (const item of items) {
      const text = analyseForMemory(item, prepared);
      const match = matchKeys(text.keys, text.lang, prepared);
      if (memory.decide(match, text.memoryKeys, holds).decision) onTopic += 1;
      memory.note(text.memoryKeys, match.decision);
    }
    return onTopic;
  };
  run();
  const runs = timeRuns(RUNS, run).map((ms) => (ITEMS / ms) * 1000);
  return { itemsPerSecond: median(runs), runs };
}

export function benchMatch(): { itemsPerSecond: number; runs: number[]; source: string; chars: number } {
  const { prepared } = loadTopic();
  const { items, source } = buildItems();
  const chars = Math.round(items.reduce((n, it) => n + it.title.length + it.summary.length, 0) / items.length);
  const run = (p: PreparedProfile) => {
    let onTopic = 0;
    for (const item of items) if (matchItem(item, p).decision) onTopic += 1;
    return onTopic;
  };
  run(prepared); // warm-up: JIT and the stemmer's memo, as in a long-running worker
  const runs = timeRuns(RUNS, () => run(prepared)).map((ms) => (ITEMS / ms) * 1000);
  return { itemsPerSecond: median(runs), runs, source, chars };
}

export function benchLearn(): { medianMs: number; withLoadingMs: number; runs: number[] } {
  const lexicon = loadLexicon();
  const background = loadBackground();
  const learn = () => learnProfile(readSeedDir(DEFAULT_SEEDS_DIR), lexicon, background, { name: 'bench' });
  const runs = timeRuns(7, learn);
  // As at start-up: compile the lexicon and read the background table too, then learn.
  const withLoading = timeRuns(5, () =>
    learnProfile(readSeedDir(DEFAULT_SEEDS_DIR), compileLexicon(readLexiconData()), loadBackground(), { name: 'bench' }),
  );
  return { medianMs: median(runs), withLoadingMs: median(withLoading), runs };
}
