import { formatMatch } from '../../core/match/format-match.ts';
import type { PreparedProfile } from '../../core/match/match-item.ts';
import { decideOne } from '../../core/match/replay-with-memory.ts';
import type { Match, NewsItem } from '../../core/model.ts';
import { CommandInputError, httpUrl, requiredString } from './command-input.ts';
import type { CommandContext, CommandReply, CommandRequest } from './command-types.ts';
import { describeFetchFailure } from './fetch-failure.ts';
import { conceptLines, topTermLines } from './profile-summary.ts';
import { DISCORD_LIMITS, clip, codeBlock, discordTime, listLines, plural, reply } from './reply-format.ts';
import { knownTopics, preparedTopic, requireTopic, type KnownTopic } from './topic-catalog.ts';
import { EXTEND_MARK } from '../../core/profile/apply-tuning.ts';
import { readStoredTopicMemory } from '../../control/topic-memory-view.ts';
import { dayOfTime, STAND_INS_SHOWN } from '../../core/match/topic-memory.ts';
import { escapeMarkdown } from '../delivery/post-message.ts';

// /topic list, show and explain: reading a topic as the next cycle will match it.

export const EXPLAIN_TEXT_MAX_CHARS = 4_000;
const LONE_URL = /^https?:\/\/\S+$/i;

export async function listTopics(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topics = await knownTopics(context);
  const { topics: matchers } = await context.sources.resolve(context.store);
  const subscriptions = (await context.subscriptions.list()).filter((s) => s.guildId === request.guildId);
  const lines = topics.map((topic) => {
    const threshold = matchers.find((m) => m.name === topic.name)?.prepared.profile.threshold;
    const channels = subscriptions.filter((s) => s.topic === topic.name).length;
    const origin = topic.origin === 'config' ? 'config file' : `created here, ${plural(topic.settings?.seeds?.length ?? 0, 'seed')}`;
    return `• \`${topic.name}\`: ${origin} · threshold ${threshold ?? '?'} · ${plural(channels, 'channel')} here`;
  });
  return reply(`${plural(topics.length, 'topic')}. Details with \`/topic show\`.`, [{ title: 'Topics', description: listLines(lines) }]);
}

export async function showTopic(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const { profile } = await preparedTopic(context, topic.name);
  const seeds = topic.origin === 'config' ? 'from the config file' : plural(topic.settings?.seeds?.length ?? 0, 'seed article');
  return reply(`Topic \`${topic.name}\` as the next cycle matches it.`, [
    {
      title: `Topic ${topic.name}`,
      description: await nowLine(topic.name, context),
      fields: [
        { name: 'Threshold', value: `${profile.threshold}${topic.settings?.tuning.threshold !== undefined ? ' (set here)' : ''}`, inline: true },
        { name: 'Seeds', value: seeds, inline: true },
        { name: 'Every item must name', value: conceptLines(profile) },
        { name: 'Top terms (weight)', value: topTermLines(profile, 15) },
        { name: 'Changes made in Discord', value: discordChanges(topic) },
      ],
    },
  ]);
}

const NOW_LINE_MAX_CHARS = 2_000;

/**
 * What the topic is about now: the words its own recent matches stand on (the memory the worker
 * keeps, src/core/match/topic-memory.ts), which take an item the profile turned down when it holds
 * two. A memory that cannot be read is one line: the worker starts it afresh.
 */
async function nowLine(topic: string, context: CommandContext): Promise<string> {
  const stored = await readStoredTopicMemory(context.store, topic, dayOfTime(context.clock.now().getTime()));
  if (stored.kind === 'none') return 'Now: no memory yet';
  if (stored.kind === 'unreadable') return 'Now: memory unreadable, the worker starts it afresh';
  const strongest = stored.memory.strongest(STAND_INS_SHOWN);
  if (strongest.length === 0) return 'Now: nothing stands for it yet';
  // The words come from feed items: text, not markdown. Clipped so that, beside the profile's
  // fields (1,000 characters each at most), the embed stays within Discord's 6,000.
  return clip(`Now: ${strongest.map((s) => `${escapeMarkdown(s.key)} (${s.matched} of ${s.items})`).join(', ')}`, NOW_LINE_MAX_CHARS);
}

export async function explainTopic(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'name'));
  const text = requiredString(request, 'text');
  if (text.length > EXPLAIN_TEXT_MAX_CHARS) throw new CommandInputError(`\`text\` must be at most ${EXPLAIN_TEXT_MAX_CHARS} characters.`);
  const item = LONE_URL.test(text) ? await articleItem(text, context) : { title: '', summary: text };
  const prepared = await preparedTopic(context, topic.name);
  const match = await decideAsNextCycle({ id: 'explain', ...item }, topic.name, prepared, context);
  const verdict = `${match.decision ? '✅ would be posted' : '❌ would not be posted'} to \`${topic.name}\`: score ${match.score}, threshold ${prepared.profile.threshold}`;
  const block = codeBlock(formatMatch(match, topic.name), DISCORD_LIMITS.content - verdict.length - 1);
  // The page's address (after redirects) only where it fits beside the match: the reply cut to
  // 2,000 characters lost the code block's closing fence, and the match showed as raw text.
  const sourced = 'url' in item ? `${verdict} (${item.url})` : verdict;
  return reply(`${sourced.length + 1 + block.length <= DISCORD_LIMITS.content ? sourced : verdict}\n${block}`);
}

/**
 * The text decided as the next cycle would decide it: the profile, then the topic's stored memory
 * of its recent matches (its stand-ins may take a text the profile turned down; the match's reason
 * then says so). No memory, or one that cannot be read: the profile alone, as the worker would.
 */
async function decideAsNextCycle(item: NewsItem, topic: string, prepared: PreparedProfile, context: CommandContext): Promise<Match> {
  const stored = await readStoredTopicMemory(context.store, topic, dayOfTime(context.clock.now().getTime()));
  return decideOne(item, prepared, stored.kind === 'stored' ? stored.memory : undefined).match;
}

export function isUrlExplain(request: CommandRequest): boolean {
  const text = request.options.text;
  return typeof text === 'string' && LONE_URL.test(text.trim());
}

async function articleItem(raw: string, context: CommandContext): Promise<{ title: string; summary: string; url: string }> {
  const url = httpUrl(raw, 'The URL');
  try {
    const article = await context.articles.fetchArticle(url);
    return { title: article.title ?? '', summary: article.text, url: article.url };
  } catch (error) {
    const reason = describeFetchFailure(error);
    if (reason === undefined) throw error;
    throw new CommandInputError(`Could not read <${url}>: ${reason}. Paste the article's text instead.`);
  }
}

function discordChanges(topic: KnownTopic): string {
  const settings = topic.settings;
  if (settings === undefined) return 'none';
  const boosts = Object.entries(settings.tuning.boost ?? {}).map(([term, weight]) => `${term} ${weight}`);
  const lines = [
    ...(boosts.length > 0 ? [`Keywords: ${boosts.join(', ')}`] : []),
    ...((settings.tuning.exclude ?? []).length > 0 ? [`Excluded: ${settings.tuning.exclude!.join(', ')}`] : []),
    ...(settings.tuning.threshold !== undefined ? [`Threshold: ${settings.tuning.threshold}`] : []),
    ...(settings.tuning.require ?? []).map((group) => (group[0] === EXTEND_MARK ? `Required (added to a learned facet): ${group.slice(1).join(' / ')}` : `Required: ${group.join(' / ')}`)),
    `Last change ${discordTime(settings.updatedAt)}${settings.updatedBy ? ` by <@${settings.updatedBy}>` : ''}`,
  ];
  return listLines(lines, 1_000);
}
