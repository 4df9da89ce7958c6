// Scores newshound's extractive summaries against the human reference summaries in
// ../shared/eval/summaries/ (200 Indonesian IndoSum articles, 200 English CNN/DailyMail
// stories; read in place) with ROUGE-1/2/L F1 (src/core/summarize/rouge.ts says how: lower-cased
// letter/digit tokens, Porter stems for English only, summary-level LCS), beside lead-3 (the
// article's first three sentences as our splitter cuts them), per language.
//
// Default: the table. Summaries are scored with no topic profile and with the default topic's
// under each way of weighing the topic bonus (`TOPIC_BONUS_MODES`; the default is the best); it
// also counts summaries that open with a dateline or a sentence pointing back at one left out.
// --sweep: ROUGE per language for each value of the lead prior's decay (`positionDecay`), no
// profile; the default is the value with the best ROUGE-1 averaged over the two languages.
//   node --import tsx scripts/score-summaries.ts [--show N] [--sweep]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { loadTopic } from '../src/adapters/topic-files.ts';
import { scoreSummarySet, type SummaryRow, type SummarySystem } from '../src/core/summarize/score-summary-set.ts';
import { SUMMARIZE_DEFAULTS, TOPIC_BONUS_MODES } from '../src/core/summarize/summarize-story.ts';

const SETS_DIR = fileURLToPath(new URL('../../shared/eval/summaries/', import.meta.url));
const SUMMARY_SETS = [
  { name: 'Indonesian (IndoSum dev)', file: `${SETS_DIR}indosum-dev-200.jsonl` },
  { name: 'English (CNN/DailyMail test)', file: `${SETS_DIR}cnndm-test-200.jsonl` },
];
const SWEEP_DECAYS = [1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8];

const readSummarySet = (file: string): SummaryRow[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as SummaryRow);
const fmt = (n: number) => n.toFixed(1).padStart(5);

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt === -1 ? 0 : Number(args[showAt + 1] ?? 0);
const lexicon = loadLexicon();
const background = loadBackground();
const sets = SUMMARY_SETS.map((set) => ({ ...set, rows: readSummarySet(set.file) }));

if (args.includes('--sweep')) sweep();
else table();

function table(): void {
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
  for (const set of sets) {
    console.log(`\n${set.name}: ${set.rows.length} articles (${set.file.replace(/.*\/shared\//, '../shared/')})`);
    console.log(`${'system'.padEnd(52)}   R-1   R-2   R-L  datelines  back-refs  sentences  chars`);
    for (const system of systems) {
      const result = scoreSummarySet(set.rows, system, lexicon, background);
      const m = result.mean;
      const counts = `${String(result.datelineStarts.length).padStart(9)}  ${String(result.backReferenceStarts.length).padStart(9)}`;
      console.log(`${system.name.padEnd(52)} ${fmt(m.rouge1)} ${fmt(m.rouge2)} ${fmt(m.rougeL)}  ${counts}  ${result.meanSentences.toFixed(2).padStart(9)}  ${result.meanChars.toFixed(0).padStart(5)}`);
      for (const d of result.datelineStarts.slice(0, 5)) console.log(`    dateline: ${d.slice(0, 100)}`);
      for (const d of result.backReferenceStarts.slice(0, 5)) console.log(`    back-ref: ${d.slice(0, 100)}`);
      if (show > 0 && system.kind === 'newshound' && system.weights === undefined) {
        for (const s of result.summaries.slice(0, show)) console.log(`  - ${s.id}\n    ${s.sentences.join('\n    ')}`);
      }
    }
  }
}

function sweep(): void {
  console.log(`positionDecay (no profile): ROUGE-1/2/L per set, mean ROUGE-1 of the two; default ${SUMMARIZE_DEFAULTS.positionDecay}`);
  console.log(`${'decay'.padEnd(7)}${sets.map((s) => s.name.padEnd(32)).join('')}mean R-1`);
  let best = { decay: NaN, mean: -Infinity };
  for (const positionDecay of SWEEP_DECAYS) {
    const means = sets.map((set) => scoreSummarySet(set.rows, { name: 'n', kind: 'newshound', options: { positionDecay } }, lexicon, background).mean);
    const meanR1 = means.reduce((n, m) => n + m.rouge1, 0) / means.length;
    if (meanR1 > best.mean) best = { decay: positionDecay, mean: meanR1 };
    const cells = means.map((m) => `${fmt(m.rouge1)} ${fmt(m.rouge2)} ${fmt(m.rougeL)}`.padEnd(32)).join('');
    console.log(`${String(positionDecay).padEnd(7)}${cells}${meanR1.toFixed(2)}`);
  }
  console.log(`best: positionDecay ${best.decay} (mean ROUGE-1 ${best.mean.toFixed(2)})`);
}
