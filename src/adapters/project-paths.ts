import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths inside the installed project, independent of the working directory the CLI runs in.
// The root is found by walking up to package.json, so the same code works from src/ (through
// tsx, in tests) and from the compiled bundle in dist/.
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`newshound: no package.json above ${start}`);
    dir = parent;
  }
  return `${dir}/`;
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const CONFIG_DIR = join(PROJECT_ROOT, 'config/');
export const DEFAULT_SEEDS_DIR = join(PROJECT_ROOT, 'config/seeds/');
export const LEXICON_DIR = join(PROJECT_ROOT, 'config/lexicon/');
export const BACKGROUND_FILE = join(PROJECT_ROOT, 'config/background/news-background.json');
export const DEFAULT_TUNING_FILE = join(PROJECT_ROOT, 'config/topics/default.tuning.json');
