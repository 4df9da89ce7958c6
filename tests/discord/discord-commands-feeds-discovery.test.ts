// /feeds add given a web page instead of a feed: the feed the page names is checked and added
// (the first RSS or Atom one, the others listed), with the same address checks as any feed.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGES, startCommandsHarness, type CommandsHarness } from '../helpers/discord-commands-harness.ts';
import { serveFeed } from '../helpers/feed-server.ts';

const HTML = 'text/html; charset=utf-8';
const page = (head: string) => serveFeed(`<!DOCTYPE html><html><head><title>Kabar</title>${head}</head><body><p>Berita.</p></body></html>`, { contentType: HTML });
const link = (type: string, href: string) => `<link rel="alternate" type="${type}" href="${href}">`;

let h: CommandsHarness;
beforeEach(async () => {
  h = await startCommandsHarness();
});
afterEach(async () => {
  await h.close();
});

describe('/feeds add with a web page', () => {
  it('adds the feed the page names, says which, and lists the others', async () => {
    h.server.route('/home', page(link('application/feed+json', '/feed.json') + link('application/rss+xml', PAGES.feed) + link('application/atom+xml', '/atom')));

    const reply = await h.run('feeds add', { url: h.url('/home') });

    expect(reply.content.split('\n')[0]).toBe(
      `<${h.url('/home')}> is a web page naming 3 feeds; took the first RSS or Atom one, <${h.url(PAGES.feed)}>. The others: <${h.url('/feed.json')}>, <${h.url('/atom')}>.`,
    );
    expect(reply.content.split('\n')[1]).toContain(`Added **Kabar Contoh & Sekitarnya** <${h.url(PAGES.feed)}> (11 items in it now), for every topic.`);
    expect((await h.context.feeds.get()).added).toEqual([
      { url: h.url(PAGES.feed), name: 'Kabar Contoh & Sekitarnya', htmlUrl: h.url('/home'), addedAt: '2025-03-10T06:00:00.000Z', addedBy: '900000000000000003' },
    ]);
  });

  it('falls back to a common feed path when the page names none', async () => {
    h.server.route('/', page(''));
    h.server.route('/feed.xml', h.server.routes.get(PAGES.feed)!);

    const reply = await h.run('feeds add', { url: h.url('/') });

    expect(reply.content).toMatch(new RegExp(`^<${h.url('/')}> is a web page that names no feed; one answers at <${h.url('/feed.xml')}>\\.\\nAdded \\*\\*Kabar Contoh`));
    expect((await h.context.feeds.get()).added.map((a) => a.url)).toEqual([h.url('/feed.xml')]);
  });

  it('refuses a page pointing into a private network, and stores nothing', async () => {
    h.server.route('/home', page(link('application/rss+xml', 'http://10.1.2.3/rss.xml')));

    const reply = await h.run('feeds add', { url: h.url('/home') });

    expect(reply.content).toBe(
      `Could not add <${h.url('/home')}>: it points into a private or local network, which the bot never fetches from (the feed the page names, http://10.1.2.3/rss.xml: private address refused: 10.1.2.3 is a private address). Nothing was saved.`,
    );
    expect(await h.context.feeds.get()).toEqual({ added: [], removed: [] });
  });

  it('says the feed a page names is watched already', async () => {
    await h.run('feeds add', { url: h.url(PAGES.feed) });
    h.server.route('/home', page(link('application/rss+xml', PAGES.feed)));

    const reply = await h.run('feeds add', { url: h.url('/home') });

    expect(reply.content).toContain(`<${h.url(PAGES.feed)}> (the feed <${h.url('/home')}> names) is already watched as **Kabar Contoh & Sekitarnya**.`);
    expect((await h.context.feeds.get()).added).toHaveLength(1);
  });
});
