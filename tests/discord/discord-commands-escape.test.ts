// Text from feeds (feed titles become feed names, item titles show in /preview) is text, not
// markdown: a masked link in it must show as written in a reply, never render as a link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGES, startCommandsHarness, type CommandsHarness } from '../helpers/discord-commands-harness.ts';

let h: CommandsHarness;
beforeEach(async () => {
  h = await startCommandsHarness();
});
afterEach(async () => {
  await h.close();
});

const MASKED = '[Free prize](https://evil.example/x)';
/** A masked link Discord would render: "[" not preceded by a backslash, then "](". */
const RENDERS = /(^|[^\\])\[[^\]]*\]\(/;

describe('feed names in replies', () => {
  it('/feeds add and /feeds list show a name with a masked link as written', async () => {
    const added = await h.run('feeds add', { url: h.url(PAGES.feed), name: MASKED });
    expect(added.content).toMatch(/^Added /);
    expect(added.content).toContain('\\[Free prize\\](https://evil.example/x)');
    expect(added.content).not.toMatch(RENDERS);
    const list = await h.run('feeds list');
    const text = [list.content, ...(list.embeds ?? []).map((e) => e.description ?? '')].join('\n');
    expect(text).toContain('\\[Free prize\\]');
    expect(text).not.toMatch(RENDERS);
  });
});

describe('URLs given to commands', () => {
  it('a webhook avatar that percent-encoding takes past 2,048 characters is refused, not stored to fail every post', async () => {
    const avatar = `https://img.example/${'é'.repeat(1_000)}.png`; // 1,024 characters typed, 6,000+ encoded
    expect(avatar.length).toBeLessThanOrEqual(2_048);
    const reply = await h.run('subscribe', { topic: 'default', webhook_name: 'Desk', webhook_avatar: avatar });
    expect(reply.content).toContain('longer than 2048 characters once encoded');
    expect(await h.context.subscriptions.list()).toEqual([]);
  });
});

describe('cutting reply text', () => {
  it('clip and clipped never split an emoji (grapheme boundaries)', async () => {
    const { clip } = await import('../../src/discord/commands/reply-format.ts');
    const { clipped } = await import('../../src/discord/commands/command-input.ts');
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(clip('😀'.repeat(10), 4)).toBe('😀…');
    expect(clipped('🇮🇩'.repeat(30), 9)).toBe('🇮🇩🇮🇩…');
    for (let max = 2; max < 30; max++) {
      expect(lone.test(clip('a😀b👨‍👩‍👧c'.repeat(4), max))).toBe(false);
      expect(lone.test(clipped('a😀b👨‍👩‍👧c'.repeat(4), max))).toBe(false);
    }
  });
});
