import { normalizeFeedUrl } from '../../config/feed-identity.ts';
import { CorruptEntryError } from '../../core/errors.ts';
import type { FeedState } from '../../pipeline/state-keys.ts';
import { CommandInputError, clipped, clippedProse, httpUrl, requiredString, stringOption } from './command-input.ts';
import type { CommandContext, CommandReply, CommandRequest, FeedCheck } from './command-types.ts';
import { UNREADABLE_STATE, feedEntries, findFeed, readFeedState, type FeedEntry } from './feed-catalog.ts';
import { describeFetchFailure } from './fetch-failure.ts';
import { discordTime, listLines, plural, reply } from './reply-format.ts';
import { requireTopic } from './topic-catalog.ts';
import { escapeMarkdown } from '../delivery/post-message.ts';

// /feeds list, add, remove and status. Added feeds and switched-off configured feeds are kept
// in the state store (the config file is never rewritten) and used from the next cycle on.

export const FEED_NAME_MAX_CHARS = 100;

export async function listFeeds(_request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const entries = await feedEntries(context);
  const active = entries.filter((e) => e.active);
  const off = entries.filter((e) => !e.active);
  const lines = active.map((e) => `• **${escapeMarkdown(e.name)}** <${e.url}> · ${e.topics ? `topics: ${e.topics.join(', ') || 'none'}` : 'every topic'} · ${e.origin === 'config' ? 'config file' : 'added here'}`);
  if (off.length > 0) lines.push(`Switched off: ${off.map((e) => escapeMarkdown(e.name)).join(', ')}`);
  return reply(`${plural(active.length, 'feed')} watched.`, [{ title: 'Feeds', description: listLines(lines) }]);
}

export async function addFeed(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const url = httpUrl(requiredString(request, 'url'), 'The feed URL');
  const name = stringOption(request, 'name');
  if (name !== undefined && name.length > FEED_NAME_MAX_CHARS) throw new CommandInputError(`\`name\` must be at most ${FEED_NAME_MAX_CHARS} characters.`);
  const topicOption = stringOption(request, 'topic');
  const topic = topicOption === undefined ? undefined : (await requireTopic(context, topicOption)).name;

  const known = await knownFeed(context, url);
  if (known !== undefined) return known;
  const check = await checkedFeed(context, url);
  const found = check.discovered;
  // A web page given: the feed it names is what is watched, and may be watched already.
  const feedUrl = found?.feedUrl ?? url;
  const knownFound = found === undefined ? undefined : await knownFeed(context, feedUrl, url);
  if (knownFound !== undefined) return knownFound;
  const feedName = name ?? clipped(check.title ?? new URL(feedUrl).hostname, FEED_NAME_MAX_CHARS);
  // Changed as stored after the fetch, which may take seconds: a change made meanwhile is kept.
  await context.feeds.change((settings) => {
    if (settings.added.some((a) => normalizeFeedUrl(a.url) === normalizeFeedUrl(feedUrl))) throw new CommandInputError(`<${feedUrl}> was just added by someone else.`);
    settings.added.push({ url: feedUrl, name: feedName, ...(found ? { htmlUrl: url } : {}), ...(topic ? { topics: [topic] } : {}), addedAt: context.clock.now().toISOString(), addedBy: request.userId });
  });
  return reply(
    (found ? `${discoveredLine(url, found)}\n` : '') +
    `Added **${escapeMarkdown(feedName)}** <${feedUrl}> (${plural(check.itemCount, 'item')} in it now), for ${topic ? `\`${topic}\`` : 'every topic'}. ` +
      (backfill(context) > 0
        ? `Its first poll, on the next cycle, posts at most its ${backfill(context)} newest matching items and records the rest; later stories are matched and posted.`
        : 'Its first poll, on the next cycle, records what it holds without posting; stories published after that are matched and posted.'),
  );
}

export async function removeFeed(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const raw = requiredString(request, 'feed');
  const active = (await feedEntries(context)).filter((e) => e.active);
  const feed = findFeed(active, raw);
  if (feed === undefined) throw new CommandInputError(`No watched feed is called \`${clipped(raw, 60)}\`; pick one from the list Discord offers, or see \`/feeds list\`.`);
  await context.feeds.change((settings) => {
    if (feed.origin === 'config') settings.removed = [...new Set([...settings.removed, feed.id])];
    else settings.added = settings.added.filter((a) => normalizeFeedUrl(a.url) !== normalizeFeedUrl(feed.url));
  });
  const undo = feed.origin === 'config' ? ` It stays in the config file, switched off; \`/feeds add url:${feed.url}\` switches it back on.` : '';
  return reply(`Removed **${escapeMarkdown(feed.name)}**: it is not polled from the next cycle on.${undo}`);
}

export async function feedStatus(_request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const active = (await feedEntries(context)).filter((e) => e.active);
  const rows = await Promise.all(active.map(async (feed) => ({ feed, state: await readFeedState(context, feed.id) })));
  // Failing feeds first: they are what someone running /feeds status is looking for.
  rows.sort((a, b) => rank(b.state) - rank(a.state) || a.feed.name.localeCompare(b.feed.name));
  const failing = rows.filter((r) => rank(r.state) === 2).length;
  return reply(`${plural(active.length, 'feed')}, ${failing} failing.`, [{ title: 'Feed health', description: listLines(rows.map((r) => statusLine(r.feed, r.state))) }]);
}

function rank(state: FeedState | CorruptEntryError | undefined): number {
  if (state instanceof CorruptEntryError || state?.health?.status === 'failing') return 2;
  return (state?.health?.consecutiveFailures ?? 0) > 0 ? 1 : 0;
}

function statusLine(feed: FeedEntry, state: FeedState | CorruptEntryError | undefined): string {
  if (state instanceof CorruptEntryError) return `⚠️ **${escapeMarkdown(feed.name)}**: ${UNREADABLE_STATE}`;
  const health = state?.health;
  if (health === undefined) return `⏳ **${escapeMarkdown(feed.name)}**: not polled yet${state?.nextPollAt ? ` · next poll ${discordTime(state.nextPollAt)}` : ''}`;
  const parts = [
    health.status === 'failing' ? `⚠️ **${escapeMarkdown(feed.name)}**: failing, ${plural(health.consecutiveFailures, 'failure')} in a row` : `✅ **${escapeMarkdown(feed.name)}**: ok${health.consecutiveFailures > 0 ? ` (${plural(health.consecutiveFailures, 'recent failure')})` : ''}`,
    `last success ${discordTime(health.lastSuccessAt)}`,
    ...(health.consecutiveFailures > 0 && health.lastError ? [`last error: ${clippedProse(health.lastError, 160)}`] : []),
    ...(state?.nextPollAt ? [`next poll ${discordTime(state.nextPollAt)}`] : []),
  ];
  return parts.join(' · ');
}

/**
 * The reply when `url` is watched already (an error) or is a configured feed switched off (it is
 * switched back on, not added a second time); undefined when it is new. `page`: the web page
 * that named it.
 */
async function knownFeed(context: CommandContext, url: string, page?: string): Promise<CommandReply | undefined> {
  const same = (await feedEntries(context)).find((e) => normalizeFeedUrl(e.url) === normalizeFeedUrl(url));
  if (same === undefined) return undefined;
  const via = page === undefined ? '' : ` (the feed <${page}> names)`;
  if (same.active) throw new CommandInputError(`<${url}>${via} is already watched as **${escapeMarkdown(same.name)}**.`);
  await context.feeds.change((settings) => void (settings.removed = settings.removed.filter((id) => id !== same.id)));
  return reply(`Switched **${escapeMarkdown(same.name)}**${via} (from the config file) back on: it is polled from the next cycle.`);
}

/** Which feed a web page led to, and the others it names (not added: `/feeds add` takes each). */
function discoveredLine(page: string, found: NonNullable<FeedCheck['discovered']>): string {
  if (found.via === 'common-path') return `<${page}> is a web page that names no feed; one answers at <${found.feedUrl}>.`;
  if (found.others.length === 0) return `<${page}> is a web page; it names one feed, <${found.feedUrl}>.`;
  const others = found.others.slice(0, OTHER_FEEDS_SHOWN).map((u) => `<${u}>`).join(', ');
  const more = found.others.length > OTHER_FEEDS_SHOWN ? ` and ${found.others.length - OTHER_FEEDS_SHOWN} more` : '';
  return `<${page}> is a web page naming ${found.others.length + 1} feeds; took the first RSS or Atom one, <${found.feedUrl}>. The others: ${others}${more}.`;
}

/** Other feeds a page names, listed in the reply (a page can name hundreds: one per category). */
const OTHER_FEEDS_SHOWN = 5;

async function checkedFeed(context: CommandContext, url: string): Promise<FeedCheck> {
  try {
    return await context.checkFeed(url);
  } catch (error) {
    const reason = describeFetchFailure(error);
    if (reason === undefined) throw error;
    throw new CommandInputError(`Could not add <${url}>: ${reason}. Nothing was saved.`);
  }
}

/** The config's first-poll backfill (0 when the context carries only the feeds, as in unit tests). */
function backfill(context: CommandContext): number {
  return context.config.limits?.backfill ?? 0;
}
