// Seed-swap stability (issue 9: "with one seed replaced by another outlet's copy of the same story,
// the facets and figures barely move"), on the English project topics, whose seeds are feed items
// of 2024-12-09 in ../shared/eval/stories-dev-en.jsonl, where every item is labelled with its story:
//   node --import tsx scripts/seed-swap.ts [TOPIC...]
// For each seed, every other outlet's item of the same labelled story takes its place in turn (as a
// user would paste that outlet's report instead); the topic is learned again and scored on its
// items with the memory (as `eval`). Printed per topic: F1 with the seeds as they are, then per swap
// the seed, the outlet swapped in, the facets and F1; last, the largest fall and rise.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { prepareProfile } from '../src/core/match/match-item.ts';
import { decideWithMemory } from '../src/core/match/replay-with-memory.ts';
import type { NewsItem, TopicProfile } from '../src/core/model.ts';
import { learnProfile, type NamedSeed } from '../src/core/profile/learn-profile.ts';
import type { Lexicon } from '../src/core/text/lexicon.ts';
import { buildProjectTopics } from './build-topics.ts';
import { SHARED_EVAL } from './topic-eval-lib.ts';

interface DayItem {
  id: string;
  title: string;
  summary: string;
  source: string;
  story: string;
}

const lexicon = loadLexicon();
const background = loadBackground();
const dayItems = readFileSync(join(SHARED_EVAL, 'stories-dev-en.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as DayItem);
const byId = new Map(dayItems.map((item) => [item.id, item]));

function f1Of(profile: TopicProfile, items: ReadonlyArray<NewsItem & { label: number }>, lexiconIn: Lexicon): number {
  const matches = decideWithMemory(items, prepareProfile(profile, lexiconIn), new Date(0));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  items.forEach((item, i) => {
    const decided = matches[i]!.decision;
    if (decided && item.label === 1) tp += 1;
    else if (decided) fp += 1;
    else if (item.label === 1) fn += 1;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** A seed as build-topics.ts writes an English one: the item's title and summary. */
function seedOf(item: DayItem, dir: string): NamedSeed {
  const file = join(dir, `${item.id}.txt`);
  writeFileSync(file, `${item.title}\n${item.summary}\n`);
  return readSeedDir(dir).find((seed) => seed.name === `${item.id}.txt`)!;
}

const out = mkdtempSync(join(tmpdir(), 'newshound-seed-swap-'));
try {
  const built = buildProjectTopics(out).filter((topic) => topic.startsWith('en-'));
  const wanted = process.argv.slice(2);
  for (const topic of wanted.length > 0 ? built.filter((t) => wanted.includes(t)) : built) {
    const seeds = readSeedDir(join(out, topic, 'seeds'));
    const items = readFileSync(join(out, topic, 'items.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as NewsItem & { label: number });
    const base = f1Of(learnProfile(seeds, lexicon, background, { name: topic }), items, lexicon);
    console.log(`${topic}: F1 ${base.toFixed(3)} with its seeds`);
    const deltas: number[] = [];
    seeds.forEach((seed, i) => {
      const id = /^\d\d_(.+)\.txt$/.exec(seed.name)?.[1];
      const own = id === undefined ? undefined : byId.get(id);
      if (own === undefined) return;
      const copies = dayItems.filter((item) => item.story === own.story && item.id !== own.id && item.source !== own.source);
      for (const copy of copies) {
        const dir = mkdtempSync(join(out, 'swap-'));
        const swapped = seeds.map((s, j) => (j === i ? seedOf(copy, dir) : s));
        rmSync(dir, { recursive: true, force: true });
        const profile = learnProfile(swapped, lexicon, background, { name: topic });
        const f1 = f1Of(profile, items, lexicon);
        deltas.push(f1 - base);
        console.log(`  seed ${i + 1} (${own.source}) -> ${copy.source}: ${profile.concepts.map((c) => c.name).join(' AND ')}; F1 ${f1.toFixed(3)}`);
      }
    });
    if (deltas.length === 0) console.log('  no other outlet reported any seed\'s story that day');
    else console.log(`  ${deltas.length} swaps: largest fall ${Math.min(0, ...deltas).toFixed(3)}, largest rise ${Math.max(0, ...deltas).toFixed(3)}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
