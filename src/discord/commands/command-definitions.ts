import {
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { TERM_MAX_CHARS, URL_MAX_CHARS } from './command-input.ts';
import { FEED_NAME_MAX_CHARS } from './feed-commands.ts';
import { MIN_SCORE_RANGE, WEBHOOK_NAME_MAX_CHARS } from './subscription-commands.ts';
import { PREVIEW_COUNT } from './status-commands.ts';
import { REQUIRE_TERMS_MAX_CHARS, TUNING_RANGE } from './topic-change-commands.ts';
import { EXPLAIN_TEXT_MAX_CHARS } from './topic-read-commands.ts';

// The slash commands as Discord registers them. Limits here mirror the checks in the handlers,
// so Discord's own form catches most mistakes before the bot sees them.
//
// /subscribe and /unsubscribe change settings and nothing else, so they default to Manage
// Server (Discord hides them from other members). /topic and /feeds mix reading and changing
// subcommands under one name and stay visible; their changing subcommands are refused on
// receipt (command-permissions.ts), as are /subscribe and /unsubscribe, since a server can
// override a command's default permissions.

const TOPIC_NAME_MAX_CHARS = 32;
/** Discord's own cap for a string option. */
const SEEDS_MAX_CHARS = 6_000;

const topicOption = (name: string, description: string, required = true) => (option: SlashCommandStringOption) =>
  option.setName(name).setDescription(description).setRequired(required).setAutocomplete(true).setMaxLength(TOPIC_NAME_MAX_CHARS);

const termOption = (description: string) => (option: SlashCommandStringOption) =>
  option.setName('term').setDescription(description).setRequired(true).setMinLength(1).setMaxLength(TERM_MAX_CHARS);

function guildCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder().setName(name).setDescription(description).setContexts(InteractionContextType.Guild);
}

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [subscribeCommand(), unsubscribeCommand(), subscriptionsCommand(), topicCommand(), feedsCommand(), statusCommand(), previewCommand()].map((b) => b.toJSON());
}

function subscribeCommand() {
  return guildCommand('subscribe', 'Post stories of a topic in this channel')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addStringOption(topicOption('topic', 'Topic to post here'))
    .addRoleOption((o) => o.setName('mention').setDescription('Role mentioned with each post'))
    .addNumberOption((o) => o.setName('min_score').setDescription('Post only stories scoring at least this here').setMinValue(MIN_SCORE_RANGE.min).setMaxValue(MIN_SCORE_RANGE.max))
    .addStringOption((o) => o.setName('webhook_name').setDescription('Post through a channel webhook with this name').setMinLength(1).setMaxLength(WEBHOOK_NAME_MAX_CHARS))
    .addStringOption((o) => o.setName('webhook_avatar').setDescription('https:// image URL for the webhook avatar').setMaxLength(URL_MAX_CHARS));
}

function unsubscribeCommand() {
  return guildCommand('unsubscribe', 'Stop posting a topic (or every topic) in this channel')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addStringOption(topicOption('topic', 'Topic to stop; leave out to stop all here', false));
}

function subscriptionsCommand() {
  return guildCommand('subscriptions', "This server's channels and the topics they get");
}

function topicCommand() {
  return guildCommand('topic', 'News topics: see, create and tune them')
    .addSubcommand((s) => s.setName('list').setDescription('All topics'))
    .addSubcommand((s) => s.setName('show').setDescription('Top terms, concepts and threshold of a topic').addStringOption(topicOption('name', 'Topic')))
    .addSubcommand((s) =>
      s
        .setName('create')
        .setDescription('Learn a new topic from 2-10 article URLs (needs Manage Server)')
        .addStringOption((o) => o.setName('name').setDescription('New topic name: lower-case letters, digits, dashes').setRequired(true).setMinLength(1).setMaxLength(TOPIC_NAME_MAX_CHARS))
        .addStringOption((o) => o.setName('seeds').setDescription('Article URLs about the topic, separated by spaces').setRequired(true).setMaxLength(SEEDS_MAX_CHARS)),
    )
    .addSubcommand((s) =>
      s
        .setName('add-seed')
        .setDescription('Learn a created topic from one more article (needs Manage Server)')
        .addStringOption(topicOption('name', 'Topic'))
        .addStringOption((o) => o.setName('url').setDescription('Article URL').setRequired(true).setMaxLength(URL_MAX_CHARS)),
    )
    .addSubcommandGroup((g) =>
      g
        .setName('keywords')
        .setDescription('Weigh, remove or exclude terms (needs Manage Server)')
        .addSubcommand((s) =>
          s
            .setName('add')
            .setDescription('Give a term a weight in the topic')
            .addStringOption(topicOption('name', 'Topic'))
            .addStringOption(termOption('Word, name or two-word phrase'))
            .addNumberOption((o) => o.setName('weight').setDescription('Weight (default 3; a strong topic term is about 3-8)').setMinValue(TUNING_RANGE.min).setMaxValue(TUNING_RANGE.max)),
        )
        .addSubcommand((s) => s.setName('remove').setDescription('Remove a weight or exclusion set here').addStringOption(topicOption('name', 'Topic')).addStringOption(termOption('Term to remove')))
        .addSubcommand((s) => s.setName('exclude').setDescription('Reject items naming this term').addStringOption(topicOption('name', 'Topic')).addStringOption(termOption('Term that rejects an item')))
        .addSubcommand((s) =>
          s
            .setName('require')
            .setDescription('Every item must name one of these terms (replaces the learned facet they name)')
            .addStringOption(topicOption('name', 'Topic'))
            .addStringOption((o) => o.setName('terms').setDescription('Terms separated by commas, e.g. KPK, Kejagung').setRequired(true).setMaxLength(REQUIRE_TERMS_MAX_CHARS))
            .addBooleanOption((o) => o.setName('extend').setDescription('Add them to the learned facet they name instead of replacing it')),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('threshold')
        .setDescription('Score an item needs to be posted (needs Manage Server)')
        .addStringOption(topicOption('name', 'Topic'))
        .addNumberOption((o) => o.setName('value').setDescription('Threshold (default 0.8)').setRequired(true).setMinValue(TUNING_RANGE.min).setMaxValue(TUNING_RANGE.max)),
    )
    .addSubcommand((s) =>
      s
        .setName('explain')
        .setDescription('Score a text or article URL: decision and the deciding terms')
        .addStringOption(topicOption('name', 'Topic'))
        .addStringOption((o) => o.setName('text').setDescription('Headline and text, or an article URL').setRequired(true).setMaxLength(EXPLAIN_TEXT_MAX_CHARS)),
    );
}

function feedsCommand() {
  return guildCommand('feeds', 'News feeds: see, add, remove, check health')
    .addSubcommand((s) => s.setName('list').setDescription('Watched feeds'))
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Watch an RSS or Atom feed (needs Manage Server)')
        .addStringOption((o) => o.setName('url').setDescription('Feed URL, or a web page that names its feed').setRequired(true).setMaxLength(URL_MAX_CHARS))
        .addStringOption((o) => o.setName('name').setDescription("Name shown on posts (default: the feed's title)").setMaxLength(FEED_NAME_MAX_CHARS))
        .addStringOption(topicOption('topic', 'Only this topic (default: every topic)', false)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Stop watching a feed (needs Manage Server)')
        .addStringOption((o) => o.setName('feed').setDescription('Feed: pick from the list, or its name or URL').setRequired(true).setAutocomplete(true).setMaxLength(URL_MAX_CHARS)),
    )
    .addSubcommand((s) => s.setName('status').setDescription('Health of every feed: last success, failures, next poll'));
}

function statusCommand() {
  return guildCommand('status', 'Last cycle, posts today, outbox, failing feeds, broken subscriptions');
}

function previewCommand() {
  return guildCommand('preview', 'The latest items of a topic and why each was or was not posted')
    .addStringOption(topicOption('topic', 'Topic'))
    .addIntegerOption((o) => o.setName('count').setDescription(`How many (default ${PREVIEW_COUNT.default})`).setMinValue(PREVIEW_COUNT.min).setMaxValue(PREVIEW_COUNT.max));
}
