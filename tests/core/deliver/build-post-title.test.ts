// A post's title: the item's own, else the summary's first words cut at a word and a grapheme
// boundary. Before, a whitespace-only title was kept as is and the fallback was `slice(0, 120)`,
// which could cut an emoji in half (a lone surrogate Discord shows as a broken glyph).
import { describe, expect, it } from 'vitest';
import { buildPost } from '../../../src/core/deliver/build-post.ts';
import type { FeedItem, Match } from '../../../src/core/model.ts';

const match = { lang: 'en', score: 3, terms: [] } as unknown as Match;
const item = (title: string, summary: string): FeedItem =>
  ({ key: 'k1', feedId: 'f1', title, summary, link: 'https://news.example/a', source: 'Wire' }) as unknown as FeedItem;

describe('buildPost title', () => {
  it('a whitespace-only title gives way to the summary', () => {
    expect(buildPost(item(' \n ', 'Rain floods Jakarta. More to come.'), 't', match, 'UTC').title).toBe('Rain floods Jakarta. More to come.');
  });

  it('the fallback from a long summary is cut at a grapheme boundary, never inside an emoji', () => {
    const summary = `${'a'.repeat(118)}😀😀 and the rest of a long summary`;
    const title = buildPost(item('', summary), 't', match, 'UTC').title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(title)).toBe(false);
    expect(title.endsWith('…')).toBe(true);
  });
});
