// Lists each day's wrongly merged item pairs (the joins that made them, with how they were decided):
//   node --import tsx scripts/story-false-pairs.ts [cuts|model] [day]
import { clusterInOrder } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex } from '../src/core/dedup/story-index.ts';
import { background, dayOf, englishDays, indonesianDays, lexicon, type DaySet } from './story-eval-lib.ts';

const decision = process.argv[2] ?? 'cuts';
if (decision !== 'cuts' && decision !== 'model') throw new Error(`story-false-pairs: the decision is cuts or model, not ${decision}`);
const onlyDay = process.argv[3];
const sets = [englishDays(), indonesianDays()].filter((set): set is DaySet => set !== undefined);
for (const set of sets) {
  const index = new StoryIndex(lexicon, background, { decision });
  const done = clusterInOrder(set.items, index);
  const byCluster = new Map<string, typeof done>();
  for (const d of done) {
    const list = byCluster.get(d.assignment.storyId) ?? [];
    list.push(d);
    byCluster.set(d.assignment.storyId, list);
  }
  const wrong = new Map<string, number>();
  for (const [id, list] of byCluster) {
    const day = dayOf(list[0]!.item);
    if (onlyDay !== undefined && day !== onlyDay) continue;
    const stories = new Map<string, number>();
    for (const d of list) stories.set(d.item.story!, (stories.get(d.item.story!) ?? 0) + 1);
    if (stories.size < 2) continue;
    let pairs = 0;
    const sizes = [...stories.values()];
    for (let i = 0; i < sizes.length; i += 1) for (let j = i + 1; j < sizes.length; j += 1) pairs += sizes[i]! * sizes[j]!;
    wrong.set(day, (wrong.get(day) ?? 0) + pairs);
    console.log(`\n${set.name} ${day} cluster ${id}: ${pairs} wrong pairs, stories ${[...stories].map(([s, n]) => `${s}x${n}`).join(' ')}`);
    for (const d of list) console.log(`  [${d.item.story}] ${d.assignment.kind.padEnd(14)} ${d.item.title.slice(0, 90)}  -- ${d.assignment.reason.slice(0, 160)}`);
  }
  console.log(`\n${set.name} wrong pairs per day: ${[...wrong].map(([d, n]) => `${d} ${n}`).join(', ')}`);
}
