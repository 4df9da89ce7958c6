// Labelled evaluation items arrive as JSON Lines, usually written by hand or by a script. A
// silent skip would quietly change the numbers being compared, so every bad line is an error
// that names the file and line to fix.
import { describeJsonError, EvalDataError } from '../errors.ts';
import type { Lang, NewsItem } from '../model.ts';

/** A news item with its gold label: 1 = on topic, 0 = not. `kind` tags the case (e.g. "near-miss"). */
export type EvalItem = NewsItem & { label: 0 | 1; kind?: string; story?: string };

/** An item of a story-clustering file: `label` optional, `story` (its labelled story) optional. */
export type StoryEvalItem = NewsItem & { label?: 0 | 1; kind?: string; story?: string };

const OPTIONAL_STRINGS = ['link', 'source', 'published', 'kind', 'story'] as const;
const LANGS: readonly string[] = ['id', 'en'] satisfies Lang[];

/** A field problem, turned into an EvalDataError with the line number by the caller. */
class FieldProblem extends Error {}

function describe(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function required(record: Record<string, unknown>, field: string): unknown {
  if (!(field in record) || record[field] === undefined) {
    throw new FieldProblem(`missing field "${field}"`);
  }
  return record[field];
}

function requiredString(record: Record<string, unknown>, field: string, nonEmpty: boolean): string {
  const value = required(record, field);
  if (typeof value !== 'string' || (nonEmpty && value.trim() === '')) {
    const what = nonEmpty ? 'a non-empty string' : 'a string';
    throw new FieldProblem(`field "${field}" must be ${what}, got ${describe(value)}`);
  }
  return value;
}

function toItem(record: Record<string, unknown>, labelRequired: boolean): StoryEvalItem {
  const id = requiredString(record, 'id', true);
  const title = requiredString(record, 'title', false);
  const summary = requiredString(record, 'summary', false);
  const item: StoryEvalItem = { id, title, summary };
  if (labelRequired || record.label !== undefined) {
    // Only the numbers 0 and 1: true/"yes" usually mean a converter went wrong upstream.
    const label = required(record, 'label');
    if (label !== 0 && label !== 1) {
      throw new FieldProblem(`field "label" must be 0 or 1, got ${describe(label)}`);
    }
    item.label = label;
  }
  // An unknown language is not an error: the matcher guesses the language itself.
  if (typeof record.lang === 'string' && LANGS.includes(record.lang)) item.lang = record.lang as Lang;
  for (const field of OPTIONAL_STRINGS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      throw new FieldProblem(`field "${field}" must be a string, got ${describe(value)}`);
    }
    item[field] = value;
  }
  return item;
}

function parseLine(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    // Not V8's message as it is: it quotes the line, a binary file's bytes and escape sequences included.
    throw new FieldProblem(`not valid JSON (${describeJsonError(line, err as Error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FieldProblem(`not a JSON object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Parses JSON Lines eval data (every line labelled); `sourceName` (e.g. "dev.jsonl") only labels error messages. */
export function parseEvalJsonl(text: string, sourceName: string): EvalItem[] {
  return parseItems(text, sourceName, true) as EvalItem[];
}

/** Parses JSON Lines items to cluster: `label` is optional, `story` (the labelled story) too. */
export function parseStoryJsonl(text: string, sourceName: string): StoryEvalItem[] {
  return parseItems(text, sourceName, false);
}

function parseItems(text: string, sourceName: string, labelRequired: boolean): StoryEvalItem[] {
  const items: StoryEvalItem[] = [];
  const firstLineOfId = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    try {
      const item = toItem(parseLine(line), labelRequired);
      // Results and misclassified lists are keyed by id, so a repeat would blur the report.
      const first = firstLineOfId.get(item.id);
      if (first !== undefined) throw new FieldProblem(`duplicate id "${item.id}" (first on line ${first})`);
      firstLineOfId.set(item.id, lineNo);
      items.push(item);
    } catch (err) {
      if (!(err instanceof FieldProblem)) throw err;
      throw new EvalDataError(`${sourceName} line ${lineNo}: ${err.message}`);
    }
  });
  if (items.length === 0) throw new EvalDataError(`${sourceName}: no items (the file is empty)`);
  return items;
}
