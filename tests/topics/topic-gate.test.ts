// The topic gate (issue 9): every development topic is learned from its seeds exactly as
// `newshound learn --seeds` does (no tuning), scored on its labelled items like
// ../shared/eval/topics/score-topics.sh, and must not fall below the figures reached; the default
// topic (config/seeds + its tuning) must keep F1 >= 0.95 on dev.jsonl. Raise a floor when a change
// lifts a topic; never lower one to let a change through.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { DEFAULT_TUNING_FILE } from '../../src/adapters/project-paths.ts';
import { readSeedDir } from '../../src/adapters/topic-files.ts';
import { readTuningFile } from '../../src/adapters/tuning-file.ts';
import { applyTuning } from '../../src/core/profile/apply-tuning.ts';
import type { FeedbackDocs } from '../../src/core/profile/expand-facets.ts';
import { learnProfile } from '../../src/core/profile/learn-profile.ts';
import { DEV_SET, hasSharedEval, sayWhySkipped, STREAM_SET } from '../helpers/shared-data.ts';
import { developmentTopics, readLabelled, scoreProfile, streamFeedback, topicItems, topicSeeds } from './topic-scoring.ts';

/** Figures reached with the shipped background (scripts/topic-figures.ts prints them), less a hair. */
// Tariffs' C_norm floor moved 0.07 -> 0.10 with the English news background (one more miss of
// 20 on the full seed set, for every 4-of-5 set lifted from F1 0.809-0.919 to 0.947-0.950; see
// robustness.test.ts and scripts/english-prior-curve.ts).
// With the word associations shipped beside the table (src/core/profile/widen-by-association.ts)
// floods rose 0.682 -> 0.771 (C_norm 0.497 -> 0.387) and the mean 0.847 -> 0.866, while fuel fell
// 0.795 -> 0.780 (C_norm 0.290 -> 0.303): "Shell", "Vivo", "penyalahgunaan" join its theme from the
// whole stream's table (with either half's table, labelled items left out, fuel is unchanged; see
// scripts/association-curve.ts). Fuel's floor was lowered for that trade, the only time; the mean's raised.
// The theme's facet share read again with the names widened (0.4 -> 0.35, ASSOCIATION_CUTS): floods
// 0.771 -> 0.801 (C_norm 0.387 -> 0.351), every other topic unchanged; the mean 0.866 -> 0.873.
// Then a seed term three seeds' heads hold joins the theme without the facet check, and the pooled
// share 0.25 -> 0.2 (ASSOCIATION_CUTS seedTermHeads, minShare): fuel 0.780 -> 0.802 (C_norm 0.303 ->
// 0.256: "naik"), floods 0.801 -> 0.804 (0.351 -> 0.346); the mean 0.873 -> 0.879. Fuel's floor is
// back above where it was before the associations shipped.
// The plainest-headline cap for a topic with country sides (learn-profile.ts typicalHeadlineScore):
// tariffs 0.947 -> 0.974 (C_norm 0.100 -> 0.050), with and without feedback.
// Scored as `eval` now scores, with the topic's memory of its own recent matches
// (src/core/match/topic-memory.ts): floods 0.804 -> 0.841 (C_norm 0.346 -> 0.297), the others
// unchanged (fuel's 0.809 / 0.244 of the memory's first cut went with its constraint that a
// stand-in be a word the profile does not hold).
// The memory's curve refitted with the English topics learned from articles (stand-in-curve.ts picks
// three stand-ins, minKeys 2 -> 3: at 2 the memory cost Gaza from articles 0.067): floods 0.842 /
// 0.297 -> 0.808 / 0.342, the one shared topic that moves (README, "What a topic is about now").
// A name three seeds write in their bodies only joins the names facet (FACET_CUTS
// bodyNamesMinSeeds, "Solar"): fuel 0.802 / 0.256 -> 0.811 / 0.237, with feedback too.
// Two stand-ins enough when one names a place or person (TOPIC_MEMORY_CUTS minKeysWithName 2, the
// grid's pick over twenty-two topics): floods 0.808 / 0.342 -> 0.832 / 0.310; with feedback 0.820 /
// 0.329 -> 0.834 / 0.311.
const FLOORS: Record<string, { f1: number; cnorm: number }> = {
  'en-us-tariffs': { f1: 0.97, cnorm: 0.05 },
  'id-banjir-sumatera': { f1: 0.83, cnorm: 0.311 },
  'id-harga-bbm': { f1: 0.81, cnorm: 0.24 },
  'id-korupsi-chromebook': { f1: 0.95, cnorm: 0.08 },
};

/**
 * With the facets widened from the stream's first half (src/core/profile/expand-facets.ts; the
 * labelled items left out), as `scripts/topic-figures.ts --feedback` prints them, less a hair.
 * With feedback the associations lend the seeds' own head terms too (learn-profile.ts): fuel
 * 0.780 -> 0.802 (C_norm 0.303 -> 0.256), the others unchanged.
 */
// With the memory: floods 0.825 -> 0.846 (C_norm 0.319 -> 0.293); with three stand-ins (minKeys 3)
// 0.829 / 0.315. Six more development topics (7 Dec 2026) took 7,200 more labelled headlines out of
// the feedback half (it leaves every labelled item out): floods 0.829 / 0.315 -> 0.820 / 0.329 with
// the learner unchanged (the same with acronymsTieLongForms 0), so that floor moved with the data.
// Five more (fifteenth session), 6,000 more headlines out: floods 0.830 / 0.315 -> 0.822 / 0.330, the
// same with this session's rules off (themePhraseOwnsShare 0, aliasesTieNames 0). Three more
// (seventeenth session), 3,600 more headlines out (a Jakarta floods topic's among them): floods 0.822 /
// 0.330 -> 0.818 / 0.334, the same with that session's rule off (themeWordOwnsMaxP 0); three more after
// them, 0.821 / 0.329. Twelve more (twentieth session), 14,400 more headlines out (the weather
// topic's hard negatives are mostly the Sumatra floods' aftermath): 0.815 / 0.339, the same with that
// session's rules off (namesTitleShare 0, acronymsAloneAsLongForms 0).
const FEEDBACK_FLOORS: Record<string, { f1: number; cnorm: number }> = {
  'en-us-tariffs': { f1: 0.97, cnorm: 0.05 },
  'id-banjir-sumatera': { f1: 0.815, cnorm: 0.34 },
  'id-harga-bbm': { f1: 0.81, cnorm: 0.24 },
  'id-korupsi-chromebook': { f1: 0.95, cnorm: 0.08 },
};

sayWhySkipped('the topic gate');

describe.runIf(hasSharedEval)('topic gate: every development topic learned from its seeds, no tuning', () => {
  const lexicon = loadLexicon();
  const background = loadBackground();
  const topics = developmentTopics();

  it('finds the development topics', () => {
    expect(topics.length).toBeGreaterThanOrEqual(4);
    for (const topic of topics) expect(FLOORS[topic], `no floor for ${topic}: add the figures it reaches`).toBeDefined();
  });

  it.each(topics)('%s keeps its F1 and C_norm', (topic) => {
    const profile = learnProfile(topicSeeds(topic), lexicon, background, { name: topic });
    const figures = scoreProfile(profile, lexicon, topicItems(topic));
    const floor = FLOORS[topic]!;
    const said = `${topic}: tp=${figures.tp} fp=${figures.fp} fn=${figures.fn} F1=${figures.f1.toFixed(3)} C_norm=${figures.cnorm.toFixed(3)}`;
    expect(figures.f1, said).toBeGreaterThanOrEqual(floor.f1);
    expect(figures.cnorm, said).toBeLessThanOrEqual(floor.cnorm);
  });

  it('the mean F1 over the development topics does not fall', () => {
    const f1s = topics.map((topic) => scoreProfile(learnProfile(topicSeeds(topic), lexicon, background, { name: topic }), lexicon, topicItems(topic)).f1);
    expect(f1s.reduce((a, b) => a + b, 0) / f1s.length).toBeGreaterThanOrEqual(0.875);
  });

  it('the default topic keeps dev F1 >= 0.95 with its tuning', () => {
    const learned = learnProfile(readSeedDir(new URL('../../config/seeds/', import.meta.url).pathname), lexicon, background, { name: 'default' });
    const profile = applyTuning(learned, readTuningFile(DEFAULT_TUNING_FILE), lexicon);
    const figures = scoreProfile(profile, lexicon, readLabelled(DEV_SET));
    expect(figures.f1, `tp=${figures.tp} fp=${figures.fp} fn=${figures.fn}`).toBeGreaterThanOrEqual(0.95);
  });
});

describe.runIf(hasSharedEval && existsSync(STREAM_SET))('topic gate: learned from the seeds with feedback from the stream\'s first half', () => {
  const lexicon = loadLexicon();
  const background = loadBackground();
  const topics = developmentTopics();
  let feedback: Record<'id' | 'en', FeedbackDocs>;
  beforeAll(() => {
    feedback = { id: streamFeedback(lexicon, 'id'), en: streamFeedback(lexicon, 'en') };
  }, 60_000);
  const learnFrom = (seeds: ReturnType<typeof topicSeeds>, name: string) => {
    const lang = learnProfile(seeds, lexicon, background, { name, threshold: 0 }).seeds[0]!.lang;
    return learnProfile(seeds, lexicon, background, { name, feedback: feedback[lang] });
  };
  const learn = (topic: string) => learnFrom(topicSeeds(topic), topic);

  it.each(topics)('%s keeps its F1 and C_norm', (topic) => {
    const figures = scoreProfile(learn(topic), lexicon, topicItems(topic));
    const floor = FEEDBACK_FLOORS[topic];
    expect(floor, `no feedback floor for ${topic}`).toBeDefined();
    const said = `${topic}: tp=${figures.tp} fp=${figures.fp} fn=${figures.fn} F1=${figures.f1.toFixed(3)} C_norm=${figures.cnorm.toFixed(3)}`;
    expect(figures.f1, said).toBeGreaterThanOrEqual(floor!.f1);
    expect(figures.cnorm, said).toBeLessThanOrEqual(floor!.cnorm);
  }, 60_000);

  it('every development topic reaches F1 0.8 and the mean F1 0.88', () => {
    const f1s = topics.map((topic) => scoreProfile(learn(topic), lexicon, topicItems(topic)).f1);
    expect(Math.min(...f1s), f1s.map((f) => f.toFixed(3)).join(' ')).toBeGreaterThanOrEqual(0.8);
    expect(f1s.reduce((a, b) => a + b, 0) / f1s.length).toBeGreaterThanOrEqual(0.88);
  }, 120_000);

  it('the default topic keeps dev F1 >= 0.95 with its tuning', () => {
    const learned = learnFrom(readSeedDir(new URL('../../config/seeds/', import.meta.url).pathname), 'default');
    const figures = scoreProfile(applyTuning(learned, readTuningFile(DEFAULT_TUNING_FILE), lexicon), lexicon, readLabelled(DEV_SET));
    expect(figures.f1, `tp=${figures.tp} fp=${figures.fp} fn=${figures.fn}`).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
