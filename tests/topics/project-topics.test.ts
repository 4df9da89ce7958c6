// The project's own development topics (tests/fixtures/topics/<topic>/labels.jsonl + seeds.json,
// issue 9) are joined with the ../shared texts by scripts/build-topics.ts into the shared topics'
// format. This checks the build and the labels' shape only; their figures are printed by
// scripts/topic-figures.ts and are not (yet) part of the topic gate.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProjectTopics, projectTopicNames } from '../../scripts/build-topics.ts';
import { hasSharedEval, sayWhySkipped, STREAM_SET } from '../helpers/shared-data.ts';

/** What each topic's README states; a change to the labels must change both. */
const SHAPES: Record<string, { items: number; positive: number; hard: number; easy: number; seeds: number }> = {
  'id-kereta-api': { items: 1200, positive: 398, hard: 203, easy: 599, seeds: 5 },
  'id-liga-indonesia': { items: 1200, positive: 129, hard: 471, easy: 600, seeds: 5 },
  'id-motogp': { items: 1200, positive: 227, hard: 373, easy: 600, seeds: 5 },
  'id-ponsel': { items: 1200, positive: 306, hard: 294, easy: 600, seeds: 5 },
};

const FIELDS = ['id', 'lang', 'title', 'summary', 'link', 'source', 'published', 'label', 'kind'];

sayWhySkipped('the project topics build');

describe('project topics', () => {
  it('lists the topics that hold labels.jsonl and seeds.json', () => {
    expect(projectTopicNames()).toEqual(Object.keys(SHAPES).sort());
  });

  describe.runIf(hasSharedEval && existsSync(STREAM_SET))('built from ../shared', () => {
    const out = mkdtempSync(join(tmpdir(), 'newshound-topics-test-'));
    const built = buildProjectTopics(out);
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it.each(Object.entries(SHAPES))('%s has the shape its README states', (topic, shape) => {
      expect(built).toContain(topic);
      const items = readFileSync(join(out, topic, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(items).toHaveLength(shape.items);
      expect(items.filter((i) => i.kind === 'positive' && i.label === 1)).toHaveLength(shape.positive);
      expect(items.filter((i) => i.kind === 'hard_negative' && i.label === 0)).toHaveLength(shape.hard);
      expect(items.filter((i) => i.kind === 'easy_negative' && i.label === 0)).toHaveLength(shape.easy);
      for (const item of items) {
        expect(Object.keys(item)).toEqual(FIELDS);
        expect(item).toMatchObject({ lang: 'id', summary: '', link: '' });
        expect(typeof item.title === 'string' && item.title !== '').toBe(true);
      }
      const seeds = readdirSync(join(out, topic, 'seeds'));
      expect(seeds).toHaveLength(shape.seeds);
      expect(seeds.every((name) => /^\d\d_.+\.txt$/.test(name))).toBe(true);
      for (const name of seeds) expect(readFileSync(join(out, topic, 'seeds', name), 'utf8').length).toBeGreaterThan(500);
    });
  });
});
