// Development figures for topic learning (issue 9): learns every development topic from its seeds
// (no tuning), scores its labelled items the way ../shared/eval/topics/score-topics.sh does, and
// scores the default topic (config/seeds + its tuning) on ../shared/eval/dev.jsonl.
//   node --import tsx scripts/topic-figures.ts [--background FILE] [--assoc FILE | --no-assoc] [--show TOPIC] [--loo] [--feedback [--share S]] [--stream] [--names-instead N] [TOPIC...]
// --loo also learns each topic from every set of all seeds but one and prints the F1 range
// (robustness: the facets and figures should barely move).
// --subsets K,... learns each topic from every set of K of its seeds (issue 9: "learned from any 2-5
// of the seeds") and prints F1 min / median / mean per K.
// --show TOPIC prints the learned facets and the false positives/negatives of that topic.
// --feedback widens each topic's facets from the first half of the Kompas/detik stream (minus every
// labelled item of every development topic), src/core/profile/expand-facets.ts; --share S sets its cut.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { loadTopic, readSeedDir } from '../src/adapters/topic-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { FACET_CUTS, type FacetCuts } from '../src/core/profile/learn-concepts.ts';
import { matchItem, prepareProfile, type PrepareOptions } from '../src/core/match/match-item.ts';
import { decideWithMemory } from '../src/core/match/replay-with-memory.ts';
import { TOPIC_MEMORY_CUTS } from '../src/core/match/topic-memory.ts';
import { describeProfile } from '../src/core/profile/describe-profile.ts';
import type { NewsItem } from '../src/core/model.ts';
import { clusterInOrder } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex } from '../src/core/dedup/story-index.ts';
import { analyseFeedback, type FeedbackDocs } from '../src/core/profile/expand-facets.ts';
import { readFeedbackFile } from '../src/adapters/feedback-file.ts';
import { developmentTopics, seedSubsets, topicDir } from './topic-eval-lib.ts';

const SHARED = new URL('../../shared/eval/', import.meta.url).pathname;
// The development topics: ../shared/eval/topics and the project's own (tests/fixtures/topics/, built
// on demand into a temporary directory by scripts/build-topics.ts), through scripts/topic-eval-lib.ts.

const { values, positionals } = parseArgs({ allowPositionals: true, options: { background: { type: 'string' }, show: { type: 'string' }, sweep: { type: 'boolean' }, loo: { type: 'boolean' }, stream: { type: 'boolean' }, feedback: { type: 'boolean' }, share: { type: 'string' }, assoc: { type: 'string' }, 'no-assoc': { type: 'boolean' }, 'no-memory': { type: 'boolean' }, names: { type: 'string' }, 'names-instead': { type: 'string' }, subsets: { type: 'string' }, set: { type: 'string' } } });
const lexicon = loadLexicon();
// --assoc FILE: the word associations to widen themes with (src/core/profile/widen-by-association.ts)
// instead of the ones beside the table; --no-assoc: none (the seeds' words only).
const background = loadBackground(values.background, values.assoc);

type Labelled = NewsItem & { label: number; kind?: string };
const readItems = (file: string): Labelled[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Labelled);
const f3 = (x: number) => x.toFixed(3);

// As `newshound eval` scores a file: in published order, with the topic's memory of its own
// recent matches (src/core/match/topic-memory.ts); --no-memory: the profile alone.
const replayed = (items: Labelled[], prepared: ReturnType<typeof prepareProfile>): ((item: Labelled) => boolean) => {
  const matches = decideWithMemory(items, prepared, new Date(), values['no-memory'] === true ? null : TOPIC_MEMORY_CUTS);
  const byId = new Map(items.map((item, i) => [item.id, matches[i]!.decision]));
  return (item) => byId.get(item.id) ?? false;
};

function score(items: Labelled[], decide: (item: Labelled) => boolean) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const wrong: Labelled[] = [];
  for (const item of items) {
    const d = decide(item);
    if (d && item.label === 1) tp++;
    else if (d) { fp++; wrong.push(item); }
    else if (item.label === 1) { fn++; wrong.push(item); }
    else tn++;
  }
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const c = (tp + fn > 0 ? fn / (tp + fn) : 0) + 4.9 * (fp + tn > 0 ? fp / (fp + tn) : 0);
  return { tp, fp, fn, p, r, f1, c, wrong };
}

// --stream: on the second half of the Kompas/detik stream (published from its median time on), true
// and false alarms together, the headlines flagged a day and the posts a day (one per story, as
// the worker posts them): use it with a --background built from the first half.
const STREAM = join(SHARED, 'stream-id-headlines.jsonl');
const streamHalf = values.stream && existsSync(STREAM) ? (() => {
  const rows = readItems(STREAM);
  const times = rows.map((r) => r.published ?? '').sort();
  const median = times[Math.floor(times.length / 2)]!;
  const half = rows.filter((r) => (r.published ?? '') >= median);
  const days = (Date.parse(times[times.length - 1]!.slice(0, 10)) - Date.parse(median.slice(0, 10))) / 86_400_000 + 1;
  // The memory (unless --no-memory) is replayed over the whole stream, so the second half is
  // decided with what the first half taught it, as a worker running since October would.
  return { rows, half: new Set(half.map((r) => r.id)), days };
})() : undefined;

// The feedback headlines: the stream's first half, without any development topic's labelled items.
const allTopics = developmentTopics();
const feedbackItems = values.feedback && existsSync(STREAM)
  ? readFeedbackFile(STREAM, { half: 'first', exclude: new Set(allTopics.flatMap((t) => readItems(join(topicDir(t), 'items.jsonl')).map((i) => i.id))) })
  : undefined;
const feedbackByLang = new Map<string, FeedbackDocs>();
const feedbackFor = (lang: 'id' | 'en'): FeedbackDocs | undefined => {
  if (feedbackItems === undefined) return undefined;
  if (!feedbackByLang.has(lang)) feedbackByLang.set(lang, analyseFeedback(feedbackItems, lexicon, lang));
  return feedbackByLang.get(lang);
};
// --names SHARE/SEED_NAMES/THEME_SHARE/LIKE: the names facet widened by the associations with
// other cuts than ASSOCIATION_CUTS's (widen-by-association.ts widenNames), e.g. --names
// 0.4/1/0.1/unknown/0.001 (then nameMaxEnglishP, the loanword check, and optionally /heads/P:
// nameVouchers, default facet, and nameVoucherMaxP); the shipped cuts are 0.5/3/0/unknown/0.001/heads/0.005.
const namesCuts = values.names === undefined ? undefined : (() => {
  const [share, seedNames, themeShare, like, english, vouchers, voucherP] = values.names.split('/');
  return { nameShare: Number(share), nameSeedNames: Number(seedNames), nameThemeShare: Number(themeShare), nameLike: (like ?? 'unknown') as 'entity' | 'unknown', nameMaxEnglishP: Number(english ?? 0), nameVouchers: (vouchers ?? 'facet') as 'facet' | 'heads', nameVoucherMaxP: Number(voucherP ?? 0) };
})();
// --set CUT=VALUE,...: facet cuts (FACET_CUTS, src/core/profile/learn-concepts.ts) other than the shipped ones.
const facetCuts: Partial<FacetCuts> = {};
for (const pair of (values.set ?? '').split(',').filter((p) => p !== '')) {
  const [cut, value] = pair.split('=');
  if (cut === undefined || !Object.hasOwn(FACET_CUTS, cut) || value === undefined || value.trim() === '' || !Number.isFinite(Number(value))) throw new Error(`topic-figures: --set wants FACET_CUT=VALUE, not ${pair}`);
  facetCuts[cut as keyof FacetCuts] = Number(value);
}
// --names-instead N: distinct names standing in for a missing theme (match-item.ts
// NAMES_INSTEAD_OF_THEME; 0 off) in place of the shipped number, learning and matching alike.
const matchOptions: PrepareOptions = values['names-instead'] === undefined ? {} : { namesInsteadOfTheme: Number(values['names-instead']) };
const learnOptions = (name: string, lang: 'id' | 'en') => {
  const feedback = feedbackFor(lang);
  return { name, facetCuts, matchOptions, ...(feedback === undefined ? {} : { feedback }), ...(values.share === undefined ? {} : { minFeedbackShare: Number(values.share) }), ...(values['no-assoc'] === true ? { associationCuts: false as const } : namesCuts === undefined ? {} : { associationCuts: namesCuts }) };
};
const seedLang = (seeds: ReturnType<typeof readSeedDir>) => learnProfile(seeds, lexicon, background, { name: 'lang', threshold: 0 }).seeds[0]?.lang ?? 'id';

const topics = positionals.length > 0 ? positionals : allTopics;
const sums = { p: 0, r: 0, f1: 0, c: 0 };
let k = 0;
for (const topic of topics) {
  if (topic === 'default') continue;
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  const started = performance.now();
  const lang = seedLang(seeds);
  const profile = learnProfile(seeds, lexicon, background, learnOptions(topic, lang));
  const learnMs = performance.now() - started;
  const prepared = prepareProfile(profile, lexicon, matchOptions);
  const items = readItems(join(topicDir(topic), 'items.jsonl'));
  const s = score(items, replayed(items, prepared));
  if (streamHalf !== undefined && seeds.some(() => true) && items[0]?.lang === 'id') {
    const streamDecision = replayed(streamHalf.rows, prepared);
    const flaggedItems = streamHalf.rows.filter((item) => streamHalf.half.has(item.id) && streamDecision(item));
    const flagged = flaggedItems.length;
    // What a channel receives: one post per story, later reports of it recorded on the story (the
    // worker's own story index, fed the topic's matches in published order).
    const posts = clusterInOrder(flaggedItems, new StoryIndex(lexicon, background)).filter(({ assignment }) => assignment.isNew).length;
    // The labelled items are a random sample of the topic's candidate headlines, which hold
    // nearly all it flags: their labels among the flagged estimate how many posts are on topic.
    const labels = new Map(items.map((item) => [item.id, item.label]));
    const onTopic = flaggedItems.filter((item) => labels.get(item.id) === 1).length;
    const offTopic = flaggedItems.filter((item) => labels.get(item.id) === 0).length;
    const share = onTopic + offTopic > 0 ? onTopic / (onTopic + offTopic) : 0;
    console.log(`${topic.padEnd(22)} stream second half: ${flagged} of ${streamHalf.half.size} flagged, ${(flagged / streamHalf.days).toFixed(2)} a day; ${posts} stories, ${(posts / streamHalf.days).toFixed(2)} posts a day; of the flagged that are labelled ${onTopic} on topic, ${offTopic} off (about ${((share * flagged) / streamHalf.days).toFixed(2)} on-topic headlines a day)`);
  }
  sums.p += s.p; sums.r += s.r; sums.f1 += s.f1; sums.c += s.c; k++;
  console.log(`${topic.padEnd(22)} tp=${s.tp} fp=${s.fp} fn=${s.fn}  P=${f3(s.p)}  R=${f3(s.r)}  F1=${f3(s.f1)}  C_norm=${f3(s.c)}  learn=${learnMs.toFixed(0)}ms`);
  if (values.loo) {
    const f1s = seeds.map((_, i) => {
      const loo = learnProfile(seeds.filter((__, j) => j !== i), lexicon, background, learnOptions(topic, lang));
      if (values.show === topic) console.log(`   without ${seeds[i]!.name}:\n${describeProfile(loo).split('\n').slice(1, 4).map((l) => `     ${l.slice(0, 220)}`).join('\n')}`);
      const p2 = prepareProfile(loo, lexicon, matchOptions);
      return score(items, replayed(items, p2)).f1;
    });
    console.log(`   leave one seed out: F1 ${f1s.map(f3).join(' ')}  (min ${f3(Math.min(...f1s))}, mean ${f3(f1s.reduce((a, b) => a + b, 0) / f1s.length)})`);
  }
  for (const size of (values.subsets ?? '').split(',').filter((k) => k !== '').map(Number)) {
    const f1s = seedSubsets(seeds.length, size).map((chosen) => {
      const subset = learnProfile(chosen.map((i) => seeds[i]!), lexicon, background, learnOptions(topic, lang));
      const p2 = prepareProfile(subset, lexicon, matchOptions);
      const f1 = score(items, replayed(items, p2)).f1;
      if (values.show === topic) console.log(`   seeds ${chosen.map((i) => i + 1).join(',')}: F1 ${f3(f1)}\n${describeProfile(subset).split('\n').slice(1, 4).map((l) => `     ${l.slice(0, 220)}`).join('\n')}`);
      return f1;
    });
    const sorted = [...f1s].sort((a, b) => a - b);
    console.log(`   every ${size} of ${seeds.length} seeds (${f1s.length} sets): F1 min ${f3(sorted[0]!)}, median ${f3(sorted[Math.floor(sorted.length / 2)]!)}, mean ${f3(f1s.reduce((a, b) => a + b, 0) / f1s.length)}`);
  }
  if (values.sweep) {
    const line: string[] = [];
    for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.5, 2, 2.5, 3]) {
      const p2 = prepareProfile({ ...profile, threshold: t }, lexicon, matchOptions);
      line.push(`${t}:${f3(score(items, replayed(items, p2)).f1)}`);
    }
    console.log(`   sweep ${line.join(' ')}`);
  }
  if (values.show === topic) {
    console.log(describeProfile(profile));
    for (const item of s.wrong) {
      const m = matchItem(item, prepared);
      console.log(`  ${item.label === 1 ? 'FN' : 'FP'} ${item.id} ${m.score} | ${item.title.slice(0, 110)} | ${m.reason.slice(0, 120)}`);
    }
  }
}
if (k > 0) console.log(`${`mean (${k} topics)`.padEnd(22)} P=${f3(sums.p / k)}  R=${f3(sums.r / k)}  F1=${f3(sums.f1 / k)}  C_norm=${f3(sums.c / k)}`);

if (positionals.length === 0 || positionals.includes('default')) {
  const defaultSeeds = readSeedDir(DEFAULT_SEEDS_DIR);
  const learned = learnProfile(defaultSeeds, lexicon, background, learnOptions('default', seedLang(defaultSeeds)));
  const profile = applyTuning(learned, readTuningFile(DEFAULT_TUNING_FILE), lexicon);
  const prepared = prepareProfile(profile, lexicon, matchOptions);
  const devItems = readItems(join(SHARED, 'dev.jsonl'));
  const s = score(devItems, replayed(devItems, prepared));
  console.log(`${'default (dev.jsonl)'.padEnd(22)} tp=${s.tp} fp=${s.fp} fn=${s.fn}  P=${f3(s.p)}  R=${f3(s.r)}  F1=${f3(s.f1)}  C_norm=${f3(s.c)}`);
  if (values.show === 'default') {
    console.log(describeProfile(profile));
    for (const item of s.wrong) console.log(`  ${item.label === 1 ? 'FN' : 'FP'} ${item.id} ${matchItem(item, prepared).score} | ${item.title.slice(0, 110)}`);
  }
}
void loadTopic;
