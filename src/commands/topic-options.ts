import { loadTopicFiles, type LoadedTopic } from '../topics/load-topic.ts';

/** Options every matching command shares: which topic to match against. */
export const topicOptionSpec = {
  seeds: { type: 'string' },
  tuning: { type: 'string' },
  profile: { type: 'string' },
  name: { type: 'string' },
  feedback: { type: 'string' },
} as const;

/** The topic the options name (see loadTopicFiles): the default topic when none is named. */
export function resolveTopic(values: { seeds?: string; tuning?: string; profile?: string; name?: string; feedback?: string }): LoadedTopic {
  return loadTopicFiles(values);
}
