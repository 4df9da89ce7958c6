import type { FeedItem, Match, Post } from '../model.ts';
import type { Background } from '../profile/background.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { cutAtWord } from '../summarize/cut-text.ts';
import { fitEmbed } from './fit-embed.ts';

/** A title made from the summary when the item has none: a headline's length. */
const FALLBACK_TITLE_UNITS = 120;

/** Terms shown with a post: enough to see why it matched, few enough to read at a glance. */
const POST_TERMS = 6;

/** The text pipeline's data the cycle needs for stories and summaries. */
export interface TextData {
  lexicon: Lexicon;
  background: Background;
}

/**
 * A summary written before the post is built (by the `Summarizer` port: the extractive one over
 * the fetched article, or an LLM), and the article's lead image when the feed had none.
 */
export interface WrittenSummary {
  summary?: string;
  imageUrl?: string;
}

export interface StoryReport {
  source: string;
  title: string;
  url?: string;
}

/**
 * A post for one story and one topic: plain data, no sending. The summary was written before
 * (the Summarizer port, over the article or the feed's text); without one the feed's text
 * stands in, but not for one written empty. The post fits Discord's embed limits, cut on sentence boundaries.
 */
export function buildPost(
  item: FeedItem,
  topic: string,
  match: Match,
  timeZone: string,
  story?: { id: string; alsoReportedBy?: StoryReport[] },
  written?: WrittenSummary,
): Post {
  // A written summary that is empty means no sentence could stand alone (the text's only one
  // points back, "Hal itu dikatakan ..."): the feed's text would open with it, so the post is its title.
  const summary = written?.summary ?? item.summary;
  // A blank title (whitespace only) is no title: the summary's first words stand in, cut at a
  // word and a grapheme boundary so no emoji or accented letter is split.
  const title = item.title.replace(/\s+/gu, ' ').trim() || cutAtWord((summary || item.summary).replace(/\s+/gu, ' ').trim(), FALLBACK_TITLE_UNITS);
  const fitted = fitEmbed({ title, description: summary });
  return {
    id: story === undefined ? `${topic}:${item.key}` : `${topic}:story:${story.id}`,
    topic,
    itemKey: item.key,
    title: fitted.title,
    url: item.link,
    source: item.source ?? item.feedId,
    published: item.published,
    publishedLocal: item.published === undefined ? undefined : formatLocal(item.published, timeZone),
    summary: fitted.description,
    imageUrl: item.imageUrl ?? written?.imageUrl,
    lang: match.lang,
    score: match.score,
    terms: match.terms.slice(0, POST_TERMS).map((t) => t.label),
    ...(story === undefined ? {} : { storyId: story.id }),
    ...(story?.alsoReportedBy?.length ? { alsoReportedBy: story.alsoReportedBy } : {}),
  };
}

/** "24 Nov 2026, 08:15 GMT+7"-style local time; Intl knows the zone's abbreviation or offset. */
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
