// How right `learn`'s expected posts a day is (issue 9): every development topic learned from all its
// seeds against a table (use one built from the stream's first half), its estimate set beside what it
// flags on the stream's second half (published from its median time on), as a share of headlines and
// as headlines a day at DOCUMENTS_PER_DAY.
//   node --import tsx scripts/posts-estimate.ts [--background FILE] [--assoc FILE] [--estimate-assoc FILE] [--oracle | --raw] [--pivot broadest|narrowest] [--pair-rate lift|share] [TOPIC...]
// Columns: the estimate with every key independent (before pairs), with pairs (shipped), and, with
// --oracle, both again with each key's rate read from the second half itself (so what is left is the
// model's error, not the table's rates); measured; measured / estimate.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import type { Background } from '../src/core/profile/background.ts';
import { DOCUMENTS_PER_DAY, expectedFlaggedShare, type PairRate, type PivotFacet } from '../src/core/profile/expected-posts.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { matchKeys, prepareProfile } from '../src/core/match/match-item.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import type { Lang, TopicProfile } from '../src/core/model.ts';
import { isEntityKey, type Lexicon } from '../src/core/text/lexicon.ts';
import type { FacetConcept } from '../src/core/profile/learn-concepts.ts';
import { developmentTopics, readLabelled, SHARED_EVAL, topicDir } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { background: { type: 'string' }, assoc: { type: 'string' }, oracle: { type: 'boolean' }, raw: { type: 'boolean' }, pivot: { type: 'string' }, 'pair-rate': { type: 'string' }, 'estimate-assoc': { type: 'string' } } });
const lexicon = loadLexicon();
const background = loadBackground(values.background, values.assoc);
// --estimate-assoc FILE: the pair counts the estimate reads, when the table's own leave the labelled
// items out (a development table built with --assoc-exclude: those are the very headlines that
// hold a topic's words together, left out of learning, not of ordinary news).
const estimateBackground = values['estimate-assoc'] === undefined ? background : loadBackground(values.background, values['estimate-assoc']);

/** The stream's second half, each headline analysed once. */
function secondHalf(): { docs: Array<{ keys: string[]; lang: Lang }>; days: number } {
  const rows = readLabelled(join(SHARED_EVAL, 'stream-id-headlines.jsonl'));
  const times = rows.map((r) => r.published ?? '').sort();
  const median = times[Math.floor(times.length / 2)]!;
  const half = rows.filter((r) => (r.published ?? '') >= median);
  const days = (Date.parse(times[times.length - 1]!.slice(0, 10)) - Date.parse(median.slice(0, 10))) / 86_400_000 + 1;
  return { docs: half.map((r) => { const a = analyzeText(`${r.title}\n${r.summary}`, lexicon, r.lang); return { keys: a.keys, lang: a.lang }; }), days };
}

/** A background whose rates are those of the given documents (keys and adjacent word pairs), its associations the table's. */
function oracleBackground(docs: ReadonlyArray<{ keys: string[] }>, table: Background): Background {
  const df = new Map<string, number>();
  for (const { keys } of docs) {
    const seen = new Set(keys);
    keys.forEach((k, i) => { if (i > 0 && !k.startsWith('@') && !keys[i - 1]!.startsWith('@')) seen.add(`${keys[i - 1]} ${k}`); });
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return { ...table, probability: (key) => Math.max(df.get(key) ?? 0, 0.5) / docs.length, associations: (lang) => table.associations(lang), docs: () => docs.length, countryConditional: (a, b) => table.countryConditional(a, b) };
}

/** --raw: each word's rate over all the table's headlines (the associations' counts), not its typical month's. */
function rawBackground(table: Background): Background {
  const a = table.associations('id')!;
  return { ...table, probability: (key, lang) => { const n = a.df.get(key); return n === undefined ? table.probability(key, lang) : Math.max(n / a.docs, table.probability(key, lang)); } };
}
/**
 * The estimate before pairs (set-threshold.ts at 93a9008), kept for its column: keys independent, and
 * the facets' own keys never in the score (they do count in it, match-item.ts).
 */
function estimateBefore(profile: TopicProfile, lexicon: Lexicon, background: Background, lang: 'id' | 'en'): number {
  const p = (key: string) => background.probability(key, lang);
  const gateKeys = new Set<string>();
  let gate = 1;
  for (const concept of profile.concepts) {
    let miss = 1;
    for (const key of concept.keys) {
      gateKeys.add(key);
      miss *= 1 - p(key);
    }
    for (const country of concept.countries) miss *= 1 - p(`@${country}`);
    gate *= 1 - miss;
  }
  const sideCountries = new Set(profile.concepts.flatMap((c) => c.countries));
  // Score distribution by dynamic programming over independent terms, in steps of 0.05 units.
  const step = 0.05;
  const cap = Math.ceil(profile.threshold / step);
  let dist = new Float64Array(cap + 1);
  dist[0] = 1;
  for (const term of profile.terms) {
    if (gateKeys.has(term.key)) continue;
    if (isEntityKey(term.key) && sideCountries.has(lexicon.entities.get(term.key)?.country ?? '')) continue;
    const q = p(term.key);
    const shift = Math.round(term.weight / profile.unit / step);
    if (shift === 0) continue;
    const next = new Float64Array(cap + 1);
    for (let s = 0; s <= cap; s += 1) {
      const mass = dist[s]!;
      if (mass === 0) continue;
      next[s] = next[s]! + mass * (1 - q);
      const to = Math.min(cap, s + shift);
      next[to] = next[to]! + mass * q;
    }
    dist = next;
  }
  // A name that is enough alone (learn-concepts.ts) passes whatever else the item holds.
  let noAlone = 1;
  for (const concept of profile.concepts as FacetConcept[]) for (const key of concept.alone ?? []) noAlone *= 1 - p(key);
  return DOCUMENTS_PER_DAY * (1 - (1 - gate * dist[cap]!) * noAlone);
}

// --pivot broadest|narrowest: which facet's keys the estimate conditions on (expected-posts.ts PIVOT_FACET).
// --pair-rate lift|share: how a pair's count gives a key's rate given the pivot (PAIR_RATE).
if (values.pivot !== undefined && values.pivot !== 'broadest' && values.pivot !== 'narrowest') throw new Error(`posts-estimate: --pivot takes broadest or narrowest, not ${values.pivot}`);
if (values['pair-rate'] !== undefined && values['pair-rate'] !== 'lift' && values['pair-rate'] !== 'share') throw new Error(`posts-estimate: --pair-rate takes lift or share, not ${values['pair-rate']}`);
const pivot = { ...(values.pivot === undefined ? {} : { pivot: values.pivot as PivotFacet }), ...(values['pair-rate'] === undefined ? {} : { pairRate: values['pair-rate'] as PairRate }) };
const stream = secondHalf();
const oracle = values.oracle === true ? oracleBackground(stream.docs, estimateBackground) : values.raw === true ? rawBackground(estimateBackground) : undefined;
const f = (x: number) => x.toFixed(2);
console.log(`second half: ${stream.docs.length} headlines over ${stream.days} days; a day = share x ${DOCUMENTS_PER_DAY}`);
console.log(`${'topic'.padEnd(22)} ${'before'.padStart(7)} ${'indep.'.padStart(7)} ${'pairs'.padStart(7)}${oracle ? ` ${'o.indep'.padStart(7)} ${'o.pairs'.padStart(7)}` : ''} ${'measured'.padStart(8)}  measured/pairs`);
const ratios: number[] = [];
const oracleRatios: number[] = [];
for (const topic of positionals.length > 0 ? positionals : developmentTopics()) {
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  const profile = learnProfile(seeds, lexicon, background, { name: topic });
  const lang = profile.seeds[0]?.lang ?? 'id';
  const before = estimateBefore(profile, lexicon, background, lang) / DOCUMENTS_PER_DAY;
  const indep = expectedFlaggedShare(profile, lexicon, estimateBackground, lang, { ...pivot, pairs: false });
  const pairs = expectedFlaggedShare(profile, lexicon, estimateBackground, lang, pivot);
  const o = oracle === undefined ? undefined : [expectedFlaggedShare(profile, lexicon, oracle, lang, { ...pivot, pairs: false }), expectedFlaggedShare(profile, lexicon, oracle, lang, pivot)];
  let measured: number | undefined;
  if (lang === 'id') {
    const prepared = prepareProfile(profile, lexicon);
    measured = stream.docs.filter((d) => matchKeys(d.keys, d.lang, prepared).decision).length / stream.docs.length;
    ratios.push(measured / pairs);
    if (o !== undefined) oracleRatios.push(measured / o[1]!);
  }
  const day = (share: number) => f(share * DOCUMENTS_PER_DAY).padStart(7);
  console.log(`${topic.padEnd(22)} ${day(before)} ${day(indep)} ${day(pairs)}${o ? ` ${day(o[0]!)} ${day(o[1]!)}` : ''} ${measured === undefined ? '       -' : day(measured).padStart(8)}  ${measured === undefined ? '-' : f(measured / pairs)}`);
}
if (ratios.length > 0) console.log(`measured / estimate (pairs): min ${f(Math.min(...ratios))}, max ${f(Math.max(...ratios))}; the factor ${f(Math.max(...ratios.map((r) => Math.max(r, 1 / r))))}`);
if (oracleRatios.length > 0) console.log(`measured / estimate at the second half's own rates (o.pairs): min ${f(Math.min(...oracleRatios))}, max ${f(Math.max(...oracleRatios))}`);
