import type { TopicConfig } from '../config/schema.ts';
import type { TopicMatcher } from '../core/select/select-items.ts';
import { resolveTopic } from './topic-files.ts';

/** Learns (or reads) every configured topic once, at start-up. */
export function loadConfiguredTopics(topics: readonly TopicConfig[]): TopicMatcher[] {
  return topics.map((topic) => {
    const prepared = resolveTopic({ seeds: topic.seeds, tuning: topic.tuning, profile: topic.profile });
    // The configured name wins over the name stored in a profile file.
    return { name: topic.name, prepared: { ...prepared, profile: { ...prepared.profile, name: topic.name } } };
  });
}
