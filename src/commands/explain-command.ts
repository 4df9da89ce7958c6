import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../core/errors.ts';
import { matchItem } from '../core/match/match-item.ts';
import type { Match } from '../core/model.ts';
import type { CommandIo } from './io.ts';
import { resolveTopic, topicOptionSpec } from './topic-options.ts';

export const explainUsage = 'newshound explain (--text "..." | --file FILE) [--title "..."] [--json] [--seeds DIR | --profile FILE] [--tuning FILE]';

export function explainCommand(args: string[], io: CommandIo): number {
  const { values } = parseArgs({
    args,
    options: { text: { type: 'string' }, file: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean' }, ...topicOptionSpec },
  });
  if ((values.text === undefined) === (values.file === undefined)) throw new ConfigError(`explain: give exactly one of --text or --file\nusage: ${explainUsage}`);
  const body = values.text ?? readFileSync(values.file!, 'utf8');
  const prepared = resolveTopic(values);
  const match = matchItem({ id: 'explain', title: values.title ?? '', summary: body }, prepared);
  io.stdout(values.json ? JSON.stringify(match) : formatMatch(match, prepared.profile.name));
  return 0;
}

export function formatMatch(match: Match, topic: string): string {
  const lines = [
    `topic:    ${topic}`,
    `decision: ${match.decision ? 'ON-TOPIC' : 'off-topic'}`,
    `score:    ${match.score}`,
    `language: ${match.lang}`,
    `reason:   ${match.reason}`,
    'concepts:',
    ...match.concepts.map((c) => `  ${c.matched.length > 0 ? '✓' : '✗'} ${c.name}${c.matched.length > 0 ? `: ${c.matched.join(', ')}` : ''}`),
    'terms that decided it (weight; a side\'s own name counts for its concept, not the score):',
    ...(match.terms.length > 0
      ? match.terms.slice(0, 20).map((t) => `  ${t.label.padEnd(28)} ${t.weight.toFixed(2)}${t.scored ? '' : '  (side)'}`)
      : ['  none']),
  ];
  if (match.terms.length > 20) lines.push(`  … and ${match.terms.length - 20} more`);
  return lines.join('\n');
}
