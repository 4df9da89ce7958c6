// The curve a posts-a-day target for the threshold is read from (issue 9: "a threshold ... aiming at a
// stated expected posts-per-day"): every development topic and the default learned with the threshold
// raised until `learn`'s estimate (src/core/profile/expected-posts.ts) is at most the target
// (LearnOptions.postsPerDayTarget), for each target, against each table given.
//   node --import tsx scripts/posts-target-curve.ts [--targets off,1,2,...] [--capped] [--tables shipped,FILE...] [--no-loo]
// Per target and table: each topic's F1 / C_norm and threshold, its leave-one-seed-out F1 min / mean,
// and what it flags on the stream's second half (headlines and posts, one per story, a day: read them
// with a table from the first half); the 8-topic means and the default topic's dev F1.
// --capped keeps the raised threshold under the plainest-headline cap.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { learnProfile, type LearnOptions } from '../src/core/profile/learn-profile.ts';
import { matchKeys, prepareProfile } from '../src/core/match/match-item.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import { clusterInOrder } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex } from '../src/core/dedup/story-index.ts';
import type { Lang } from '../src/core/model.ts';
import { developmentTopics, profileCounts, readLabelled, SHARED_EVAL, seededTopics } from './topic-eval-lib.ts';

const { values } = parseArgs({ options: { targets: { type: 'string' }, capped: { type: 'boolean' }, tables: { type: 'string' }, 'no-loo': { type: 'boolean' } } });
const lexicon = loadLexicon();
const targets = (values.targets ?? 'off,0.5,1,1.5,2,3,4,6').split(',').map((t) => (t === 'off' ? undefined : Number(t)));
const tables = (values.tables ?? 'shipped').split(',');

const rows = readLabelled(join(SHARED_EVAL, 'stream-id-headlines.jsonl'));
const times = rows.map((r) => r.published ?? '').sort();
const median = times[Math.floor(times.length / 2)]!;
const half = rows.filter((r) => (r.published ?? '') >= median);
const days = (Date.parse(times[times.length - 1]!.slice(0, 10)) - Date.parse(median.slice(0, 10))) / 86_400_000 + 1;
const analysed = half.map((r) => { const a = analyzeText(`${r.title}\n${r.summary}`, lexicon, r.lang); return { keys: a.keys, lang: a.lang as Lang }; });

const topics = seededTopics([...developmentTopics(), 'default'], lexicon);
const f3 = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const f1Of = (c: { tp: number; fp: number; fn: number }) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const cnormOf = (c: { fp: number; fn: number; positives: number; negatives: number }) => (c.positives === 0 ? 0 : c.fn / c.positives) + 4.9 * (c.negatives === 0 ? 0 : c.fp / c.negatives);

for (const table of tables) {
  const background = table === 'shipped' ? loadBackground() : loadBackground(table);
  console.log(`\n== table ${table}; second half ${half.length} headlines over ${days} days${values.capped ? '; raised threshold capped at the plainest headline' : ''}`);
  for (const target of targets) {
    const options = (name: string): LearnOptions => ({ name, ...(target === undefined ? {} : { postsPerDayTarget: target, postsTargetCapped: values.capped === true }) });
    const full: number[] = [];
    const cnorms: number[] = [];
    const looMeans: number[] = [];
    const looMins: number[] = [];
    const flaggedDays: number[] = [];
    const postsDays: number[] = [];
    let defaultF1 = 0;
    const lines: string[] = [];
    for (const topic of topics) {
      const profile = topic.tune(learnProfile(topic.seeds, lexicon, background, options(topic.name)));
      const counts = profileCounts(profile, topic.items, lexicon);
      if (topic.name === 'default') {
        defaultF1 = f1Of(counts);
        continue;
      }
      full.push(f1Of(counts));
      cnorms.push(cnormOf(counts));
      let loo = '';
      if (values['no-loo'] !== true) {
        const f1s = topic.seeds.map((_, i) => f1Of(profileCounts(topic.tune(learnProfile(topic.seeds.filter((__, j) => j !== i), lexicon, background, options(topic.name))), topic.items, lexicon)));
        looMeans.push(mean(f1s));
        looMins.push(Math.min(...f1s));
        loo = ` loo ${f3(Math.min(...f1s))} / ${f3(mean(f1s))}`;
      }
      let stream = '';
      if (topic.items[0]?.lang === 'id') {
        const prepared = prepareProfile(profile, lexicon);
        const flagged = half.filter((_, i) => matchKeys(analysed[i]!.keys, analysed[i]!.lang, prepared).decision);
        const posts = clusterInOrder(flagged, new StoryIndex(lexicon, background)).filter(({ assignment }) => assignment.isNew).length;
        flaggedDays.push(flagged.length / days);
        postsDays.push(posts / days);
        stream = ` stream ${(flagged.length / days).toFixed(2)} flagged / ${(posts / days).toFixed(2)} posts a day`;
      }
      lines.push(`  ${topic.name.padEnd(22)} thr ${profile.threshold.toFixed(3)} F1 ${f3(f1Of(counts))} C ${f3(cnormOf(counts))}${loo}${stream}`);
    }
    console.log(`target ${target ?? 'off'}: mean F1 ${f3(mean(full))} C_norm ${f3(mean(cnorms))}${looMeans.length > 0 ? ` loo min-mean ${f3(mean(looMins))} mean ${f3(mean(looMeans))} score ${(0.5 * (mean(full) + mean(looMeans))).toFixed(4)}` : ''}; flagged ${mean(flaggedDays).toFixed(2)} / posts ${mean(postsDays).toFixed(2)} a day (mean of ${flaggedDays.length}); default dev F1 ${f3(defaultF1)}`);
    for (const line of lines) console.log(line);
  }
}
