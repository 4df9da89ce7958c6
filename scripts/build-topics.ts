// Materialises the project's own development topics (issue 9) into the shared topics' format, from
// the labels kept in tests/fixtures/topics/<topic>/ (labels.jsonl: ids, labels and kinds only;
// seeds.json: the seeds' ids) and the texts in ../shared, read in place. Indonesian topics: headlines
// from ../shared/eval/stream-id-headlines.jsonl (`stream-NNNNNN`), seed articles from
// ../shared/eval/summaries/indosum-dev-200.jsonl (CC BY-SA 4.0). English topics: whole days of 22
// world-news feeds, items with their summaries, from ../shared/eval/stories-dev-en.jsonl
// (`en-dev-YYYYMMDD-NNN`) and ../shared/eval/topics/en-us-tariffs/items.jsonl (`en-day-20250212-NNN`);
// an English seed is one such item, its title and summary (what a user pastes from a reader).
// A topic may instead be seeded by articles kept in its folder (seeds.json `file`: seeds/<file>,
// the page's text as a user pastes it; the README names each URL) and borrow another topic's
// labels (seeds.json `labelsFrom`): the same items learned from other seeds. Nothing else
// third-party is copied into the project; the output goes to a directory outside it:
//   <out>/<topic>/seeds/NN_<seed id>.txt      the seed's text, one file per seed, in seeds.json order
//   <out>/<topic>/items.jsonl                 id, lang, title, summary, link, source, published, label, kind
//                                             (Indonesian headlines: summary "" and link "")
//   node --import tsx scripts/build-topics.ts [OUT]      # default /tmp/newshound-topics
// scripts/topic-eval-lib.ts builds them on demand into a temporary directory, so the topic scripts
// (topic-figures.ts, the curves) list them beside ../shared/eval/topics. Policies, sampling and
// borderline calls: each topic's README.md; filters and samples: scripts/topic-candidates.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl as readJsonlWith } from './read-jsonl.ts';

export const PROJECT_TOPICS = fileURLToPath(new URL('../tests/fixtures/topics/', import.meta.url));
const SHARED_EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const STREAM = join(SHARED_EVAL, 'stream-id-headlines.jsonl');
const INDOSUM = join(SHARED_EVAL, 'summaries', 'indosum-dev-200.jsonl');
const ENGLISH_DAYS = [join(SHARED_EVAL, 'stories-dev-en.jsonl'), join(SHARED_EVAL, 'topics', 'en-us-tariffs', 'items.jsonl')];
const DEFAULT_OUT = '/tmp/newshound-topics';
const KINDS = new Set(['positive', 'hard_negative', 'easy_negative']);

type StreamRow = { id: string; title: string; source: string; published: string };
type EnglishRow = StreamRow & { summary: string; link: string };
type Label = { id: string; label: number; kind: string };
type SeedList = { labelsFrom?: string; seeds: Array<{ id?: string; file?: string; note?: string }> };

export class BuildTopicsError extends Error {
  override name = 'BuildTopicsError';
}

const fail = (message: string): never => {
  throw new BuildTopicsError(`build-topics: ${message}`);
};

const readJsonl = <T>(path: string, what: string): T[] => readJsonlWith<T>(path, what, fail);

/** The project topics: folders of tests/fixtures/topics/ holding seeds.json (and labels.jsonl, unless it borrows another's), in name order. */
export const projectTopicNames = (): string[] =>
  existsSync(PROJECT_TOPICS)
    ? readdirSync(PROJECT_TOPICS)
        .filter((t) => existsSync(join(PROJECT_TOPICS, t, 'seeds.json')) && (existsSync(join(PROJECT_TOPICS, t, 'labels.jsonl')) || borrowsLabels(join(PROJECT_TOPICS, t, 'seeds.json'))))
        .sort()
    : [];

/** Whether a topic's seeds.json borrows another topic's labels (`labelsFrom`); a seeds.json that does not parse is left to the build, which names it. */
function borrowsLabels(seedsFile: string): boolean {
  try {
    return typeof (JSON.parse(readFileSync(seedsFile, 'utf8')) as SeedList).labelsFrom === 'string';
  } catch {
    return false;
  }
}

/** Whether the texts the project topics are joined with are there. */
export const sharedTextsPresent = (): boolean => [STREAM, INDOSUM, ...ENGLISH_DAYS].every((file) => existsSync(file));

/** Writes every project topic under `out` and returns their names; throws BuildTopicsError on any bad or unknown id. */
export function buildProjectTopics(out: string): string[] {
  if (!existsSync(STREAM)) fail(`../shared is absent: ${STREAM} not found (the headlines are read in place, never copied into the project)`);
  if (!existsSync(INDOSUM)) fail(`../shared is absent: ${INDOSUM} not found (the seed articles are read in place, never copied into the project)`);
  const stream = new Map(readJsonl<StreamRow>(STREAM, 'stream').map((row) => [row.id, row]));
  const articles = new Map(readJsonl<{ id: string; article: string }>(INDOSUM, 'IndoSum').map((row) => [row.id, row.article]));
  for (const file of ENGLISH_DAYS) if (!existsSync(file)) fail(`../shared is absent: ${file} not found (the English items are read in place, never copied into the project)`);
  const english = new Map(ENGLISH_DAYS.flatMap((file) => readJsonl<EnglishRow>(file, 'English items')).map((row) => [row.id, row]));
  const topics = projectTopicNames();
  for (const topic of topics) {
    const dir = join(PROJECT_TOPICS, topic);
    let seedList: SeedList;
    try {
      seedList = JSON.parse(readFileSync(join(dir, 'seeds.json'), 'utf8')) as SeedList;
    } catch (error) {
      return fail(`${topic}/seeds.json: ${(error as Error).message}`);
    }
    if (!Array.isArray(seedList.seeds) || seedList.seeds.length === 0) fail(`${topic}/seeds.json lists no seeds`);
    const labelsFile = seedList.labelsFrom === undefined ? join(dir, 'labels.jsonl') : join(PROJECT_TOPICS, seedList.labelsFrom, 'labels.jsonl');
    const labels = readJsonl<Label>(labelsFile, `${topic}'s labels (${labelsFile})`);
    const seen = new Set<string>();
    const items = labels.map((label) => {
      if (typeof label.id !== 'string' || (label.label !== 0 && label.label !== 1) || !KINDS.has(label.kind)) fail(`${topic}: bad label line ${JSON.stringify(label)}`);
      if ((label.label === 1) !== (label.kind === 'positive')) fail(`${topic}: ${label.id} has label ${label.label} but kind ${label.kind}`);
      if (seen.has(label.id)) fail(`${topic}: ${label.id} is labelled twice`);
      seen.add(label.id);
      const headline = stream.get(label.id);
      if (headline !== undefined) return { id: headline.id, lang: 'id', title: headline.title, summary: '', link: '', source: headline.source, published: headline.published, label: label.label, kind: label.kind };
      const row = english.get(label.id) ?? fail(`${topic}: ${label.id} is in neither ${STREAM} nor ${ENGLISH_DAYS.join(' nor ')}`);
      return { id: row.id, lang: 'en', title: row.title, summary: row.summary ?? '', link: row.link ?? '', source: row.source, published: row.published, label: label.label, kind: label.kind };
    });
    // A seed among the labelled items would be scored on its own text.
    for (const seed of seedList.seeds) if (seed.id !== undefined && seen.has(seed.id)) fail(`${topic}: seed ${seed.id} is also a labelled item`);
    const target = join(out, topic);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(join(target, 'seeds'), { recursive: true });
    seedList.seeds.forEach((seed, index) => {
      const name = seed.file ?? seed.id ?? fail(`${topic}: a seed in seeds.json has neither an id nor a file`);
      const text = seed.file !== undefined ? seedFile(join(dir, 'seeds', seed.file), topic) : seedText(seed.id!, topic, articles, english);
      writeFileSync(join(target, 'seeds', `${String(index + 1).padStart(2, '0')}_${name.replace(/\.txt$/, '')}.txt`), `${text.trim()}\n`);
    });
    writeFileSync(join(target, 'items.jsonl'), items.map((item) => JSON.stringify(item)).join('\n') + '\n');
  }
  return topics;
}

/** A seed kept in the topic's folder (an article's text as pasted). */
function seedFile(path: string, topic: string): string {
  if (!existsSync(path)) fail(`${topic}: seed file ${path} not found`);
  return readFileSync(path, 'utf8');
}

/** A seed read from ../shared: an IndoSum article, or an English item's title and summary. */
function seedText(id: string, topic: string, articles: ReadonlyMap<string, string>, english: ReadonlyMap<string, EnglishRow>): string {
  const item = english.get(id);
  return articles.get(id) ?? (item === undefined ? undefined : `${item.title}\n${item.summary}`) ?? fail(`${topic}: seed ${id} is in neither ${INDOSUM} nor the English items`);
}

function main(args: readonly string[]): number {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    console.error('usage: build-topics.ts [OUT]   (default /tmp/newshound-topics)');
    return 2;
  }
  const out = resolve(args[0] ?? DEFAULT_OUT);
  try {
    for (const topic of buildProjectTopics(out)) {
      const items = readJsonl<Label>(join(out, topic, 'items.jsonl'), 'built items');
      const count = (kind: string) => items.filter((i) => i.kind === kind).length;
      console.log(`${topic}: ${items.length} items, ${count('positive')} positive, ${count('hard_negative')} hard negative, ${count('easy_negative')} easy negative, ${readdirSync(join(out, topic, 'seeds')).length} seeds -> ${join(out, topic)}`);
    }
  } catch (error) {
    if (error instanceof BuildTopicsError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
