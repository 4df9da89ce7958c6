import { readStoredFeedState } from '../../control/feed-state-view.ts';
import { feedId } from '../../config/load-config.ts';
import { normalizeFeedUrl } from '../../config/feed-identity.ts';
import { CorruptEntryError, unlessCorrupt } from '../../core/errors.ts';
import { stateKeys, type FeedState } from '../../pipeline/state-keys.ts';
import type { CommandContext } from './command-types.ts';

// Every feed the bot knows: the config file's (some maybe switched off from Discord) and those
// added from Discord. Ids are the ones the cycle uses for the feed's state in the store.

export interface FeedEntry {
  id: string;
  name: string;
  url: string;
  origin: 'config' | 'discord';
  /** Topics it feeds; undefined: every topic. */
  topics?: string[];
  /** False for a configured feed switched off with /feeds remove. */
  active: boolean;
}

export async function feedEntries(context: CommandContext): Promise<FeedEntry[]> {
  const settings = await context.feeds.get();
  const removed = new Set(settings.removed);
  return [
    // A configured feed that named no topics feeds every topic, those created from Discord too.
    ...context.config.feeds.map((f): FeedEntry => ({ id: f.id, name: f.name, url: f.url, origin: 'config', ...(f.everyTopic ? {} : { topics: f.topics }), active: !removed.has(f.id) })),
    ...settings.added.map((a): FeedEntry => ({ id: feedId(a.name, a.url), name: a.name, url: a.url, origin: 'discord', ...(a.topics ? { topics: a.topics } : {}), active: true })),
  ];
}

/** By id (what autocomplete sends), else by name (case-insensitive), else by URL. */
export function findFeed(entries: readonly FeedEntry[], raw: string): FeedEntry | undefined {
  const text = raw.trim();
  const url = normalizeFeedUrl(text);
  return (
    entries.find((e) => e.id === text) ??
    entries.find((e) => e.name.toLowerCase() === text.toLowerCase()) ??
    (url === undefined ? undefined : entries.find((e) => normalizeFeedUrl(e.url) === url))
  );
}

/**
 * A feed's stored state, or the error saying it cannot be read (not JSON): the worker starts such
 * a feed afresh at its next poll, and a reply shows it on the feed's own line. Thrown, it failed
 * /status and /feeds status whole until then.
 */
export function readFeedState(context: CommandContext, id: string): Promise<FeedState | CorruptEntryError | undefined> {
  return readStoredFeedState(context.store, id);
}

/** What a reply says of a feed whose stored state cannot be read. */
export const UNREADABLE_STATE = 'its stored state cannot be read; the worker starts it afresh at its next poll';
