import type { TopicSettings } from '../../control/topic-settings.ts';
import { termKey } from '../../core/profile/apply-tuning.ts';
import type { Lexicon } from '../../core/text/lexicon.ts';
import type { CommandContext } from './command-types.ts';

/**
 * Writes to a topic's Discord settings, atomically (TopicSettingsBook.update holds the store's
 * lock and moves `updatedAt` forward, which is how the cycle sees the change). `change` sees the
 * settings as stored now, so checks made inside it cannot be overtaken by another command.
 */
export function changeTopic(
  context: CommandContext,
  name: string,
  userId: string,
  change: (settings: TopicSettings, all: Readonly<Record<string, TopicSettings>>) => void,
): Promise<TopicSettings> {
  return context.topics.update(name, change, context.clock.now(), userId);
}

/** Tuning terms (boost names or exclusions) that tune `key`, whichever spelling was used. */
export function termsFor(terms: Iterable<string>, key: string, lexicon: Lexicon): string[] {
  return [...terms].filter((term) => termKey(term, lexicon) === key);
}
