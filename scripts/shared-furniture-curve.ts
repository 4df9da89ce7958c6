// The curve MIN_FURNITURE_WORDS and COPY_SHARE (src/core/profile/shared-furniture.ts) are read from:
// for each setting, the paragraphs dropped as shared furniture from every development seed set (the
// shared topics, the project's topics, the default topic, the test fixtures' topics), and from
// copies: each seed set with one seed doubled, as another outlet's copy of the same report would
// be (nothing of a copy may go). The cut: among the settings that drop the most paragraphs and
// nothing of a copy (the plateau), its middle: the median minimum length, then the median copy
// share at that length. A copy made this way holds only the original's paragraphs, so it always
// counts as a copy (its shared share is 1) and never loses a paragraph at any setting: the copy
// column guards against a change to the copy rule, not against a copy share chosen too high.
//   node --import tsx scripts/shared-furniture-curve.ts
import { join } from 'node:path';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { DEFAULT_SEEDS_DIR } from '../src/adapters/project-paths.ts';
import type { CleanSeed } from '../src/core/model.ts';
import { COPY_SHARE, dropSharedFurniture, MIN_FURNITURE_WORDS } from '../src/core/profile/shared-furniture.ts';
import { developmentTopics, topicDir } from './topic-eval-lib.ts';

const fixtures = new URL('../tests/fixtures/topics/', import.meta.url).pathname;
const seedSets: Array<{ name: string; seeds: CleanSeed[] }> = [
  ...developmentTopics().map((topic) => ({ name: topic, seeds: readSeedDir(join(topicDir(topic), 'seeds')).map((s) => s.seed) })),
  { name: 'default', seeds: readSeedDir(DEFAULT_SEEDS_DIR).map((s) => s.seed) },
  ...['south-china-sea', 'starship'].map((name) => ({ name, seeds: readSeedDir(join(fixtures, name)).map((s) => s.seed) })),
];
const paragraphKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const droppedKeys = (before: readonly CleanSeed[], after: readonly CleanSeed[]) => after.flatMap((seed, i) => seed.removed.slice(before[i]!.removed.length).map(paragraphKey));
/** Another outlet's copy of a seed: its title and its first two thirds of paragraphs (outlets cut the end). */
const copyOf = (seed: CleanSeed): CleanSeed => {
  const paragraphs = seed.body.split('\n');
  return { title: `${seed.title} (copy)`, body: paragraphs.slice(0, Math.max(1, Math.ceil((paragraphs.length * 2) / 3))).join('\n'), removed: [] };
};

const rows: Array<{ minWords: number; copyShare: number; furniture: number; fromCopies: number }> = [];
for (const minWords of [4, 6, 8, 10, 12, 16, 20]) {
  for (const copyShare of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const cuts = { minWords, copyShare };
    let furniture = 0;
    let fromCopies = 0;
    const where: string[] = [];
    for (const set of seedSets) {
      const own = new Set(droppedKeys(set.seeds, dropSharedFurniture(set.seeds, cuts)));
      if (own.size > 0) where.push(`${set.name} ${own.size}`);
      furniture += own.size;
      // With a copy of one seed beside it, nothing but the set's own furniture may go.
      for (const seed of set.seeds) {
        const withCopy = [...set.seeds, copyOf(seed)];
        fromCopies += new Set(droppedKeys(withCopy, dropSharedFurniture(withCopy, cuts)).filter((key) => !own.has(key))).size;
      }
    }
    rows.push({ minWords, copyShare, furniture, fromCopies });
    console.log(`min words ${String(minWords).padStart(2)} copy share ${copyShare}: distinct furniture paragraphs dropped ${furniture} (${where.join(', ') || 'none'}); news paragraphs dropped beside copies ${fromCopies}`);
  }
}
// The plateau: the most furniture dropped with nothing of a copy; its middle (the median minimum
// length, then the median copy share among those), as far as the data allows from either edge.
const safe = rows.filter((r) => r.fromCopies === 0);
const most = Math.max(...safe.map((r) => r.furniture));
const plateau = safe.filter((r) => r.furniture === most);
const median = (values: number[]) => [...new Set(values)].sort((a, b) => a - b)[Math.floor((new Set(values).size - 1) / 2)]!;
const minWords = median(plateau.map((r) => r.minWords));
const copyShare = median(plateau.filter((r) => r.minWords === minWords).map((r) => r.copyShare));
console.log(plateau.length === 0 ? 'chosen: none' : `plateau: ${plateau.map((r) => `${r.minWords}/${r.copyShare}`).join(' ')}\nchosen: min words ${minWords}, copy share ${copyShare} (shipped ${MIN_FURNITURE_WORDS}, ${COPY_SHARE})`);
