// Hashes what the topic matcher decides, so that a change meant only to make matching faster
// (src/core/text, src/core/match) can be shown to change no decision, score or reason:
//   node --import tsx scripts/match-decisions-hash.ts
// Prints one SHA-256 per part; run it before and after the change and compare. For every topic
// topic-figures.ts scores (the development topics, learned from their seeds as it learns them,
// and the default topic with its tuning on ../shared/eval/dev.jsonl): the learned profile, every
// item's match without the topic memory (matchItem) and with it (decideWithMemory, the memory's
// cuts), and the keys analyzeText gives (with place keys: the story index reads those). Then the
// items of bench/match-bench.ts through matchItem, matchKeys and the memory path as benchMatchWithMemory
// runs it. A match is hashed whole: decision, score to the last bit, lang, terms, concepts, reason, turnedDown.
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { loadTopic, readSeedDir } from '../src/adapters/topic-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { matchItem, matchKeys, prepareProfile, type PreparedProfile } from '../src/core/match/match-item.ts';
import { analyseForMemory, decideWithMemory } from '../src/core/match/replay-with-memory.ts';
import { profileKeys, TopicMemory, TOPIC_MEMORY_CUTS } from '../src/core/match/topic-memory.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import type { Match, NewsItem } from '../src/core/model.ts';
import { buildItems } from '../bench/match-bench.ts';
import { developmentTopics, readLabelled, SHARED_EVAL, topicDir } from './topic-eval-lib.ts';

// Fixed, so that dates written without a year replay the same on any day.
const NOW = new Date('2026-12-06T00:00:00Z');
const lexicon = loadLexicon();
const background = loadBackground();

const bits = (x: number) => Buffer.from(new Float64Array([x]).buffer).toString('hex');
const hashMatch = (hash: Hash, match: Match) =>
  hash.update(JSON.stringify([match.decision, bits(match.score), match.lang, match.terms.map((t) => [t.key, t.label, bits(t.weight), t.scored]), match.concepts, match.reason, match.turnedDown ?? null])).update('\n');

function hashItems(name: string, items: readonly NewsItem[], prepared: PreparedProfile, profileJson: string): void {
  const parts = { profile: createHash('sha256').update(profileJson), plain: createHash('sha256'), memory: createHash('sha256'), keys: createHash('sha256') };
  for (const item of items) {
    hashMatch(parts.plain, matchItem(item, prepared));
    const analysed = analyzeText(`${item.title}\n${item.summary}`, lexicon, item.lang, { places: true });
    parts.keys.update(JSON.stringify([analysed.lang, analysed.keys, analysed.places])).update('\n');
  }
  for (const match of decideWithMemory(items, prepared, NOW)) hashMatch(parts.memory, match);
  console.log(`${name.padEnd(24)} ${Object.entries(parts).map(([part, hash]) => `${part}=${hash.digest('hex').slice(0, 16)}`).join(' ')}`);
}

const seedLang = (seeds: ReturnType<typeof readSeedDir>) => learnProfile(seeds, lexicon, background, { name: 'lang', threshold: 0 }).seeds[0]?.lang ?? 'id';
for (const topic of developmentTopics()) {
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  seedLang(seeds);
  const profile = learnProfile(seeds, lexicon, background, { name: topic, facetCuts: {}, matchOptions: {} });
  hashItems(topic, readLabelled(join(topicDir(topic), 'items.jsonl')), prepareProfile(profile, lexicon), JSON.stringify(profile));
}
{
  const defaultSeeds = readSeedDir(DEFAULT_SEEDS_DIR);
  seedLang(defaultSeeds);
  const profile = applyTuning(learnProfile(defaultSeeds, lexicon, background, { name: 'default', facetCuts: {}, matchOptions: {} }), readTuningFile(DEFAULT_TUNING_FILE), lexicon);
  hashItems('default (dev.jsonl)', readLabelled(join(SHARED_EVAL, 'dev.jsonl')), prepareProfile(profile, lexicon), JSON.stringify(profile));
}
{
  // As the benches run them: the default topic as loaded from config/, the memory told every item.
  const { prepared } = loadTopic();
  const { items } = buildItems();
  const plain = createHash('sha256');
  const keyed = createHash('sha256');
  const memoryPath = createHash('sha256');
  const memory = new TopicMemory(0);
  const holds = profileKeys(prepared);
  for (const item of items) {
    hashMatch(plain, matchItem(item, prepared));
    const text = analyseForMemory(item, prepared);
    const match = matchKeys(text.keys, text.lang, prepared);
    hashMatch(keyed, match);
    keyed.update(JSON.stringify(text.memoryKeys));
    hashMatch(memoryPath, memory.decide(match, text.memoryKeys, holds, prepared));
    memory.note(text.memoryKeys, match.decision);
  }
  void TOPIC_MEMORY_CUTS;
  console.log(`${'bench items'.padEnd(24)} plain=${plain.digest('hex').slice(0, 16)} keys=${keyed.digest('hex').slice(0, 16)} memory=${memoryPath.digest('hex').slice(0, 16)}`);
}
