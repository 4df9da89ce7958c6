// The curve behind TOPIC_MEMORY_CUTS (src/core/match/topic-memory.ts): a topic's own recent
// matches say which words stand for it now. Every development topic (and the default one) is
// learned from its seeds as `newshound learn` does and replayed in published order, twice:
//   items:  its labelled items alone, what `newshound eval` replays;
//   stream: for the Indonesian topics the whole Kompas/detik stream (150,435 headlines, what the
//           worker polls), scored on the labelled items among it; the others as in "items".
// `minNewKeys` stays at TOPIC_MEMORY_CUTS's 1, a constraint (topic-memory.ts), not a cut fitted here.
// For each point of the grid it prints every topic's F1 / C_norm in both replays, and the rule:
// among the points where, in both replays, no topic's F1 falls by more than 0.01 and the mean
// C_norm does not rise, the best mean F1 over the two replays; "off" when none beats it.
//   node --import tsx scripts/stand-in-curve.ts [--show TOPIC --at H,N,S,R[,F[,M[,W]]]] [--named 1,2] [--items-only]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { matchKeys, prepareProfile, type PreparedProfile } from '../src/core/match/match-item.ts';
import { dayOfTime, profileKeys, TopicMemory, TOPIC_MEMORY_CUTS, type TopicMemoryCuts } from '../src/core/match/topic-memory.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import type { Match, NewsItem } from '../src/core/model.ts';
import { namedOrAllTopics, SHARED_EVAL, type Labelled } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { show: { type: 'string' }, at: { type: 'string' }, named: { type: 'string' }, 'items-only': { type: 'boolean' } } });
const lexicon = loadLexicon();
const background = loadBackground();
/** The stream writes "2025-10-06 23:35 WIB"; feeds' items arrive as ISO times. */
const eventTime = (item: NewsItem): number | undefined => {
  const ms = Date.parse((item.published ?? '').replace(/ WIB$/, '+07:00').replace(/^(\d{4}-\d\d-\d\d) /, '$1T'));
  return Number.isFinite(ms) ? ms : undefined;
};
const readRows = (file: string): Labelled[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Labelled);

interface Row { id: string; title: string; label: number; day: number; keys: string[]; memoryKeys: string[]; lang: 'id' | 'en' }
/** In published order (stable: undated items keep their place after the dated ones before them), as `eval` replays them. */
function analyse(rows: readonly NewsItem[]): Row[] {
  let lastDay = 0;
  const analysed = rows.map((r, index) => {
    const a = analyzeText(`${r.title}\n${r.summary ?? ''}`, lexicon, r.lang, { places: true });
    const at = eventTime(r);
    const day = at === undefined ? lastDay : dayOfTime(at);
    lastDay = day;
    return { index, row: { id: r.id, title: r.title, label: (r as Labelled).label, day, keys: a.keys, memoryKeys: [...a.keys, ...(a.places ?? [])], lang: a.lang } };
  });
  return analysed.sort((a, b) => a.row.day - b.row.day || a.index - b.index).map((a) => a.row);
}

function replay(rows: readonly Row[], statics: readonly Match[], cuts: TopicMemoryCuts | undefined, wanted: ReadonlySet<string>, holds: (key: string) => boolean, prepared: PreparedProfile): Map<string, Match> {
  const memory = new TopicMemory(rows[0]?.day ?? 0, cuts);
  const decisions = new Map<string, Match>();
  rows.forEach((row, i) => {
    memory.ageTo(row.day);
    const match = cuts === undefined ? statics[i]! : memory.decide(statics[i]!, row.memoryKeys, holds, prepared);
    if (wanted.has(row.id)) decisions.set(row.id, match);
    if (cuts !== undefined) memory.note(row.memoryKeys, statics[i]!.decision);
  });
  return decisions;
}

function score(items: readonly Labelled[], decisions: ReadonlyMap<string, Match>) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const item of items) {
    const d = decisions.get(item.id)?.decision ?? false;
    if (d && item.label === 1) tp++;
    else if (d) fp++;
    else if (item.label === 1) fn++;
    else tn++;
  }
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { tp, fp, fn, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, c: (tp + fn > 0 ? fn / (tp + fn) : 0) + 4.9 * (fp + tn > 0 ? fp / (fp + tn) : 0) };
}

const STREAM = join(SHARED_EVAL, 'stream-id-headlines.jsonl');
const streamRows = !values['items-only'] && existsSync(STREAM) ? analyse(readRows(STREAM)) : undefined;
const f3 = (x: number) => x.toFixed(3);
const grid: (TopicMemoryCuts | undefined)[] = [undefined];
// --named 1,2: the values of minKeysWithName crossed with the grid (0, off, is always in it).
const NAMED_STAND_INS = (values.named ?? '1,2').split(',').map(Number);
if (NAMED_STAND_INS.some((k) => !Number.isInteger(k) || k < 0)) throw new Error(`stand-in-curve: --named wants whole numbers separated by commas, not ${values.named}`);
// maxMissingFacets: Infinity (any facet may be missing) or 1 (the item shows one facet itself); with
// 1, missingFacetOnly 0 / 1 / 2 (stand-ins that are evidence of a facet the item shows count; do
// not; count, but not as the new key minNewKeys asks for).
for (const halfLifeDays of [3.5, 7, 14]) for (const minMatched of [3, 5, 10]) for (const minShare of [0.4, 0.5, 0.6, 0.7]) for (const minKeys of [2, 3]) {
  grid.push({ ...TOPIC_MEMORY_CUTS, halfLifeDays, minMatched, minShare, minKeys, maxMissingFacets: Number.POSITIVE_INFINITY, missingFacetOnly: 0, minKeysWithName: 0 });
  for (const missingFacetOnly of [0, 1, 2]) grid.push({ ...TOPIC_MEMORY_CUTS, halfLifeDays, minMatched, minShare, minKeys, maxMissingFacets: 1, missingFacetOnly, minKeysWithName: 0 });
  // Fewer stand-ins when one is a name (minKeysWithName), with one facet shown and every stand-in counted.
  for (const minKeysWithName of NAMED_STAND_INS.filter((k) => k > 0 && k < minKeys)) grid.push({ ...TOPIC_MEMORY_CUTS, halfLifeDays, minMatched, minShare, minKeys, maxMissingFacets: 1, missingFacetOnly: 0, minKeysWithName });
}
const at = values.at?.split(',').map(Number);
const points = at === undefined ? grid : [undefined, { ...TOPIC_MEMORY_CUTS, halfLifeDays: at[0]!, minMatched: at[1]!, minShare: at[2]!, minKeys: at[3]!, maxMissingFacets: at[4] ?? TOPIC_MEMORY_CUTS.maxMissingFacets, missingFacetOnly: at[5] ?? TOPIC_MEMORY_CUTS.missingFacetOnly, minKeysWithName: at[6] ?? TOPIC_MEMORY_CUTS.minKeysWithName }];
const name = (c: TopicMemoryCuts | undefined) => (c === undefined ? 'off' : `h${c.halfLifeDays} n${c.minMatched} s${c.minShare} r${c.minKeys} f${c.maxMissingFacets === Number.POSITIVE_INFINITY ? 'any' : c.maxMissingFacets} m${c.missingFacetOnly} w${c.minKeysWithName}`);

type Figures = { f1: number; c: number };
const results = new Map<string, { items: Figures[]; stream: Figures[] }>();
const topics = namedOrAllTopics(positionals, lexicon);
for (const topic of topics) {
  const profile = topic.tune(learnProfile(topic.seeds, lexicon, background, { name: topic.name }));
  const prepared = prepareProfile(profile, lexicon);
  const wanted = new Set(topic.items.map((i) => i.id));
  const itemRows = analyse(topic.items);
  const inStream = streamRows !== undefined && topic.name !== 'default' && topic.items[0]?.id.startsWith('stream-');
  const modes = { items: itemRows, stream: inStream ? streamRows : itemRows };
  const statics = { items: itemRows.map((r) => matchKeys(r.keys, r.lang, prepared)), stream: inStream ? streamRows.map((r) => matchKeys(r.keys, r.lang, prepared)) : undefined };
  for (const cuts of points) {
    const entry = results.get(name(cuts)) ?? { items: [], stream: [] };
    const holds = profileKeys(prepared);
    const itemsDecisions = replay(modes.items, statics.items, cuts, wanted, holds, prepared);
    entry.items.push(score(topic.items, itemsDecisions));
    const streamDecisions = statics.stream === undefined ? itemsDecisions : replay(modes.stream, statics.stream, cuts, wanted, holds, prepared);
    entry.stream.push(score(topic.items, streamDecisions));
    results.set(name(cuts), entry);
    if (values.show === topic.name && cuts !== undefined) {
      const base = replay(modes.stream, statics.stream ?? statics.items, undefined, wanted, holds, prepared);
      for (const item of topic.items) {
        const d = streamDecisions.get(item.id);
        if (d?.decision && !base.get(item.id)?.decision) console.log(`  ${item.label === 1 ? 'TP' : 'FP'} ${item.title}  <- ${d.reason.replace(/^.*now: /, '')}`);
      }
    }
  }
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const off = results.get('off')!;
console.log(`topics: ${topics.map((t) => t.name).join(' ')}`);
const rows = [...results.entries()].map(([key, r]) => {
  const worst = Math.min(...r.items.map((x, i) => x.f1 - off.items[i]!.f1), ...r.stream.map((x, i) => x.f1 - off.stream[i]!.f1));
  const cItems = mean(r.items.map((x) => x.c));
  const cStream = mean(r.stream.map((x) => x.c));
  const passes = worst >= -0.01 && cItems <= mean(off.items.map((x) => x.c)) + 1e-9 && cStream <= mean(off.stream.map((x) => x.c)) + 1e-9;
  return { key, r, worst, passes, f1: (mean(r.items.map((x) => x.f1)) + mean(r.stream.map((x) => x.f1))) / 2, cItems, cStream };
});
rows.sort((a, b) => b.f1 - a.f1);
for (const row of rows) {
  console.log(`${row.key.padEnd(20)} ${row.passes ? 'ok ' : '-- '} mean F1 ${f3(row.f1)} (items ${f3(mean(row.r.items.map((x) => x.f1)))} C ${f3(row.cItems)}; stream ${f3(mean(row.r.stream.map((x) => x.f1)))} C ${f3(row.cStream)}) worst dF1 ${f3(row.worst)}`);
  console.log(`    items  ${row.r.items.map((x) => `${f3(x.f1)}/${f3(x.c)}`).join(' ')}`);
  console.log(`    stream ${row.r.stream.map((x) => `${f3(x.f1)}/${f3(x.c)}`).join(' ')}`);
}
const pick = rows.find((r) => r.passes && (r.key === 'off' || r.f1 > mean([...off.items, ...off.stream].map((x) => x.f1)) + 1e-9)) ?? rows.find((r) => r.key === 'off')!;
console.log(`rule: in both replays no topic's F1 down by more than 0.01 and mean C_norm not up; best mean F1 of the two -> ${pick.key}`);
