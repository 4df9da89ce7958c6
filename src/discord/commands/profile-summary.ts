import type { TopicProfile } from '../../core/model.ts';
import { namesNote } from '../../core/profile/describe-profile.ts';
import { listLines } from './reply-format.ts';

// How a topic profile reads in Discord: what every on-topic item must name (the concepts) and
// the strongest evidence (the top terms), the two things a person tuning a topic looks at.

export function conceptLines(profile: TopicProfile): string {
  if (profile.concepts.length === 0) return 'none: the score alone decides';
  // A keyword concept's own labels are stems ("heavi booster"); the learned terms carry the words as written.
  const termLabels = new Map(profile.terms.map((t) => [t.key, t.label]));
  return listLines(
    profile.concepts.map((c) => {
      const labels = c.keys.length > 0 ? c.keys.map((key, i) => termLabels.get(key) ?? c.labels[i] ?? key) : c.labels;
      return `• **${c.name}**: ${labels.slice(0, 8).join(', ')}${labels.length > 8 ? ', …' : ''}${namesNote(profile, c)}`;
    }),
    1_000,
  );
}

export function topTermLines(profile: TopicProfile, count: number): string {
  const top = profile.terms.slice(0, count).map((t) => `\`${t.weight.toFixed(2).padStart(5)}\` ${t.label}`);
  if (top.length === 0) return 'none';
  const more = profile.terms.length - top.length;
  return listLines(more > 0 ? [...top, `… and ${more} more`] : top, 1_000);
}
