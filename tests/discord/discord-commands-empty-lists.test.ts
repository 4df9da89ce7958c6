// A list with nothing in it must still make a reply Discord takes: Discord refuses an embed
// whose description is blank (400, 50035: "This field is required"). Before, /feeds status
// with every feed switched off sent `description: ''` and the user got "Something went wrong".
// Through the real discord.js client and the fake Discord, which refuses a blank description.

import { describe, expect, it } from 'vitest';
import { CallbackTypes } from '../helpers/fake-discord/index.ts';
import { startRouterHarness, testConfig, type RouterHarness, closeRouterHarnessAfterEach } from '../helpers/discord-commands-harness.ts';

let r: RouterHarness | undefined;
closeRouterHarnessAfterEach(() => [r, (r = undefined)][0]);

describe('/feeds status with every feed switched off', () => {
  it('answers, its embed without a description', async () => {
    r = await startRouterHarness();
    await r.commands.context.feeds.change((settings) => void (settings.removed = testConfig().feeds.map((f) => f.id)));
    const sent = r.fake.dispatchInteraction(r.fake.chatInput({ commandName: 'feeds', subcommand: 'status' }));

    const callback = await sent.callback();
    const body = callback.body as { type: number; data: { content: string; embeds: Array<Record<string, unknown>> } };
    expect(body.type).toBe(CallbackTypes.ChannelMessageWithSource);
    expect(body.data.embeds).toEqual([{ title: 'Feed health', color: expect.any(Number) }]);
    expect(callback.status).toBe(204);
    expect(r.fake.messages(r.fake.channels.news)).toEqual([expect.objectContaining({ ephemeral: true, content: '0 feeds, 0 failing.' })]);
  });
});
