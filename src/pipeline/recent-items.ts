import type { FeedItem, NewsItem } from '../core/model.ts';
import { addRecentDocuments, dayOf, emptyRecentDf, parseRecentDf, recentDocument, serializeRecentDf, type RecentDfTable } from '../core/profile/recent-df.ts';
import type { Lexicon } from '../core/text/lexicon.ts';
import type { Logger, StateStore } from '../ports.ts';

// The cycle's step that keeps "ordinary news" current: every item new to the worker's feeds is
// counted into the recent document-frequency table (src/core/profile/recent-df.ts), held in
// memory per store and saved to it now and then; topics (re)learned by the worker blend it with
// the shipped background table.

export const RECENT_DF_KEY = 'background:recent-df';
/** The newest headlines themselves, for widening topics' facets (src/core/profile/expand-facets.ts). */
export const RECENT_HEADLINES_KEY = 'background:recent-headlines';
/**
 * Headlines kept: about two months of the two outlets the project was developed on (470 a day),
 * about what the development figures widen facets from (four months of them). A memory bound.
 */
export const MAX_RECENT_HEADLINES = 30_000;
/** A summary is cut to this many characters: the headline and its lead are what items are matched on. */
const SUMMARY_CHARS = 300;

type RecentHeadline = Pick<NewsItem, 'id' | 'title' | 'summary' | 'lang'>;
/** The table is written at most this often (and on a new day): a crash loses at most this much counting, never a post. */
export const RECENT_DF_SAVE_EVERY_MS = 10 * 60_000;

export class RecentDfBook {
  #table: RecentDfTable | undefined;
  #loading: Promise<RecentDfTable> | undefined;
  #savedAtMs: number | undefined;
  #savedDay: number | undefined;
  #headlines: RecentHeadline[] | undefined;

  constructor(private readonly store: StateStore) {}

  /** The newest headlines seen (at most MAX_RECENT_HEADLINES), oldest first. */
  async headlines(): Promise<readonly NewsItem[]> {
    this.#headlines ??= parseHeadlines(await this.store.get<unknown>(RECENT_HEADLINES_KEY));
    return this.#headlines;
  }

  /** The table as counted so far (read from the store the first time). */
  async table(): Promise<RecentDfTable> {
    if (this.#table !== undefined) return this.#table;
    this.#loading ??= this.store.get<unknown>(RECENT_DF_KEY).then((stored) => {
      // An absent or unreadable row starts a new table: it is statistics, not state anything depends on.
      this.#table ??= parseRecentDf(stored) ?? emptyRecentDf(0);
      return this.#table;
    });
    return this.#loading;
  }

  /** Counts the items no feed held before (`known`), then saves when due. */
  async note(items: readonly FeedItem[], known: ReadonlySet<string>, lexicon: Lexicon, now: Date): Promise<void> {
    const fresh = items.filter((item) => !known.has(item.key));
    const table = await this.table();
    const day = dayOf(now);
    if (fresh.length > 0) addRecentDocuments(table, fresh.map((item) => recentDocument(item, lexicon)), Math.max(day, table.day));
    if (fresh.length > 0) {
      const kept = [...(await this.headlines()), ...fresh.map(({ key, title, summary, lang }) => ({ id: key, title, summary: summary.slice(0, SUMMARY_CHARS), ...(lang === undefined ? {} : { lang }) }))];
      this.#headlines = kept.slice(Math.max(0, kept.length - MAX_RECENT_HEADLINES));
    }
    const due = this.#savedAtMs === undefined || now.getTime() - this.#savedAtMs >= RECENT_DF_SAVE_EVERY_MS || this.#savedDay !== day;
    if (fresh.length > 0 && due) await this.save(now);
  }

  async save(now: Date): Promise<void> {
    const table = await this.table();
    await this.store.set(RECENT_DF_KEY, serializeRecentDf(table));
    if (this.#headlines !== undefined) await this.store.set(RECENT_HEADLINES_KEY, { version: 1, items: this.#headlines });
    this.#savedAtMs = now.getTime();
    this.#savedDay = dayOf(now);
  }
}

/** A stored list, or none for an absent or unreadable row: statistics, not state anything depends on. */
function parseHeadlines(stored: unknown): RecentHeadline[] {
  const items = (stored as { version?: unknown; items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.filter((i): i is RecentHeadline => typeof i === 'object' && i !== null && typeof (i as RecentHeadline).title === 'string' && typeof (i as RecentHeadline).summary === 'string');
}

const books = new WeakMap<StateStore, RecentDfBook>();

/** One book per store: the cycle counts into it, the topic resolver reads it. */
export function recentDfBook(store: StateStore): RecentDfBook {
  let book = books.get(store);
  if (book === undefined) books.set(store, (book = new RecentDfBook(store)));
  return book;
}

/**
 * The cycle's call, after a feed's items were decided and committed: counts those new to every
 * feed. A failure is logged, never thrown: the table is statistics, the cycle's work matters more.
 */
export async function noteRecentItems(store: StateStore, lexicon: Lexicon, items: readonly FeedItem[], known: ReadonlySet<string>, now: Date, logger?: Logger): Promise<void> {
  try {
    await recentDfBook(store).note(items, known, lexicon, now);
  } catch (error) {
    logger?.warn({ error: String(error) }, 'recent background table not updated');
  }
}
