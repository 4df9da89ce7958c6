import { TopicFileError } from '../core/errors.ts';
import type { NewsItem } from '../core/model.ts';
import { readTextFile } from './read-text-file.ts';

// Ordinary news headlines for widening a topic's facets (src/core/profile/expand-facets.ts), as
// `learn --feedback FILE` names them: JSONL with `title` (and `summary`, `published`, `id`), or
// plain text, one headline a line. Never the items a profile is scored on.

export interface FeedbackFileOptions {
  /** Keep the headlines published before (first) or from (second) the file's median `published`. */
  half?: 'first' | 'second';
  /** Ids to leave out (labelled evaluation items that happen to be in the same stream). */
  exclude?: ReadonlySet<string>;
}

export function readFeedbackFile(file: string, options: FeedbackFileOptions = {}): NewsItem[] {
  // A file that cannot be opened is Node's own error, worded as every file fault is; a leading
  // byte-order mark is not part of the first headline (nor of its JSON).
  const text = readTextFile(file);
  const rows = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i): NewsItem => {
      if (!line.trimStart().startsWith('{')) return { id: `line-${i + 1}`, title: line, summary: '' };
      let row: { id?: string; title?: string; summary?: string; published?: string; lang?: string };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        throw new TopicFileError('feedback file', file, `line ${i + 1} is not JSON`);
      }
      return {
        id: row.id ?? `line-${i + 1}`,
        title: row.title ?? '',
        summary: row.summary ?? '',
        ...(row.published === undefined ? {} : { published: row.published }),
        ...(row.lang === 'id' || row.lang === 'en' ? { lang: row.lang } : {}),
      };
    });
  const kept = options.exclude === undefined ? rows : rows.filter((row) => !options.exclude!.has(row.id));
  if (options.half === undefined) return kept;
  const dates = rows.map((row) => row.published ?? '').sort();
  const median = dates[Math.floor(dates.length / 2)] ?? '';
  return kept.filter((row) => (options.half === 'first' ? (row.published ?? '') < median : (row.published ?? '') >= median));
}
