// Real publisher feeds, read in place from ../shared/feeds beside the project (never copied in:
// they are third-party text). Skipped, with a warning saying why, when that directory is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FeedSource } from '../../../src/core/model.ts';
import { normalizeItems } from '../../../src/core/normalize/normalize-items.ts';
import { parseFeed } from '../../../src/core/parse/parse-feed.ts';

const FEEDS_DIR = new URL('../../../../shared/feeds/', import.meta.url);
const exists = existsSync(FEEDS_DIR);
if (!exists) console.warn(`SKIPPED shared feed tests: ${fileURLToPath(FEEDS_DIR)} is not beside the project`);
const files = exists ? readdirSync(FEEDS_DIR).filter((name) => name.endsWith('.xml')).sort() : [];
// Their dates are years old; a fixed "now" keeps the test independent of the clock.
const NOW = new Date('2025-10-08T00:00:00Z');

describe.skipIf(!exists)('shared publisher feeds', () => {
  it('has feeds to read', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses and normalises', async (name) => {
    const feed = await parseFeed(readFileSync(new URL(name, FEEDS_DIR)), 'application/rss+xml', name);
    expect(feed.items.length).toBeGreaterThan(10);
    expect(feed.skippedItems).toBe(0);
    const source: FeedSource = { id: name.replace(/\.xml$/, ''), url: `https://feeds.example/${name}`, name, language: 'id' };
    const items = normalizeItems(feed, source, NOW);
    expect(items.length).toBeGreaterThan(10);
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    for (const item of items) {
      expect(item.title, item.key).not.toBe('');
      expect(item.link, item.key).toMatch(/^https?:\/\//);
      expect(item.published, item.key).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(item.summary, item.key).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
  });
});
