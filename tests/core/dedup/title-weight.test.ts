import { expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { IdfTable, itemFeatures, type ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryFrequencies } from '../../../src/core/dedup/story-frequencies.ts';

// FeatureContext.titleWeight (story-curve.ts fits it; MATCH_CUTS keeps 0): each occurrence of a
// title key counts for 1 + titleWeight in an item with a summary; a headline alone is unchanged.
const lexicon = loadLexicon();
const idf = new IdfTable(loadBackground(), new StoryFrequencies(), 30);
const weightOf = (features: ReturnType<typeof itemFeatures>, key: string) => features.vector.weights[features.vector.keys.indexOf(key)] ?? 0;
const withSummary: ClusterItem = {
  id: 'a',
  lang: 'en',
  title: 'Quorvan ferry sinks near Velmora',
  summary: 'Rescuers searched the harbour after the accident; the coastguard said divers were still looking for passengers.',
};

it('weighs the title keys of an item with a summary up against its summary keys', () => {
  const plain = itemFeatures(withSummary, lexicon, idf);
  const weighted = itemFeatures(withSummary, lexicon, idf, { titleWeight: 1 });
  const [title, summary] = ['quorvan', 'coastguard'];
  expect(plain.vector.keys).toEqual(expect.arrayContaining([title, summary]));
  // The ratio of a title key's weight to a summary key's grows by 1 + ln 2 (its count 1 -> 2).
  const before = weightOf(plain, title) / weightOf(plain, summary);
  const after = weightOf(weighted, title) / weightOf(weighted, summary);
  expect(after / before).toBeCloseTo(1 + Math.log(2), 6);
  expect(itemFeatures(withSummary, lexicon, idf, { titleWeight: 0 }).vector).toEqual(plain.vector);
});

it("leaves a headline alone as it is (every key is the title's own)", () => {
  const headline: ClusterItem = { ...withSummary, summary: '' };
  expect(itemFeatures(headline, lexicon, idf, { titleWeight: 2 }).vector).toEqual(itemFeatures(headline, lexicon, idf).vector);
});
