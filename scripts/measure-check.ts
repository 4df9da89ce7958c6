// Review check: which seed sets (2..5 of every development topic, and the default topic) the
// measure rule (themeReplacesSideMaxP) changes the learned facets of.
import { readFileSync } from 'node:fs';
import { loadLexicon } from '../src/adapters/lexicon-files.ts';
import { BACKGROUND_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { makeBackground, type BackgroundData } from '../src/core/profile/background.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { developmentTopics, topicDir } from './topic-eval-lib.ts';
import { join } from 'node:path';
const topicSeeds = (t: string) => readSeedDir(join(topicDir(t), 'seeds'));

const lexicon = loadLexicon();
const background = makeBackground(JSON.parse(readFileSync(BACKGROUND_FILE, 'utf8')) as BackgroundData);
function sets<T>(xs: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return xs.flatMap((x, i) => sets(xs.slice(i + 1), k - 1).map((r) => [x, ...r]));
}
const describe = (concepts: any[]) => concepts.map((c) => `${c.kind ?? (c.countries.length ? 'side' : '?')}:${c.countries.length ? c.countries.join('+') : c.keys.slice(0, 4).join(',')}`).join(' | ');
const topics: Array<[string, any[]]> = [...developmentTopics().map((t) => [t, topicSeeds(t)] as [string, any[]]), ['default', readSeedDir(new URL('../config/seeds/', import.meta.url).pathname)]];
for (const [topic, seeds] of topics) {
  let changed = 0;
  let total = 0;
  for (let k = 2; k <= seeds.length; k += 1) {
    for (const set of sets(seeds, k)) {
      total += 1;
      const on = learnProfile(set, lexicon, background, { name: topic }).concepts;
      const off = learnProfile(set, lexicon, background, { name: topic, facetCuts: { themeReplacesSideMaxP: 0 } }).concepts;
      if (JSON.stringify(on) !== JSON.stringify(off)) {
        changed += 1;
        console.log(`${topic} [${set.map((s: any) => s.name).join(',')}]\n   off: ${describe(off)}\n   on:  ${describe(on)}`);
      }
    }
  }
  console.log(`${topic}: ${changed} of ${total} seed sets change`);
}
