import { parseArgs } from 'node:util';
import { formatEvalReport } from '../core/eval/format-report.ts';
import { scoreEvaluation, type EvalResult } from '../core/eval/metrics.ts';
import { TOPIC_MEMORY_CUTS } from '../core/match/topic-memory.ts';
import { decideWithMemory } from '../core/match/replay-with-memory.ts';
import type { CommandIo } from './io.ts';
import { resolveTopic, topicOptionSpec } from './topic-options.ts';
import { topicHeader } from '../topics/load-topic.ts';
import { readEvalFile } from './read-eval-file.ts';

export const evalUsage = 'newshound eval --data FILE.jsonl [--json] [--no-memory] [--seeds DIR | --profile FILE] [--tuning FILE] [--name NAME] [--feedback FILE]';

export function evalCommand(args: string[], io: CommandIo): number {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, json: { type: 'boolean' }, 'no-memory': { type: 'boolean' }, ...topicOptionSpec } });
  const items = readEvalFile(values.data);
  const topic = resolveTopic(values);
  const { prepared } = topic;
  const started = performance.now();
  // As the worker decides its feeds: in published order, each item with the topic's memory of what
  // it matched before (src/core/match/topic-memory.ts); --no-memory: the profile alone.
  const matches = decideWithMemory(items, prepared, new Date(), values['no-memory'] === true ? null : TOPIC_MEMORY_CUTS);
  const results: EvalResult[] = items.map((item, i) => {
    const match = matches[i]!;
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
