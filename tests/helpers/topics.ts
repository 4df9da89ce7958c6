import { fileURLToPath } from 'node:url';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../../src/adapters/topic-files.ts';
import { DEFAULT_SEEDS_DIR } from '../../src/adapters/project-paths.ts';
import { prepareProfile, type PreparedProfile } from '../../src/core/match/match-item.ts';
import { learnProfile, type NamedSeed } from '../../src/core/profile/learn-profile.ts';
import type { TopicProfile } from '../../src/core/model.ts';

export const SECOND_TOPIC_DIRS = {
  southChinaSea: fileURLToPath(new URL('../fixtures/topics/south-china-sea/', import.meta.url)),
  starship: fileURLToPath(new URL('../fixtures/topics/starship/', import.meta.url)),
};

export function defaultSeeds(): NamedSeed[] {
  return readSeedDir(DEFAULT_SEEDS_DIR);
}

export function learnFrom(seeds: NamedSeed[], name = 'test'): { profile: TopicProfile; prepared: PreparedProfile } {
  const lexicon = loadLexicon();
  const profile = learnProfile(seeds, lexicon, loadBackground(), { name });
  return { profile, prepared: prepareProfile(profile, lexicon) };
}
