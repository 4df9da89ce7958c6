import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/core/normalize/canonical-url.ts';

describe('canonicalUrl', () => {
  it.each([
    ['lowercases the host, keeps the path case', 'https://Berita.Example.ID/Path/Case', undefined, 'https://berita.example.id/Path/Case'],
    ['drops the fragment', 'https://e.example/a?x=1#komentar', undefined, 'https://e.example/a?x=1'],
    ['drops a default http port', 'http://e.example:80/a', undefined, 'http://e.example/a'],
    ['drops a default https port', 'https://e.example:443/a', undefined, 'https://e.example/a'],
    ['keeps another port', 'https://e.example:8443/a', undefined, 'https://e.example:8443/a'],
    ['drops utm_* in any case', 'https://e.example/a?utm_source=rss&id=5&UTM_Medium=feed', undefined, 'https://e.example/a?id=5'],
    [
      'drops every listed tracking parameter',
      'https://e.example/a?fbclid=1&gclid=2&dclid=3&msclkid=4&mc_cid=5&mc_eid=6&igshid=7&yclid=8&_ga=9&ref_src=10',
      undefined,
      'https://e.example/a',
    ],
    [
      'drops the click ids of other platforms',
      'https://e.example/a?gclsrc=aw.ds&gbraid=1&id=7&wbraid=2&srsltid=3&ttclid=4&twclid=5&_hsenc=6&_hsmi=7&mkt_tok=8',
      undefined,
      'https://e.example/a?id=7',
    ],
    ['keeps the order of other parameters', 'https://e.example/a?b=2&a=1&utm_term=x&c=3', undefined, 'https://e.example/a?b=2&a=1&c=3'],
    ['keeps the original encoding', 'https://e.example/cari?q=caf%C3%A9&x=a+b&y=%2F', undefined, 'https://e.example/cari?q=caf%C3%A9&x=a+b&y=%2F'],
    ['keeps names that only start like utm', 'https://e.example/a?utmost=1&gclid_x=2', undefined, 'https://e.example/a?utmost=1&gclid_x=2'],
    ['drops an empty query', 'https://e.example/a?', undefined, 'https://e.example/a'],
    ['drops empty pairs', 'https://e.example/a?&&id=1&', undefined, 'https://e.example/a?id=1'],
    ['resolves a root-relative link', '/olahraga/timnas', 'https://berita.example.id/', 'https://berita.example.id/olahraga/timnas'],
    ['resolves a path-relative link', 'item?id=2', 'https://e.example/news/feed.xml', 'https://e.example/news/item?id=2'],
    ['resolves a protocol-relative link', '//cdn.e.example/i.jpg', 'https://e.example/', 'https://cdn.e.example/i.jpg'],
    ['ignores the base for an absolute URL', 'https://a.example/x', 'https://b.example/', 'https://a.example/x'],
    ['survives a broken base', 'https://a.example/x', 'not a base', 'https://a.example/x'],
    ['trims whitespace', '  https://e.example/a  ', undefined, 'https://e.example/a'],
    ['punycodes an international host', 'https://Bücher.example/', undefined, 'https://xn--bcher-kva.example/'],
  ])('%s', (_what, url, base, expected) => {
    expect(canonicalUrl(url, base)).toBe(expected);
  });

  it.each([
    ['', undefined],
    ['not a url', undefined],
    ['/relative/without/base', undefined],
    ['javascript:alert(1)', 'https://e.example/'],
    ['mailto:redaksi@e.example', undefined],
    ['ftp://e.example/file', undefined],
    ['data:image/png;base64,AAAA', undefined],
  ])('%j (base %s) → undefined', (url, base) => {
    expect(canonicalUrl(url, base)).toBeUndefined();
  });

  it('gives one spelling to the same article reached two ways', () => {
    const a = canonicalUrl('https://BERITA.example.id:443/x?id=1&utm_source=twitter#top');
    const b = canonicalUrl('/x?id=1&fbclid=abc', 'https://berita.example.id/');
    expect(a).toBe(b);
  });
});
