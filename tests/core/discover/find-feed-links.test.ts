// Feed autodiscovery's pure part: which <link>s name a feed, resolved how, in what order.

import { describe, expect, it } from 'vitest';
import { commonFeedUrls, findFeedLinks, preferredFeedLink } from '../../../src/core/discover/find-feed-links.ts';

const PAGE = 'https://news.example/section/world/index.html';
const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title>${head}</head><body>${body}</body></html>`;

describe('findFeedLinks', () => {
  it('finds RSS, Atom and JSON Feed links in document order, with their titles', () => {
    const html = page(
      '<link rel="stylesheet" href="/s.css">' +
        '<link rel="alternate" type="application/rss+xml" title="World &amp; more" href="/rss/world.xml">' +
        '<link rel="alternate" type="application/atom+xml" href="https://news.example/atom">' +
        '<link rel="alternate" type="application/feed+json" href="feed.json">',
    );
    expect(findFeedLinks(html, PAGE)).toEqual([
      { url: 'https://news.example/rss/world.xml', format: 'rss', title: 'World & more' },
      { url: 'https://news.example/atom', format: 'atom' },
      { url: 'https://news.example/section/world/feed.json', format: 'json' },
    ]);
  });

  it.each([
    ['a relative href against the page', '<link rel="alternate" type="application/rss+xml" href="../rss?a=1&amp;b=2#top">', 'https://news.example/section/rss?a=1&b=2'],
    ['a protocol-relative href', '<link rel="alternate" type="application/rss+xml" href="//cdn.example/f.xml">', 'https://cdn.example/f.xml'],
    ['<base href> first', '<base href="https://feeds.example/v2/"><link rel="alternate" type="application/rss+xml" href="world.xml">', 'https://feeds.example/v2/world.xml'],
    ['a relative <base href>, against the page', '<base href="/b/"><link rel="alternate" type="application/rss+xml" href="x.xml">', 'https://news.example/b/x.xml'],
    ['upper-case names and values, a MIME parameter, several rel tokens', '<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=UTF-8" HREF="/up.xml">', 'https://news.example/up.xml'],
    ['a page without <head> or <html>', '', 'https://news.example/bare.xml'],
  ])('resolves %s', (_case, head, url) => {
    const html = head === '' ? '<meta charset="utf-8"><link rel="alternate" type="application/rss+xml" href="/bare.xml"><p>hi</p>' : page(head);
    expect(findFeedLinks(html, PAGE).map((link) => link.url)).toEqual([url]);
  });

  it.each([
    ['no rel alternate', '<link rel="feed" type="application/rss+xml" href="/a.xml">'],
    ['not a feed type', '<link rel="alternate" type="text/html" hreflang="en" href="/en/">'],
    ['WordPress\'s REST API link (application/json)', '<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">'],
    ['no href', '<link rel="alternate" type="application/rss+xml">'],
    ['a javascript: href', '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'],
    ['a file: href', '<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">'],
    ['an <a> to a feed (not a link element)', '', '<a href="/rss.xml" type="application/rss+xml" rel="alternate">RSS</a>'],
  ])('ignores %s', (_case, head, body = '') => {
    expect(findFeedLinks(page(head, body), PAGE)).toEqual([]);
  });

  it('names a feed once, however often the page links it', () => {
    const link = '<link rel="alternate" type="application/rss+xml" href="/rss.xml">';
    expect(findFeedLinks(page(link + link + '<link rel="alternate" type="application/rss+xml" href="https://news.example/rss.xml#x">'), PAGE)).toHaveLength(1);
  });
});

describe('preferredFeedLink', () => {
  it('takes the first RSS or Atom feed over an earlier JSON Feed the poller cannot read', () => {
    const links = [
      { url: 'https://a.example/feed.json', format: 'json' as const },
      { url: 'https://a.example/atom', format: 'atom' as const },
      { url: 'https://a.example/rss', format: 'rss' as const },
    ];
    expect(preferredFeedLink(links)?.url).toBe('https://a.example/atom');
    expect(preferredFeedLink(links.slice(0, 1))?.url).toBe('https://a.example/feed.json');
    expect(preferredFeedLink([])).toBeUndefined();
  });
});

describe('commonFeedUrls', () => {
  it('tries the usual paths on the page\'s origin, dropping its path and query', () => {
    expect(commonFeedUrls('http://blog.example:8080/2024/05/post?x=1')).toEqual([
      'http://blog.example:8080/feed',
      'http://blog.example:8080/rss',
      'http://blog.example:8080/feed.xml',
      'http://blog.example:8080/rss.xml',
      'http://blog.example:8080/atom.xml',
      'http://blog.example:8080/index.xml',
    ]);
  });
});
