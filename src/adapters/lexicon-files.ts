import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import { compileLexicon, type Lexicon, type LexiconData } from '../core/text/lexicon.ts';
import { BACKGROUND_FILE, LEXICON_DIR } from './project-paths.ts';
import { makeBackground, type Background, type BackgroundData } from '../core/profile/background.ts';
import { readJsonFile } from './read-json-file.ts';

const ENTITIES_FILE = join(LEXICON_DIR, 'entities.json');
const WORDS_FILE = join(LEXICON_DIR, 'words-id-en.json');

const entitiesSchema = z.object({
  entities: z.array(
    z.object({
      id: z.string().min(1),
      type: z.enum(['country', 'person', 'org', 'place']),
      label: z.string().min(1),
      country: z.string().min(2).nullable(),
      aliases: z.array(z.string().min(1)).min(1),
    }),
  ),
});
const wordsSchema = z.object({
  groups: z.array(z.object({ id: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)) })),
});

export function readLexiconData(): LexiconData {
  return {
    entities: readJsonFile(ENTITIES_FILE, entitiesSchema).entities,
    groups: readJsonFile(WORDS_FILE, wordsSchema).groups,
  };
}

let cached: Lexicon | undefined;

/** The shipped lexicon, compiled once per process. */
export function loadLexicon(): Lexicon {
  cached ??= compileLexicon(readLexiconData());
  return cached;
}

/** Identifies the lexicon's content, so a background table built with another one is noticed. */
export function lexiconHash(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(ENTITIES_FILE));
  hash.update(readFileSync(WORDS_FILE));
  return hash.digest('hex').slice(0, 16);
}

export function loadBackground(file = BACKGROUND_FILE): Background {
  return makeBackground(readBackgroundData(file));
}

/** The shipped background table itself, for blending with what the worker saw (makeBackground(data, recent)). */
export function readBackgroundData(file = BACKGROUND_FILE): BackgroundData {
  let data: BackgroundData;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as BackgroundData;
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the background table: ${(error as Error).message}`, { cause: error });
  }
  if (data.version !== 1 || typeof data.idDocs !== 'number') throw new ConfigError(`${file}: not a newshound background table (version 1)`);
  return data;
}
