// The edges of newshound: everything with I/O, time or randomness is handed in through one of
// these interfaces, so the pipeline can be run in tests with loopback servers, real SQLite
// files and a fixed clock.

/** A conditional GET of a feed (RFC 9110 section 13: validators only when known). */
export interface FetchRequest {
  url: string;
  etag?: string;
  lastModified?: string;
  headers?: Record<string, string>;
}

/** Response headers the scheduler and cache logic need. */
export interface FetchMeta {
  /** Final URL after redirects. */
  url: string;
  status: number;
  etag?: string;
  lastModified?: string;
  cacheControl?: string;
  expires?: string;
  retryAfter?: string;
  date?: string;
}

/** 200 with a body, or 304 Not Modified; every other outcome is a thrown FetchError. */
export type FetchResult =
  | ({ kind: 'ok'; body: Uint8Array; contentType?: string } & FetchMeta)
  | ({ kind: 'not-modified' } & FetchMeta);

export interface HttpFetcher {
  fetch(request: FetchRequest, signal?: AbortSignal): Promise<FetchResult>;
}

export interface Clock {
  now(): Date;
}

/** A key-value store (keyv over SQLite or Redis). Values are JSON-serialisable. */
export interface StateStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface PublishReceipt {
  /** Where the post landed (a Discord message id, say); absent for publishers without one. */
  messageId?: string;
}

/** Delivers posts. Throwing means "not delivered": the post stays in the outbox and is retried. */
export interface Publisher {
  publish(post: import('./core/model.ts').Post): Promise<PublishReceipt>;
  /** Replaces a delivered post (a story gained "also reported by" entries), e.g. edits the Discord message. */
  update(post: import('./core/model.ts').Post, receipt: PublishReceipt): Promise<void>;
}

/** The article behind an item's link, extracted to readable text. */
export interface ArticleText {
  /** Final URL after redirects. */
  url: string;
  title?: string;
  /** Paragraphs separated by blank lines, boilerplate ("Baca juga:", share bars) left to the summariser. */
  text: string;
  /** The page's lead image (og:image), absolute. */
  imageUrl?: string;
  /** The page's own language tag (html lang), when it has one. */
  lang?: string;
}

/**
 * Fetches an item's article page and extracts its text. Throws FetchError (network, status,
 * refused address, too big) or ParseError (not HTML, no readable article); the caller then
 * falls back to the feed's text.
 */
export interface ArticleFetcher {
  fetchArticle(url: string, signal?: AbortSignal): Promise<ArticleText>;
}

/** What a summariser gets: the story's texts, first report first. */
export interface SummaryRequest {
  title: string;
  texts: string[];
  lang: import('./core/model.ts').Lang;
  /** Topic profile term weights (key -> weight), for re-ranking sentences by the topic. */
  weights?: ReadonlyMap<string, number>;
}

/** Writes a story's summary: 2-3 sentences in the article's language, plain text. */
export interface Summarizer {
  summarize(request: SummaryRequest): Promise<string>;
}
