// The curve MIN_FURNITURE_WORDS (src/core/profile/shared-furniture.ts) is read from:
// for each setting, the paragraphs dropped as shared furniture from every development seed set (the
// shared topics, the project's topics, the default topic, the test fixtures' topics), and beside
// copies: each seed set with another outlet's rewrite of one seed added (copyOf: about half its
// paragraphs the seed's own), where nothing of the news may go. The cut: among the lengths that
// drop the most furniture and nothing of a rewrite (the plateau), its middle. The development
// seeds hold one piece of furniture (an outlet's blurb under three phone seeds), so the data
// bound the length only loosely.
//   node --import tsx scripts/shared-furniture-curve.ts
import { join } from 'node:path';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { DEFAULT_SEEDS_DIR } from '../src/adapters/project-paths.ts';
import type { CleanSeed } from '../src/core/model.ts';
import { dropSharedFurniture, MIN_FURNITURE_WORDS } from '../src/core/profile/shared-furniture.ts';
import { developmentTopics, topicDir } from './topic-eval-lib.ts';

const fixtures = new URL('../tests/fixtures/topics/', import.meta.url).pathname;
const seedSets: Array<{ name: string; seeds: CleanSeed[] }> = [
  ...developmentTopics().map((topic) => ({ name: topic, seeds: readSeedDir(join(topicDir(topic), 'seeds')).map((s) => s.seed) })),
  { name: 'default', seeds: readSeedDir(DEFAULT_SEEDS_DIR).map((s) => s.seed) },
  ...['south-china-sea', 'starship'].map((name) => ({ name, seeds: readSeedDir(join(fixtures, name)).map((s) => s.seed) })),
];
const paragraphKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const droppedKeys = (before: readonly CleanSeed[], after: readonly CleanSeed[]) => after.flatMap((seed, i) => seed.removed.slice(before[i]!.removed.length).map(paragraphKey));
/**
 * Another outlet's rewrite of a seed: another headline, the first two thirds of its paragraphs
 * (outlets cut the end), every second one of them reworded (another verb of saying, so it is no
 * longer the same paragraph): it shares about half of its long paragraphs with the seed.
 */
const copyOf = (seed: CleanSeed): CleanSeed => {
  const paragraphs = seed.body.split('\n');
  const kept = paragraphs.slice(0, Math.max(1, Math.ceil((paragraphs.length * 2) / 3)));
  return { title: `${seed.title} (copy)`, body: kept.map((text, i) => (i % 2 === 1 ? `${text} Demikian laporan itu.` : text)).join('\n'), removed: [] };
};

const rows: Array<{ minWords: number; furniture: number; fromCopies: number }> = [];
for (const minWords of [4, 6, 8, 10, 12, 16, 20, 30]) {
  let furniture = 0;
  let fromCopies = 0;
  const where: string[] = [];
  for (const set of seedSets) {
    const own = new Set(droppedKeys(set.seeds, dropSharedFurniture(set.seeds, minWords)));
    if (own.size > 0) where.push(`${set.name} ${own.size}`);
    furniture += own.size;
    // With a rewrite of one seed beside it, nothing but the set's own furniture may go.
    for (const seed of set.seeds) {
      const withCopy = [...set.seeds, copyOf(seed)];
      fromCopies += new Set(droppedKeys(withCopy, dropSharedFurniture(withCopy, minWords)).filter((key) => !own.has(key))).size;
    }
  }
  rows.push({ minWords, furniture, fromCopies });
  console.log(`min words ${String(minWords).padStart(2)}: distinct furniture paragraphs dropped ${furniture} (${where.join(', ') || 'none'}); news paragraphs dropped beside rewrites ${fromCopies}`);
}
// The plateau: the most furniture dropped with nothing of a rewrite; its middle (the median length).
const safe = rows.filter((r) => r.fromCopies === 0);
const most = Math.max(...safe.map((r) => r.furniture));
const plateau = safe.filter((r) => r.furniture === most).map((r) => r.minWords);
const chosen = plateau[Math.floor((plateau.length - 1) / 2)];
console.log(chosen === undefined ? 'chosen: none' : `plateau: ${plateau.join(' ')}\nchosen: min words ${chosen} (shipped ${MIN_FURNITURE_WORDS})`);
