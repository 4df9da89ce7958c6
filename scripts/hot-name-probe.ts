// Probe (not a stage): would a name the stream's recent headlines mostly carry on topic stand in
// for a missing facet? For each Indonesian development topic, replays the Kompas/detik stream in
// published order, keeps per name key (lexicon entity or place key) the last W days' headlines
// holding it and how many the profile matched, and scores the labelled items with the rule
//   match, or: exactly one facet missing and a name of the item held by >= N recent headlines of
//   which >= S were matches.
//   node --import tsx scripts/hot-name-probe.ts [--days W] [TOPIC...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { matchKeys, prepareProfile } from '../src/core/match/match-item.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import { isEntityKey } from '../src/core/text/lexicon.ts';
import { developmentTopics, readLabelled, SHARED_EVAL, topicDir } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { days: { type: 'string' } } });
const W = Number(values.days ?? 7) * 86_400_000;
const lexicon = loadLexicon();
const background = loadBackground();
const stream = readLabelled(join(SHARED_EVAL, 'stream-id-headlines.jsonl')).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
const t = (p: string | undefined) => Date.parse((p ?? '').replace(' WIB', '+07:00').replace(' ', 'T'));
const rows = stream.map((item) => {
  const a = analyzeText(`${item.title}\n${item.summary}`, lexicon, item.lang, { places: true });
  const names = [...new Set([...a.keys.filter((k) => isEntityKey(k)), ...a.places])];
  return { item, keys: a.keys, lang: a.lang, names, time: t(item.published) };
});
const median = rows[Math.floor(rows.length / 2)]!.time;
const days2 = (rows[rows.length - 1]!.time - median) / 86_400_000;

const topics = positionals.length > 0 ? positionals : developmentTopics().filter((x) => x.startsWith('id-'));
const grid: Array<[number, number]> = [];
for (const n of [3, 5, 10, 20]) for (const s of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) grid.push([n, s]);
for (const topic of topics) {
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  const profile = learnProfile(seeds, lexicon, background, { name: topic });
  const prepared = prepareProfile(profile, lexicon);
  const labels = new Map(readLabelled(join(topicDir(topic), 'items.jsonl')).map((i) => [i.id, i.label]));
  const recent = new Map<string, Array<{ time: number; hit: boolean }>>();
  // per grid point: tp fp fn (labelled), flagged in the second half
  const counts = grid.map(() => ({ tp: 0, fp: 0, fn: 0, flagged: 0, gained: [] as string[] }));
  const base = { tp: 0, fp: 0, fn: 0, flagged: 0 };
  for (const row of rows) {
    const m = matchKeys(row.keys, row.lang, prepared);
    const oneMissing = !m.decision && m.reason.startsWith('missing concept') && m.concepts.filter((c) => c.matched.length === 0).length === 1 && m.concepts.length >= 2;
    // the item's hottest name, by share among names with enough recent headlines, per N
    const stats = row.names.map((k) => {
      const list = (recent.get(k) ?? []).filter((e) => e.time >= row.time - W);
      recent.set(k, list);
      const hits = list.filter((e) => e.hit).length;
      return { k, n: list.length, share: list.length === 0 ? 0 : hits / list.length };
    });
    const label = labels.get(row.item.id ?? '');
    grid.forEach(([n, s], g) => {
      const hot = oneMissing && stats.some((x) => x.n >= n && x.share >= s);
      const d = m.decision || hot;
      const c = counts[g]!;
      if (label !== undefined) {
        if (d && label === 1) c.tp++; else if (d) c.fp++; else if (label === 1) c.fn++;
        if (hot && c.gained.length < 400) c.gained.push(`${label} ${row.item.title}`);
      }
      if (d && row.time >= median) c.flagged++;
    });
    if (label !== undefined) { if (m.decision && label === 1) base.tp++; else if (m.decision) base.fp++; else if (label === 1) base.fn++; }
    if (m.decision && row.time >= median) base.flagged++;
    for (const k of row.names) recent.get(k)!.push({ time: row.time, hit: m.decision });
  }
  const pos = [...labels.values()].filter((l) => l === 1).length;
  const neg = labels.size - pos;
  const fmt = (c: { tp: number; fp: number; fn: number; flagged: number }) => {
    const f1 = (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    const cn = c.fn / pos + 4.9 * (c.fp / neg);
    return `F1 ${f1.toFixed(3)} C ${cn.toFixed(3)} tp ${c.tp} fp ${c.fp} flagged/day ${(c.flagged / days2).toFixed(2)}`;
  };
  console.log(`${topic} base: ${fmt(base)}`);
  grid.forEach(([n, s], g) => console.log(`  N ${n} S ${s}: ${fmt(counts[g]!)}`));
  if (process.env.SHOW) { const g = grid.findIndex(([n, s]) => `${n},${s}` === process.env.SHOW); console.log(counts[g]!.gained.join('\n')); }
}
