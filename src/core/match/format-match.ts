import type { Match } from '../model.ts';

/** A match as lines a person reads: decision, score, reason, concepts and the terms that decided it (CLI `explain`, `/topic explain`). */
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
