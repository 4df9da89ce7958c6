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
