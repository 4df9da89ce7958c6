// Plain, serialisable data shared by the pipeline stages.

export type Lang = 'id' | 'en';

/** One news item as the matcher sees it: a title plus a summary or body. */
export interface NewsItem {
  id: string;
  title: string;
  summary: string;
  lang?: Lang;
  link?: string;
  source?: string;
  published?: string;
}

/** A seed article after its page noise has been stripped. */
export interface CleanSeed {
  title: string;
  body: string;
  /** Lines dropped as noise, kept so a test (or a curious user) can see what went. */
  removed: string[];
}

export type TermKind = 'entity' | 'phrase' | 'word';

/** One weighted piece of evidence for a topic. */
export interface ProfileTerm {
  key: string;
  label: string;
  kind: TermKind;
  weight: number;
  /** In how many seeds it occurs. */
  seeds: number;
}

/**
 * A side of the topic that every on-topic item must name: the seeds all share it, e.g. a
 * North Korea side and a Russia side. Any of its countries (through any alias, person or
 * place of that country) or any of its keys satisfies it.
 */
export interface ProfileConcept {
  name: string;
  countries: string[];
  keys: string[];
  labels: string[];
}

export interface TopicProfile {
  format: 'newshound-profile/1';
  name: string;
  seeds: Array<{ name: string; title: string; lang: Lang }>;
  terms: ProfileTerm[];
  concepts: ProfileConcept[];
  /** Keys that reject an item outright (from tuning). */
  excluded: Array<{ key: string; label: string }>;
  /** Decision threshold on the score. */
  threshold: number;
  /**
   * Weight of a typical strong topic term (mean of the ten strongest terms that are not the
   * concepts' own country names); a score is theme evidence in these units, so 1.0 reads
   * "about one strong topic word besides naming the sides", whatever the topic.
   */
  unit: number;
  /**
   * The country of publication when the topic happens there (the seeds' headline parts name it,
   * through its places, people or institutions, and no other country): an item naming only
   * other countries is news from abroad, not the topic (learn-concepts.ts homeCountry).
   */
  home?: string;
}

export interface MatchedTerm {
  key: string;
  label: string;
  weight: number;
  /** False for a side's own country name: it satisfies a concept but adds nothing to the score. */
  scored: boolean;
}

export interface Match {
  score: number;
  decision: boolean;
  lang: Lang;
  terms: MatchedTerm[];
  concepts: Array<{ name: string; matched: string[] }>;
  reason: string;
  /**
   * Why the profile turned the item down, when it did: what may overrule that (the topic memory
   * takes only 'missing' and 'low-score') is read here, never from the reason's wording.
   */
  turnedDown?: 'excluded' | 'abroad' | 'missing' | 'low-score';
}

/** A configured news feed. */
export interface FeedSource {
  /** Stable id used in state keys; derived from the name or URL by config loading. */
  id: string;
  url: string;
  name: string;
  language?: Lang;
  headers?: Record<string, string>;
}

/** A feed as parsed, before normalising: RSS 2.0, Atom and RDF all end up in this shape. */
export interface RawFeed {
  title?: string;
  link?: string;
  /** RSS <ttl>, minutes. */
  ttlMinutes?: number;
  items: RawItem[];
}

export interface RawItem {
  guid?: string;
  link?: string;
  title?: string;
  /** Full content (content:encoded, Atom content), HTML. */
  contentHtml?: string;
  /** Description / Atom summary, HTML. */
  summaryHtml?: string;
  /** Date string as the feed wrote it (pubDate, dc:date, updated, published). */
  published?: string;
  imageUrl?: string;
  author?: string;
  categories?: string[];
}

/** A normalised feed item: what the rest of the pipeline works on. */
export interface FeedItem extends NewsItem {
  /** Stable identity (see normalize/item-key.ts): canonical link, else guid, else hash of title+date. */
  key: string;
  feedId: string;
  /** Canonical URL: tracking parameters and fragment removed. */
  link?: string;
  /** ISO 8601 with offset; absent when the feed gave no usable date. */
  published?: string;
  imageUrl?: string;
}

/** What the pipeline hands a publisher: one story for one topic, as plain data. */
export interface Post {
  /** Stable: `<topic>:<item key>`; a publisher can use it to refuse a second copy. */
  id: string;
  topic: string;
  itemKey: string;
  title: string;
  url?: string;
  source: string;
  /** ISO 8601 (UTC) and as shown in the configured time zone. */
  published?: string;
  publishedLocal?: string;
  summary: string;
  imageUrl?: string;
  lang: Lang;
  score: number;
  /** The strongest matched terms, for the footer. */
  terms: string[];
  /** The story this post stands for (see dedup/): later reports update the post, not repeat it. */
  storyId?: string;
  /** Other outlets' reports of the same story, added after the first post. */
  alsoReportedBy?: Array<{ source: string; title: string; url?: string }>;
}

/** Why an item was or was not posted. */
export type DecisionKind = 'queued' | 'same-story' | 'baseline' | 'duplicate' | 'too-old' | 'off-topic';

export interface ItemDecision {
  itemKey: string;
  feedId: string;
  title: string;
  kind: DecisionKind;
  /** Topic it was queued for, or the best-scoring topic when off-topic. */
  topic?: string;
  score?: number;
  reason: string;
}
