// Diagnostic: for every development topic whose profile has two facets, F1 (with the memory, as
// `eval` scores) with both facets required, and with each one alone: whether asking two facets is
// what fails a topic, or what the facets hold.   node --import tsx scripts/facet-alone-diagnostic.ts
import { join } from 'node:path';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { prepareProfile } from '../src/core/match/match-item.ts';
import { decideWithMemory } from '../src/core/match/replay-with-memory.ts';
import { TOPIC_MEMORY_CUTS } from '../src/core/match/topic-memory.ts';
import { developmentTopics, topicDir, readLabelled } from './topic-eval-lib.ts';
import type { TopicProfile } from '../src/core/model.ts';
const lexicon = loadLexicon();
const background = loadBackground(undefined, undefined);
const f1 = (profile: TopicProfile, items: ReturnType<typeof readLabelled>) => {
  const m = decideWithMemory(items, prepareProfile(profile, lexicon, {}), new Date(), TOPIC_MEMORY_CUTS);
  let tp = 0, fp = 0, fn = 0;
  items.forEach((it, i) => { const d = m[i]!.decision; if (d && it.label === 1) tp++; else if (d) fp++; else if (it.label === 1) fn++; });
  return (2 * tp / (2 * tp + fp + fn)).toFixed(3);
};
for (const topic of developmentTopics()) {
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  const profile = learnProfile(seeds, lexicon, background, { name: topic });
  if (profile.concepts.length !== 2) continue;
  const items = readLabelled(join(topicDir(topic), 'items.jsonl'));
  const kinds = profile.concepts.map((c) => (c as { kind?: string }).kind ?? 'side');
  const only = (i: number) => f1({ ...profile, concepts: [profile.concepts[i]!] }, items);
  console.log(topic.padEnd(28), kinds.join('+').padEnd(12), 'both', f1(profile, items), `only-${kinds[0]}`, only(0), `only-${kinds[1]}`, only(1));
}
