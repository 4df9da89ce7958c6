import {
  ApplicationCommandOptionType,
  Events,
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import { autocompleteChoices } from './autocomplete.ts';
import type { CommandContext, CommandReply, CommandRequest, OptionValue } from './command-types.ts';
import { handleCommand, isSlow } from './handle-command.ts';

// The only part of the slash commands that knows discord.js: interactions in, plain
// CommandRequests to handleCommand, replies back out. Every reply is ephemeral; slow commands
// are deferred first, since Discord drops an interaction not answered within 3 seconds.

const SOMETHING_WENT_WRONG = 'Something went wrong on the bot’s side; it has been logged. Please try again later.';
/** No mention in a reply pings anyone: replies list roles and channels for reading. */
const NO_PINGS = { parse: [] as [] };

/** Starts answering slash commands and autocomplete on `client`; returns a function that stops it. */
export function attachCommandRouter(client: Client, context: CommandContext): () => void {
  const listener = (interaction: Interaction) => {
    if (interaction.isChatInputCommand()) void answerCommand(interaction, context);
    else if (interaction.isAutocomplete()) void answerAutocomplete(interaction, context);
  };
  client.on(Events.InteractionCreate, listener);
  return () => void client.off(Events.InteractionCreate, listener);
}

async function answerCommand(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const started = Date.now();
  try {
    if (!interaction.inGuild()) {
      await interaction.reply({ content: 'These commands work in a server, not in direct messages.', flags: MessageFlags.Ephemeral });
      return;
    }
    const request = await toRequest(interaction);
    if (isSlow(request, context)) {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply(toMessage(await handleCommand(request, context)));
    } else {
      await interaction.reply({ ...toMessage(await handleCommand(request, context)), flags: MessageFlags.Ephemeral });
    }
    context.logger.debug({ command: commandName(interaction), ms: Date.now() - started }, 'slash command answered');
  } catch (error) {
    // The stack goes to the log only; the user gets one plain sentence.
    const stack = error instanceof Error ? error.stack?.split(interaction.token).join('***') : undefined;
    context.logger.error({ command: commandName(interaction), error: safeMessage(error, interaction.token), stack }, 'slash command failed');
    await sayItFailed(interaction, context);
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    const choices = await autocompleteChoices(
      {
        guildId: interaction.guildId ?? '',
        command: interaction.commandName,
        ...optional('group', interaction.options.getSubcommandGroup(false)),
        ...optional('subcommand', interaction.options.getSubcommand(false)),
        focused: { name: focused.name, value: String(focused.value) },
      },
      context,
    );
    await interaction.respond(choices);
  } catch (error) {
    context.logger.error({ command: interaction.commandName, error: safeMessage(error, interaction.token) }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

/** The interaction as plain data; the channel comes from the cache, else from Discord. */
async function toRequest(interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<CommandRequest> {
  const channel = interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId).catch(() => null));
  const parentId = channel && 'parentId' in channel && channel.isThread() ? channel.parentId : null;
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    // -1: a channel the bot cannot see; /subscribe refuses it with a message.
    channel: { type: channel?.type ?? -1, ...(parentId ? { parentId } : {}) },
    userId: interaction.user.id,
    memberPermissions: interaction.memberPermissions?.bitfield.toString() ?? '0',
    ...optional('appPermissions', interaction.appPermissions?.bitfield.toString() ?? null),
    botServerCount: interaction.client.guilds.cache.size,
    command: interaction.commandName,
    ...optional('group', interaction.options.getSubcommandGroup(false)),
    ...optional('subcommand', interaction.options.getSubcommand(false)),
    options: leafOptions(interaction.options.data),
  };
}

/** Subcommand groups and subcommands nest their options; the handlers want the leaves by name. */
function leafOptions(options: readonly CommandInteractionOption[]): Record<string, OptionValue> {
  const leaves: Record<string, OptionValue> = {};
  for (const option of options) {
    if (option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup) {
      Object.assign(leaves, leafOptions(option.options ?? []));
    } else if (option.value !== undefined && option.value !== null) {
      leaves[option.name] = option.value;
    }
  }
  return leaves;
}

function toMessage(reply: CommandReply) {
  return { content: reply.content, embeds: reply.embeds ?? [], allowedMentions: NO_PINGS };
}

async function sayItFailed(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  try {
    if (interaction.deferred || interaction.replied) await interaction.editReply({ content: SOMETHING_WENT_WRONG, embeds: [] });
    else await interaction.reply({ content: SOMETHING_WENT_WRONG, flags: MessageFlags.Ephemeral });
  } catch (error) {
    // The interaction may have expired: nothing more can be said to the user.
    context.logger.warn({ command: commandName(interaction), error: safeMessage(error, interaction.token) }, 'could not tell the user a command failed');
  }
}

function commandName(interaction: ChatInputCommandInteraction): string {
  return [interaction.commandName, interaction.options.getSubcommandGroup(false), interaction.options.getSubcommand(false)].filter(Boolean).join(' ');
}

/** The error's first line, with the interaction token (part of Discord's webhook URLs) blanked out. */
function safeMessage(error: unknown, token: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').split(token).join('***');
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [key]: value } as Record<K, string>);
}
