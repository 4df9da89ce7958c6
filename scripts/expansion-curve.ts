// The curve MIN_FEEDBACK_SHARE (src/core/profile/expand-facets.ts) is read from: for each cut, every
// development topic learned from its seeds with its facets widened by the first half of the
// Kompas/detik stream (every labelled item of every topic left out), scored on its items; the mean
// F1 over the topics, the mean leave-one-seed-out F1, the default topic's dev F1 and, with
// --background FILE (a table built from the stream's first half), the posts a day each Indonesian
// topic flags on the stream's second half. The cut is the one with the best mean F1 (within 0.001 of
// it: the fewest posts a day); "none" is learning without feedback.
//   node --import tsx scripts/expansion-curve.ts [--background ../bg-first.json] [--shares 0.1,0.2,...]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFeedbackFile } from '../src/adapters/feedback-file.ts';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import type { TopicProfile } from '../src/core/model.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import type { Background } from '../src/core/profile/background.ts';
import { analyseFeedback, type FeedbackDocs } from '../src/core/profile/expand-facets.ts';
import { learnProfile, type NamedSeed } from '../src/core/profile/learn-profile.ts';
import { developmentTopics, profileF1, readLabelled as readItems, SHARED_EVAL as SHARED, topicDir, type Labelled } from './topic-eval-lib.ts';

const STREAM = join(SHARED, 'stream-id-headlines.jsonl');
const { values } = parseArgs({ options: { background: { type: 'string' }, shares: { type: 'string' } } });
const shares = (values.shares ?? '0.1,0.15,0.2,0.25,0.3,0.4,0.5').split(',').map(Number);

const lexicon = loadLexicon();
const shipped = loadBackground();
const firstHalf = values.background === undefined ? undefined : loadBackground(values.background);

const topics = developmentTopics();
const items = new Map(topics.map((t) => [t, readItems(join(topicDir(t), 'items.jsonl'))]));
const labelledIds = new Set([...items.values()].flat().map((i) => i.id));
const feedbackItems = readFeedbackFile(STREAM, { half: 'first', exclude: labelledIds });
const feedback: Record<'id' | 'en', FeedbackDocs> = { id: analyseFeedback(feedbackItems, lexicon, 'id'), en: analyseFeedback(feedbackItems, lexicon, 'en') };
const secondHalf = firstHalf === undefined ? [] : readFeedbackFile(STREAM, { half: 'second' });
const dates = secondHalf.map((i) => (i.published ?? '').slice(0, 10)).sort();
const days = dates.length === 0 ? 1 : (Date.parse(dates[dates.length - 1]!) - Date.parse(dates[0]!)) / 86_400_000 + 1;

const f1 = (profile: TopicProfile, labelled: readonly Labelled[]) => profileF1(profile, labelled, lexicon);

function learn(seeds: readonly NamedSeed[], background: Background, name: string, share: number | undefined): TopicProfile {
  const lang = learnProfile(seeds, lexicon, background, { name, threshold: 0 }).seeds[0]?.lang ?? 'id';
  return learnProfile(seeds, lexicon, background, share === undefined ? { name } : { name, feedback: feedback[lang], minFeedbackShare: share });
}

const defaultSeeds = readSeedDir(DEFAULT_SEEDS_DIR);
const dev = readItems(join(SHARED, 'dev.jsonl'));
const rows: Array<{ share: number | undefined; meanF1: number; looMean: number; posts: number }> = [];
console.log(`feedback: ${feedback.id.docs.length} Indonesian, ${feedback.en.docs.length} English headlines (stream's first half, labelled items left out)`);
for (const share of [undefined, ...shares]) {
  const cells: string[] = [];
  let sumF1 = 0, sumLoo = 0, posts = 0;
  for (const topic of topics) {
    const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
    const labelled = items.get(topic)!;
    const full = f1(learn(seeds, shipped, topic, share), labelled);
    const loo = seeds.map((_, i) => f1(learn(seeds.filter((__, j) => j !== i), shipped, topic, share), labelled));
    const looMean = loo.reduce((a, b) => a + b, 0) / loo.length;
    let perDay = '';
    if (firstHalf !== undefined && labelled[0]?.lang === 'id') {
      const prepared = prepareProfile(learn(seeds, firstHalf, topic, share), lexicon);
      const rate = secondHalf.filter((i) => matchItem(i, prepared).decision).length / days;
      posts += rate;
      perDay = ` ${rate.toFixed(2)}/d`;
    }
    sumF1 += full;
    sumLoo += looMean;
    cells.push(`${topic.slice(0, 12)} ${full.toFixed(3)} (loo ${looMean.toFixed(3)}, min ${Math.min(...loo).toFixed(3)})${perDay}`);
  }
  const tuned = applyTuning(learn(defaultSeeds, shipped, 'default', share), readTuningFile(DEFAULT_TUNING_FILE), lexicon);
  const row = { share, meanF1: sumF1 / topics.length, looMean: sumLoo / topics.length, posts };
  rows.push(row);
  console.log(`share ${share === undefined ? 'none' : share.toFixed(2)}: mean F1 ${row.meanF1.toFixed(3)}, LOO mean ${row.looMean.toFixed(3)}, default dev F1 ${f1(tuned, dev).toFixed(3)}${firstHalf ? `, posts/day ${posts.toFixed(2)}` : ''} | ${cells.join(' | ')}`);
}
// Mean F1 within 0.001 of the best is a tie (a headline or two): the fewest posts a day wins it.
const withShare = rows.filter((r) => r.share !== undefined);
const top = Math.max(...withShare.map((r) => r.meanF1));
const best = withShare.filter((r) => top - r.meanF1 <= 0.001).sort((a, b) => a.posts - b.posts || b.meanF1 - a.meanF1)[0]!;
console.log(`best: MIN_FEEDBACK_SHARE = ${best.share} (mean F1 ${best.meanF1.toFixed(3)})`);
