import { CommandInputError } from './command-input.ts';
import { accessRefusal, commandPath, type CommandAccess } from './command-permissions.ts';
import type { CommandContext, CommandReply, CommandRequest } from './command-types.ts';
import { addFeed, feedStatus, listFeeds, removeFeed } from './feed-commands.ts';
import { reply } from './reply-format.ts';
import { preview, status } from './status-commands.ts';
import { listSubscriptions, subscribe, unsubscribe } from './subscription-commands.ts';
import { addKeyword, addSeed, createTopic, excludeKeyword, removeKeyword, requireTerms, setThreshold } from './topic-change-commands.ts';
import { explainTopic, isUrlExplain, listTopics, showTopic } from './topic-read-commands.ts';

// One slash command in, one reply out: the access the command's entry declares is checked, then
// its handler runs. A bad argument becomes the reply; anything else is a bug, left to the caller.

type Handler = (request: CommandRequest, context: CommandContext) => Promise<CommandReply>;

/** A command: its handler and who may run it (command-permissions.ts); both required. */
interface CommandEntry {
  run: Handler;
  access: CommandAccess;
}

const read = (run: Handler): CommandEntry => ({ run, access: 'read' });
const serverChange = (run: Handler): CommandEntry => ({ run, access: 'server' });
const botWideChange = (run: Handler): CommandEntry => ({ run, access: 'bot-wide' });

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  subscribe: serverChange(subscribe),
  unsubscribe: serverChange(unsubscribe),
  subscriptions: read(listSubscriptions),
  'topic list': read(listTopics),
  'topic show': read(showTopic),
  'topic create': botWideChange(createTopic),
  'topic add-seed': botWideChange(addSeed),
  'topic keywords add': botWideChange(addKeyword),
  'topic keywords remove': botWideChange(removeKeyword),
  'topic keywords exclude': botWideChange(excludeKeyword),
  'topic keywords require': botWideChange(requireTerms),
  'topic threshold': botWideChange(setThreshold),
  'topic explain': read(explainTopic),
  'feeds list': read(listFeeds),
  'feeds add': botWideChange(addFeed),
  'feeds remove': botWideChange(removeFeed),
  'feeds status': read(feedStatus),
  status: read(status),
  preview: read(preview),
};

function refusal(request: CommandRequest, context: CommandContext): string | undefined {
  const path = commandPath(request);
  const entry = COMMANDS[path];
  if (entry === undefined) return `\`/${path}\` is not a command this bot knows; its command list may be out of date (run \`newshound register-commands\`).`;
  return accessRefusal(entry.access, request, context.config.discord?.guildId);
}

export async function handleCommand(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const refused = refusal(request, context);
  if (refused !== undefined) return reply(refused);
  try {
    return await COMMANDS[commandPath(request)]!.run(request, context);
  } catch (error) {
    if (error instanceof CommandInputError) return reply(error.reason);
    throw error;
  }
}

/**
 * Commands that fetch from the web or call Discord may pass Discord's 3-second answer window,
 * so the router defers them ("thinking…") and edits the reply in when done.
 */
export function isSlow(request: CommandRequest, context: CommandContext): boolean {
  // A refusal is answered at once, whatever the command.
  if (refusal(request, context) !== undefined) return false;
  const path = commandPath(request);
  if (path === 'topic create' || path === 'topic add-seed' || path === 'feeds add') return true;
  if (path === 'topic explain') return isUrlExplain(request);
  return path === 'subscribe' && request.options.webhook_name !== undefined;
}
