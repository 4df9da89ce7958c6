import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { IdfTable, itemFeatures, type ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { cosine } from '../../../src/core/dedup/sparse-vector.ts';
import { StoryFrequencies } from '../../../src/core/dedup/story-frequencies.ts';
import { noveltyOf, subjectCosine } from '../../../src/core/dedup/subject-check.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const item = (id: string, title: string, summary: string): ClusterItem => ({ id, title, summary, lang: 'en' });

/**
 * A day on one subject: forty open stories name "Velmora" and its "Quorvan" rebels, so the window's
 * idf weighs the subject at next to nothing and each report's own words decide.
 */
function window(): IdfTable {
  const frequencies = new StoryFrequencies();
  const idf = new IdfTable(background, frequencies, 30);
  const fillers = ['harvest', 'museum', 'railway', 'orchestra', 'glacier', 'lottery', 'bakery', 'satellite'];
  for (let i = 0; i < 40; i += 1) {
    const words = `${fillers[i % 8]} ${fillers[(i * 3 + 1) % 8]}`;
    frequencies.add(itemFeatures(item(`f${i}`, `Velmora Quorvan rebels ${words}`, ''), lexicon, idf).vector);
  }
  return idf;
}

describe('the second look of the cuts (subject-check.ts)', () => {
  const idf = window();
  const story = itemFeatures(item('a', 'Velmora falls as Quorvan rebels enter the capital', 'Quorvan rebels entered the Velmora capital as the regime collapsed and its leader fled.'), lexicon, idf);
  const sameEvent = itemFeatures(item('b', 'Velmora regime collapses, leader flees', 'Rebels of the Quorvan front took the Velmora capital; the regime collapsed.'), lexicon, idf);
  const sibling = itemFeatures(item('c', 'Prisoners freed from Velmora dungeon', 'Quorvan rebels opened the Velmora dungeon; freed prisoners searched the cells.'), lexicon, idf);

  it('weighs the shared subject by the background: the cosine rises above the window-weighed one', () => {
    expect(subjectCosine(sameEvent, story.vector, idf)).toBeGreaterThan(cosine(sameEvent.vector, story.vector));
  });

  it("a report of the same event brings few words of its own; a sibling event's heaviest words are new to the story", () => {
    const same = noveltyOf(sameEvent, story.vector, 5);
    const other = noveltyOf(sibling, story.vector, 5);
    expect(same).toBeLessThan(other);
    expect(other).toBeGreaterThan(0.8);
  });

  it('is 0 novelty and cosine 1 against itself', () => {
    expect(noveltyOf(story, story.vector, 5)).toBe(0);
    expect(subjectCosine(story, story.vector, idf)).toBeCloseTo(1, 10);
  });
});
