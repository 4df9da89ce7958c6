// The fake Discord refuses what Discord refuses and accepts what it accepts, per Discord's docs
// (application command naming, option and choice rules; message, embed and webhook limits) and
// its OpenAPI spec (RichEmbed*: URLs `maxLength: 2048, format: uri`; MessageAllowedMentions...).
// Every payload here goes through a real @discordjs/rest client, as the bot's own calls do.
// Before this file the fake accepted most of the refused ones, so a bad command definition or
// embed passed every test and would only fail against discord.com.
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/discord/commands/command-definitions.ts';
import { overwrite, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.ts';

let fake: FakeDiscord;
let rest: REST;
beforeAll(async () => {
  fake = await startFakeDiscord();
  rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(fake.botToken);
});
afterAll(async () => {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  await fake.close();
});

async function refusal(call: Promise<unknown>): Promise<DiscordAPIError | undefined> {
  return call.then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof DiscordAPIError) return error;
      throw error;
    },
  );
}

const cmd = (over: Record<string, unknown> = {}) => ({ name: 'news', description: 'News', ...over });
const str = (name: string, over: Record<string, unknown> = {}) => ({ type: 3, name, description: 'd', ...over });
const sub = (name: string, options: unknown[] = []) => ({ type: 1, name, description: 'd', options });

/** Command payloads Discord refuses with 400/50035. */
const BAD_COMMANDS: Array<[string, Record<string, unknown>]> = [
  ['upper-case name', cmd({ name: 'News' })],
  ['space in name', cmd({ name: 'the news' })],
  ['name over 32', cmd({ name: 'n'.repeat(33) })],
  ['empty name', cmd({ name: '' })],
  ['punctuation in name', cmd({ name: 'news!' })],
  ['empty description', cmd({ description: '' })],
  ['description over 100', cmd({ description: 'd'.repeat(101) })],
  ['26 options', cmd({ options: Array.from({ length: 26 }, (_, i) => str(`o${i}`)) })],
  ['upper-case option name', cmd({ options: [str('Topic')] })],
  ['option without description', cmd({ options: [{ type: 3, name: 'topic' }] })],
  ['duplicate option names', cmd({ options: [str('topic'), str('topic')] })],
  ['required after optional', cmd({ options: [str('a'), str('b', { required: true })] })],
  ['subcommand mixed with a value option', cmd({ options: [sub('list'), str('topic')] })],
  ['group holding a value option', cmd({ options: [{ type: 2, name: 'g', description: 'd', options: [str('x')] }] })],
  ['subcommand inside a subcommand', cmd({ options: [sub('a', [sub('b')])] })],
  ['unknown option type', cmd({ options: [{ type: 12, name: 'x', description: 'd' }] })],
  ['26 choices', cmd({ options: [str('c', { choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })) })] })],
  ['choices on a boolean', cmd({ options: [{ type: 5, name: 'b', description: 'd', choices: [{ name: 'y', value: 'y' }] }] })],
  ['choice name over 100', cmd({ options: [str('c', { choices: [{ name: 'n'.repeat(101), value: 'v' }] })] })],
  ['empty choice name', cmd({ options: [str('c', { choices: [{ name: '', value: 'v' }] })] })],
  ['string choice value over 100', cmd({ options: [str('c', { choices: [{ name: 'n', value: 'v'.repeat(101) }] })] })],
  ['fractional integer choice', cmd({ options: [{ type: 4, name: 'i', description: 'd', choices: [{ name: 'half', value: 0.5 }] }] })],
  ['string choice on an integer', cmd({ options: [{ type: 4, name: 'i', description: 'd', choices: [{ name: 'one', value: '1' }] }] })],
  ['autocomplete with choices', cmd({ options: [str('c', { autocomplete: true, choices: [{ name: 'a', value: 'a' }] })] })],
  ['autocomplete on a boolean', cmd({ options: [{ type: 5, name: 'b', description: 'd', autocomplete: true }] })],
  ['max_length over 6000', cmd({ options: [str('s', { max_length: 6001 })] })],
  ['max_length 0', cmd({ options: [str('s', { max_length: 0 })] })],
  ['min_length on an integer', cmd({ options: [{ type: 4, name: 'i', description: 'd', min_length: 1 }] })],
  ['min_value on a string', cmd({ options: [str('s', { min_value: 1 })] })],
  ['min_value over max_value', cmd({ options: [{ type: 10, name: 'n', description: 'd', min_value: 5, max_value: 1 }] })],
  ['channel_types on a string', cmd({ options: [str('s', { channel_types: [0] })] })],
  ['options on a value option', cmd({ options: [str('s', { options: [str('t')] })] })],
  ['over 4000 characters in all', cmd({ options: Array.from({ length: 25 }, (_, i) => str(`o${i}`, { description: 'd'.repeat(100), choices: Array.from({ length: 2 }, (_, j) => ({ name: 'n'.repeat(100), value: `v${j}` })) })) })],
  ['non-numeric default_member_permissions', cmd({ default_member_permissions: 'ManageGuild' })],
  ['a user command with a description', { type: 2, name: 'Read', description: 'x' }],
];

describe('command registration: what Discord refuses', () => {
  it.each(BAD_COMMANDS)('refuses %s (400, 50035)', async (_name, payload) => {
    const error = await refusal(rest.post(Routes.applicationCommands(fake.applicationId), { body: payload }));
    expect(error?.status).toBe(400);
    expect(error?.code).toBe(50035);
  });

  it('refuses two commands of one name and type in a bulk overwrite', async () => {
    const error = await refusal(rest.put(Routes.applicationCommands(fake.applicationId), { body: [cmd(), cmd()] }));
    expect(error?.code).toBe(50035);
  });
});

describe('command registration: what Discord accepts', () => {
  it.each([
    ["an apostrophe in a name (Discord's pattern includes ')", cmd({ name: "what's-new" })],
    ['a Devanagari name with its vowel signs', cmd({ name: 'समाचार' })],
    ['a Thai name', cmd({ name: 'ข่าว' })],
    ['25 choices with 100-character names (under 4,000 characters in all)', cmd({ options: [str('c', { choices: Array.from({ length: 25 }, (_, i) => ({ name: 'n'.repeat(100), value: `${i}` })) })] })],
    ['min_length 0 and max_length 6000', cmd({ options: [str('s', { min_length: 0, max_length: 6000 })] })],
    ['a user command with no description', { type: 2, name: 'Read Later' }],
  ])('accepts %s', async (_name, payload) => {
    expect(await refusal(rest.post(Routes.applicationCommands(fake.applicationId), { body: payload }))).toBeUndefined();
  });

  it("accepts newshound's own command definitions", async () => {
    expect(await refusal(rest.put(Routes.applicationCommands(fake.applicationId), { body: commandDefinitions() }))).toBeUndefined();
  });
});

const LONG_URL = `https://news.example/${'a'.repeat(2_048)}`;
const embed = (over: Record<string, unknown>) => ({ embeds: [{ title: 'Story', ...over }] });

/** Message bodies Discord refuses with 400/50035. */
const BAD_MESSAGES: Array<[string, Record<string, unknown>]> = [
  ['an embed link over 2,048 characters', embed({ url: LONG_URL })],
  ['an image URL over 2,048 characters', embed({ image: { url: LONG_URL } })],
  ['a thumbnail URL over 2,048 characters', embed({ thumbnail: { url: LONG_URL } })],
  ['a javascript: embed link', embed({ url: 'javascript:alert(1)' })],
  ['an ftp: image', embed({ image: { url: 'ftp://files.example/a.jpg' } })],
  ['an embed link that is not a URL', embed({ url: 'news.example/story' })],
  ['an embed link with a space', embed({ url: 'https://news.example/a story' })],
  ['an author URL over 2,048 characters', embed({ author: { name: 'a', url: LONG_URL } })],
  ['a footer icon that is not a URL', embed({ footer: { text: 'f', icon_url: 'icon.png' } })],
  ['an empty field value', embed({ fields: [{ name: 'n', value: '' }] })],
  ['an empty embed description', embed({ description: '' })],
  ['a field without a name', embed({ fields: [{ value: 'v' }] })],
  ['a timestamp that is not a date', embed({ timestamp: 'yesterday' })],
  ['a color over 0xFFFFFF', embed({ color: 0x1000000 })],
  ['an unknown allowed_mentions parse type', { content: 'x', allowed_mentions: { parse: ['channels'] } }],
  ['parse roles together with a roles list', { content: 'x', allowed_mentions: { parse: ['roles'], roles: ['1'] } }],
];

describe('messages: what Discord refuses', () => {
  it.each(BAD_MESSAGES)('refuses %s (400, 50035)', async (_name, body) => {
    const error = await refusal(rest.post(Routes.channelMessages(fake.channels.news), { body }));
    expect(error?.status).toBe(400);
    expect(error?.code).toBe(50035);
  });

  it('refuses a webhook username naming Discord, or an avatar URL over 2,048 characters', async () => {
    const hook = fake.createWebhook(fake.channels.news, 'Newshound');
    const post = (body: Record<string, unknown>) => refusal(rest.post(Routes.webhook(hook.id, hook.token), { body: { content: 'x', ...body }, auth: false }));
    expect((await post({ username: 'Discord News' }))?.code).toBe(50035);
    expect((await post({ avatar_url: LONG_URL }))?.code).toBe(50035);
    expect(await post({ username: 'Wire Desk', avatar_url: 'https://img.example/desk.png' })).toBeUndefined();
  });

  it('accepts an embed link of exactly 2,048 characters and attachment:// images', async () => {
    const exactly = LONG_URL.slice(0, 2_048);
    expect(await refusal(rest.post(Routes.channelMessages(fake.channels.news), { body: embed({ url: exactly, image: { url: 'attachment://a.png' } }) }))).toBeUndefined();
  });
});

describe('answers as Discord answers', () => {
  it('a 429 carries Retry-After in whole seconds (rounded up), the body the exact fraction', async () => {
    fake.failNext('GET /channels/:id', { status: 429, retryAfter: 0.2 });
    const response = await fetch(`${fake.apiUrl}/v10/channels/${fake.channels.news}`, { headers: { authorization: `Bot ${fake.botToken}` } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(((await response.json()) as { retry_after: number }).retry_after).toBe(0.2);
  });

  it('the nonce comes back in the create answer only, never on a message read back', async () => {
    const made = (await rest.post(Routes.channelMessages(fake.channels.news), { body: { content: 'n', nonce: 'abc123', enforce_nonce: true } })) as { id: string; nonce?: string };
    expect(made.nonce).toBe('abc123');
    const one = (await rest.get(Routes.channelMessage(fake.channels.news, made.id))) as Record<string, unknown>;
    expect(one).not.toHaveProperty('nonce');
    const latest = (await rest.get(Routes.channelMessages(fake.channels.news))) as Array<Record<string, unknown>>;
    expect(latest.find((m) => m.id === made.id)).not.toHaveProperty('nonce');
    // enforce_nonce still returns the same message for a resend.
    const again = (await rest.post(Routes.channelMessages(fake.channels.news), { body: { content: 'n', nonce: 'abc123', enforce_nonce: true } })) as { id: string };
    expect(again.id).toBe(made.id);
  });
});

describe('interactions in a forum channel', () => {
  it('a slash command used in a forum channel is answered there (Discord takes the reply)', async () => {
    const payload = fake.chatInput({ commandName: 'subscribe', channelId: fake.channels.forum, options: { topic: 'korea' } });
    fake.dispatchInteraction(payload);
    const error = await refusal(
      rest.post(Routes.interactionCallback(payload.id, payload.token), { body: { type: 4, data: { content: 'Subscribed', flags: 64 } }, auth: false }),
    );
    expect(error).toBeUndefined();
    expect(fake.interactions.get(payload.token)?.responseType).toBe(4);
  });
});

describe('autocomplete answers', () => {
  it('refuses a choice name over 100 characters, as Discord does', async () => {
    const payload = fake.autocomplete({ commandName: 'subscribe', focused: 'topic', options: { topic: 'k' } });
    fake.dispatchInteraction(payload);
    const error = await refusal(
      rest.post(Routes.interactionCallback(payload.id, payload.token), { body: { type: 8, data: { choices: [{ name: 'n'.repeat(101), value: 'k' }] } }, auth: false }),
    );
    expect(error?.code).toBe(50035);
  });
});

describe('messages and forum posts: blank text', () => {
  it('refuses whitespace-only content (50006) and a whitespace-only or oddly archived forum post', async () => {
    expect((await refusal(rest.post(Routes.channelMessages(fake.channels.news), { body: { content: ' \n ' } })))?.code).toBe(50006);
    const thread = (body: Record<string, unknown>) => refusal(rest.post(Routes.threads(fake.channels.forum), { body: { message: { content: 'x' }, ...body } }));
    expect((await thread({ name: '   ' }))?.code).toBe(50035);
    expect((await thread({ name: 'Story', auto_archive_duration: 30 }))?.code).toBe(50035);
    expect(await thread({ name: 'Story', auto_archive_duration: 1440 })).toBeUndefined();
  });
});

describe('permissions as Discord computes them', () => {
  const post = (channelId: string) => refusal(rest.post(Routes.channelMessages(channelId), { body: { content: 'x' } }));

  it('a role allow beats an @everyone deny; a member deny beats a role allow', async () => {
    const everyoneDeny = overwrite(fake.guild.id, 0, { deny: ['SendMessages'] });
    const readOnly = fake.addChannel({ name: 'read-only-news', overwrites: [everyoneDeny, overwrite(fake.guild.roles.bot.id, 0, { allow: ['SendMessages'] })] });
    expect(await post(readOnly.id)).toBeUndefined();
    const muted = fake.addChannel({ name: 'muted', overwrites: [overwrite(fake.guild.roles.bot.id, 0, { allow: ['SendMessages'] }), overwrite(fake.botUser.id, 1, { deny: ['SendMessages'] })] });
    expect(await post(muted.id)).toMatchObject({ status: 403, code: 50013, message: 'Missing Permissions' });
  });

  it('without View Channel: 403 Missing Access (50001) on sending, reading and editing', async () => {
    const hidden = fake.addChannel({ name: 'hidden' });
    const made = (await rest.post(Routes.channelMessages(hidden.id), { body: { content: 'before' } })) as { id: string };
    fake.setOverwrites(hidden.id, [overwrite(fake.guild.roles.bot.id, 0, { deny: ['ViewChannel'] })]);
    for (const call of [post(hidden.id), refusal(rest.get(Routes.channel(hidden.id))), refusal(rest.patch(Routes.channelMessage(hidden.id, made.id), { body: { content: 'after' } }))]) {
      expect(await call).toMatchObject({ status: 403, code: 50001, message: 'Missing Access' });
    }
  });

  it('without Read Message History a channel\'s history is an empty list, not an error', async () => {
    const noHistory = fake.addChannel({ name: 'no-history' });
    await rest.post(Routes.channelMessages(noHistory.id), { body: { content: 'one' } });
    fake.setOverwrites(noHistory.id, [overwrite(fake.guild.roles.bot.id, 0, { deny: ['ReadMessageHistory'] })]);
    expect(await rest.get(Routes.channelMessages(noHistory.id))).toEqual([]);
  });

  it.each(['Discord News', 'clyde'])('refuses to make a webhook named %s (50035, USERNAME_INVALID_CONTAINS)', async (name) => {
    const error = await refusal(rest.post(Routes.channelWebhooks(fake.channels.news), { body: { name } }));
    expect(error).toMatchObject({ status: 400, code: 50035 });
    expect(error?.rawError).toMatchObject({ errors: { name: { _errors: [{ code: 'USERNAME_INVALID_CONTAINS' }] } } });
    expect(await refusal(rest.post(Routes.channelWebhooks(fake.channels.news), { body: { name: 'Wire Desk' } }))).toBeUndefined();
  });

  it('without Manage Webhooks the bot cannot make or list webhooks (50013)', async () => {
    const plain = fake.addChannel({ name: 'no-webhooks', overwrites: [overwrite(fake.guild.roles.bot.id, 0, { deny: ['ManageWebhooks'] })] });
    expect(await refusal(rest.post(Routes.channelWebhooks(plain.id), { body: { name: 'Wire Desk' } }))).toMatchObject({ status: 403, code: 50013 });
    expect(await refusal(rest.get(Routes.channelWebhooks(plain.id)))).toMatchObject({ status: 403, code: 50013 });
  });
});
