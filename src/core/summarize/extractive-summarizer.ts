import type { SummaryRequest, Summarizer } from '../../ports.ts';
import type { Background } from '../profile/background.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { summarizeStory } from './summarize-story.ts';

/**
 * The offline summariser behind the `Summarizer` port: `summarizeStory` over the story's texts.
 * It is the default and the fallback of the LLM one, so it never throws. It returns nothing
 * when no sentence can stand as a summary (the text's only one points back at what it left out,
 * "Hal itu dikatakan ..."): the text itself would open with that sentence, so nothing stands in.
 */
export function createExtractiveSummarizer(lexicon: Lexicon, background: Background): Summarizer {
  return {
    async summarize(request: SummaryRequest): Promise<string> {
      return summarizeExtractive(request, lexicon, background);
    },
  };
}

export function summarizeExtractive(request: SummaryRequest, lexicon: Lexicon, background: Background): string {
  return summarizeStory({ texts: request.texts, lang: request.lang, weights: request.weights }, lexicon, background).text;
}
