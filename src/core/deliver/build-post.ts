import type { FeedItem, Match, Post } from '../model.ts';

/** Terms shown with a post: enough to see why it matched, few enough to read at a glance. */
const POST_TERMS = 6;

/** A post for one item and one topic: plain data, no sending. */
export function buildPost(item: FeedItem, topic: string, match: Match, timeZone: string): Post {
  return {
    id: `${topic}:${item.key}`,
    topic,
    itemKey: item.key,
    title: item.title || item.summary.slice(0, 120),
    url: item.link,
    source: item.source ?? item.feedId,
    published: item.published,
    publishedLocal: item.published === undefined ? undefined : formatLocal(item.published, timeZone),
    summary: item.summary,
    imageUrl: item.imageUrl,
    lang: match.lang,
    score: match.score,
    terms: match.terms.slice(0, POST_TERMS).map((t) => t.label),
  };
}

/** "24 Nov 2026, 08:15 WIB"-style local time; Intl knows the zone's abbreviation or offset. */
export function formatLocal(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}
