import { CommandInputError } from './command-input.ts';
import { canManageServer, changesBotWideSettings, changesSettings, commandPath } from './command-permissions.ts';
import type { CommandContext, CommandReply, CommandRequest } from './command-types.ts';
import { addFeed, feedStatus, listFeeds, removeFeed } from './feed-commands.ts';
import { reply } from './reply-format.ts';
import { preview, status } from './status-commands.ts';
import { listSubscriptions, subscribe, unsubscribe } from './subscription-commands.ts';
import { addKeyword, addSeed, createTopic, excludeKeyword, removeKeyword, requireTerms, setThreshold } from './topic-change-commands.ts';
import { explainTopic, isUrlExplain, listTopics, showTopic } from './topic-read-commands.ts';

// One slash command in, one reply out: permission check, then the handler for the command's
// path. A bad argument becomes the reply; anything else is a bug and is left to the caller.

type Handler = (request: CommandRequest, context: CommandContext) => Promise<CommandReply>;

const HANDLERS: Readonly<Record<string, Handler>> = {
  subscribe,
  unsubscribe,
  subscriptions: listSubscriptions,
  'topic list': listTopics,
  'topic show': showTopic,
  'topic create': createTopic,
  'topic add-seed': addSeed,
  'topic keywords add': addKeyword,
  'topic keywords remove': removeKeyword,
  'topic keywords exclude': excludeKeyword,
  'topic keywords require': requireTerms,
  'topic threshold': setThreshold,
  'topic explain': explainTopic,
  'feeds list': listFeeds,
  'feeds add': addFeed,
  'feeds remove': removeFeed,
  'feeds status': feedStatus,
  status,
  preview,
};

export async function handleCommand(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const path = commandPath(request);
  const handler = HANDLERS[path];
  if (handler === undefined) return reply(`\`/${path}\` is not a command this bot knows; its command list may be out of date (run \`newshound register-commands\`).`);
  if (changesSettings(request) && !canManageServer(request.memberPermissions)) {
    return reply(`\`/${path}\` changes the bot's settings, so it needs the **Manage Server** permission.`);
  }
  const home = context.config.discord?.guildId;
  if (home !== undefined && request.guildId !== home && changesBotWideSettings(request)) {
    return reply(`\`/${path}\` changes topics and feeds for every server the bot is in, so it is only taken from the bot's home server.`);
  }
  try {
    return await handler(request, context);
  } catch (error) {
    if (error instanceof CommandInputError) return reply(error.reason);
    throw error;
  }
}

/**
 * Commands that fetch from the web or call Discord may pass Discord's 3-second answer window,
 * so the router defers them ("thinking…") and edits the reply in when done.
 */
export function isSlow(request: CommandRequest): boolean {
  // A refusal is answered at once, whatever the command.
  if (changesSettings(request) && !canManageServer(request.memberPermissions)) return false;
  const path = commandPath(request);
  if (path === 'topic create' || path === 'topic add-seed' || path === 'feeds add') return true;
  if (path === 'topic explain') return isUrlExplain(request);
  return path === 'subscribe' && request.options.webhook_name !== undefined;
}
