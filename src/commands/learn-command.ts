import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyTuning } from '../core/profile/apply-tuning.ts';
import { learnProfile } from '../core/profile/learn-profile.ts';
import { loadBackground, loadLexicon } from '../adapters/lexicon-files.ts';
import { readSeedDir } from '../adapters/topic-files.ts';
import { readTuningFile } from '../adapters/tuning-file.ts';
import { DEFAULT_SEEDS_DIR } from '../adapters/project-paths.ts';
import type { CommandIo } from './io.ts';

export const learnUsage = 'newshound learn --seeds DIR [--out FILE] [--name NAME] [--tuning FILE]';

export function learnCommand(args: string[], io: CommandIo): number {
  const { values } = parseArgs({
    args,
    options: { seeds: { type: 'string' }, out: { type: 'string' }, name: { type: 'string' }, tuning: { type: 'string' } },
  });
  const lexicon = loadLexicon();
  const seeds = readSeedDir(values.seeds ?? DEFAULT_SEEDS_DIR);
  let profile = learnProfile(seeds, lexicon, loadBackground(), { name: values.name ?? 'default' });
  if (values.tuning !== undefined) profile = applyTuning(profile, readTuningFile(values.tuning), lexicon);
  const json = `${JSON.stringify(profile, null, 2)}\n`;
  if (values.out !== undefined) {
    writeFileSync(values.out, json);
    io.stderr(`learned "${profile.name}" from ${seeds.length} seeds: ${profile.terms.length} terms, concepts: ${profile.concepts.map((c) => `[${c.name}]`).join(' AND ') || 'none'}; wrote ${values.out}`);
  } else {
    io.stdout(json);
  }
  return 0;
}
