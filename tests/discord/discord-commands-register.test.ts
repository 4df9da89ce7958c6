// Registering the slash commands: the PUT Discord receives (checked by the fake Discord), what
// the definitions declare (guild-only, Manage Server defaults, autocomplete, limits), and the
// CLI command's errors when the token or application id is missing.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCommandsCommand } from '../../src/commands/register-commands-command.ts';
import { ConfigError, UsageError } from '../../src/core/errors.ts';
import { commandDefinitions } from '../../src/discord/commands/command-definitions.ts';
import { registerCommands, RegisterCommandsError } from '../../src/discord/commands/register-commands.ts';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.ts';

type Option = { name: string; type: number; description: string; autocomplete?: boolean; options?: Option[]; min_value?: number; max_value?: number; max_length?: number; required?: boolean };

/** Every leaf option, by `command [group] [subcommand] option`. */
function leafOptions(): Map<string, Option> {
  const leaves = new Map<string, Option>();
  const walk = (path: string, options: Option[] = []) => {
    for (const option of options) {
      if (option.type === 1 || option.type === 2) walk(`${path} ${option.name}`, option.options);
      else leaves.set(`${path} ${option.name}`, option);
    }
  };
  for (const command of commandDefinitions()) walk(command.name, command.options as Option[]);
  return leaves;
}

describe('command definitions', () => {
  it('are guild-only; /subscribe and /unsubscribe default to Manage Server, the rest to everyone', () => {
    const byName = Object.fromEntries(commandDefinitions().map((c) => [c.name, c]));

    expect(Object.keys(byName)).toEqual(['subscribe', 'unsubscribe', 'subscriptions', 'topic', 'feeds', 'status', 'preview']);
    for (const command of Object.values(byName)) expect(command.contexts).toEqual([0]);
    expect(byName.subscribe?.default_member_permissions).toBe('32');
    expect(byName.unsubscribe?.default_member_permissions).toBe('32');
    expect(byName.topic?.default_member_permissions).toBeUndefined();
    expect(byName.feeds?.default_member_permissions).toBeUndefined();
  });

  it('autocomplete every topic and feed option but the new topic name', () => {
    const autocompleted = [...leafOptions()].filter(([, o]) => o.autocomplete).map(([path]) => path);
    expect(autocompleted).toEqual([
      'subscribe topic',
      'unsubscribe topic',
      'topic show name',
      'topic add-seed name',
      'topic keywords add name',
      'topic keywords remove name',
      'topic keywords exclude name',
      'topic keywords require name',
      'topic threshold name',
      'topic explain name',
      'feeds add topic',
      'feeds remove feed',
      'preview topic',
    ]);
  });

  it('declare the limits the handlers check', () => {
    const leaves = leafOptions();
    expect(leaves.get('topic threshold value')).toMatchObject({ min_value: 0.1, max_value: 20, required: true });
    expect(leaves.get('topic keywords add weight')).toMatchObject({ min_value: 0.1, max_value: 20 });
    expect(leaves.get('preview count')).toMatchObject({ type: 4, min_value: 1, max_value: 20 });
    expect(leaves.get('subscribe min_score')).toMatchObject({ type: 10, min_value: 0, max_value: 20 });
    expect(leaves.get('subscribe mention')).toMatchObject({ type: 8 });
    expect(leaves.get('subscribe webhook_name')).toMatchObject({ max_length: 80 });
    expect(leaves.get('topic create name')).toMatchObject({ max_length: 32, required: true });
  });

  it('fit Discord: at most 25 options per level, 4,000 characters of names and descriptions per command', () => {
    for (const command of commandDefinitions()) {
      const text = JSON.stringify(command).match(/"(?:name|description)":"[^"]*"/g)?.join('') ?? '';
      expect(text.length, command.name).toBeLessThan(4_000);
      const levels = [command.options ?? [], ...((command.options ?? []) as Option[]).map((o) => o.options ?? [])];
      for (const level of levels) expect(level.length).toBeLessThanOrEqual(25);
    }
  });
});

describe('registerCommands', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await fake.close();
    expect(fake.warnings).toEqual([]);
  });

  it('PUTs every command to the guild, where Discord stores them', async () => {
    const registered = await registerCommands({ token: fake.botToken, applicationId: fake.applicationId, guildId: fake.guild.id, api: fake.apiUrl });

    const [put] = fake.requestsMatching(`PUT /applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${fake.botToken}`);
    const body = put?.body as unknown as Array<{ name: string; default_member_permissions?: string }>;
    expect(body.find((c) => c.name === 'subscribe')?.default_member_permissions).toBe('32');
    expect(body).toEqual(commandDefinitions());
    expect(registered).toEqual({ scope: 'guild', names: ['subscribe', 'unsubscribe', 'subscriptions', 'topic', 'feeds', 'status', 'preview'] });
    expect(fake.commands(fake.guild.id).map((c) => [c.name, c.default_member_permissions])).toEqual([
      ['subscribe', '32'],
      ['unsubscribe', '32'],
      ['subscriptions', null],
      ['topic', null],
      ['feeds', null],
      ['status', null],
      ['preview', null],
    ]);
    expect(fake.commands()).toEqual([]);
  });

  it('registers globally without a guild id', async () => {
    const registered = await registerCommands({ token: fake.botToken, applicationId: fake.applicationId, api: fake.apiUrl });
    expect(registered.scope).toBe('global');
    expect(fake.requestsMatching(`PUT /applications/${fake.applicationId}/commands`)).toHaveLength(1);
    expect(fake.commands().map((c) => c.name)).toContain('topic');
  });

  it('reports Discord refusing, without echoing the token', async () => {
    const token = 'not-the-bot-token';
    const failure = registerCommands({ token, applicationId: fake.applicationId, guildId: fake.guild.id, api: fake.apiUrl });

    await expect(failure).rejects.toBeInstanceOf(RegisterCommandsError);
    await expect(failure).rejects.toThrow(/^discord: registering slash commands in guild \d+ for application \d+ failed: /);
    await expect(failure).rejects.not.toThrow(token);
    expect(fake.commands(fake.guild.id)).toEqual([]);
  });
});

describe('newshound register-commands', () => {
  let dir: string;
  let configFile: string;
  const output: string[] = [];
  const io = { stdout: (text: string) => void output.push(text), stderr: (text: string) => void output.push(text) };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newshound-register-'));
    configFile = join(dir, 'newshound.json');
    writeFileSync(configFile, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }] }));
    output.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['no token', {}, [], /^config: register-commands: no Discord bot token: set DISCORD_TOKEN/],
    ['no application id', { DISCORD_TOKEN: 'abc' }, [], /^config: register-commands: no Discord application id: set DISCORD_APPLICATION_ID/],
  ])('fails with a ConfigError for %s, contacting nobody', async (_case, env, args, message) => {
    const run = registerCommandsCommand([...args, '--config', configFile], io, env);

    await expect(run).rejects.toBeInstanceOf(ConfigError);
    await expect(run).rejects.toThrow(message);
    expect(output).toEqual([]);
  });

  it.each([
    ['--guild with --global', ['--guild', '456', '--global'], /give --guild or --global, not both/],
    ['a guild id that is not one', ['--guild', 'my-server'], /--guild "my-server" is not a Discord server id/],
  ])('fails with a UsageError (exit 2) for %s, contacting nobody', async (_case, args, message) => {
    const run = registerCommandsCommand([...args, '--config', configFile], io, { DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '123' });

    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toThrow(message);
    expect(output).toEqual([]);
  });
});
