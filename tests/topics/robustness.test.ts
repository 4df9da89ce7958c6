// Robustness as a property (issue 9): a topic learned from fewer seeds, or against a perturbed
// background, keeps its facets and its figures. Seed swap: two topics have seeds that are other
// outlets' copies of one story (their READMEs' seed tables), so a seed replaced by such a copy is
// tested directly (below); for the others dropping each seed in turn (4 of 5) stands in for it.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { BACKGROUND_FILE, DEFAULT_TUNING_FILE } from '../../src/adapters/project-paths.ts';
import { readSeedDir } from '../../src/adapters/topic-files.ts';
import type { NamedSeed } from '../../src/core/profile/learn-profile.ts';
import { readTuningFile } from '../../src/adapters/tuning-file.ts';
import { applyTuning } from '../../src/core/profile/apply-tuning.ts';
import { makeBackground, pairKey, type Background, type BackgroundData } from '../../src/core/profile/background.ts';
import { countBackground } from '../../src/core/profile/count-background.ts';
import { learnProfile } from '../../src/core/profile/learn-profile.ts';
import { MAX_THRESHOLD } from '../../src/core/profile/set-threshold.ts';
import type { TopicProfile } from '../../src/core/model.ts';
import type { FeedbackDocs } from '../../src/core/profile/expand-facets.ts';
import { DEV_SET, hasSharedEval, sayWhySkipped, STREAM_SET } from '../helpers/shared-data.ts';
import { developmentTopics, readLabelled, scoreProfile, streamFeedback, topicItems, topicSeeds } from './topic-scoring.ts';

sayWhySkipped('topic robustness');

const lexicon = loadLexicon();
const shipped = JSON.parse(readFileSync(BACKGROUND_FILE, 'utf8')) as BackgroundData;
const defaultSeeds = () => readSeedDir(new URL('../../config/seeds/', import.meta.url).pathname);
const sides = (profile: TopicProfile) => profile.concepts.filter((c) => c.countries.length > 0).map((c) => c.countries.join('+')).sort();

function defaultDevF1(background: Background, seeds: NamedSeed[] = defaultSeeds()): { f1: number; profile: TopicProfile } {
  const profile = applyTuning(learnProfile(seeds, lexicon, background, { name: 'default' }), readTuningFile(DEFAULT_TUNING_FILE), lexicon);
  return { f1: scoreProfile(profile, lexicon, readLabelled(DEV_SET)).f1, profile };
}

describe.runIf(hasSharedEval)('learning from 4 of 5 seeds', () => {
  const background = makeBackground(shipped);

  it.each(developmentTopics())('%s: most subsets stay near the full seed set', (topic) => {
    const seeds = topicSeeds(topic);
    const items = topicItems(topic);
    const full = scoreProfile(learnProfile(seeds, lexicon, background, { name: topic }), lexicon, items).f1;
    const subsets = seeds.map((_, i) => scoreProfile(learnProfile(seeds.filter((__, j) => j !== i), lexicon, background, { name: topic }), lexicon, items).f1);
    const said = `full ${full.toFixed(3)}, without each seed: ${subsets.map((f) => f.toFixed(3)).join(' ')}`;
    const sorted = [...subsets].sort((a, b) => a - b);
    // The typical subset stays near the full set and none collapses. Floors at the figures reached
    // (README: the flood topic moves most, 0.480 without one seed; fuel prices 0.731 at worst since
    // "BBM" no longer stands for the topic alone; tariffs 0.947-0.950 of 0.947 with the English news
    // background, its median 0.884 of 0.950 on the subtitles alone).
    expect(sorted[Math.floor(sorted.length / 2)]!, said).toBeGreaterThanOrEqual(full - 0.08);
    // 0.21, not 0.2: the generated gazetteer that replaced the hand-grown Sumatra aliases (which
    // named districts of the flood seeds) takes the flood topic without its second seed from
    // 0.492 of 0.688 to 0.480 of 0.682.
    // 0.22: with the topic memory (eval's replay) the flood topic's full set rose 0.682 -> 0.696
    // and its worst subset stayed at 0.480; no subset fell.
    // 0.25: the memory standing in for one facet at most, at share 0.4 (topic-memory.ts, refitted
    // with the English topics), raised the flood topic's full set 0.696 -> 0.737 and its worst
    // subset less, 0.480 -> 0.493.
    expect(sorted[0]!, said).toBeGreaterThanOrEqual(full - 0.25);
  });

  // Issue 9 asks English topics to hold for every seed set (F1 0.85, C_norm 0.10). With the English
  // news background the tariffs topic does: 0.947-0.950 and C_norm <= 0.100 from every 4 of 5
  // (subtitles alone: 0.809 at worst, C_norm 0.160, as "countries" passed for a topic word).
  it.each(developmentTopics().filter((t) => t.startsWith('en-')))('%s: every seed set reaches F1 0.85 and C_norm 0.10', (topic) => {
    const seeds = topicSeeds(topic);
    const items = topicItems(topic);
    for (const set of [seeds, ...seeds.map((_, i) => seeds.filter((__, j) => j !== i))]) {
      const figures = scoreProfile(learnProfile(set, lexicon, background, { name: topic }), lexicon, items);
      const said = `from ${set.map((s) => s.name).join(', ')}: F1 ${figures.f1.toFixed(3)} C_norm ${figures.cnorm.toFixed(3)}`;
      expect(figures.f1, said).toBeGreaterThanOrEqual(0.85);
      expect(figures.cnorm, said).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });

  it('the default topic keeps its two sides and dev F1 >= 0.9 without any one seed', () => {
    const seeds = defaultSeeds();
    for (let i = 0; i < seeds.length; i += 1) {
      const { f1, profile } = defaultDevF1(background, seeds.filter((_, j) => j !== i));
      // Ukraine is in 4 of the 5 titles: without one of those it is no longer prominent enough to join a side.
      expect(['kp|ru', 'kp|ru+ua'], `without ${seeds[i]!.name}`).toContain(sides(profile).join('|'));
      expect(f1, `without ${seeds[i]!.name}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});

/** Every set of `size` of the seeds, in order. */
function seedSets<T>(seeds: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return seeds.flatMap((seed, i) => seedSets(seeds.slice(i + 1), size - 1).map((rest) => [seed, ...rest]));
}

// Issue 9: "learned from any 2-5 of the seeds". With three seeds "nearly every seed" is every one,
// so chance agreement (a lead's byline, a word one seed capitalises) could become a facet and a
// seed pasted without its headline could leave the topic without one. Floors at the figures
// reached (scripts/few-seed-curve.ts prints them; topic-figures.ts --subsets 3), less a hair.
// Before the few-seed rules (learn-concepts.ts: sides named in nearly every title, common words a
// name only when two seeds capitalise them, coverage by prominent keys, the theme as the one
// facet): tariffs min 0.000 / mean 0.708, floods 0.304 / 0.642, fuel 0.058 / 0.564, Chromebook
// 0.933 / 0.958, default 0.600 / 0.955. The names facet standing only on a name two seeds' titles or
// leads carry (learn-concepts.ts namesAnchorHeads; first counting seeds that make it prominent):
// fuel 0.058 / 0.566 -> 0.066 / 0.630; a common noun the seeds write as an acronym ("BBM") joining
// the names that other names form (commonAcronymsJoinNames): 0.066 / 0.630 -> 0.243 / 0.647.
// The held-out profiles (of two seeds) learned by the full profile's term rule (learn-profile.ts):
// tariffs 0.581 / 0.842 -> 0.581 / 0.878; with the plainest-headline cap for country sides
// (learn-profile.ts typicalHeadlineScore) 0.581 / 0.903; with one side and the theme when a rare
// word heads every title and a third country is in them too (learn-concepts.ts
// themeReplacesSideMaxP: seeds 1,2,3 no longer make Canada and Mexico sides) 0.826 / 0.938.
// A theme no longer falls back on any terms when the words that pass a theme's test cannot cover
// the seeds (learn-concepts.ts themeFromAnyTerms, kept for the Ukraine items from real articles,
// 0.060 -> 0.830): fuel's mean 0.647 -> 0.640, a trade stated in README ("No theme of chance words").
const THREE_OF_FIVE_FLOORS: Record<string, { min: number; mean: number }> = {
  'en-us-tariffs': { min: 0.82, mean: 0.935 },
  'id-banjir-sumatera': { min: 0.3, mean: 0.635 },
  'id-harga-bbm': { min: 0.24, mean: 0.635 },
  'id-korupsi-chromebook': { min: 0.93, mean: 0.955 },
};

const TWO_OF_FIVE_MEAN_FLOORS: Record<string, number> = {
  'en-us-tariffs': 0.89, // 0.696 -> 0.897: seeds 1,2 / 1,3 / 2,3 learn the United States and the theme, not two of the three countries (themeReplacesSideMaxP)
  'id-banjir-sumatera': 0.555,
  'id-harga-bbm': 0.58, // 0.519 -> 0.586 when a theme needs a word prominent in two seeds, not one word per seed (themeAnchorSeeds)
  // 0.698 -> 0.829 when a rare name prominent in every seed stands alone (aloneProminentEverySeed);
  // 0.829 -> 0.807 when a names facet needs a name in one title of two (namesTitleShare): seeds 1 and
  // 4 were pasted without their headlines (seed 4's first line is the site's name, "indonews").
  'id-korupsi-chromebook': 0.805,
};

describe.runIf(hasSharedEval)('learning from 3 or 2 of 5 seeds', () => {
  // The shipped table with its word associations, as `learn --seeds` and the topic gate use it.
  const background = loadBackground();

  it.each(developmentTopics())('%s: no set of three seeds falls below the figures reached', (topic) => {
    const floor = THREE_OF_FIVE_FLOORS[topic];
    expect(floor, `no 3-of-5 floor for ${topic}: add the figures it reaches`).toBeDefined();
    const items = topicItems(topic);
    const f1s = seedSets(topicSeeds(topic), 3).map((set) => scoreProfile(learnProfile(set, lexicon, background, { name: topic }), lexicon, items).f1);
    const said = `every 3 seeds: F1 ${f1s.map((f) => f.toFixed(3)).join(' ')}`;
    expect(Math.min(...f1s), said).toBeGreaterThanOrEqual(floor!.min);
    expect(f1s.reduce((a, b) => a + b, 0) / f1s.length, said).toBeGreaterThanOrEqual(floor!.mean);
  }, 60_000);

  // A held-out profile of two seeds learned by its own term rule (a term in either seed) scored
  // the third seed's sentences on one story's particulars: tariffs from seeds 2,3,4 and 2,3,5 had
  // the threshold at its cap, 3 (F1 0.750; 0.947 and 0.826 now).
  it.each(developmentTopics())('%s: no set of three seeds puts the threshold at its cap', (topic) => {
    const thresholds = seedSets(topicSeeds(topic), 3).map((set) => learnProfile(set, lexicon, background, { name: topic }).threshold);
    expect(Math.max(...thresholds), `every 3 seeds: thresholds ${thresholds.join(' ')}`).toBeLessThan(MAX_THRESHOLD);
  }, 60_000);

  // From two seeds there is no held-out threshold: a topic with country sides takes its plainest
  // headline's score (learn-profile.ts), tariffs 0.000 / 0.661 -> 0.000 / 0.696. Floors at the
  // means reached, less a hair (two seeds often miss a facet: the minima are the facets' to raise).
  it.each(developmentTopics())('%s: every 2 of 5 seeds keeps the mean F1 reached', (topic) => {
    const floor = TWO_OF_FIVE_MEAN_FLOORS[topic];
    expect(floor, `no 2-of-5 floor for ${topic}: add the figure it reaches`).toBeDefined();
    const items = topicItems(topic);
    const f1s = seedSets(topicSeeds(topic), 2).map((set) => scoreProfile(learnProfile(set, lexicon, background, { name: topic }), lexicon, items).f1);
    expect(f1s.reduce((a, b) => a + b, 0) / f1s.length, `every 2 seeds: F1 ${f1s.map((f) => f.toFixed(3)).join(' ')}`).toBeGreaterThanOrEqual(floor!);
  }, 60_000);

  it('the default topic keeps dev F1 >= 0.95 from every 3 of its seeds and >= 0.9 from every 2', () => {
    // Reached: every 3 of 5 0.977-1.000, every 2 of 5 0.927-1.000 (before: 0.600 and 0.552 at worst).
    for (const [size, floor] of [[3, 0.95], [2, 0.9]] as const) {
      for (const set of seedSets(defaultSeeds(), size)) {
        const { f1 } = defaultDevF1(background, set);
        expect(f1, `from ${set.map((s) => s.name).join(', ')}`).toBeGreaterThanOrEqual(floor);
      }
    }
  }, 60_000);
});

/**
 * Where a subset sits further than 0.1 under the full seed set, the figure it reaches (a floor,
 * not a tolerance). The floods without their second seed, the one saying "bencana": the word
 * then joins the theme only from the feedback, at its Wilson cut (expand-facets.ts), and the 913
 * labelled headlines of the two topics built at the eighteenth session's end, left out of the
 * feedback as every development topic's are, take it under the cut: 0.725 -> 0.547 (full 0.818).
 * README, "What is left".
 */
const FEEDBACK_SUBSET_FLOORS: Record<string, number> = { 'id-banjir-sumatera': 0.54 };

describe.runIf(hasSharedEval && existsSync(STREAM_SET))('learning from 4 of 5 seeds, facets widened from the stream\'s first half', () => {
  const background = makeBackground(shipped);
  let feedback: FeedbackDocs;
  beforeAll(() => {
    feedback = streamFeedback(lexicon, 'id');
  }, 60_000);

  it.each(developmentTopics().filter((t) => t.startsWith('id-')))('%s: no subset falls far below the full seed set', (topic) => {
    const seeds = topicSeeds(topic);
    const items = topicItems(topic);
    const learn = (from: NamedSeed[]) => learnProfile(from, lexicon, background, { name: topic, feedback });
    const full = scoreProfile(learn(seeds), lexicon, items).f1;
    const subsets = seeds.map((_, i) => scoreProfile(learn(seeds.filter((__, j) => j !== i)), lexicon, items).f1);
    // Figures reached: floods 0.751 at worst of 0.825, fuel prices 0.711 of 0.766.
    expect(Math.min(...subsets), `full ${full.toFixed(3)}, without each seed: ${subsets.map((f) => f.toFixed(3)).join(' ')}`).toBeGreaterThanOrEqual(FEEDBACK_SUBSET_FLOORS[topic] ?? full - 0.1);
  }, 60_000);
});

describe.runIf(hasSharedEval)('a perturbed background', () => {
  it('a few extra co-mention headlines do not move the default topic\'s sides', () => {
    // Fifty more headlines naming North Korea with Russia, and fifty naming North Korea with Ukraine.
    const perturbed: BackgroundData = structuredClone(shipped);
    for (const [a, b] of [['kp', 'ru'], ['kp', 'ua']] as const) {
      perturbed.countryPairs[pairKey(a, b)] = (perturbed.countryPairs[pairKey(a, b)] ?? 0) + 50;
      perturbed.countryDocs[a] = (perturbed.countryDocs[a] ?? 0) + 50;
      perturbed.countryDocs[b] = (perturbed.countryDocs[b] ?? 0) + 50;
    }
    const { f1, profile } = defaultDevF1(makeBackground(perturbed));
    expect(sides(profile)).toEqual(['kp', 'ru+ua']);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });

  it('built from the other half of the stream, the default topic keeps dev F1 >= 0.95', () => {
    // This table counts only the stream's second half (scripts/build-background.ts --half second).
    const rows = readFileSync(STREAM_SET, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { title: string; published: string });
    const median = rows.map((r) => r.published).sort()[Math.floor(rows.length / 2)]!;
    const data = countBackground(
      { idDocuments: rows.filter((r) => r.published >= median).map((r) => r.title), enWords: [], lexiconHash: shipped.lexiconHash, sources: ['second half'] },
      lexicon,
    );
    // English keeps the shipped news documents and word counts: only the Indonesian half changes.
    const other = makeBackground({ ...data, enTokens: shipped.enTokens, enCount: shipped.enCount, enDf: shipped.enDf, enDocs: shipped.enDocs });
    const { f1, profile } = defaultDevF1(other);
    expect(sides(profile)).toEqual(['kp', 'ru+ua']);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

// Issue 9: "with one seed replaced by another outlet's copy of the same story, the facets and
// figures barely move". The development topics whose seeds hold such copies, by their READMEs'
// seed tables: tariffs' 01-03 (the 1 February orders on Canada, Mexico and China: VOA, ShareSansar,
// Reuters) and 04-05 (the 10 February steel and aluminium tariffs: MercoPress, Xinhua), and
// Chromebook's 04-05 (Nadiem named a suspect, 4 September 2025: two outlets). Every set of 3 and of
// 4 seeds against each set with one seed swapped for a copy of its story not in the set. Reached
// (topic-figures.ts --subsets 3,4 --show TOPIC): from 3 seeds at most 0.101 (tariffs 1,2,5 or 1,3,5
// 0.927 against 2,3,5 0.826), from 4 at most 0.024 (tariffs 1,2,4,5 0.950 against 1,3,4,5 0.974);
// Chromebook at most 0.004. Bounds at those, plus a hair.
const SAME_STORY_SEEDS: Record<string, string[][]> = {
  'en-us-tariffs': [['01_', '02_', '03_'], ['04_', '05_']],
  'id-korupsi-chromebook': [['04_', '05_']],
};
const SWAP_MAX_MOVE: Record<number, number> = { 3: 0.11, 4: 0.03 };

describe.runIf(hasSharedEval)('a seed swapped for another outlet\'s copy of its story', () => {
  const background = loadBackground();
  it.each(Object.keys(SAME_STORY_SEEDS))('%s: the F1 barely moves', (topic) => {
    const seeds = topicSeeds(topic);
    const items = topicItems(topic);
    const storyOf = (seed: NamedSeed) => SAME_STORY_SEEDS[topic]!.findIndex((group) => group.some((prefix) => seed.name.startsWith(prefix)));
    const f1 = new Map<string, number>();
    const scoreOf = (set: NamedSeed[]) => {
      const key = set.map((s) => s.name).sort().join('|');
      if (!f1.has(key)) f1.set(key, scoreProfile(learnProfile(set, lexicon, background, { name: topic }), lexicon, items).f1);
      return f1.get(key)!;
    };
    for (const size of [3, 4]) {
      const moves: string[] = [];
      let most = 0;
      for (const set of seedSets(seeds, size)) {
        for (const out of set) {
          if (storyOf(out) < 0) continue;
          for (const copy of seeds.filter((s) => storyOf(s) === storyOf(out) && !set.includes(s))) {
            const move = Math.abs(scoreOf(set) - scoreOf(set.map((s) => (s === out ? copy : s))));
            moves.push(`${out.name.slice(0, 2)}->${copy.name.slice(0, 2)} ${move.toFixed(3)}`);
            most = Math.max(most, move);
          }
        }
      }
      expect(moves.length, `${topic}: no swap of ${size} seeds to test`).toBeGreaterThan(0);
      expect(most, `${topic}, ${size} seeds: ${moves.join(', ')}`).toBeLessThanOrEqual(SWAP_MAX_MOVE[size]!);
    }
  }, 120_000);
});
