import type { TopicSettings } from '../../control/topic-settings.ts';
import type { PreparedProfile } from '../../core/match/match-item.ts';
import { CommandInputError, clipped, topicName } from './command-input.ts';
import type { CommandContext } from './command-types.ts';

// Which topics exist: the configured ones, plus those created from Discord (settings with
// seeds). Settings without seeds for a name the config no longer has are leftovers, not topics.

export interface KnownTopic {
  name: string;
  origin: 'config' | 'discord';
  settings?: TopicSettings;
}

export async function knownTopics(context: CommandContext): Promise<KnownTopic[]> {
  const settings = await context.topics.all();
  const configured = context.sources.configuredTopics;
  const topics: KnownTopic[] = configured.map((name) => ({ name, origin: 'config', ...(settings[name] ? { settings: settings[name] } : {}) }));
  for (const created of Object.values(settings)) {
    if (!configured.includes(created.name) && (created.seeds?.length ?? 0) > 0) topics.push({ name: created.name, origin: 'discord', settings: created });
  }
  return topics;
}

/** The topic the user named, or a message listing the ones that exist. */
export async function requireTopic(context: CommandContext, raw: string): Promise<KnownTopic> {
  const topics = await knownTopics(context);
  const name = raw.trim().toLowerCase();
  const found = topics.find((t) => t.name === name);
  if (found) return found;
  const names = topics.map((t) => `\`${t.name}\``).join(', ') || 'none yet';
  throw new CommandInputError(`There is no topic \`${clipped(raw, 40)}\`. Topics: ${names}. Create one with \`/topic create\`.`);
}

/** A new topic's name: valid and not taken by a configured or created topic. */
export async function freeTopicName(context: CommandContext, raw: string): Promise<string> {
  const name = topicName(raw);
  const taken = (await knownTopics(context)).find((t) => t.name === name);
  if (taken) throw new CommandInputError(`A topic \`${name}\` already exists${taken.origin === 'config' ? ' (from the config file)' : ''}; pick another name or use \`/topic add-seed\`.`);
  return name;
}

/** The topic as the next cycle will match it: learned, with the config's and Discord's tuning laid over. */
export async function preparedTopic(context: CommandContext, name: string): Promise<PreparedProfile> {
  const { topics } = await context.sources.resolve(context.store);
  const matcher = topics.find((t) => t.name === name);
  if (matcher === undefined) throw new CommandInputError(`The topic \`${name}\` has no profile yet.`);
  return matcher.prepared;
}
