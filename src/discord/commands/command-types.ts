import type { Config } from '../../config/schema.ts';
import type { CycleSourceResolver } from '../../control/cycle-sources.ts';
import { FeedSettingsBook } from '../../control/feed-settings.ts';
import { SubscriptionBook } from '../../control/subscriptions.ts';
import { TopicSettingsBook } from '../../control/topic-settings.ts';
import type { Background } from '../../core/profile/background.ts';
import type { Lexicon } from '../../core/text/lexicon.ts';
import type { ArticleFetcher, Clock, Logger, StateStore } from '../../ports.ts';
import type { DeliveryStatus as PublisherStatus } from '../delivery/discord-publisher.ts';

// The slash commands' core speaks plain data: a CommandRequest in, a CommandReply out. The
// router (interaction-router.ts) is the only part that knows discord.js, so every handler can be
// tested with a MemoryStore and a loopback web server, without a gateway.

export type OptionValue = string | number | boolean;

/** One slash command as the user sent it, flattened out of Discord's nested options. */
export interface CommandRequest {
  guildId: string;
  channelId: string;
  /** The channel the command was used in: its Discord channel type and, for a thread, its parent. */
  channel: { type: number; parentId?: string };
  userId: string;
  /** The member's permissions in the channel, as Discord sends them: a decimal bitfield. */
  memberPermissions: string;
  /** The bot's own permissions in the channel (the interaction's `app_permissions`), when Discord sent them. */
  appPermissions?: string;
  /**
   * How many servers the bot is in (its gateway cache), when known. With no home server set,
   * bot-wide changes are taken only while this is 1 (command-permissions.ts).
   */
  botServerCount?: number;
  command: string;
  group?: string;
  subcommand?: string;
  /** Leaf options by name; role and channel options hold the id. */
  options: Record<string, OptionValue>;
}

/** An embed as plain data (a subset of Discord's embed object). */
export interface ReplyEmbed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
  color?: number;
}

/** Every reply is ephemeral: settings and diagnostics are for the person who asked. */
export interface CommandReply {
  content: string;
  embeds?: ReplyEmbed[];
  ephemeral: true;
}

/** The option being typed in (Discord asks for choices on every keystroke). */
export interface AutocompleteRequest {
  guildId: string;
  command: string;
  group?: string;
  subcommand?: string;
  focused: { name: string; value: string };
}

export interface Choice {
  name: string;
  value: string;
}

/** What `checkFeed` learned from fetching and parsing a candidate feed. */
export interface FeedCheck {
  /** Final URL after redirects. */
  url: string;
  title?: string;
  itemCount: number;
  /** Set when the URL given was a web page: the feed chosen from it, how, and the other feeds it names. */
  discovered?: { feedUrl: string; via: 'link' | 'common-path'; others: string[] };
}

export interface CreatedWebhook {
  id: string;
  token: string;
}

/** Supplied by the Discord delivery publisher: posts waiting in its queues, posts sent today (configured time zone). */
export type DeliveryStatus = Pick<PublisherStatus, 'queued' | 'postsToday'>;

/** Everything the handlers use, handed in (see createCommandContext for the usual wiring). */
export interface CommandContext {
  store: StateStore;
  subscriptions: SubscriptionBook;
  topics: TopicSettingsBook;
  feeds: FeedSettingsBook;
  /** Configured topics and the feeds and topics the next cycle will use. */
  sources: CycleSourceResolver;
  /** The configured feeds; `discord.guildId` (the home server, when set) and `limits.backfill` when known. */
  config: Pick<Config, 'feeds'> & { discord?: Pick<Config['discord'], 'guildId'>; limits?: Pick<Config['limits'], 'backfill'> };
  lexicon: Lexicon;
  background: Background;
  /** Seed and /topic explain pages: must go through the real HttpFetcher (address checks, limits). */
  articles: ArticleFetcher;
  /** Fetches, decodes and parses a feed through the real HttpFetcher; throws FetchError or ParseError. */
  checkFeed(url: string): Promise<FeedCheck>;
  /**
   * Creates a webhook on a text, announcement or forum channel. The avatar is not uploaded: it
   * is sent with each post as `avatar_url`, so the bot never downloads a user's URL itself.
   */
  createWebhook(channelId: string, name: string): Promise<CreatedWebhook>;
  deliveryStatus?(): DeliveryStatus | Promise<DeliveryStatus>;
  clock: Clock;
  logger: Logger;
}

export type CommandContextParts = Omit<CommandContext, 'subscriptions' | 'topics' | 'feeds'>;

/** The context with its three books opened over `parts.store`. */
export function createCommandContext(parts: CommandContextParts): CommandContext {
  return {
    ...parts,
    subscriptions: new SubscriptionBook(parts.store),
    topics: new TopicSettingsBook(parts.store),
    feeds: new FeedSettingsBook(parts.store),
  };
}
