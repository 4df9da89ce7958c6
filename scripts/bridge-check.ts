// Review check: with the bridge merge on, the live index's window (frequencies, member map,
// postings) equals one rebuilt from its saved stories, and the two decide the rest of a day alike.
import { assignInOrder, finalGrouping } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex, type StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { loadBackground } from '../src/adapters/lexicon-files.ts';
import { storyIndexKeys } from '../src/core/dedup/story-match.ts';
import { englishDays, indonesianDays, lexicon } from './story-eval-lib.ts';

const background = loadBackground();
function table(index: StoryIndex): Map<number, number> {
  const f = (index as any).frequencies;
  const out = new Map<number, number>();
  const cells: Int32Array = f.cells;
  for (let s = 0; s < cells.length / 2; s += 1) if (cells[2 * s + 1] !== 0) out.set(cells[2 * s]!, cells[2 * s + 1]!);
  return out;
}
function same(a: Map<number, number>, b: Map<number, number>): string | undefined {
  if (a.size !== b.size) return `keys ${a.size} vs ${b.size}`;
  for (const [k, v] of a) if (b.get(k) !== v) return `key ${k}: ${v} vs ${b.get(k)}`;
  return undefined;
}
const factor = Number(process.argv[2] ?? 1);
for (const set of [englishDays(), indonesianDays()]) {
  if (set === undefined) continue;
  const options: StoryIndexOptions = { bridgeMergeFactor: factor, bridgeMergeCentroid: Number(process.argv[3] ?? 0) };
  const index = new StoryIndex(lexicon, background, options);
  const half = Math.floor(set.items.length / 2);
  const first = [...assignInOrder(set.items.slice(0, half), index)];
  const merges = first.filter((c) => c.assignment.merged !== undefined).length;
  const stories = JSON.parse(JSON.stringify(index.stories()));
  const restored = StoryIndex.fromStories(stories, lexicon, background, options);
  const f = same(table(index), table(restored));
  const docs = `${(index as any).frequencies.size} vs ${(restored as any).frequencies.size}`;
  // member map: every member of every live story maps to it, nothing else
  const ms: Map<string, any> = (index as any).memberStory;
  let bad = 0;
  const states: Map<string, any> = (index as any).states;
  let members = 0;
  for (const st of states.values()) for (const m of st.members) { members += 1; if (ms.get(m.id) !== st) bad += 1; }
  for (const st of ms.values()) if (states.get(st.id) !== st) bad += 1;
  // postings: owners of the candidate index are exactly the live states
  const owners = ((index as any).index.owners as any[]).filter((o) => o !== undefined);
  const ownersOk = owners.length === states.size && owners.every((o) => states.get(o.id) === o);
  const keysOf: any[] = (index as any).index.keysOf;
  let badKeys = 0;
  for (const st of states.values()) if (JSON.stringify(keysOf[st.slot]) !== JSON.stringify(storyIndexKeys(st))) badKeys += 1;
  let badSpan = 0;
  for (const st of states.values()) { const ts = st.members.map((m: any) => Date.parse(m.published ?? '')).filter((x: number) => !Number.isNaN(x)); if (ts.length && Math.max(...ts) > st.lastAtMs) badSpan += 1; }
  console.log(`  postings stale for ${badKeys} stories; lastAt before a member for ${badSpan}`);
  console.log(`${set.name}: ${merges} merges in the first half; frequencies ${f ?? 'equal'}, documents ${docs}; member map ${bad} bad of ${members} (map ${ms.size}); owners ok ${ownersOk}`);
  // the rest of the day, live vs restored (no prune: the rest from the same replay)
  const rest = set.items.slice(half);
  const a = [...assignInOrder(rest, index)].map((c) => `${c.item.id} ${c.assignment.storyId} ${c.assignment.similarity} ${c.assignment.reason}`);
  const b = [...assignInOrder(rest, restored)].map((c) => `${c.item.id} ${c.assignment.storyId} ${c.assignment.similarity} ${c.assignment.reason}`);
  const diff = a.findIndex((x, i) => x !== b[i]);
  console.log(`  rest of the day, live vs restored: ${diff < 0 ? 'same' : `first difference at ${diff}:\n    ${a[diff]}\n    ${b[diff]}`}`);
}
