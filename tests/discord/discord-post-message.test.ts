// The post → Discord message mapping: pure, no network. Limits per
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/model.ts';
import { deliveryNonce } from '../../src/discord/delivery/delivery-nonce.ts';
import { alsoReportedBy, footerText, postEmbed, postMessage, threadName } from '../../src/discord/delivery/post-message.ts';

const post: Post = {
  id: 'korea:item-1',
  topic: 'korea',
  itemKey: 'item-1',
  title: 'Kim meets Putin in Vladivostok',
  url: 'https://news.example/kim-putin',
  source: 'Kompas',
  published: '2026-03-02T00:30:00Z',
  summary: 'The two leaders met on Tuesday. They discussed arms and food.',
  imageUrl: 'https://img.news.example/kim.jpg',
  lang: 'id',
  score: 7.46,
  terms: ['Kim Jong Un', 'North Korea'],
};

const outlets = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ source: `Outlet number ${i}`, title: `Report ${i}`, url: `https://outlet-${i}.example/a/very/long/path/to/the/report/${i}` }));

const embedTotal = (embed: ReturnType<typeof postEmbed>) =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.footer?.text.length ?? 0) +
  (embed.author?.name.length ?? 0) +
  (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('postEmbed', () => {
  it('maps every part of the post to its place in the embed', () => {
    expect(postEmbed(post)).toEqual({
      title: 'Kim meets Putin in Vladivostok',
      url: 'https://news.example/kim-putin',
      description: 'The two leaders met on Tuesday. They discussed arms and food.',
      author: { name: 'Kompas' },
      timestamp: '2026-03-02T00:30:00.000Z',
      image: { url: 'https://img.news.example/kim.jpg' },
      footer: { text: 'score 7.5 · Kim Jong Un, North Korea' },
    });
  });

  it('leaves out what the post lacks or what Discord would refuse (non-web URLs, empty summary, bad date)', () => {
    const embed = postEmbed({ ...post, url: 'javascript:alert(1)', imageUrl: 'not a url', summary: '', published: 'yesterday', terms: [] });
    expect(embed).toEqual({ title: post.title, author: { name: 'Kompas' }, footer: { text: 'score 7.5' } });
  });

  it('keeps the title, description and total within the limits', () => {
    const long = postEmbed({ ...post, title: 'word '.repeat(100), summary: 'A sentence that goes on. '.repeat(400), alsoReportedBy: outlets(40) });
    expect(long.title!.length).toBeLessThanOrEqual(256);
    expect(long.title!.endsWith('…')).toBe(true);
    expect(long.description!.length).toBeLessThanOrEqual(4096);
    expect(long.description!.endsWith('.')).toBe(true); // cut at a sentence, not mid-word
    expect(long.fields![0]!.value.length).toBeLessThanOrEqual(1024);
    expect(embedTotal(long)).toBeLessThanOrEqual(6000);
  });
});

describe('footerText', () => {
  it.each([
    [{ score: 7.46, terms: ['Kim Jong Un', 'North Korea'] }, 'score 7.5 · Kim Jong Un, North Korea'],
    [{ score: 3, terms: [] }, 'score 3'],
    [{ score: 2, terms: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] }, 'score 2 · a, b, c, d, e, f, …'],
  ])('%j → %s', (input, expected) => {
    expect(footerText({ ...post, ...input })).toBe(expected);
  });
});

describe('alsoReportedBy', () => {
  it('lists other outlets once each as markdown links, escaping names and link targets', () => {
    const value = alsoReportedBy({
      ...post,
      alsoReportedBy: [
        { source: 'Reuters', title: 'a', url: 'https://reuters.example/a_(1)' },
        { source: 'reuters', title: 'again', url: 'https://reuters.example/b' },
        { source: 'Kompas', title: 'own outlet', url: 'https://kompas.example/x' },
        { source: '[Tempo]_Co', title: 'b', url: 'https://tempo.example/b' },
        { source: 'Radio Free Asia', title: 'no link' },
      ],
    });
    // Inside a masked link Discord shows escapes as written: markdown characters are taken out.
    expect(value).toBe('[Reuters](https://reuters.example/a_%281%29) · [(Tempo) Co](https://tempo.example/b) · Radio Free Asia');
  });

  it('never shows a backslash or renders markdown in a linked outlet name; an unlinked one is escaped', () => {
    const value = alsoReportedBy({
      ...post,
      alsoReportedBy: [
        { source: '**Bold** `Wire` ||x|| <@123>', title: 'a', url: 'https://a.example/1' },
        { source: 'https://b.example', title: 'b', url: 'https://b.example/2' },
        { source: '***', title: 'c', url: 'https://c.example/3' },
        { source: '*Plain*', title: 'd' },
      ],
    });
    expect(value).toBe('[Bold Wire x @123](https://a.example/1) · [b.example](https://b.example/2) · \\*\\*\\* · \\*Plain\\*');
  });

  it('cuts a long list at a whole link and says how many more', () => {
    const value = alsoReportedBy({ ...post, alsoReportedBy: outlets(30) });
    expect(value.length).toBeLessThanOrEqual(1024);
    const shown = value.split(' · ');
    const tail = shown.pop()!;
    expect(tail).toBe(`and ${30 - shown.length} more`);
    expect(shown.every((link) => /^\[Outlet number \d+\]\(https:\/\/[^)]+\)$/.test(link))).toBe(true);
  });

  it('is empty without other outlets', () => {
    expect(alsoReportedBy(post)).toBe('');
    expect(postEmbed(post).fields).toBeUndefined();
  });
});

describe('postMessage', () => {
  it('mentions the subscription role and allows only that mention', () => {
    expect(postMessage(post, '123456789012345678')).toMatchObject({
      content: '<@&123456789012345678>',
      allowed_mentions: { parse: [], roles: ['123456789012345678'] },
    });
  });

  it('without a role: no content and no mentions at all', () => {
    const message = postMessage({ ...post, summary: '@everyone look' });
    expect(message.content).toBeUndefined();
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('threadName and deliveryNonce', () => {
  it('a forum post is named after the title, within 100 characters, never empty', () => {
    expect(threadName(post)).toBe('Kim meets Putin in Vladivostok');
    expect(threadName({ ...post, title: 'headline '.repeat(20) }).length).toBeLessThanOrEqual(100);
    expect(threadName({ ...post, title: '  ' })).toBe('The two leaders met on Tuesday. They discussed arms and food.');
    expect(threadName({ ...post, title: '  ', summary: '' })).toBe('Kompas');
  });

  it('nonces are stable, at most 25 characters, and differ per post and per subscription', () => {
    const nonce = deliveryNonce('korea:item-1', '111:korea');
    expect(nonce).toBe(deliveryNonce('korea:item-1', '111:korea'));
    expect(nonce.length).toBeLessThanOrEqual(25);
    expect(nonce).toMatch(/^[0-9a-z]+$/);
    expect(deliveryNonce('korea:item-2', '111:korea')).not.toBe(nonce);
    expect(deliveryNonce('korea:item-1', '222:korea')).not.toBe(nonce);
  });
});

describe('postEmbed: text shown as written (issue 11)', () => {
  it('escapes markdown in the title and summary: a masked link from a feed or an LLM does not render', () => {
    const embed = postEmbed({
      ...post,
      title: 'Breaking: **vote** [here](https://evil.example)',
      summary: '# Headline\n- list item\nClick [the report](https://evil.example/steal) now.',
    });
    expect(embed.title).toBe('Breaking: \\*\\*vote\\*\\* \\[here\\](https://evil.example)');
    expect(embed.description).toBe('\\# Headline\n\\- list item\nClick \\[the report\\](https://evil.example/steal) now.');
    expect(embed.description).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
  });

  it('escapes a numbered line at its dot: Discord shows a backslash before a digit', () => {
    const embed = postEmbed({ ...post, title: '2. Harga beras naik', summary: '1. Pertama\n  2) Kedua\nTahun 2026. Lalu' });
    expect(embed.title).toBe('2\\. Harga beras naik');
    expect(embed.description).toBe('1\\. Pertama\n  2\\) Kedua\nTahun 2026. Lalu');
    expect(embed.description).not.toMatch(/\\\d/);
  });

  it('leaves a bare web address in the text as written: a backslash in it would break the link', () => {
    const embed = postEmbed({ ...post, summary: 'Dokumen di https://x.example/laporan_akhir_2026.pdf dan *catatan_lain*. Lihat [ini](https://evil.example/a_b).' });
    expect(embed.description).toBe(
      'Dokumen di https://x.example/laporan_akhir_2026.pdf dan \\*catatan\\_lain\\*. Lihat \\[ini\\](https://evil.example/a_b).',
    );
    // The masked link still cannot form: its brackets are escaped.
    expect(embed.description).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
    // An address glued to a word is not one Discord links: escaped as prose.
    expect(postEmbed({ ...post, summary: 'xhttps://a.example/_b_' }).description).toBe('xhttps://a.example/\\_b\\_');
  });

  it('never sends a whitespace-only title: the summary, else the outlet, stands in', () => {
    expect(postEmbed({ ...post, title: ' \n\t ' }).title).toBe('The two leaders met on Tuesday. They discussed arms and food.');
    expect(postEmbed({ ...post, title: '   ', summary: '' }).title).toBe('Kompas');
    expect(threadName({ ...post, title: '\u00a0 ', summary: '' })).toBe('Kompas');
    expect(postEmbed({ ...post, summary: ' \n ' })).not.toHaveProperty('description');
  });

  it('caps every URL at 2,048 characters: the fragment goes first, else the link is left out', () => {
    const page = 'https://news.example/kim-putin?id=1';
    expect(postEmbed({ ...post, url: `${page}#${'x'.repeat(2_100)}` }).url).toBe(page);
    expect(postEmbed({ ...post, url: `${page}&${'x'.repeat(2_100)}` }).url).toBeUndefined();
    expect(postEmbed({ ...post, imageUrl: `https://img.example/${'y'.repeat(2_100)}.jpg` }).image).toBeUndefined();
    const exactly = `https://news.example/${'z'.repeat(2_048 - 'https://news.example/'.length)}`;
    expect(postEmbed({ ...post, url: exactly }).url).toBe(exactly);
  });

  it('cuts a long emoji title on a grapheme boundary (no lone surrogate, no split family emoji)', () => {
    const family = '👨‍👩‍👧‍👦';
    const embed = postEmbed({ ...post, title: `${family} `.repeat(60) });
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.title!.endsWith('…')).toBe(true);
    expect(embed.title!.replace(/…$/, '').trimEnd().split(' ').every((part) => part === family)).toBe(true);
    const name = threadName({ ...post, title: '🇮🇩'.repeat(80) });
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.replace(/…$/, '')).toMatch(/^(🇮🇩)+$/u);
  });
});
