// Shared by the story-* scripts: reads labelled story days, runs them through a story index as
// the worker would, and scores the clustering per day and overall.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { threadId } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconHash, loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { assignInOrder, finalGrouping } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex, type StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { parseEvalJsonl, parseStoryJsonl, type StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { scoreStories, type StoryScores } from '../src/core/eval/story-metrics.ts';
import { seedItem } from '../src/demo/demo-feeds.ts';
import { DEMO_ON_TOPIC_ENGLISH } from '../src/demo/off-topic-items.ts';

export const SHARED_EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
export const EN_DAYS = `${SHARED_EVAL}stories-dev-en.jsonl`;
export const ID_DAYS = fileURLToPath(new URL('../tests/fixtures/stories-id/', import.meta.url));

export interface DaySet {
  name: string;
  items: StoryEvalItem[];
}

export const lexicon = loadLexicon();

/**
 * The word associations the stories read (the soft match, soft-title.ts). The shipped table counts
 * every headline of the stream, the labelled story days among them, so it would link a labelled
 * story's own words ("Terra" and "Drone") from the very headlines being scored. The story days are
 * therefore measured with a table built the same way without any labelled day, development or
 * held out (build-background.ts --assoc-exclude both label files), built here on first use and kept
 * in the temporary directory under a name that hashes what it is built from. STORY_ASSOCIATIONS=FILE
 * reads FILE instead; STORY_ASSOCIATIONS=shipped the shipped table.
 */
function leakFreeAssociations(): string | undefined {
  const stream = `${SHARED_EVAL}stream-id-headlines.jsonl`;
  const labels = [`${ID_DAYS}labels.jsonl`, `${ID_DAYS}holdout-labels.jsonl`].filter((f) => existsSync(f));
  if (!existsSync(stream) || labels.length === 0) return undefined;
  const build = fileURLToPath(new URL('./build-background.ts', import.meta.url));
  // What the table is counted from: the labels left out, the counting and text code, the lexicon
  // (it decides the keys) and the stream (its size and time, not read whole on every start).
  const sources = [build, '../src/core/profile/word-associations.ts', '../src/core/text/analyze.ts'].map((f) => (f.startsWith('..') ? fileURLToPath(new URL(f, import.meta.url)) : f));
  const hash = createHash('sha256');
  for (const file of [...labels, ...sources]) hash.update(readFileSync(file));
  const { size, mtimeMs } = statSync(stream);
  hash.update(`${lexiconHash()} ${size} ${mtimeMs}`);
  const base = join(tmpdir(), `newshound-story-assoc-${hash.digest('hex').slice(0, 16)}`);
  const table = `${base}.assoc-id.tsv`;
  if (existsSync(table)) return table;
  // Built under a name of its own and renamed: test workers (processes or threads) may build it at once.
  const own = `${base}-${process.pid}-${threadId}`;
  try {
    // The associations are counted from the Indonesian headlines alone (--id); the .json beside them is not used.
    execFileSync(process.execPath, ['--import', 'tsx', build, '--id', stream, '--out', `${own}.json`, '--associations', ...labels.flatMap((f) => ['--assoc-exclude', f])], { stdio: ['ignore', 'ignore', 'inherit'] });
    renameSync(`${own}.assoc-id.tsv`, table);
  } finally {
    rmSync(`${own}.json`, { force: true });
    rmSync(`${own}.assoc-id.tsv`, { force: true });
  }
  return table;
}
const STORY_ASSOCIATIONS = process.env.STORY_ASSOCIATIONS;
export const associationsFile = STORY_ASSOCIATIONS === 'shipped' ? undefined : STORY_ASSOCIATIONS !== undefined && STORY_ASSOCIATIONS !== '' ? STORY_ASSOCIATIONS : leakFreeAssociations();
export const background = associationsFile === undefined ? loadBackground() : loadBackground(undefined, associationsFile);
/** Whether the stories read a table without the labelled days (or one named by STORY_ASSOCIATIONS), not the shipped one. */
export const ownAssociations = associationsFile !== undefined;

/**
 * More English development days: tests/fixtures/stories-en/dev-labels.jsonl over whole days of the
 * 22 feeds transcribed outside the project into the folder STORY_EN_RAW names
 * (scripts/build-stories-en-days.ts; tests/fixtures/stories-en/README.md says how to transcribe
 * them). Without STORY_EN_RAW the English days are ../shared's two alone.
 */
export const EN_DEV_LABELS = fileURLToPath(new URL('../tests/fixtures/stories-en/dev-labels.jsonl', import.meta.url));
/** More held-out English days (heldOutDays), read as the extra development days are. */
export const EN_HOLDOUT_MORE_LABELS = fileURLToPath(new URL('../tests/fixtures/stories-en/holdout-more-labels.jsonl', import.meta.url));
export function extraEnglishDays(): StoryEvalItem[] {
  return transcribedEnglishDays(EN_DEV_LABELS, 'stories-dev-en-more.jsonl');
}

/** The days `labels` labels, built from the transcriptions in STORY_EN_RAW; none without it. */
function transcribedEnglishDays(labels: string, name: string): StoryEvalItem[] {
  const raw = process.env.STORY_EN_RAW;
  if (raw === undefined || raw === '' || !existsSync(labels)) return [];
  if (!existsSync(raw)) throw new Error(`STORY_EN_RAW=${raw}: no such folder (the transcribed feeds of tests/fixtures/stories-en/)`);
  return builtDays(fileURLToPath(new URL('./build-stories-en-days.ts', import.meta.url)), ['--raw', raw, '--labels', labels], name);
}

/** In published order (stable), so a replay's window prunes between days far apart as the worker's does. */
function inPublishedOrder(items: readonly StoryEvalItem[]): StoryEvalItem[] {
  return [...items].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
}

/**
 * The English development days (one set, scored per day by the id's date): ../shared's two, and
 * extraEnglishDays() unless `shared` (what the tests hold floors for in every checkout).
 */
export function englishDays(which: 'all' | 'shared' = 'all'): DaySet | undefined {
  if (!existsSync(EN_DAYS)) return undefined;
  const shared = parseStoryJsonl(readFileSync(EN_DAYS, 'utf8'), 'stories-dev-en.jsonl');
  const extra = which === 'shared' ? [] : extraEnglishDays();
  return { name: 'en', items: extra.length === 0 ? shared : inPublishedOrder([...shared, ...extra]) };
}

/**
 * The Indonesian development days: tests/fixtures/stories-id/labels.jsonl joined with the
 * ../shared stream by that folder's own build script (its README), into a temporary file.
 */
export function indonesianDays(): DaySet | undefined {
  const labels = `${ID_DAYS}labels.jsonl`;
  const build = fileURLToPath(new URL('./build-stories-id.ts', import.meta.url));
  if (!existsSync(labels) || !existsSync(build) || !existsSync(`${SHARED_EVAL}stream-id-headlines.jsonl`)) return undefined;
  return { name: 'id', items: builtDays(build, [], 'stories-dev-id.jsonl') };
}

/**
 * The held-out days (scripts/story-holdout.ts): labelled as the development days are, never read
 * by what fits the cuts. Indonesian: tests/fixtures/stories-id/holdout-labels.jsonl, built as
 * indonesianDays() builds the development days; English: tests/fixtures/stories-en/holdout-labels.jsonl
 * over the 22 feeds' items of 12 Feb 2025 (../shared/eval/topics/en-us-tariffs/items.jsonl).
 */
export function heldOutDays(): DaySet[] {
  const sets: DaySet[] = [];
  const labels = `${ID_DAYS}holdout-labels.jsonl`;
  if (existsSync(labels) && existsSync(`${SHARED_EVAL}stream-id-headlines.jsonl`)) sets.push({ name: 'id', items: builtDays(fileURLToPath(new URL('./build-stories-id.ts', import.meta.url)), ['--labels', labels], 'stories-holdout-id.jsonl') });
  const enLabels = fileURLToPath(new URL('../tests/fixtures/stories-en/holdout-labels.jsonl', import.meta.url));
  const english: StoryEvalItem[] = [];
  if (existsSync(enLabels) && existsSync(`${SHARED_EVAL}topics/en-us-tariffs/items.jsonl`)) english.push(...builtDays(fileURLToPath(new URL('./build-stories-en.ts', import.meta.url)), ['--labels', enLabels], 'stories-holdout-en.jsonl'));
  // More held-out English days, transcribed outside the project as the extra development days are.
  const more = transcribedEnglishDays(EN_HOLDOUT_MORE_LABELS, 'stories-holdout-en-more.jsonl');
  if (english.length + more.length > 0) sets.push({ name: 'en', items: more.length === 0 ? english : inPublishedOrder([...english, ...more]) });
  return sets;
}

/** Runs a day set's build script (its own checks and figures) into a temporary file and reads it. */
function builtDays(build: string, args: readonly string[], name: string): StoryEvalItem[] {
  const dir = mkdtempSync(join(tmpdir(), 'newshound-stories-'));
  try {
    const out = join(dir, name);
    execFileSync(process.execPath, ['--import', 'tsx', build, ...args, out], { stdio: ['ignore', 'ignore', 'inherit'] });
    return parseStoryJsonl(readFileSync(out, 'utf8'), name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** dev.jsonl's on-topic items and the labelled pairs over them. */
export function devPairs(): { items: StoryEvalItem[]; pairs: Array<{ a: string; b: string; same_story: 0 | 1 }> } | undefined {
  if (!existsSync(`${SHARED_EVAL}pairs.jsonl`)) return undefined;
  const items = parseEvalJsonl(readFileSync(`${SHARED_EVAL}dev.jsonl`, 'utf8'), 'dev.jsonl').filter((item) => item.label === 1);
  const pairs = readFileSync(`${SHARED_EVAL}pairs.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { a: string; b: string; same_story: 0 | 1 });
  return { items, pairs };
}

/** Each item's predicted story id. */
export function clusterItems(items: readonly StoryEvalItem[], options: StoryIndexOptions = {}): Map<string, string> {
  const index = new StoryIndex(lexicon, background, options);
  // The final grouping: an item's story as it stands at the end (a bridge merge moves earlier items).
  return finalGrouping(assignInOrder(items, index));
}

/** The development day sets and, with `heldOut`, the held-out ones (named `held-out <lang>`): those at hand. */
export function storyDaySets(heldOut: boolean): DaySet[] {
  const sets = [englishDays(), indonesianDays(), ...(heldOut ? heldOutDays().map((set) => ({ ...set, name: `held-out ${set.name}` })) : [])];
  return sets.filter((set): set is DaySet => set !== undefined);
}

/** Items grouped by their day (dayOf), each day's in the order given. */
export function itemsByDay(items: readonly StoryEvalItem[]): Map<string, StoryEvalItem[]> {
  const days = new Map<string, StoryEvalItem[]>();
  for (const item of items) {
    const day = dayOf(item);
    const list = days.get(day);
    if (list === undefined) days.set(day, [item]);
    else list.push(item);
  }
  return days;
}

/** The day an item belongs to: its labelled story's day (story ids start with YYYYMMDD, the day as its set counts days). */
export function dayOf(item: StoryEvalItem): string {
  const day = /^(\d{4})(\d{2})(\d{2})/.exec(item.story ?? '');
  return day === null ? 'undated' : `${day[1]}-${day[2]}-${day[3]}`;
}

/** Scores per day and over all of them ("all"). */
export function scoreByDay(items: readonly StoryEvalItem[], predicted: ReadonlyMap<string, string>, day: (item: StoryEvalItem) => string = dayOf): Map<string, StoryScores> {
  const days = new Map<string, Map<string, string>>();
  const all = new Map<string, string>();
  for (const item of items) {
    if (item.story === undefined) continue;
    const key = day(item);
    if (!days.has(key)) days.set(key, new Map());
    days.get(key)!.set(item.id, item.story);
    all.set(item.id, item.story);
  }
  const scores = new Map<string, StoryScores>();
  for (const [key, gold] of [...days].sort(([a], [b]) => a.localeCompare(b))) scores.set(key, scoreStories(gold, predicted));
  scores.set('all', scoreStories(all, predicted));
  return scores;
}

/** Pair precision/recall over dev.jsonl's labelled pairs (same-language and cross-language apart). */
export function scorePairs(pairs: ReadonlyArray<{ a: string; b: string; same_story: 0 | 1 }>, predicted: ReadonlyMap<string, string>, langOf: ReadonlyMap<string, string | undefined>) {
  const count = { tp: 0, fp: 0, fn: 0, crossTp: 0, crossFn: 0 };
  for (const pair of pairs) {
    const same = predicted.get(pair.a) === predicted.get(pair.b);
    const cross = langOf.get(pair.a) !== langOf.get(pair.b);
    if (same && pair.same_story === 1) {
      count.tp += 1;
      if (cross) count.crossTp += 1;
    } else if (same) count.fp += 1;
    else if (pair.same_story === 1) {
      count.fn += 1;
      if (cross) count.crossFn += 1;
    }
  }
  const ratio = (a: number, b: number) => (a + b === 0 ? 1 : a / (a + b));
  return { ...count, precision: ratio(count.tp, count.fp), recall: ratio(count.tp, count.fn), crossRecall: ratio(count.crossTp, count.crossFn) };
}

/** A default-topic seed (by its file's prefix) as a feed item: its title and first three paragraphs. */
let defaultSeeds: ReturnType<typeof readSeedDir> | undefined;
function seedAsItem(prefix: string, published?: string, id?: string): StoryEvalItem {
  // Read once: the curves ask for the seed windows at every point of their grids.
  defaultSeeds ??= readSeedDir(DEFAULT_SEEDS_DIR);
  const seed = defaultSeeds.find((s) => s.name.startsWith(prefix))!;
  return { id: id ?? seed.name, title: seed.seed.title, summary: seed.seed.body.split('\n').slice(0, 3).join(' '), lang: 'id', ...(published === undefined ? {} : { published }) };
}

/**
 * The default topic's five seed articles (title and first three paragraphs, about what a feed item
 * carries) in one window: four events, two reports of one (000 Tribunnews and 002 Kompas on Kim
 * Jong Un meeting Belousov). In a window this small and this single-subject the window's idf
 * cannot tell the subject's words from the event's, so it is where a low cut merges different
 * events (tests/core/dedup/story-index.test.ts checks the same). Run in two orders, the other
 * events first and as tests/pipeline/queue-posts.test.ts feeds them, undated (the dates written in
 * the text decide the window) and dated as the worker's items are (published, all at one time; a
 * lead dating its event more than the window before that dates the event instead: the seeds are
 * pages of 2024 served as new, as the demo serves them, item-features.ts eventTimeMs): whether two
 * different events were merged in any run, and whether the one pair was joined in all.
 */
export function seedWindow(options: StoryIndexOptions): { wrongMerge: boolean; pairJoined: boolean } {
  const at = new Date('2025-01-01T00:00:00Z');
  const item = (prefix: string, dated: boolean) => seedAsItem(prefix, dated ? at.toISOString() : undefined);
  let wrongMerge = false;
  let pairJoined = true;
  for (const order of [['001', '003', '004', '000', '002'], ['001', '000', '003', '002', '004']]) {
    for (const dated of [false, true]) {
      const index = new StoryIndex(lexicon, background, options);
      // The final grouping (a bridge merge moves earlier items), keyed by prefix.
      const seeds = order.map((prefix) => ({ prefix, seed: item(prefix, dated) }));
      const grouped = finalGrouping(seeds.map(({ seed }) => ({ item: seed, assignment: index.assign(seed, at) })));
      const story = new Map(seeds.map(({ prefix, seed }) => [prefix, grouped.get(seed.id)]));
      const events = new Set(['001', '003', '004', '000'].map((prefix) => story.get(prefix)));
      if (events.size < 4 || ['001', '003', '004'].some((prefix) => story.get(prefix) === story.get('002'))) wrongMerge = true;
      if (story.get('000') !== story.get('002')) pairJoined = false;
    }
  }
  if (workerWindowMerges(options)) wrongMerge = true;
  return { wrongMerge, pairJoined };
}

/**
 * The seeds as a worker's window meets them over days (tests/core/dedup/story-index.test.ts, the
 * persistence test): Kim meets Belousov (000, then an English wire report, then 002), Choe with
 * Lavrov (003, and a copy), Kim with Lavrov as a page without a date (004) and Putin in Pyongyang
 * months before (001). Whether any two of the four events share a story: an undated page's cuts
 * are raised (undatedCutFactor), and at the edge of them Kim with Lavrov joins Kim with Belousov.
 */
function workerWindowMerges(options: StoryIndexOptions): boolean {
  const english: StoryEvalItem = {
    id: 'en-belousov',
    lang: 'en',
    title: 'Kim Jong Un meets Russian defence minister Belousov in Pyongyang',
    summary: 'North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang and pledged support for Russia, KCNA said.',
    published: '2024-11-30T01:00:00Z',
  };
  const index = new StoryIndex(lexicon, background, options);
  const event = new Map<string, string>();
  const story = new Map<string, string>();
  const assign = (it: StoryEvalItem, name: string, now?: string) => {
    story.set(it.id, index.assign(it, new Date(now ?? it.published!)).storyId);
    event.set(it.id, name);
  };
  assign(seedAsItem('000', '2024-11-29T12:00:00Z'), 'belousov');
  assign(seedAsItem('003', '2024-11-28T02:00:00Z'), 'choe');
  assign(english, 'belousov');
  const now = '2024-11-30T04:00:00Z';
  assign(seedAsItem('002', '2024-11-30T03:00:00Z'), 'belousov', now);
  assign(seedAsItem('003', '2024-11-28T09:00:00Z', 'choe-copy'), 'choe', now);
  assign(seedAsItem('004'), 'kim-lavrov', now);
  assign(seedAsItem('001', '2024-06-19T08:00:00Z'), 'putin', now);
  const ids = [...story.keys()];
  return ids.some((a, i) => ids.slice(i + 1).some((b) => story.get(a) === story.get(b) && event.get(a) !== event.get(b)));
}

/** Every unordered pair of items of the same day, in order (the pair-count scripts walk these). */
export function* sameDayPairs<T extends { day: string }>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) if (items[i]!.day === items[j]!.day) yield [items[i]!, items[j]!];
  }
}

/**
 * The demo's window: whether the English casualty report starts a story of its own among the seeds,
 * with the items taken in feed order (the Indonesian feed, then the English one, as the worker
 * queues a cycle's matches) and in published order.
 */
export function demoRight(options: StoryIndexOptions): boolean {
  const seeds = readSeedDir(DEFAULT_SEEDS_DIR);
  const now = Date.parse('2025-01-01T12:00:00Z');
  const half = Math.ceil(seeds.length / 2);
  const at = (i: number) => new Date(now - (i + 1) * 3_600_000).toISOString();
  // Each seed as the demo serves it (its headline and first paragraphs), the first half in the Indonesian feed.
  const asItem = (s: (typeof seeds)[number], i: number) => ({ id: s.name, title: seedItem(s).title, summary: seedItem(s).summary, lang: 'id' as const, published: at(i) });
  const feedOrder = [
    ...seeds.slice(0, half).map(asItem),
    ...seeds.slice(half).map(asItem),
    ...DEMO_ON_TOPIC_ENGLISH.map((e, i) => ({ id: `demo-en-${i}`, title: e.title, summary: e.summary, lang: 'en' as const, published: at(seeds.length - half + i) })),
  ];
  const publishedOrder = [...feedOrder].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  return [feedOrder, publishedOrder].every((items) => {
    const index = new StoryIndex(lexicon, background, options);
    const assigned = items.map((item) => ({ item, isNew: index.assign(item, new Date(now)).isNew }));
    return assigned.every(({ item, isNew }) => isNew || !item.id.startsWith('demo-en-'));
  });
}
