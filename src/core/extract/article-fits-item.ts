import type { FeedItem } from '../model.ts';

/** Title words shorter than this are too common to witness anything ("di", "the", "and"). */
const MIN_WORD_LENGTH = 4;
/** Share of the title's words the page must contain to be the item's article. */
const MIN_TITLE_COVERAGE = 0.5;

/**
 * Whether extracted page text is the item's article and not a consent wall, a paywall teaser or
 * a front page the link redirected to: a real article repeats most of its headline's words. A
 * title too short to judge (fewer than two long words) is given the benefit of the doubt.
 */
export function articleFitsItem(item: Pick<FeedItem, 'title'>, articleText: string): boolean {
  const words = new Set(item.title.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length >= MIN_WORD_LENGTH) ?? []);
  if (words.size < 2) return true;
  const text = new Set(articleText.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let found = 0;
  for (const word of words) if (text.has(word)) found += 1;
  return found / words.size >= MIN_TITLE_COVERAGE;
}
