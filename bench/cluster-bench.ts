// Story clustering throughput: fresh items assigned against a window of 10,000 stories.
// The stories are synthetic but read like news: a real headline (Kompas/detik when ../shared is
// beside the project, else seed and dev titles), who met whom where and when (people and places
// of the lexicon, dates over the last 72 hours), then a real seed or dev sentence with other
// names put in and half its words swapped; so names, words and dates all vary.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBackground, loadLexicon, readLexiconData } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import type { ClusterItem } from '../src/core/dedup/item-features.ts';
import { StoryIndex, type StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import type { Story } from '../src/core/dedup/story.ts';
import type { Background } from '../src/core/profile/background.ts';
import type { Lexicon } from '../src/core/text/lexicon.ts';
import { median, timeRuns } from './bench-stats.ts';
import { prng } from './bench-stats.ts';

const SHARED_EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const WINDOW_STORIES = 10_000;
const FRESH_ITEMS = 4_000;
const RUNS = 7;
const NOW = Date.parse('2025-06-01T12:00:00Z');
const HOUR_MS = 3_600_000;
/**
 * A feed item's summary: RSS descriptions run one to three sentences; dev.jsonl's items average
 * 187 characters with their titles (58 of them title), so summaries are cut near 200 and the
 * items, at about 265, are on the long side of real ones.
 */
const SUMMARY_CHARS = 200;
/** Share of a template sentence's lowercase words swapped for headline words. */
const WORD_SWAP = 0.5;

function cutAtWord(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(' ', chars);
  return `${text.slice(0, cut > 0 ? cut : chars)}…`;
}


const capitalise = (text: string) => text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

interface Material {
  /** Seed and dev sentences, their named entities marked as slots to fill ("{person}"). */
  templates: string[];
  headlines: string[];
  /** Content words of the headlines (4+ letters), to vary the templates' words. */
  words: string[];
  names: Record<'person' | 'place' | 'org', string[]>;
  source: string;
}

type NameType = keyof Material['names'];

function readJsonl(file: string, limit: number): Array<{ title: string; summary: string; lang?: string }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, limit)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { title: string; summary: string; lang?: string });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function material(): Material {
  const seeds = readSeedDir(DEFAULT_SEEDS_DIR);
  const sentences = seeds.flatMap(({ seed }) => seed.body.split(/(?<=[.!?])\s+/));
  let headlines = seeds.map(({ seed }) => seed.title);
  let source = 'config/seeds sentences';
  if (existsSync(`${SHARED_EVAL}dev.jsonl`)) {
    // Indonesian ones: the items are Indonesian (an English sentence in one would be a mixed item).
    for (const item of readJsonl(`${SHARED_EVAL}dev.jsonl`, Infinity).filter((it) => it.lang === 'id')) {
      sentences.push(...item.summary.split(/(?<=[.!?])\s+/));
      if (item.title !== '') headlines.push(item.title);
    }
    source = 'config/seeds and dev.jsonl sentences';
  }
  if (existsSync(`${SHARED_EVAL}stream-id-headlines.jsonl`)) {
    headlines = readJsonl(`${SHARED_EVAL}stream-id-headlines.jsonl`, 60_000).map((item) => item.title);
    source += ', 60,000 Kompas/detik headlines';
  } else {
    source += ' (../shared absent: seed and dev titles as headlines)';
  }
  const entities = readLexiconData().entities.filter((e): e is typeof e & { type: NameType } => e.type !== 'country');
  const names: Material['names'] = { person: [], place: [], org: [] };
  for (const entity of entities) names[entity.type].push(capitalise(entity.aliases[0]!));
  // Mark every alias of a person, place or organisation in the sentences as a slot of its type.
  const typeOf = new Map(entities.flatMap((e) => e.aliases.map((alias) => [alias.toLowerCase(), e.type] as const)));
  const aliases = [...typeOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}])(?:${aliases.join('|')})(?![\\p{L}])`, 'giu');
  const templates = sentences
    .filter((sentence) => sentence.length > 40 && sentence.length < 220)
    .map((sentence) => sentence.replace(pattern, (alias) => `{${typeOf.get(alias.toLowerCase())!}}`));
  const words = [...new Set(headlines.flatMap((h) => h.match(/\p{L}{4,}/gu) ?? []))];
  return { templates, headlines, words, names, source };
}

/**
 * One news item: a real headline, then who met whom where and when, then a real sentence with
 * other people, places and organisations and half its words swapped.
 */
function makeItems(m: Material, count: number, seed: number, id: string, publishedFrom: number, spanMs: number): ClusterItem[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const items: ClusterItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const [a, b, place] = [pick(m.names.person), pick(m.names.person), pick(m.names.place)];
    const published = new Date(publishedFrom + Math.floor(random() * spanMs));
    const date = `${published.getUTCDate()}/${published.getUTCMonth() + 1}/${published.getUTCFullYear()}`;
    // Another story's sentence shape with its own names and half its words: stories of a window
    // share vocabulary, not whole sentences.
    const sentence = pick(m.templates)
      .replace(/\{(person|place|org)\}/g, (_, type: NameType) => pick(m.names[type]))
      .replace(/(?<![{\p{L}])\p{Ll}{4,}/gu, (word) => (random() < WORD_SWAP ? pick(m.words).toLowerCase() : word));
    const summary = `${a} bertemu ${b} di ${place}, Jumat (${date}). ${sentence}`;
    items.push({ id: `${id}-${i}`, title: `${a}: ${pick(m.headlines)}`, summary: cutAtWord(summary, SUMMARY_CHARS), lang: 'id', published: published.toISOString(), source: 'bench' });
  }
  return items;
}

export interface ClusterFigures {
  itemsPerSecond: number;
  runs: number[];
  stories: number;
  chars: number;
  source: string;
}

/**
 * The window: 10,000 stories published over the last 72 hours, as plain data (items that happen
 * to be the same story join one, so a few more items than stories are assigned).
 */
function buildWindow(m: Material, lexicon: Lexicon, background: Background, options: StoryIndexOptions): Story[] {
  const index = new StoryIndex(lexicon, background, options);
  for (let round = 0; index.size < WINDOW_STORIES; round += 1) {
    for (const item of makeItems(m, WINDOW_STORIES - index.size, 7 + round, `window${round}`, NOW - 72 * HOUR_MS, 72 * HOUR_MS)) index.assign(item, new Date(NOW));
  }
  return index.stories();
}

/** `decision`: the StoryIndex's same-language decision (the default's unless given). */
export function benchCluster(decision?: StoryIndexOptions['decision']): ClusterFigures {
  const options: StoryIndexOptions = decision === undefined ? {} : { decision };
  const lexicon = loadLexicon();
  const background = loadBackground();
  const m = material();
  const window = buildWindow(m, lexicon, background, options);
  const batches = Array.from({ length: RUNS + 1 }, (_, run) => makeItems(m, FRESH_ITEMS, 1_000 + run, `fresh${run}`, NOW - HOUR_MS, HOUR_MS));
  const chars = Math.round(batches[0]!.reduce((n, it) => n + it.title.length + it.summary.length, 0) / FRESH_ITEMS);
  const now = new Date(NOW);
  // As in the worker: every item reaching the story index has just been matched, and the matcher
  // hands its analysis of the text over (select-items.ts, queue-posts.ts), so what is timed is the
  // index's own work. The items are still new to the story index.
  for (const batch of batches) {
    for (const item of batch) {
      const { lang, keys, places } = analyzeText(`${item.title}\n${item.summary}`, lexicon, item.lang, { places: true });
      item.analysed = { lexicon, lang, keys, places };
    }
  }
  // Each run starts from the same 10,000-story window, restored before the clock starts, with
  // its own fresh items; the first run is a warm-up (JIT).
  const runs: number[] = [];
  for (const [run, batch] of batches.entries()) {
    const target = StoryIndex.fromStories(window, lexicon, background, options);
    // The previous run's index is garbage now: collect it before the clock starts (with
    // --expose-gc, as `npm run bench` runs), so a run is not charged for its predecessor's heap.
    (globalThis as { gc?: () => void }).gc?.();
    const [ms] = timeRuns(1, () => {
      for (const item of batch) target.assign(item, now);
    });
    if (run > 0) runs.push((FRESH_ITEMS / ms!) * 1000);
  }
  return { itemsPerSecond: median(runs), runs, stories: window.length, chars, source: m.source };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // --model: the fitted story model's decision instead of the default cuts.
  const figures = benchCluster(process.argv.includes('--model') ? 'model' : undefined);
  console.log(`cluster: ${Math.round(figures.itemsPerSecond)} items/s median of ${figures.runs.length} runs (${figures.runs.map(Math.round).join(', ')}); fresh items of ~${figures.chars} chars against ${figures.stories} stories; from ${figures.source}`);
}
