import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { FetchError } from '../../src/core/errors.ts';
import type { FeedItem, Match } from '../../src/core/model.ts';
import { createExtractiveSummarizer } from '../../src/core/summarize/extractive-summarizer.ts';
import { writeSummary } from '../../src/pipeline/write-summary.ts';
import { buildPost } from '../../src/core/deliver/build-post.ts';
import type { ArticleFetcher, ArticleText, Logger } from '../../src/ports.ts';

// The summary of a posted story comes from its article when the page can be fetched and is the
// item's article; otherwise from the feed's own text. Ports here are plain objects: no network.

const summarizer = createExtractiveSummarizer(loadLexicon(), loadBackground());
const match: Match = { score: 3, decision: true, lang: 'id', terms: [], concepts: [], reason: '' };
const item: FeedItem = {
  id: 'k1',
  key: 'https://kompas.example/belousov',
  feedId: 'kompas',
  title: 'Kim Jong Un dan Menhan Rusia Sepakat Tingkatkan Hubungan Militer',
  summary: 'Kim Jong Un bertemu Menteri Pertahanan Rusia di Pyongyang.',
  link: 'https://kompas.example/belousov',
};
const ARTICLE = [
  'PYONGYANG, KOMPAS.com - Pemimpin Korea Utara Kim Jong Un dan Menteri Pertahanan Rusia Andrei Belousov sepakat meningkatkan hubungan militer kedua negara dalam pertemuan di Pyongyang, Jumat.',
  'Baca juga: Harga Emas Hari Ini Naik',
  'Kantor berita KCNA melaporkan kedua pihak membahas kerja sama pertahanan yang lebih erat di tengah perang Rusia di Ukraina.',
  'Kim menyatakan Korea Utara akan terus mendukung kebijakan Rusia untuk mempertahankan kedaulatan dan integritas wilayahnya.',
].join('\n\n');

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (fields: Record<string, unknown>, message: string) => void lines.push(`${message} ${JSON.stringify(fields)}`);
  return { lines, debug: log, info: log, warn: log, error: log };
}

function articles(answer: () => ArticleText): ArticleFetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async fetchArticle(url: string) {
      asked.push(url);
      return answer();
    },
  };
}

describe('writeSummary', () => {
  it('summarises the fetched article, not the feed teaser, and takes its lead image', async () => {
    const fetcher = articles(() => ({ url: item.link!, text: ARTICLE, imageUrl: 'https://kompas.example/img/kim.jpg' }));
    const written = await writeSummary(item, match, undefined, { articles: fetcher, summarizer, logger: recordingLogger() });
    expect(fetcher.asked).toEqual([item.link]);
    expect(written.summary).toMatch(/^Pemimpin Korea Utara Kim Jong Un dan Menteri Pertahanan Rusia Andrei Belousov/);
    expect(written.summary).toMatch(/KCNA/);
    expect(written.summary).not.toMatch(/Baca juga/);
    expect(written.imageUrl).toBe('https://kompas.example/img/kim.jpg');
  });

  it('falls back to the feed text when the fetch fails, saying why in the log', async () => {
    const logger = recordingLogger();
    const fetcher = articles(() => {
      throw new FetchError('http-status', 'https://kompas.example/belousov: HTTP 403 Forbidden', { status: 403 });
    });
    const written = await writeSummary(item, match, undefined, { articles: fetcher, summarizer, logger });
    expect(written.summary).toBe(item.summary);
    expect(written.imageUrl).toBeUndefined();
    expect(logger.lines.join('\n')).toMatch(/article not fetched.*HTTP 403/);
  });

  it('ignores a page that is not the item\'s article (a consent wall) and one shorter than the feed text', async () => {
    const wall = 'Kami dan mitra kami menggunakan cookie untuk menyimpan dan mengakses informasi di perangkat Anda. '.repeat(5);
    const walled = await writeSummary(item, match, undefined, { articles: articles(() => ({ url: item.link!, text: wall })), summarizer, logger: recordingLogger() });
    expect(walled.summary).toBe(item.summary);
    const short = await writeSummary(item, match, undefined, { articles: articles(() => ({ url: item.link!, text: 'Kim Jong Un Menhan Rusia.' })), summarizer, logger: recordingLogger() });
    expect(short.summary).toBe(item.summary);
  });

  it('fetches nothing for an item without a link, or when article fetching is off', async () => {
    const fetcher = articles(() => ({ url: '', text: ARTICLE }));
    const { link: _link, ...linkless } = item;
    expect((await writeSummary(linkless, match, undefined, { articles: fetcher, summarizer, logger: recordingLogger() })).summary).toBe(item.summary);
    expect((await writeSummary(item, match, undefined, { summarizer, logger: recordingLogger() })).summary).toBe(item.summary);
    expect(fetcher.asked).toEqual([]);
  });

  it('writes no summary when the feed text is one sentence pointing back at what it left out, and the post is its title', async () => {
    const teaser = { ...item, summary: 'Jakarta - Hal itu dikatakan Menteri Pertahanan Rusia Andrei Belousov usai bertemu Kim Jong Un di Pyongyang, Jumat.' };
    const written = await writeSummary(teaser, match, undefined, { summarizer, logger: recordingLogger() });
    expect(written.summary).toBe('');
    // The feed's text does not stand in for it: it would open the post with the same dangling sentence.
    const post = buildPost(teaser, 'korea', match, 'Asia/Jakarta', undefined, written);
    expect(post.summary).toBe('');
    expect(post.title).toBe(item.title);
  });
});
