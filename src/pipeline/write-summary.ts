import type { WrittenSummary } from '../core/deliver/build-post.ts';
import { articleFitsItem } from '../core/extract/article-fits-item.ts';
import type { FeedItem, Match } from '../core/model.ts';
import type { ArticleFetcher, ArticleText, Logger, Summarizer } from '../ports.ts';

export interface SummaryPorts {
  /** Fetches the item's article page (config `articles.fetch`); absent: the feed's text is summarised. */
  articles?: ArticleFetcher;
  summarizer: Summarizer;
  logger: Logger;
}

/**
 * The summary of a story's first report, written before its post is built: from the article
 * itself when it can be fetched and is the item's article, else from the feed's content or
 * description. One fetch per posted story; a failed fetch costs the post nothing but detail.
 */
export async function writeSummary(
  item: FeedItem,
  match: Match,
  weights: ReadonlyMap<string, number> | undefined,
  ports: SummaryPorts,
): Promise<WrittenSummary> {
  const article = ports.articles && item.link ? await fetchArticle(ports.articles, item, ports.logger) : undefined;
  // A page shorter than the feed's own text (a teaser, a gallery) adds nothing.
  const text = article !== undefined && article.text.length > item.summary.length ? article.text : item.summary;
  const summary = await ports.summarizer.summarize({ title: item.title, texts: [text], lang: match.lang, ...(weights ? { weights } : {}) });
  return { summary, ...(article?.imageUrl ? { imageUrl: article.imageUrl } : {}) };
}

async function fetchArticle(articles: ArticleFetcher, item: FeedItem, logger: Logger): Promise<ArticleText | undefined> {
  try {
    const article = await articles.fetchArticle(item.link!);
    if (articleFitsItem(item, article.text)) return article;
    logger.info({ link: item.link }, 'the page does not look like the item\'s article (a consent wall or front page?); summarising the feed text');
  } catch (error) {
    logger.info({ link: item.link, error: error instanceof Error ? error.message : String(error) }, 'article not fetched; summarising the feed text');
  }
  return undefined;
}
