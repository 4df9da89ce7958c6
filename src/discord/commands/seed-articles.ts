import type { NamedSeed } from '../../core/profile/learn-profile.ts';
import { cleanSeedText } from '../../core/profile/clean-seed.ts';
import type { ArticleFetcher } from '../../ports.ts';
import { describeFetchFailure } from './fetch-failure.ts';

// Seed article URLs → cleaned seeds, the same text a hand-copied seed file gives after
// cleanSeedText. Pages are fetched through the ArticleFetcher, i.e. the real HttpFetcher with
// its private-address refusal, timeouts and size caps: a seed URL is a stranger's URL too.

export type StoredSeed = NamedSeed & { url: string };

export interface SeedFetchResult {
  seeds: StoredSeed[];
  failures: Array<{ url: string; reason: string }>;
}

export async function fetchSeeds(urls: readonly string[], articles: ArticleFetcher): Promise<SeedFetchResult> {
  const outcomes = await Promise.all(urls.map((url) => fetchSeed(url, articles)));
  return {
    seeds: outcomes.flatMap((o) => ('seed' in o ? [o.seed] : [])),
    failures: outcomes.flatMap((o) => ('reason' in o ? [{ url: o.url, reason: o.reason }] : [])),
  };
}

async function fetchSeed(url: string, articles: ArticleFetcher): Promise<{ seed: StoredSeed } | { url: string; reason: string }> {
  let article;
  try {
    article = await articles.fetchArticle(url);
  } catch (error) {
    const reason = describeFetchFailure(error);
    if (reason === undefined) throw error;
    return { url, reason };
  }
  const seed = cleanSeedText(article.title ? `${article.title}\n${article.text}` : article.text);
  if (seed.body.trim() === '') return { url, reason: 'no article text was left once the page furniture was removed' };
  // The removed lines are kept out of the store: they only explain a cleaning, and a topic's
  // settings are read every cycle.
  return { seed: { name: url, url, seed: { title: seed.title, body: seed.body, removed: [] } } };
}
