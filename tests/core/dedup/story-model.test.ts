// The fitted story model's parts: per-source furniture, the 'model' decision's persistence (a
// reloaded index decides as the original would) and its features.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { SourceFurniture } from '../../../src/core/dedup/source-furniture.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';
import type { CandidateRow } from '../../../src/core/dedup/story-model.ts';
import { FEATURE_NAMES, STORY_MODEL } from '../../../src/core/dedup/story-model.ts';
import type { Story } from '../../../src/core/dedup/story.ts';

describe('SourceFurniture', () => {
  const plug = 'Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning.';
  const HOUR_MS = 3_600_000;
  const T = Date.parse('2024-12-09T12:00:00Z');
  it('drops a sentence its source used in an earlier item, and only for that source', () => {
    const furniture = new SourceFurniture();
    expect(furniture.strip('Fox', `Jury deliberates in the subway case. ${plug}`, T)).toBe(`Jury deliberates in the subway case. ${plug}`);
    expect(furniture.strip('Fox', `Markets fell sharply on Monday. ${plug}`, T)).toBe('Markets fell sharply on Monday.');
    expect(furniture.strip('BBC', `Markets fell sharply on Monday. ${plug}`, T)).toBe(`Markets fell sharply on Monday. ${plug}`);
  });

  it('keeps short fragments that recur by chance ("U.S.")', () => {
    const furniture = new SourceFurniture();
    furniture.strip('Fox', 'Officials in the U.S. said so.', T);
    expect(furniture.strip('Fox', 'Officials in the U.S. denied it.', T)).toBe('Officials in the U.S. denied it.');
  });

  it('its memory through JSON strips what the original strips', () => {
    const original = new SourceFurniture();
    original.strip('Fox', `Jury deliberates in the subway case. ${plug}`, T);
    original.strip('BBC', 'The storm reached the coast on Sunday night.', T);
    const restored = SourceFurniture.fromMemory(JSON.parse(JSON.stringify(original.toMemory())));
    expect(restored.toMemory()).toEqual(original.toMemory());
    for (const [source, summary] of [
      ['Fox', `Markets fell sharply on Monday. ${plug}`],
      ['BBC', `The storm reached the coast on Sunday night. ${plug}`],
    ] as const) {
      expect(restored.strip(source, summary, T + HOUR_MS)).toBe(original.strip(source, summary, T + HOUR_MS));
    }
    expect(restored.strip('Fox', `Rates held. ${plug}`, T)).toBe('Rates held.');
  });

  it('forgets a sentence last used before the window, and a source left with none; a sentence used again since stays', () => {
    const furniture = new SourceFurniture();
    furniture.strip('Fox', `Jury deliberates in the subway case. ${plug}`, T);
    furniture.strip('BBC', 'The storm reached the coast on Sunday night.', T);
    furniture.strip('Fox', `Markets fell sharply on Monday. ${plug}`, T + 10 * HOUR_MS);
    furniture.forgetBefore(T + HOUR_MS);
    expect(furniture.toMemory()).toEqual([
      {
        source: 'Fox',
        sentences: [
          [plug.toLowerCase(), new Date(T + 10 * HOUR_MS).toISOString()],
          ['markets fell sharply on monday.', new Date(T + 10 * HOUR_MS).toISOString()],
        ],
      },
    ]);
    expect(furniture.size).toBe(2);
    expect(furniture.strip('Fox', `Rates held. ${plug}`, T + 11 * HOUR_MS)).toBe('Rates held.');
  });

  it('a missing memory (state saved before it was kept) is an empty one', () => {
    const furniture = SourceFurniture.fromMemory(undefined);
    expect(furniture.size).toBe(0);
    expect(furniture.strip('Fox', `Rates held. ${plug}`, T)).toBe(`Rates held. ${plug}`);
  });

  it.each([
    [{ Fox: [] }, 'not a list (object)'],
    [[{ source: 'Fox' }], 'entry 0 is not { source, sentences: [...] }'],
    [[{ source: 'Fox', sentences: [['a b c d', 'yesterday']] }], '"Fox": ["a b c d","yesterday"] is not [sentence, ISO time]'],
    [[{ source: 'Fox', sentences: ['a b c d'] }], '"Fox": "a b c d" is not [sentence, ISO time]'],
    [[{ source: 'Fox', sentences: [['a b c d', '2024-12-09T12:00:00.000Z']] }, { source: 'Fox', sentences: [['e f g h', '2024-12-09T12:00:00.000Z']] }], '"Fox" is listed twice'],
  ])('a malformed memory throws one line naming what is wrong: %j', (memory, what) => {
    expect(() => SourceFurniture.fromMemory(memory)).toThrow(new TypeError(`story-index: source furniture: ${what}`));
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

  it('stories saved with the learned names of the former name features load, decide alike and are saved without them', () => {
    const original = new StoryIndex(lexicon, background, { decision: 'model' });
    for (const it of stream) original.assign(it, new Date(it.published!));
    const saved = JSON.parse(JSON.stringify(original.stories())) as Array<Record<string, unknown>>;
    const older = saved.map((story) => ({ ...story, learnedNames: { penny: 2, neely: 2 } }));
    const restored = StoryIndex.fromStories(older as unknown as Parameters<typeof StoryIndex.fromStories>[0], lexicon, background, { decision: 'model' });
    expect(restored.stories()).toEqual(saved);
    const now = new Date('2024-12-09T18:30:00Z');
    expect(later.map((it) => restored.assign(it, now))).toEqual(later.map((it) => original.assign(it, now)));
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

  it('stories saved without title vectors (by the cuts, which read no titles) get them back from their titles', () => {
    const original = new StoryIndex(lexicon, background, { decision: 'model' });
    for (const it of stream) original.assign(it, new Date(it.published!));
    const saved = JSON.parse(JSON.stringify(original.stories())) as Story[];
    expect(saved.every((story) => story.titleCentroids !== undefined)).toBe(true);
    // What an index of the cuts' decision saves: the same stories without anything of titles.
    const asCutsSaved = saved.map(({ titleCentroids: _titles, ...story }) => ({ ...story, members: story.members.map(({ titleVector: _title, ...member }) => member) }));
    const restored = StoryIndex.fromStories(asCutsSaved, lexicon, background, { decision: 'model' });
    expect(restored.stories()).toEqual(saved);
    const now = new Date('2024-12-09T18:30:00Z');
    expect(later.map((it) => restored.assign(it, now))).toEqual(later.map((it) => original.assign(it, now)));
  });

  // The model compares an item without the summary sentences its source already used: that
  // memory is saved beside the stories, or a restarted index compares on other text.
  describe('the furniture memory across a save and restore', () => {
    const plug = 'Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning.';
    const withPlug = (it: ClusterItem): ClusterItem => ({ ...it, source: 'Fox', summary: `${it.summary} ${plug}` });
    const before = stream.map(withPlug);
    const after = later.map(withPlug);
    const now = new Date('2024-12-09T18:30:00Z');
    const run = () => {
      const original = new StoryIndex(lexicon, background, { decision: 'model' });
      for (const it of before) original.assign(it, new Date(it.published!));
      return original;
    };

    it('restored with it, the later items are assigned exactly as by the index that ran on', () => {
      const original = run();
      const saved = JSON.parse(JSON.stringify({ stories: original.stories(), furniture: original.furnitureMemory() }));
      expect(saved.furniture).toEqual([{ source: 'Fox', sentences: expect.arrayContaining([[plug.toLowerCase(), '2024-12-09T17:30:00.000Z']]) }]);
      const restored = StoryIndex.fromStories(saved.stories, lexicon, background, { decision: 'model' }, saved.furniture);
      expect(later.map((it) => restored.assign(withPlug(it), now))).toEqual(after.map((it) => original.assign(it, now)));
      expect(restored.furnitureMemory()).toEqual(original.furnitureMemory());
    });

    it('restored without it (state saved by the previous version) it still assigns, on the summaries as they came', () => {
      const original = run();
      const restored = StoryIndex.fromStories(JSON.parse(JSON.stringify(original.stories())), lexicon, background, { decision: 'model' });
      expect(restored.furnitureMemory()).toEqual([]);
      const assigned = after.map((it) => restored.assign(it, now));
      // The memory matters: the plug is compared again, so the figures differ from the original's.
      expect(assigned.map((a) => a.similarity)).not.toEqual(after.map((it) => original.assign(it, now).similarity));
      expect(restored.furnitureMemory()).toEqual([{ source: 'Fox', sentences: expect.arrayContaining([[plug.toLowerCase(), '2024-12-09T18:10:00.000Z']]) }]);
    });

    it('prune forgets what the sources said before the window, with the stories', () => {
      const index = run();
      index.prune(new Date('2024-12-12T17:15:00Z'));
      // The Penny story (last item 17:30) stays, the Swift story (17:10) goes, and so do the sentences last used before 17:15.
      expect(index.stories().map((s) => s.members.map((m) => m.id))).toEqual([['1', '3']]);
      expect(index.furnitureMemory()).toEqual([{ source: 'Fox', sentences: [[plug.toLowerCase(), '2024-12-09T17:30:00.000Z'], ['the jury found daniel penny not guilty of criminally negligent homicide.', '2024-12-09T17:30:00.000Z']] }]);
      index.prune(new Date('2024-12-12T18:00:00Z'));
      expect(index.furnitureMemory()).toEqual([]);
    });

    it('the cuts keep no memory', () => {
      const index = new StoryIndex(lexicon, background);
      for (const it of before) index.assign(it, new Date(it.published!));
      expect(index.usesFurniture).toBe(false);
      expect(index.furnitureMemory()).toEqual([]);
    });
  });
});

describe('the model features of an item against a story', () => {
  const lexicon = loadLexicon();
  const background = loadBackground();
  const item = (id: string, title: string, summary: string): ClusterItem => ({ id, title, summary, published: '2025-03-18T08:00:00Z', source: id, lang: 'en' });
  /**
   * The features of `probe` against the one story `story` makes (the teacher sees them). The window
   * prior is fixed here, not the fitted one's: in a window of this one story, a small prior (30)
   * weighs the one word the sibling shares with it ("ceasefire") below the index's evidence floor,
   * and the story is then no candidate at all, whose features cannot be read.
   */
  const featuresOf = (story: ClusterItem[], probe: ClusterItem): Record<string, number> => {
    const index = new StoryIndex(lexicon, background, { decision: 'model', model: { ...STORY_MODEL, idfPriorStories: 1000 } });
    let rows: readonly CandidateRow[] = [];
    let first: string | null = null;
    index.teacher = (_, seen) => {
      rows = seen;
      return first;
    };
    for (const member of story) first = index.assign(member, new Date(member.published!)).storyId;
    index.assign(probe, new Date(probe.published!));
    expect(rows).toHaveLength(1);
    return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, rows[0]!.x[i]!]));
  };
  const story = [
    item('1', 'Israel resumes strikes on Gaza, ending the ceasefire', 'Israel carried out extensive strikes across Gaza on Tuesday, ending the ceasefire with Hamas.'),
    item('2', 'Hundreds killed as Israel resumes Gaza strikes', 'Israeli strikes across Gaza killed hundreds as the ceasefire with Hamas collapsed.'),
  ];

  it('a report in the story\'s own words: its title covered, no heavy title word new, the story\'s core words held', () => {
    const x = featuresOf(story, item('3', 'Israel ends Gaza ceasefire with strikes', 'Israel ended the ceasefire in Gaza with strikes that killed hundreds, Hamas said.'));
    expect(x.titleCovered).toBeGreaterThan(0.99);
    expect(x.titleMissing).toBe(0);
    expect(x.titleInText).toBeGreaterThan(0.99);
    expect(x.storyCore).toBeGreaterThan(0.5);
  });

  it('a neighbouring event told in its own words: a heavy title word no member used, less of its title covered', () => {
    const own = featuresOf(story, item('3', 'Israel ends Gaza ceasefire with strikes', 'Israel ended the ceasefire in Gaza with strikes that killed hundreds, Hamas said.'));
    const sibling = featuresOf(story, item('4', 'Russian army says it repelled assault on Belgorod amid ceasefire talks', 'Russia said its army repelled a Ukrainian assault on the Belgorod region as ceasefire talks went on.'));
    expect(sibling.titleMissing).toBeGreaterThan(0.2);
    expect(sibling.titleCovered).toBeLessThan(own.titleCovered! - 0.3);
    expect(sibling.titleInText).toBeLessThan(own.titleInText! - 0.3);
    expect(sibling.storyCore).toBeLessThan(own.storyCore!);
  });
});

describe('the model and its features', () => {
  it('ships one weight per feature', () => {
    expect(STORY_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it.each([
    ['one weight short', STORY_MODEL.weights.slice(1)],
    ['one weight too many', [...STORY_MODEL.weights, 0.5]],
  ])('refuses a model with %s (fitted on another feature list)', (_, weights) => {
    expect(() => new StoryIndex(loadLexicon(), loadBackground(), { decision: 'model', model: { ...STORY_MODEL, weights } })).toThrow(/weights for \d+ features/);
  });
});
