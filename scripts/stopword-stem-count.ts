// Which words of the maintained Indonesian stopword list (Tala, npm `stopword`) are the stem of
// longer, kept words in ordinary news, with the same meaning? Such a word is a key when derived
// ("kenaikan" -> "naik") and nothing when bare ("Harga BBM Naik"), so one meaning is evidence in
// one form only. Counts, over the Kompas/detik headline stream, each Tala word bare and as the
// Sastrawi stem of a longer non-stopword token, and how alike the two uses are: the cosine of the
// idf-weighted keys of the headlines holding the bare word and of those holding a derived form
// ("naik" and "kenaikan" both come with harga, BBM, tarif; "atas", on, and "atasi", overcome, do
// not). Prints them most alike first.
//   node --import tsx scripts/stopword-stem-count.ts [--min-similarity C] [--min-derived N] [--write]
// The words derived at least N times (default 50, enough headlines for a context) whose uses
// have cosine >= C are content (kept); --write writes them to src/core/text/stem-mate-content-words.ts.
// The cut is read off `bash scripts/stopword-stem-curve.sh`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ind } from 'stopword/src/stopwords_ind.js';
import { loadLexicon } from '../src/adapters/lexicon-files.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import { stemWord } from '../src/core/text/stem.ts';
import { NEWS_EXTRA_STOPWORDS } from '../src/core/text/stopwords.ts';

const { values } = parseArgs({ options: { 'min-similarity': { type: 'string' }, 'min-derived': { type: 'string' }, write: { type: 'boolean' }, stream: { type: 'string' } } });
const STREAM = values.stream ?? '../shared/eval/stream-id-headlines.jsonl';
const OUT = 'src/core/text/stem-mate-content-words.ts';
const MIN_DERIVED = Number(values['min-derived'] ?? 50);

const lexicon = loadLexicon();
const tala = new Set(ind);
// Counted against the full list (Tala and news fillers), whatever the current cut keeps; the
// context vectors leave out every Tala word, so they do not depend on the current cut either.
const stopwords = new Set([...ind, ...NEWS_EXTRA_STOPWORDS.id]);
type Uses = { count: number; context: Map<string, number>; forms: Map<string, number> };
const bare = new Map<string, Uses>();
const derived = new Map<string, Uses>();
const df = new Map<string, number>();
let headlines = 0;

function note(table: Map<string, Uses>, word: string, form: string, keys: ReadonlySet<string>): void {
  const uses = table.get(word) ?? { count: 0, context: new Map<string, number>(), forms: new Map<string, number>() };
  uses.count += 1;
  uses.forms.set(form, (uses.forms.get(form) ?? 0) + 1);
  for (const key of keys) if (key !== word) uses.context.set(key, (uses.context.get(key) ?? 0) + 1);
  table.set(word, uses);
}

for (const line of readFileSync(STREAM, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const title = (JSON.parse(line) as { title: string }).title;
  headlines += 1;
  const keys = new Set(analyzeText(title, lexicon, 'id').keys.filter((key) => !tala.has(key)));
  for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  for (const token of new Set(title.toLowerCase().match(/[a-z]+/g) ?? [])) {
    if (tala.has(token)) {
      note(bare, token, token, keys);
      continue;
    }
    if (stopwords.has(token)) continue;
    const stem = stemWord(token, 'id');
    if (stem !== token && tala.has(stem)) note(derived, stem, token, keys);
  }
}

const idf = (key: string): number => Math.log(headlines / (df.get(key) ?? 1));
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [key, count] of a) {
    const w = count * idf(key);
    normA += w * w;
    const other = b.get(key);
    if (other !== undefined) dot += w * other * idf(key);
  }
  for (const [key, count] of b) normB += (count * idf(key)) ** 2;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

const rows = [...derived]
  .filter(([, uses]) => uses.count >= MIN_DERIVED)
  .map(([word, uses]) => ({ word, derived: uses, bare: bare.get(word), similarity: cosine(bare.get(word)?.context ?? new Map(), uses.context) }))
  .sort((x, y) => y.similarity - x.similarity || x.word.localeCompare(y.word));
console.log(`Tala words derived at least ${MIN_DERIVED} times in ${headlines} headlines, most alike first: word, cosine of the two uses, derived, bare, commonest forms`);
for (const r of rows) {
  const top = [...r.derived.forms].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([f, c]) => `${f}:${c}`).join(' ');
  console.log(`${r.word.padEnd(10)} ${r.similarity.toFixed(3)}  derived ${String(r.derived.count).padStart(5)}  bare ${String(r.bare?.count ?? 0).padStart(5)}  ${top}`);
}
if (values['min-similarity'] !== undefined) {
  const cut = Number(values['min-similarity']);
  const kept = rows.filter((r) => r.similarity >= cut).map((r) => r.word).sort();
  console.log(`\ncosine at least ${cut}: ${kept.length} words: ${kept.join(' ')}`);
  if (values.write) {
    writeFileSync(OUT, `// Generated by scripts/stopword-stem-count.ts --min-similarity ${cut} --min-derived ${MIN_DERIVED} --write; do not edit.\n` +
      `// Words of the maintained Indonesian stopword list that ordinary news (${STREAM.split('/').pop()}) derives\n` +
      `// longer kept words from at least ${MIN_DERIVED} times, in headlines alike (cosine >= ${cut}) to those of\n` +
      `// the bare word: the same meaning in both forms, so they stay content keys.\n` +
      `export const STEM_MATE_CONTENT_WORDS: readonly string[] = [${kept.map((w) => `'${w}'`).join(', ')}];\n`);
    console.log(`wrote ${OUT}`);
  }
}
