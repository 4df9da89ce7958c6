// The ROUGE gate: on the 200 Indonesian (IndoSum) and 200 English (CNN/DailyMail) articles with
// human summaries in ../shared/eval/summaries/, newshound's summaries may not fall below lead-3
// by more than 0.5 ROUGE-1, with no topic profile or with the default topic's (as deployed), and
// none of the 400 may open with a dateline or with a sentence pointing back at one left out.
// scripts/score-summaries.ts prints the full table.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { loadTopic } from '../../../src/adapters/topic-files.ts';
import { scoreSummarySet, type SummaryRow, type SummarySystem } from '../../../src/core/summarize/score-summary-set.ts';
import { SHARED_DIR, hasSharedEval, sayWhySkipped } from '../../helpers/shared-data.ts';

const SETS = [
  { lang: 'id', file: `${SHARED_DIR}eval/summaries/indosum-dev-200.jsonl` },
  { lang: 'en', file: `${SHARED_DIR}eval/summaries/cnndm-test-200.jsonl` },
] as const;
const available = hasSharedEval && SETS.every((s) => existsSync(s.file));
if (!available) sayWhySkipped('summaries vs lead-3 (ROUGE against ../shared/eval/summaries/)');

/** How far below lead-3 (ROUGE-1 F1, in points) the summariser may fall. */
const MAX_ROUGE1_DEFICIT = 0.5;

describe.skipIf(!available)('summaries against human references, beside lead-3', () => {
  const lexicon = loadLexicon();
  const background = loadBackground();
  const { prepared } = loadTopic();
  const lead3: SummarySystem = { name: 'lead-3', kind: 'lead', count: 3 };
  const systems: SummarySystem[] = [
    { name: 'no profile', kind: 'newshound' },
    { name: 'default topic', kind: 'newshound', weights: prepared.weights },
  ];

  describe.each(SETS)('$lang', ({ file }) => {
    // Read only when the sets are there: vitest collects a skipped describe's body too.
    const rows = available ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as SummaryRow) : [];
    const baseline = scoreSummarySet(rows, lead3, lexicon, background);

    it('holds 200 articles', () => {
      expect(rows).toHaveLength(200);
    });

    it.each(systems)('$name: ROUGE-1 within 0.5 of lead-3, no dateline or pointing-back opener', (system) => {
      const result = scoreSummarySet(rows, system, lexicon, background);
      const deficit = baseline.mean.rouge1 - result.mean.rouge1;
      expect(deficit, `ROUGE-1 ${result.mean.rouge1.toFixed(1)} vs lead-3 ${baseline.mean.rouge1.toFixed(1)}`).toBeLessThanOrEqual(MAX_ROUGE1_DEFICIT);
      expect(result.datelineStarts).toEqual([]);
      expect(result.backReferenceStarts).toEqual([]);
      expect(result.summaries.every((s) => s.sentences.length > 0)).toBe(true);
    });
  });
});
