// Scores a summariser over a reference set (articles with human summaries): ROUGE per article,
// averaged, and the openings an editor would not keep (a dateline, a sentence pointing back at
// one that was left out). Shared by scripts/score-summaries.ts and the test that holds the
// summariser to lead-3.
import type { Lang } from '../model.ts';
import type { Background } from '../profile/background.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { backPointer } from './back-pointers.ts';
import { opensWithDateline } from './boilerplate.ts';
import { meanRouge, rouge, type RougeScores } from './rouge.ts';
import { splitSentences } from './split-sentences.ts';
import { summarizeStory, type SummarizeOptions } from './summarize-story.ts';

export interface SummaryRow {
  id: string;
  lang: Lang;
  article: string;
  reference: string;
  reference_sents: string[];
}

export type SummarySystem =
  | { name: string; kind: 'lead'; count: number }
  | { name: string; kind: 'newshound'; weights?: ReadonlyMap<string, number>; options?: SummarizeOptions };

export interface SummarySetResult {
  mean: RougeScores;
  summaries: Array<{ id: string; sentences: string[]; scores: RougeScores }>;
  /** Summaries whose first sentence opens with a dateline. */
  datelineStarts: string[];
  /** Summaries that open with a sentence pointing back at one left out. */
  backReferenceStarts: string[];
  meanSentences: number;
  meanChars: number;
}

export function summarizeRow(row: SummaryRow, system: SummarySystem, lexicon: Lexicon, background: Background): string[] {
  if (system.kind === 'lead') return splitSentences(row.article, row.lang).slice(0, system.count);
  return summarizeStory({ texts: [row.article], lang: row.lang, weights: system.weights }, lexicon, background, system.options).sentences;
}

export function scoreSummarySet(rows: readonly SummaryRow[], system: SummarySystem, lexicon: Lexicon, background: Background): SummarySetResult {
  const summaries = rows.map((row) => {
    const sentences = summarizeRow(row, system, lexicon, background);
    return { id: row.id, sentences, scores: rouge(sentences, row.reference_sents, row.lang) };
  });
  const openers = summaries.map((s, i) => ({ first: s.sentences[0] ?? '', row: rows[i]! }));
  const datelineStarts = openers.filter((o) => opensWithDateline(o.first)).map((o) => o.first);
  // An opening sentence points back at one left out, unless it is a pronoun that may point
  // forward and the article's own first sentence.
  const backReferenceStarts = openers
    .filter((o) => {
      const pointer = backPointer(o.first, o.row.lang);
      return pointer === 'always' || (pointer === 'unless-first' && !splitSentences(o.row.article, o.row.lang)[0]?.endsWith(o.first));
    })
    .map((o) => o.first);
  const n = Math.max(1, summaries.length);
  return {
    mean: meanRouge(summaries.map((s) => s.scores)),
    summaries,
    datelineStarts,
    backReferenceStarts,
    meanSentences: summaries.reduce((k, s) => k + s.sentences.length, 0) / n,
    meanChars: summaries.reduce((k, s) => k + s.sentences.join(' ').length, 0) / n,
  };
}
