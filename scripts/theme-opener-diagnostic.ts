// Diagnostic: in every development topic whose profile has two facets or more, the items the profile
// takes (no memory) on a single word of its theme, grouped by how common that word is in ordinary
// news (the shipped background table). Whether a common theme word opening the theme by itself
// ("korban", victim, beside Sumatra's places) is what brings false alarms, per band of probability
// and per word.   node --import tsx scripts/theme-opener-diagnostic.ts [TOPIC...]
import { join } from 'node:path';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import type { FacetConcept } from '../src/core/profile/learn-concepts.ts';
import { developmentTopics, topicDir, readLabelled } from './topic-eval-lib.ts';

const lexicon = loadLexicon();
const background = loadBackground();
/** Upper edges of the bands of a word's share of ordinary headlines. */
const BANDS = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 1];

interface Opened {
  topic: string;
  key: string;
  p: number;
  onTopic: boolean;
}

const opened: Opened[] = [];
const topics = process.argv.slice(2).length > 0 ? process.argv.slice(2) : developmentTopics();
for (const topic of topics) {
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  const profile = learnProfile(seeds, lexicon, background, { name: topic });
  const theme = (profile.concepts as FacetConcept[]).find((c) => c.kind === 'theme');
  if (theme === undefined || profile.concepts.length < 2) continue;
  const lang = profile.seeds[0]?.lang ?? 'id';
  const prepared = prepareProfile(profile, lexicon);
  for (const item of readLabelled(join(topicDir(topic), 'items.jsonl'))) {
    const match = matchItem(item, prepared);
    const matched = match.concepts.find((c) => c.name === theme.name)?.matched ?? [];
    if (!match.decision || matched.length !== 1) continue;
    const key = theme.keys[theme.labels.indexOf(matched[0]!)] ?? matched[0]!;
    opened.push({ topic, key, p: background.probability(key, lang), onTopic: item.label === 1 });
  }
}

let lower = 0;
console.log('share of ordinary headlines | taken on one theme word: on topic / off topic | words');
for (const upper of BANDS) {
  const band = opened.filter((o) => o.p >= lower && o.p < upper);
  const words = [...new Set(band.map((o) => o.key))];
  console.log(`[${lower}, ${upper}) | ${band.filter((o) => o.onTopic).length} / ${band.filter((o) => !o.onTopic).length} | ${words.slice(0, 20).join(', ')}${words.length > 20 ? ', ...' : ''}`);
  lower = upper;
}
const byWord = new Map<string, { on: number; off: number; p: number }>();
for (const o of opened) {
  const entry = byWord.get(`${o.topic} ${o.key}`) ?? { on: 0, off: 0, p: o.p };
  if (o.onTopic) entry.on += 1;
  else entry.off += 1;
  byWord.set(`${o.topic} ${o.key}`, entry);
}
console.log('\nthe words taking most off-topic items: topic word | on / off | share of ordinary headlines');
for (const [word, { on, off, p }] of [...byWord].sort((a, b) => b[1].off - a[1].off).slice(0, 25)) console.log(`${word} | ${on} / ${off} | ${p.toExponential(2)}`);
