import { parseArgs } from 'node:util';
import { formatEvalReport } from '../core/eval/format-report.ts';
import { scoreEvaluation, type EvalResult } from '../core/eval/metrics.ts';
import { matchItem } from '../core/match/match-item.ts';
import type { CommandIo } from './io.ts';
import { resolveTopic, topicOptionSpec } from './topic-options.ts';
import { topicHeader } from '../topics/load-topic.ts';
import { readEvalFile } from './read-eval-file.ts';

export const evalUsage = 'newshound eval --data FILE.jsonl [--json] [--seeds DIR | --profile FILE] [--tuning FILE] [--name NAME] [--feedback FILE]';

export function evalCommand(args: string[], io: CommandIo): number {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, json: { type: 'boolean' }, ...topicOptionSpec } });
  const items = readEvalFile(values.data);
  const topic = resolveTopic(values);
  const { prepared } = topic;
  const started = performance.now();
  const results: EvalResult[] = items.map((item) => {
    const match = matchItem(item, prepared);
    return { id: item.id, label: item.label, score: match.score, decision: match.decision, lang: item.lang ?? match.lang };
  });
  const elapsedMs = performance.now() - started;
  const report = scoreEvaluation(results);
  if (values.json) {
    const { n, tp, fp, fn, tn, precision, recall, f1, cnorm, errors, byLang } = report;
    const about = { topic: topic.name, source: topic.source, tuning: topic.tuningFile ?? null };
    io.stdout(JSON.stringify({ n, tp, fp, fn, tn, precision, recall, f1, cnorm, errors, byLang, elapsedMs: Math.round(elapsedMs), ...about }));
  } else {
    io.stdout(`topic: ${topicHeader(topic)}\n${formatEvalReport(report, elapsedMs)}`);
  }
  return 0;
}
