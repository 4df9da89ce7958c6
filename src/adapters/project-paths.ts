import { fileURLToPath } from 'node:url';

// Paths inside the installed project, independent of the working directory the CLI runs in.
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONFIG_DIR = fileURLToPath(new URL('../../config/', import.meta.url));
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../../config/seeds/', import.meta.url));
export const LEXICON_DIR = fileURLToPath(new URL('../../config/lexicon/', import.meta.url));
export const BACKGROUND_FILE = fileURLToPath(new URL('../../config/background/news-background.json', import.meta.url));
export const DEFAULT_TUNING_FILE = fileURLToPath(new URL('../../config/topics/default.tuning.json', import.meta.url));
