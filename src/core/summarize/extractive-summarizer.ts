import type { SummaryRequest, Summarizer } from '../../ports.ts';
import type { Background } from '../profile/background.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { summarizeStory } from './summarize-story.ts';

/**
 * The offline summariser behind the `Summarizer` port: `summarizeStory` over the story's texts.
 * It is the default and the fallback of the LLM one, so it never throws and never returns
 * nothing while a text has words (the first text's opening stands in).
 */
export function createExtractiveSummarizer(lexicon: Lexicon, background: Background): Summarizer {
  return {
    async summarize(request: SummaryRequest): Promise<string> {
      return summarizeExtractive(request, lexicon, background);
    },
  };
}

export function summarizeExtractive(request: SummaryRequest, lexicon: Lexicon, background: Background): string {
  const texts = request.texts.filter((t) => t.trim() !== '');
  if (texts.length === 0) return '';
  const summary = summarizeStory({ texts, lang: request.lang, weights: request.weights }, lexicon, background).text;
  return summary || texts[0]!.trim();
}
