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
