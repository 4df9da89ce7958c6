import { REST, Routes } from 'discord.js';
import { NewshoundError } from '../../core/errors.ts';
import { commandDefinitions } from './command-definitions.ts';

/** Registering the slash commands failed at Discord (bad token, unknown application, no access to the guild). */
export class RegisterCommandsError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('discord', message, options);
    this.name = 'RegisterCommandsError';
  }
}

export interface RegisterCommandsOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only (at once); absent: globally (Discord may take up to an hour to show them). */
  guildId?: string;
  /** @internal Another Discord's API root, e.g. the loopback fake in tests. */
  api?: string;
}

export interface RegisteredCommands {
  scope: 'guild' | 'global';
  names: string[];
}

/** Overwrites the application's commands (one PUT): commands no longer defined are removed. */
export async function registerCommands(options: RegisterCommandsOptions): Promise<RegisteredCommands> {
  const rest = new REST({ version: '10', timeout: 15_000, retries: 2, ...(options.api ? { api: options.api } : {}) }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  let registered: Array<{ name: string }>;
  try {
    registered = (await rest.put(route, { body: commandDefinitions() })) as Array<{ name: string }>;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split(options.token).join('***');
    const where = options.guildId ? `in guild ${options.guildId}` : 'globally';
    throw new RegisterCommandsError(`registering slash commands ${where} for application ${options.applicationId} failed: ${message}`, { cause: error });
  }
  return { scope: options.guildId ? 'guild' : 'global', names: registered.map((c) => c.name) };
}
