import { expect, it } from 'vitest';
import { loadLexicon, readBackgroundData } from '../../../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../../../src/adapters/topic-files.ts';
import { makeBackground } from '../../../src/core/profile/background.ts';
import { unseenAloneWarning } from '../../../src/core/profile/describe-profile.ts';
import { aloneOf } from '../../../src/core/profile/learn-concepts.ts';
import { learnWithReport } from '../../../src/core/profile/learn-profile.ts';
import { hasSharedEval, sayWhySkipped, SHARED_DIR } from '../../helpers/shared-data.ts';

// A name enough alone that the seeds' language's background has next to never seen while the other
// language's counts it (LearnReport.unseenAloneNames): that table is blind to it, so the expected
// rate cannot count what it flags alone, and learning says so. The deportation seeds
// (tests/fixtures/topics/, five 2025 articles) all head on Donald Trump, whom the shipped English
// table (news sentences of 2015, film subtitles) holds rarer than 1 in 200,000 documents and the
// Indonesian headlines of 2025-26 count in 0.15%. Four of them: his name is in two titles of five,
// too few for a names facet (learn-concepts.ts namesTitleShare), and in two of four.
const lexicon = loadLexicon();
const shipped = readBackgroundData();
const deportationSeeds = readSeedDir(new URL('../../fixtures/topics/en-us-deportations-articles/seeds/', import.meta.url).pathname).filter((_, i) => i !== 3);

it('names an entity enough alone that the English table has under one document of and the Indonesian one counts', () => {
  const report = learnWithReport(deportationSeeds, lexicon, makeBackground(shipped), { name: 'deportations' });
  expect(report.unseenAloneNames).toEqual(['Donald Trump']);
  expect(unseenAloneWarning(report.unseenAloneNames, report.lang)).toMatch(/^Donald Trump is enough alone, but the English background has next to never seen it though the Indonesian one counts it/);
});

it("says nothing once the worker's own counts have seen the name", () => {
  // Two weeks of a worker's English feeds, Donald Trump in one headline of twenty.
  const recent = { version: 1 as const, docs: { id: 0, en: 8000 }, df: { id: {}, en: { '@donald-trump': 400 } } };
  expect(learnWithReport(deportationSeeds, lexicon, makeBackground(shipped, recent), { name: 'deportations' }).unseenAloneNames).toEqual([]);
});

it.skipIf(!hasSharedEval)('says nothing for names enough alone that ordinary news is counted to hold (the Chromebook case: Nadiem, Chromebook)', () => {
  const seeds = readSeedDir(`${SHARED_DIR}eval/topics/id-korupsi-chromebook/seeds/`);
  const report = learnWithReport(seeds, lexicon, makeBackground(shipped), { name: 'chromebook' });
  const alone = report.profile.concepts.flatMap(aloneOf);
  expect(alone.length).toBeGreaterThan(0);
  expect(report.unseenAloneNames).toEqual([]);
});
if (!hasSharedEval) sayWhySkipped('a topic whose names enough alone the Indonesian headlines hold');

it('says nothing for names enough alone that no table counts (a rare name is rare, not unknown: SpaceX, Starbase)', () => {
  const seeds = readSeedDir(new URL('../../fixtures/topics/starship/', import.meta.url).pathname);
  const report = learnWithReport(seeds, lexicon, makeBackground(shipped), { name: 'starship' });
  expect(report.profile.concepts.some((concept) => aloneOf(concept).length > 0)).toBe(true);
  expect(report.unseenAloneNames).toEqual([]);
});
