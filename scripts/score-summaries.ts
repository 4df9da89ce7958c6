// Scores newshound's extractive summaries against the human reference summaries in
// ../shared/eval/summaries/ (200 Indonesian IndoSum articles, 200 English CNN/DailyMail
// stories; read in place) with ROUGE-1/2/L F1 (src/core/summarize/rouge.ts says how: lower-cased
// letter/digit tokens, Porter stems for English only, summary-level LCS), beside lead-3 (the
// article's first three sentences as our splitter cuts them), per language.
// Summaries are scored with no topic profile and with the default topic's, under each way of
// weighing the topic bonus (`TOPIC_BONUS_MODES`); the README's choice of mode cites this table.
// It also counts summaries that open with a dateline or a sentence pointing back at one left out.
//   node --import tsx scripts/score-summaries.ts [--show N]   (N: print N summaries per set)
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { loadTopic } from '../src/adapters/topic-files.ts';
import { scoreSummarySet, type SummaryRow, type SummarySystem } from '../src/core/summarize/score-summary-set.ts';
import { TOPIC_BONUS_MODES, SUMMARIZE_DEFAULTS } from '../src/core/summarize/summarize-story.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SETS_DIR = fileURLToPath(new URL('../../shared/eval/summaries/', import.meta.url));
const SUMMARY_SETS = [
  { name: 'Indonesian (IndoSum dev)', file: `${SETS_DIR}indosum-dev-200.jsonl` },
  { name: 'English (CNN/DailyMail test)', file: `${SETS_DIR}cnndm-test-200.jsonl` },
];
const readSummarySet = (file: string): SummaryRow[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as SummaryRow);

const show = Number(process.argv[process.argv.indexOf('--show') + 1] || 0);
const lexicon = loadLexicon();
const background = loadBackground();
const { prepared } = loadTopic();

const systems: SummarySystem[] = [
  { name: 'lead-3', kind: 'lead', count: 3 },
  { name: 'newshound, no profile', kind: 'newshound' },
  ...TOPIC_BONUS_MODES.map((mode): SummarySystem => ({
    name: `newshound, default topic, bonus ${mode}${mode === SUMMARIZE_DEFAULTS.topicBonus ? ' (default)' : ''}`,
    kind: 'newshound',
    weights: prepared.weights,
    options: { topicBonus: mode },
  })),
];

const fmt = (n: number) => n.toFixed(1).padStart(5);
for (const set of SUMMARY_SETS) {
  const rows = readSummarySet(set.file);
  console.log(`\n${set.name}: ${rows.length} articles (${set.file.replace(/.*\/shared\//, '../shared/')})`);
  console.log(`${'system'.padEnd(52)}   R-1   R-2   R-L  datelines  back-refs  sentences  chars`);
  for (const system of systems) {
    const result = scoreSummarySet(rows, system, lexicon, background);
    const m = result.mean;
    console.log(
      `${system.name.padEnd(52)} ${fmt(m.rouge1)} ${fmt(m.rouge2)} ${fmt(m.rougeL)}  ${String(result.datelineStarts.length).padStart(9)}  ${String(result.backReferenceStarts.length).padStart(9)}  ${result.meanSentences.toFixed(2).padStart(9)}  ${result.meanChars.toFixed(0).padStart(5)}`,
    );
    for (const d of result.datelineStarts.slice(0, 5)) console.log(`    dateline: ${d.slice(0, 100)}`);
    for (const d of result.backReferenceStarts.slice(0, 5)) console.log(`    back-ref: ${d.slice(0, 100)}`);
    if (show > 0 && system.kind === 'newshound' && system.weights === undefined) {
      for (const s of result.summaries.slice(0, show)) console.log(`  - ${s.id}\n    ${s.sentences.join('\n    ')}`);
    }
  }
}
