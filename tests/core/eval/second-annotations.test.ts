import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasSharedEval, sayWhySkipped, SHARED_DIR } from '../../helpers/shared-data.ts';

// The second annotations of the story days (scripts/story-agreement.ts reads them against the
// first): each must label every item of its day once and nothing else, with story ids of that day,
// or the agreement figures in the README would silently drop pairs.
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function labels(file: string): Array<{ id: string; story: string }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; story: string });
}

/** The English days labelled in the project (tests/fixtures/stories-en/dev-labels.jsonl: ids and stories only). */
const ownEnglish = labels(join(FIXTURES, 'stories-en', 'dev-labels.jsonl'));

/** The first annotation's ids of one day (story ids start with the day as YYYYMMDD). */
function firstIds(folder: string, day: string): string[] {
  if (folder === 'stories-id') return labels(join(FIXTURES, folder, 'labels.jsonl')).filter((l) => l.story.startsWith(day)).map((l) => l.id);
  const own = ownEnglish.filter((l) => l.story.startsWith(day)).map((l) => l.id);
  return own.length > 0 ? own : labels(`${SHARED_DIR}eval/stories-dev-en.jsonl`).filter((l) => l.story.startsWith(day)).map((l) => l.id);
}

const files = ['stories-id', 'stories-en'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((name) => /^second-annotation-\d{8}\.jsonl$/.test(name))
    .map((name) => ({ folder, name, day: name.slice('second-annotation-'.length, -'.jsonl'.length) })),
);

describe('second annotations of the story days', () => {
  it('there are some, in both languages', () => {
    expect(new Set(files.map((f) => f.folder))).toEqual(new Set(['stories-id', 'stories-en']));
  });

  for (const { folder, name, day } of files) {
    // ../shared's two English days are labelled there; the project's own English days here.
    const needsShared = folder === 'stories-en' && !ownEnglish.some((l) => l.story.startsWith(day));
    it.skipIf(needsShared && !hasSharedEval)(`${folder}/${name} labels every item of ${day} once, with story ids of that day`, () => {
      const second = labels(join(FIXTURES, folder, name));
      const ids = second.map((l) => l.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(second.every((l) => l.story.startsWith(`${day}-`))).toBe(true);
      expect([...ids].sort()).toEqual([...firstIds(folder, day)].sort());
    });
  }
  if (!hasSharedEval) sayWhySkipped('the English second annotations are checked against ../shared/eval/stories-dev-en.jsonl');
});
