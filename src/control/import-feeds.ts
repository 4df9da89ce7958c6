import { refusedHost } from '../adapters/http-fetcher.ts';
import type { Config } from '../config/schema.ts';
import { normalizeFeedUrl } from '../config/feed-identity.ts';
import type { OpmlFeed } from '../core/opml/read-opml.ts';
import type { AddedFeed, FeedSettings } from './feed-settings.ts';

// `feeds import`: which of an OPML file's feeds join the feeds added from Discord, and why each
// other one does not. Decided against the settings as stored at the moment of the change, like
// /feeds add, so nothing added meanwhile is duplicated. Nothing is fetched: a feed that does not
// answer shows in `status` after the next cycle, as a configured one would.

/** As /feeds add's `name` option allows (FEED_NAME_MAX_CHARS). */
const NAME_MAX_CHARS = 100;

export interface FeedImport {
  added: AddedFeed[];
  skipped: Array<{ url: string; reason: string }>;
}

export interface ImportContext {
  config: Pick<Config, 'feeds' | 'network'>;
  settings: FeedSettings;
  now: Date;
}

export function planFeedImport(feeds: readonly OpmlFeed[], context: ImportContext): FeedImport {
  const removed = new Set(context.settings.removed);
  const known = new Map<string, string>();
  for (const feed of context.config.feeds) known.set(key(feed.url), `already in the config file as ${feed.name}${removed.has(feed.id) ? ' (switched off: /feeds add switches it back on)' : ''}`);
  for (const feed of context.settings.added) known.set(key(feed.url), `already added as ${feed.name}`);
  const result: FeedImport = { added: [], skipped: [] };
  for (const feed of feeds) {
    const reason = refusal(feed.xmlUrl, context.config.network) ?? known.get(key(feed.xmlUrl));
    if (reason !== undefined) {
      result.skipped.push({ url: feed.xmlUrl, reason });
      continue;
    }
    const url = new URL(feed.xmlUrl).href;
    const name = clip(feed.title ?? '') || new URL(url).hostname;
    known.set(key(url), `listed twice in the file (added as ${name})`);
    const htmlUrl = httpUrl(feed.htmlUrl);
    result.added.push({ url, name, ...(htmlUrl ? { htmlUrl } : {}), addedAt: context.now.toISOString() });
  }
  return result;
}

/** Why a URL cannot be a feed: the config's own rules for feed URLs, and the fetcher's address rule. */
function refusal(raw: string, network: Config['network']): string | undefined {
  if (!URL.canParse(raw)) return 'not a URL';
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `not http or https (${url.protocol})`;
  // As the config refuses one: it authenticates nothing and would show the password in logs and /feeds.
  if (url.username !== '' || url.password !== '') return 'carries a user name or password (put credentials in a configured feed\'s headers)';
  const refused = refusedHost(url.hostname, network);
  return refused === undefined ? undefined : `private address refused: ${refused}`;
}

function key(url: string): string {
  return normalizeFeedUrl(url) ?? url;
}

function httpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || !URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

function clip(name: string): string {
  const single = name.replace(/\s+/g, ' ').trim();
  return single.length <= NAME_MAX_CHARS ? single : `${single.slice(0, NAME_MAX_CHARS - 1)}…`;
}
