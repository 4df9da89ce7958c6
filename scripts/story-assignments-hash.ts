// A hash of every assignment (story, kind, similarity to the last bit, shared names, reason) the
// story index makes on the development days, the held-out days, the default topic's seed window
// and the cluster bench, under both decisions: a change meant to be a speed-up only (issue 10's
// fitted model) must leave it as it was.
//   node --import tsx scripts/story-assignments-hash.ts [--no-bench]
import { createHash, type Hash } from 'node:crypto';
import { benchCluster } from '../bench/cluster-bench.ts';
import { StoryIndex, type Assignment } from '../src/core/dedup/story-index.ts';
import { clusterItems, englishDays, heldOutDays, indonesianDays, seedWindow } from './story-eval-lib.ts';

let current: Hash | undefined;
const assign = StoryIndex.prototype.assign;
StoryIndex.prototype.assign = function hashed(this: StoryIndex, ...args: Parameters<StoryIndex['assign']>): Assignment {
  const a = assign.apply(this, args);
  current?.update(`${args[0].id}\t${a.storyId}\t${a.isNew}\t${a.kind}\t${a.similarity}\t${a.sharedEntities.join(',')}\t${a.reason}\n`);
  return a;
};

function hashOf(work: () => unknown): string {
  current = createHash('sha256');
  work();
  const digest = current.digest('hex').slice(0, 16);
  current = undefined;
  return digest;
}

const sets = [englishDays(), indonesianDays(), ...heldOutDays().map((s) => ({ ...s, name: `holdout-${s.name}` }))].filter((s) => s !== undefined);
for (const decision of ['cuts', 'model'] as const) {
  for (const set of sets) console.log(`${decision.padEnd(5)} ${set.name.padEnd(10)} ${hashOf(() => clusterItems(set.items, { decision }))}`);
  console.log(`${decision.padEnd(5)} seeds      ${hashOf(() => seedWindow({ decision }))}`);
  if (!process.argv.includes('--no-bench')) console.log(`${decision.padEnd(5)} bench      ${hashOf(() => benchCluster(decision === 'cuts' ? undefined : decision))}`);
}
