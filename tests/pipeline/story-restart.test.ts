// A worker that restarts must assign each later report to the story the worker that ran on would:
// a different assignment after a restart is a story posted twice, or a report on the wrong story.
// The English development days are replayed through the StoryBook as the pipeline uses it, once
// by a worker that keeps its index in memory and once by one that saves to a SQLite state file
// and starts again from it at several points. Under the model's decision this needs the
// per-source furniture memory saved beside the stories (source-furniture.ts). The Indonesian
// days are headlines alone (2 of the English days' 1,145 items are): under the cuts a restored
// headline member must keep the keys the rare-word join reads (rare-title.ts).
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { indonesianDays } from '../../scripts/story-eval-lib.ts';
import { clusterInOrder } from '../../src/core/dedup/cluster-items.ts';
import type { Assignment } from '../../src/core/dedup/story-index.ts';
import { parseStoryJsonl, type StoryEvalItem } from '../../src/core/eval/parse-eval-data.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { Logger } from '../../src/ports.ts';
import { StoryBook } from '../../src/pipeline/story-book.ts';
import { SHARED_DIR } from '../helpers/shared-data.ts';
import { openSqlite, tempDir } from './cycle-harness.ts';

const EN_DAYS = `${SHARED_DIR}eval/stories-dev-en.jsonl`;
const hasDays = existsSync(EN_DAYS);
const lexicon = loadLexicon();
const background = loadBackground();
const TOPIC = 'news';
/** Where the restarted worker stops and starts again, as fractions of the items. */
const RESTARTS = [0.2, 0.4, 0.5, 0.6, 0.8];

/** The time the pipeline would save at: the chunk's latest item (clusterInOrder's `now`). */
function latestMs(items: readonly StoryEvalItem[]): Date {
  return new Date(Math.max(...items.map((item) => Date.parse(item.published ?? '') || 0)));
}

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

describe.skipIf(!hasDays)('story assignments across restarts on the development days', () => {
  if (!hasDays) console.warn(`SKIPPED story restarts on the development days: ${EN_DAYS} is not beside the project`);

  it.each([
    ['en', 'cuts'],
    ['en', 'model'],
    ['id', 'cuts'],
  ] as const)('%s days, decision %s: a worker restarted from its SQLite state at five points assigns every later report as one that ran on', async (name, decision) => {
    const items = name === 'en' ? parseStoryJsonl(readFileSync(EN_DAYS, 'utf8'), 'stories-dev-en.jsonl') : indonesianDays()?.items;
    if (items === undefined) {
      console.warn('SKIPPED story restarts on the Indonesian days: the labelled set is not available');
      return;
    }
    const cuts = [...RESTARTS.map((f) => Math.floor(items.length * f)), items.length];
    const file = `${dir.path}/state.sqlite`;
    const ranOn = new StoryBook(new MemoryStore(), lexicon, background, { decision });
    const ranOnAssignments: Assignment[] = [];
    const restartedAssignments: Assignment[] = [];
    let from = 0;
    for (const to of cuts) {
      const chunk = items.slice(from, to);
      const now = latestMs(chunk);
      ranOnAssignments.push(...clusterInOrder(chunk, await ranOn.index(TOPIC)).map((c) => c.assignment));
      await ranOn.saveChanged(now);
      // A new process: a new store connection and a new book, reading what the last one saved.
      const store = await openSqlite(file);
      const book = new StoryBook(store, lexicon, background, { decision });
      restartedAssignments.push(...clusterInOrder(chunk, await book.index(TOPIC)).map((c) => c.assignment));
      await book.saveChanged(now);
      if (decision === 'model') expect(await store.get(stateKeys.storyFurniture(TOPIC))).not.toEqual([]);
      else expect(await store.get(stateKeys.storyFurniture(TOPIC))).toBeUndefined();
      await store.close();
      from = to;
    }
    const differing = restartedAssignments.flatMap((a, i) => (JSON.stringify(a) === JSON.stringify(ranOnAssignments[i]) ? [] : [{ item: items[i]!.id, restarted: a, ranOn: ranOnAssignments[i] }]));
    expect({ differing: differing.length, first: differing[0] }).toEqual({ differing: 0, first: undefined });
    expect(restartedAssignments).toHaveLength(items.length);
  });
});

describe('the furniture memory in the state store', () => {
  const plug = 'Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning.';
  const at = '2024-12-09T17:00:00Z';
  const item = { id: '1', title: 'Daniel Penny found not guilty in subway chokehold trial', summary: `A Manhattan jury acquitted Daniel Penny in the death of Jordan Neely. ${plug}`, published: at, source: 'Fox', lang: 'en' as const };

  it('the model saves it beside the stories; the cuts write no key', async () => {
    const store = await openSqlite(`${dir.path}/state.sqlite`);
    for (const decision of ['model', 'cuts'] as const) {
      const book = new StoryBook(store, lexicon, background, { decision });
      (await book.index(decision)).assign(item, new Date(at));
      await book.saveChanged(new Date(at));
    }
    expect(await store.get(stateKeys.storyFurniture('model'))).toEqual([{ source: 'Fox', sentences: expect.arrayContaining([[plug.toLowerCase(), '2024-12-09T17:00:00.000Z']]) }]);
    expect(await store.get(stateKeys.storyFurniture('cuts'))).toBeUndefined();
    await store.close();
  });

  it('state saved before it was kept (stories, no furniture key) loads under the model with an empty memory', async () => {
    const store = await openSqlite(`${dir.path}/state.sqlite`);
    const old = new StoryBook(store, lexicon, background);
    (await old.index(TOPIC)).assign(item, new Date(at));
    await old.saveChanged(new Date(at));
    const book = new StoryBook(store, lexicon, background, { decision: 'model' });
    const index = await book.index(TOPIC);
    expect(index.size).toBe(1);
    expect(index.furnitureMemory()).toEqual([]);
    await store.close();
  });

  it('a corrupt furniture key is said in one line and the index does without it, as a corrupt story is left out', async () => {
    const store = new MemoryStore();
    await store.set(stateKeys.storyFurniture(TOPIC), { Fox: 'not a memory' });
    const errors: Array<Record<string, unknown>> = [];
    const logger: Logger = { debug() {}, info() {}, warn() {}, error: (fields) => void errors.push(fields) };
    const book = new StoryBook(store, lexicon, background, { decision: 'model' }, new Map(), logger);
    expect((await book.index(TOPIC)).size).toBe(0);
    expect(errors).toEqual([expect.objectContaining({ topic: TOPIC, error: 'the furniture memory cannot be read (story-index: source furniture: not a list (object))' })]);
  });
});
