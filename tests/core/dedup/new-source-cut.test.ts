import { expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';

// StoryIndexOptions.newSourceCutFactor (story-curve.ts --new-source measures it; MATCH_CUTS keeps 1,
// off): an item with a summary whose outlet no member of the story is from meets the same-language
// cut times the factor; one from an outlet the story already holds, or a headline alone, meets the
// cut itself.
const lexicon = loadLexicon();
const background = loadBackground();
const at = new Date('2025-03-18T12:00:00Z');
const first: ClusterItem = {
  id: 'a',
  lang: 'en',
  source: 'BBC News',
  title: 'Six dead after plane crashes into water off Honduras after takeoff',
  summary: 'A small passenger plane crashed into the sea shortly after taking off from the island of Roatan, killing six people, officials said.',
  published: '2025-03-18T10:00:00Z',
};
// The same crash told in other words: its centroid cosine (about 0.22) is under the one-item cut (0.35).
const second: ClusterItem = {
  id: 'b',
  lang: 'en',
  source: 'Sky News',
  title: 'Twelve dead including musician after plane crash in Honduras',
  summary: 'A Garifuna musician was among those killed when the aircraft came down near Roatan on Monday evening.',
  published: '2025-03-18T11:00:00Z',
};
const joins = (item: ClusterItem, newSourceCutFactor: number) => {
  const index = new StoryIndex(lexicon, background, { newSourceCutFactor });
  index.assign(first, at);
  return !index.assign(item, at).isNew;
};

it('lowers the cut for an outlet the story has no report from, and only then', () => {
  expect(joins(second, 1)).toBe(false);
  expect(joins(second, 0.5)).toBe(true);
  // The story's own outlet meets the cut itself.
  expect(joins({ ...second, source: 'BBC News' }, 0.5)).toBe(false);
});

it('leaves a headline alone and an item without a source to the cut itself', () => {
  expect(joins({ ...second, summary: '' }, 0.5)).toBe(joins({ ...second, summary: '' }, 1));
  const { source: _dropped, ...sourceless } = second;
  expect(joins(sourceless, 0.5)).toBe(false);
});
