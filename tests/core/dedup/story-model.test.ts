// The fitted story model's parts: names learned from capitalisation, per-source furniture, and
// the 'model' decision's persistence (a reloaded index decides as the original would).
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { namesOf } from '../../../src/core/dedup/learned-names.ts';
import { SourceFurniture } from '../../../src/core/dedup/source-furniture.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';

describe('namesOf', () => {
  it('reads capitalised words in the middle of a sentence as names, and pairs of them', () => {
    const names = namesOf('Daniel Penny found not guilty in subway chokehold trial', 'A Manhattan jury has reached its verdict in the trial of Daniel Penny over the death of Jordan Neely.', 'en');
    expect(names).toEqual(expect.arrayContaining(['penny', 'manhattan', 'daniel', 'daniel penny', 'jordan neely']));
    // The first word of a sentence and ordinary words are not names.
    expect(names).not.toContain('found');
    expect(names).not.toContain('a');
  });

  it('a sentence opens after a dash between spaces or a colon (its capital is no name), and capitals outside ASCII count', () => {
    const names = namesOf('', 'The talks went on for hours – Ministers met in Ōsaka with Émile Zola: Delegates from the coast then left quietly.', 'en');
    expect(names).toEqual(['ōsaka', 'émile', 'zola', 'émile zola']);
  });

  it('a word runs on through combining marks, apostrophes and letters outside the BMP', () => {
    const names = namesOf('', 'the envoy met Ме́дведев in Zürich with O’Neill and 𝐀𝐁𝐂 officials, said the report.', 'en');
    expect(names).toEqual(['ме́дведев', 'zürich', 'o’neill', '𝐀𝐁𝐂'.toLowerCase()]);
  });

  it('in a Title Case headline only acronyms count', () => {
    expect(namesOf('KUHAP Baru Disahkan, Ketua KPK Harap Kewenangannya Tak Berubah', '', 'id')).toEqual(['kuhap', 'kpk']);
  });
});

describe('SourceFurniture', () => {
  const plug = 'Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning.';
  it('drops a sentence its source used in an earlier item, and only for that source', () => {
    const furniture = new SourceFurniture();
    expect(furniture.strip('Fox', `Jury deliberates in the subway case. ${plug}`)).toBe(`Jury deliberates in the subway case. ${plug}`);
    expect(furniture.strip('Fox', `Markets fell sharply on Monday. ${plug}`)).toBe('Markets fell sharply on Monday.');
    expect(furniture.strip('BBC', `Markets fell sharply on Monday. ${plug}`)).toBe(`Markets fell sharply on Monday. ${plug}`);
  });

  it('keeps short fragments that recur by chance ("U.S.")', () => {
    const furniture = new SourceFurniture();
    furniture.strip('Fox', 'Officials in the U.S. said so.');
    expect(furniture.strip('Fox', 'Officials in the U.S. denied it.')).toBe('Officials in the U.S. denied it.');
  });
});

describe("StoryIndex with decision 'model'", () => {
  const lexicon = loadLexicon();
  const background = loadBackground();
  const item = (id: string, title: string, summary: string, published: string, source = 'A'): ClusterItem => ({ id, title, summary, published, source, lang: 'en' });
  const stream = [
    item('1', 'Daniel Penny found not guilty in subway chokehold trial', 'A Manhattan jury acquitted Daniel Penny in the death of Jordan Neely on a subway train.', '2024-12-09T17:00:00Z'),
    item('2', 'Taylor Swift wraps her record-breaking Eras Tour', 'Taylor Swift played the last show of the Eras Tour in Vancouver.', '2024-12-09T17:10:00Z'),
    item('3', 'Daniel Penny acquitted in New York subway choking death of Jordan Neely', 'The jury found Daniel Penny not guilty of criminally negligent homicide.', '2024-12-09T17:30:00Z', 'B'),
  ];
  const later = [
    item('4', 'Daniel Penny is acquitted in death of Jordan Neely on subway', 'Mr. Penny choked Mr. Neely on the floor of an F train.', '2024-12-09T18:00:00Z', 'C'),
    item('5', 'End of an era as Taylor Swift finishes tour', 'Taylor Swift ended the Eras Tour after 149 shows.', '2024-12-09T18:10:00Z', 'C'),
  ];

  it('groups reports of one event from several outlets and keeps another event apart', () => {
    const index = new StoryIndex(lexicon, background, { decision: 'model' });
    const ids = [...stream, ...later].map((it) => index.assign(it, new Date(it.published!)).storyId);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[3]).toBe(ids[0]);
    expect(ids[1]).not.toBe(ids[0]);
    expect(index.assign(item('6', 'x', 'y', '2024-12-09T19:00:00Z'), new Date('2024-12-09T19:00:00Z')).reason).toMatch(/^new story/);
  });

  it('fromStories(JSON round trip) gives the same assignments as the index it was saved from', () => {
    const original = new StoryIndex(lexicon, background, { decision: 'model' });
    for (const it of stream) original.assign(it, new Date(it.published!));
    const saved = JSON.parse(JSON.stringify(original.stories()));
    const restored = StoryIndex.fromStories(saved, lexicon, background, { decision: 'model' });
    expect(restored.stories()).toEqual(original.stories());
    const now = new Date('2024-12-09T18:30:00Z');
    expect(later.map((it) => restored.assign(it, now))).toEqual(later.map((it) => original.assign(it, now)));
  });
});
