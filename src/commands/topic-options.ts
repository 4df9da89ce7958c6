// Which topic a command matches against; resolveTopic lives with the other topic files.
export { resolveTopic } from '../adapters/topic-files.ts';

/** Options every matching command shares: which topic to match against. */
export const topicOptionSpec = {
  seeds: { type: 'string' },
  tuning: { type: 'string' },
  profile: { type: 'string' },
} as const;
