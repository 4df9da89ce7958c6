// A reply longer than Discord takes (content 2,000 characters) is cut, and the cut must not fall
// inside a link: Discord links a bare web address up to wherever it stops, so a link cut short
// points to another address. Before, /feeds add of a feed whose URL is near Discord's 2,048
// (the longest a feed URL may be) answered "Added **…** <https://…/kabar.xml?pad=aaa…", a link
// to a URL that is not the feed; /feeds status and /status cut a feed's last error naming a URL
// the same way. Through the real discord.js client and the fake Discord.

import { describe, expect, it } from 'vitest';
import { feedId } from '../../src/config/load-config.ts';
import { clip } from '../../src/discord/commands/reply-format.ts';
import { stateKeys, type FeedState } from '../../src/pipeline/state-keys.ts';
import { CallbackTypes, permissionString, type DispatchedInteraction } from '../helpers/fake-discord/index.ts';
import { PAGES, startRouterHarness, type RouterHarness, closeRouterHarnessAfterEach } from '../helpers/discord-commands-harness.ts';

const MANAGER = permissionString('ViewChannel', 'SendMessages', 'ManageGuild');

let r: RouterHarness | undefined;
closeRouterHarnessAfterEach(() => [r, (r = undefined)][0]);

/** The final text of a deferred reply, as the fake took it. */
async function editedContent(sent: DispatchedInteraction): Promise<string> {
  const callback = await sent.callback();
  expect((callback.body as { type: number }).type).toBe(CallbackTypes.DeferredChannelMessageWithSource);
  const edit = await r!.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(sent.token) && q.path.endsWith('/messages/@original'));
  expect(edit.status).toBe(200);
  return String((edit.body as { content?: string }).content);
}

describe('/feeds add of a feed with a URL of 2,048 characters', () => {
  it('is added, and the reply shows no link cut short', async () => {
    r = await startRouterHarness();
    const base = r.commands.url(`${PAGES.feed}?pad=`);
    const url = base + 'a'.repeat(2_048 - base.length);
    const sent = r.fake.dispatchInteraction(r.fake.chatInput({ commandName: 'feeds', subcommand: 'add', options: { url }, memberPermissions: MANAGER }));

    const content = await editedContent(sent);

    expect(content.length).toBeLessThanOrEqual(2_000);
    expect(content).toMatch(/^Added \*\*.+\*\* …$/);
    // Every address shown is the feed's whole URL.
    for (const shown of content.match(/https?:\/\/[^\s<>]+/g) ?? []) expect(shown).toBe(url);
    expect((await r.commands.context.feeds.get()).added.map((a) => a.url)).toEqual([url]);
  });
});

describe('/topic explain of an article with a long URL', () => {
  it('keeps the explanation whole in its code block, leaving the URL out where both do not fit', async () => {
    r = await startRouterHarness();
    const base = r.commands.url(`${PAGES.boosterCatch}?pad=`);
    const url = base + 'a'.repeat(2_000 - base.length);
    const sent = r.fake.dispatchInteraction(r.fake.chatInput({ commandName: 'topic', subcommand: 'explain', options: { name: 'default', text: url } }));

    const content = await editedContent(sent);

    expect(content.length).toBeLessThanOrEqual(2_000);
    expect(content).toMatch(/^❌ would not be posted to `default`: score [\d.]+, threshold [\d.]+\n```\ntopic: +default\n/);
    expect(content.endsWith('\n```')).toBe(true);
    expect(content.split('```')).toHaveLength(3);
    expect(content).not.toContain('?pad=');
  });
});

describe('a failing feed whose last error names a URL where the line is cut', () => {
  const feedUrl = `https://planet.example/${'section/'.repeat(12)}rss.xml`;
  const lastError = `parser: Daily Planet: got an HTML page, not a feed; the page names the feed ${feedUrl}: give that URL instead`;

  it.each([
    ['/feeds status', { commandName: 'feeds', subcommand: 'status' }],
    ['/status', { commandName: 'status' }],
  ])('%s shows the error up to the link, not a link cut short', async (_command, input) => {
    r = await startRouterHarness();
    const failing: FeedState = { initialized: true, presentKeys: [], health: { status: 'failing', consecutiveFailures: 4, lastError } };
    await r.commands.store.set(stateKeys.feed(feedId('Daily Planet', 'https://planet.example/rss')), failing);
    const sent = r.fake.dispatchInteraction(r.fake.chatInput(input));

    const body = (await sent.callback()).body as { type: number; data: { embeds: Array<{ description?: string; fields?: Array<{ value: string }> }> } };
    expect(body.type).toBe(CallbackTypes.ChannelMessageWithSource);
    const shown = body.data.embeds.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]).join('\n');
    expect(shown).toContain('got an HTML page, not a feed; the page names the feed …');
    for (const link of shown.match(/https?:\/\/[^\s<>]+/g) ?? []) expect(link).toBe(feedUrl);
  });
});

describe('clip', () => {
  const link = `https://news.example/${'a'.repeat(40)}`;
  it.each([
    ['an autolink', `See <${link}> now`, 20, 'See …'],
    ['a bare address', `See ${link} now`, 20, 'See …'],
    ['a masked link', `See [the story](${link}) now`, 30, 'See …'],
    ['a channel mention', `Subscribed <#900000000000000002> to it`, 20, 'Subscribed …'],
    ['a timestamp', `Last cycle <t:1741586120:R> ok`, 20, 'Last cycle …'],
    ['plain text after a link', `<${link}> and then a long tail of words`, 70, `<${link}> and t…`],
  ])('never cuts inside %s', (_what, text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });

  it('cuts an emoji whole', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
  });
});
