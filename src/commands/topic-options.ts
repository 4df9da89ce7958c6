import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.ts';
import { prepareProfile, type PreparedProfile } from '../core/match/match-item.ts';
import type { TopicProfile } from '../core/model.ts';
import { loadLexicon } from '../adapters/lexicon-files.ts';
import { loadTopic } from '../adapters/topic-files.ts';

/** Options every matching command shares: which topic to match against. */
export const topicOptionSpec = {
  seeds: { type: 'string' },
  tuning: { type: 'string' },
  profile: { type: 'string' },
} as const;

/**
 * The topic a command matches against: a saved profile file (`--profile`), or one learned
 * from a seed directory (`--seeds`, default config/seeds) with its tuning file merged in,
 * exactly as the running bot loads it.
 */
export function resolveTopic(values: { seeds?: string; tuning?: string; profile?: string }): PreparedProfile {
  if (values.profile !== undefined) {
    let profile: TopicProfile;
    try {
      profile = JSON.parse(readFileSync(values.profile, 'utf8')) as TopicProfile;
    } catch (error) {
      throw new ConfigError(`${values.profile}: cannot read profile: ${(error as Error).message}`, { cause: error });
    }
    if (profile.format !== 'newshound-profile/1') throw new ConfigError(`${values.profile}: format: expected "newshound-profile/1"`);
    return prepareProfile(profile, loadLexicon());
  }
  return loadTopic({ seedsDir: values.seeds, tuningFile: values.tuning }).prepared;
}
