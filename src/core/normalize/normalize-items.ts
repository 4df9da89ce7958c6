// Stage `normalize`: RawFeed → FeedItem[]. Plain text instead of HTML, canonical links, UTC
// dates, a stable key per item (item-key.ts). Pure: `now` arrives as an argument and is used
// only to clamp dates from the future.
import type { FeedItem, FeedSource, RawFeed, RawItem } from '../model.ts';
import { canonicalUrl } from './canonical-url.ts';
import { htmlToPlainText } from './html-to-text.ts';
import { assignItemKeys, type KeyParts } from './item-key.ts';
import { parseFeedDate } from './parse-date.ts';
import { truncateAtWord } from './truncate.ts';

/** Long enough for a lead paragraph, and within a Discord embed description (4,096). */
export const SUMMARY_MAX_CHARS = 2_000;
/** A title made from the summary, for items that have none (microblog-style feeds). */
export const DERIVED_TITLE_MAX_CHARS = 120;

type Draft = Omit<FeedItem, 'id' | 'key'>;

/**
 * The offset of a date written without a zone. Indonesian CMSs print Jakarta wall-clock time
 * (WIB, +07:00) without saying so; nothing else can be assumed, so the rule is: +07:00 when the
 * feed is Indonesian (its configured language, else the language it declares: RSS <language>,
 * Atom xml:lang), UTC otherwise, including when no language is known at all.
 */
export function zonelessDateOffset(configured: FeedSource['language'], declared: string | undefined): string {
  const language = configured ?? declared?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'id' ? '+07:00' : '+00:00';
}

export function normalizeItems(feed: RawFeed & { language?: string }, source: FeedSource, now: Date): FeedItem[] {
  // Relative item links are resolved against the site link the feed gives, else the feed URL.
  const base = (feed.link ? canonicalUrl(feed.link, source.url) : undefined) ?? source.url;
  const defaultOffset = zonelessDateOffset(source.language, feed.language);
  const drafts: Array<{ item: Draft; keyParts: KeyParts }> = [];
  for (const raw of feed.items) {
    const item = draftItem(raw, source, base, now, defaultOffset);
    if (!item) continue;
    const keyParts: KeyParts = { feedId: source.id, link: item.link, guid: raw.guid, title: item.title, publishedRaw: raw.published };
    drafts.push({ item, keyParts });
  }
  const keys = assignItemKeys(drafts.map((draft) => draft.keyParts));
  return drafts.flatMap(({ item }, index) => {
    const key = keys[index];
    return key === undefined ? [] : [{ id: key, key, ...item }];
  });
}

function draftItem(raw: RawItem, source: FeedSource, base: string, now: Date, defaultOffset: string): Draft | undefined {
  const ownTitle = htmlToPlainText(raw.title ?? '');
  const summaryText = htmlToPlainText(raw.summaryHtml ?? '') || htmlToPlainText(raw.contentHtml ?? '');
  const summary = truncateAtWord(summaryText, SUMMARY_MAX_CHARS);
  const link = raw.link ? canonicalUrl(raw.link, base) : undefined;
  if (!ownTitle && !summary && !link) return undefined;
  const item: Draft = {
    title: ownTitle || truncateAtWord(summaryText, DERIVED_TITLE_MAX_CHARS),
    summary,
    feedId: source.id,
    source: source.name,
  };
  if (source.language) item.lang = source.language;
  if (link) item.link = link;
  const published = parseFeedDate(raw.published, now, { defaultOffset });
  if (published) item.published = published;
  const imageUrl = raw.imageUrl ? canonicalUrl(raw.imageUrl, base) : undefined;
  if (imageUrl) item.imageUrl = imageUrl;
  return item;
}
