// The reader of transcribed feed dumps (scripts/build-stories-en-days.ts): the English development
// days beyond ../shared's are built from such files kept outside the project, so the parsing and
// numbering are checked here on dumps written for the test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { labelledDays, parseDumpFile, readRawDays } from '../../scripts/build-stories-en-days.ts';

const HEADER = '#FEED owner/repo|2025/01/2025-01-22/https...example.org.feed_entries.md|0123456789abcdef0123456789abcdef01234567';

function entry(title: string, link: string, published: string, description: string): string {
  return `## ${title}\n - [${link}](${link})\n - RSS feed: $source\n - date published: ${published}\n\n${description}\n\n`;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function rawDay(files: Record<string, string>): string {
  const raw = mkdtempSync(join(tmpdir(), 'en-raw-'));
  dirs.push(raw);
  mkdirSync(join(raw, '2025-01-22'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(raw, '2025-01-22', name), text);
  return raw;
}

describe('build-stories-en-days', () => {
  it('reads each entry: title, link, UTC time, the description cleaned and cut', () => {
    const long = `${'A sentence that goes on. '.repeat(25)}Tail`;
    const text = `${HEADER}\n# Source:Example, URL:https://example.org/feed, language:en-US\n\n` +
      entry(' Minister&#x27;s &amp;quot;plan&amp;quot; ', 'https://example.org/a', '2025-01-22T18:13:00+00:00', "<a href='https://x'>Listen</a> to it&nbsp;now\u200b") +
      entry('No description', 'https://example.org/b', '2025-01-22T10:00:00-05:00', 'None') +
      entry('Long', 'https://example.org/c', '2025-01-22T09:00:00+00:00', long);
    const entries = parseDumpFile(text, 'x.md');
    expect(entries.map((e) => e.title)).toEqual(['Minister\'s "plan"', 'No description', 'Long']);
    expect(entries[0]!.summary).toBe('Listen to it now');
    expect(entries[0]!.link).toBe('https://example.org/a');
    expect(entries[1]!.summary).toBe('');
    expect(entries[1]!.published).toBe('2025-01-22T15:00:00+00:00');
    expect(entries[2]!.summary.length).toBeLessThanOrEqual(500);
    expect(entries[2]!.summary.endsWith('goes on.')).toBe(true);
  });

  it('refuses a file without its #FEED header or an entry without a date', () => {
    expect(() => parseDumpFile(entry('T', 'https://e/a', '2025-01-22T00:00:00+00:00', 'D'), 'x.md')).toThrow(/#FEED/);
    expect(() => parseDumpFile(`${HEADER}\n## T\n - [https://e/a](https://e/a)\n\nD\n`, 'x.md')).toThrow(/without a link or a date/);
  });

  it('numbers a day in published order, names outlets by feed, drops a link seen before', () => {
    const raw = rawDay({
      '04_bbc.md': `${HEADER}\n` + entry('Late', 'https://e/1', '2025-01-22T20:00:00+00:00', 'x') + entry('Early', 'https://e/2', '2025-01-22T01:00:00+00:00', 'y'),
      '19_bbcasia.md': `${HEADER}\n` + entry('Early again', 'https://e/2', '2025-01-22T01:00:00+00:00', 'y'),
      '10_fox.md': `${HEADER}\n` + entry('Middle', 'https://e/3', '2025-01-22T12:00:00+00:00', 'z'),
    });
    const items = readRawDays(raw).get('2025-01-22')!;
    expect(items.map((i) => `${i.id} ${i.source} ${i.title}`)).toEqual([
      'en-day-20250122-001 BBC News Early',
      'en-day-20250122-002 Fox News Middle',
      'en-day-20250122-003 BBC News Late',
    ]);
  });

  it('joins labels to a whole day and refuses a partial day or a story of another day', () => {
    const raw = rawDay({ '17_sky.md': `${HEADER}\n` + entry('One', 'https://e/1', '2025-01-22T01:00:00+00:00', 'a') + entry('Two', 'https://e/2', '2025-01-22T02:00:00+00:00', 'b') });
    const rows = labelledDays(raw, [
      { id: 'en-day-20250122-001', story: '20250122-one-story' },
      { id: 'en-day-20250122-002', story: '20250122-one-story' },
    ]);
    expect(rows.map((r) => `${r.id} ${r.story} ${r.source}`)).toEqual(['en-day-20250122-001 20250122-one-story Sky News', 'en-day-20250122-002 20250122-one-story Sky News']);
    expect(() => labelledDays(raw, [{ id: 'en-day-20250122-001', story: '20250122-001' }])).toThrow(/has no label/);
    expect(() => labelledDays(raw, [{ id: 'en-day-20250122-001', story: '20250123-x' }, { id: 'en-day-20250122-002', story: '20250122-002' }])).toThrow(/does not start with its day/);
    expect(() => labelledDays(raw, [{ id: 'en-day-20250122-009', story: '20250122-009' }])).toThrow(/is not an item/);
  });
});
