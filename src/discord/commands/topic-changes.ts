import type { TopicSettings } from '../../control/topic-settings.ts';
import { termKey } from '../../core/profile/apply-tuning.ts';
import type { Lexicon } from '../../core/text/lexicon.ts';
import type { CommandContext } from './command-types.ts';

// Writes to a topic's Discord settings. The cycle re-prepares a topic when its settings'
// `updatedAt` changes, so each write must move that stamp forward even when two changes land
// in the same millisecond (or the clock steps back): otherwise the cycle keeps the old profile.

export async function changeTopic(context: CommandContext, name: string, userId: string, change: (settings: TopicSettings) => void): Promise<TopicSettings> {
  const previous = await context.topics.get(name);
  const now = context.clock.now();
  const last = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous.updatedAt);
  const at = Number.isFinite(last) && now.getTime() <= last ? new Date(last + 1) : now;
  return context.topics.update(name, change, at, userId);
}

/** Tuning terms (boost names or exclusions) that tune `key`, whichever spelling was used. */
export function termsFor(terms: Iterable<string>, key: string, lexicon: Lexicon): string[] {
  return [...terms].filter((term) => termKey(term, lexicon) === key);
}
