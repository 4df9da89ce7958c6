import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.ts';
import { ConfigError, UsageError } from '../core/errors.ts';
import { registerCommands } from '../discord/commands/register-commands.ts';
import type { CommandIo } from './io.ts';

export const registerCommandsUsage = 'newshound register-commands [--guild ID | --global] [--config FILE]';

/**
 * Registers the bot's slash commands with Discord: in one guild (the config's discord.guildId,
 * or --guild; they show at once) or globally (--global; Discord may take up to an hour).
 */
export async function registerCommandsCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { guild: { type: 'string' }, global: { type: 'boolean' }, config: { type: 'string' } } });
  if (values.guild !== undefined && values.global) throw new UsageError('give --guild or --global, not both');
  if (values.guild !== undefined && !/^\d{1,20}$/.test(values.guild)) throw new UsageError(`--guild "${values.guild}" is not a Discord server id (digits only)`);
  const config = loadConfig({ file: values.config, env });
  const { token, applicationId } = config.discord;
  if (token === undefined) throw new ConfigError('register-commands: no Discord bot token: set DISCORD_TOKEN (or DISCORD_TOKEN_FILE)');
  if (applicationId === undefined) {
    throw new ConfigError("register-commands: no Discord application id: set DISCORD_APPLICATION_ID (or discord.applicationId in the config); it is on the Developer Portal's General Information page");
  }
  const guildId = values.global ? undefined : (values.guild ?? config.discord.guildId);
  const registered = await registerCommands({ token, applicationId, ...(guildId ? { guildId } : {}) });
  const list = registered.names.map((name) => `/${name}`).join(', ');
  io.stdout(
    registered.scope === 'guild'
      ? `registered ${registered.names.length} commands in guild ${guildId}: ${list}`
      : `registered ${registered.names.length} commands globally: ${list} (Discord may take up to an hour to show them everywhere)`,
  );
  return 0;
}
