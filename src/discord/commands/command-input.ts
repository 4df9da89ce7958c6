import { TOPIC_NAME_PATTERN } from '../../control/topic-settings.ts';
import { NewshoundError } from '../../core/errors.ts';
import { termKey } from '../../core/profile/apply-tuning.ts';
import { graphemePrefix } from '../../core/summarize/cut-text.ts';
import type { Lexicon } from '../../core/text/lexicon.ts';
import type { CommandRequest } from './command-types.ts';
import { clip } from './reply-format.ts';

// Argument checks for the slash commands. Discord enforces the limits declared in
// command-definitions.ts, but the core takes plain data and checks everything again: a request
// may come from an older registration, and the message must say what was wrong and what to do.

/**
 * A bad argument. Thrown from deep in a handler and turned into the reply by handleCommand:
 * the one place a user's mistake stops a command, so handlers read straight through.
 */
export class CommandInputError extends NewshoundError {
  /** The sentence shown to the user. */
  readonly reason: string;

  constructor(reason: string) {
    super('command', reason);
    this.name = 'CommandInputError';
    this.reason = reason;
  }
}

export const URL_MAX_CHARS = 2_048;
export const MAX_SEED_URLS = 10;
export const MIN_SEEDS = 2;
export const TERM_MAX_CHARS = 64;

export function stringOption(request: CommandRequest, name: string): string | undefined {
  const value = request.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new CommandInputError(`\`${name}\` must be text.`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function requiredString(request: CommandRequest, name: string): string {
  const value = stringOption(request, name);
  if (value === undefined) throw new CommandInputError(`\`${name}\` is required.`);
  return value;
}

/** A number option within [min, max]; `undefined` when it was not given. */
export function numberOption(request: CommandRequest, name: string, range: { min: number; max: number; integer?: boolean }): number | undefined {
  const value = request.options[name];
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) throw new CommandInputError(`\`${name}\` must be a number.`);
  if (range.integer && !Number.isInteger(number)) throw new CommandInputError(`\`${name}\` must be a whole number.`);
  if (number < range.min || number > range.max) throw new CommandInputError(`\`${name}\` must be between ${range.min} and ${range.max}; got ${number}.`);
  return number;
}

/** An absolute http(s) URL with no credentials in it; fragments are dropped. */
export function httpUrl(raw: string, what: string): string {
  if (raw.length > URL_MAX_CHARS) throw new CommandInputError(`${what} is longer than ${URL_MAX_CHARS} characters.`);
  if (!URL.canParse(raw)) throw new CommandInputError(`${what} \`${clipped(raw)}\` is not a URL: give a full address such as https://example.com/news/rss.`);
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CommandInputError(`${what} \`${clipped(raw)}\` must start with http:// or https://.`);
  if (url.username !== '' || url.password !== '') throw new CommandInputError(`${what} must not carry a user name or password.`);
  url.hash = '';
  // Checked again once normalised: percent-encoding can lengthen it past what Discord takes.
  if (url.href.length > URL_MAX_CHARS) throw new CommandInputError(`${what} is longer than ${URL_MAX_CHARS} characters once encoded.`);
  return url.href;
}

/** Seed article URLs: 1-10 of them, separated by spaces, commas or line breaks; repeats dropped. */
export function seedUrls(raw: string): string[] {
  const parts = raw.split(/[\s,]+/).filter((part) => part !== '');
  if (parts.length === 0) throw new CommandInputError('`seeds` needs at least one article URL.');
  if (parts.length > MAX_SEED_URLS) throw new CommandInputError(`\`seeds\` takes at most ${MAX_SEED_URLS} article URLs; got ${parts.length}.`);
  return [...new Set(parts.map((part) => httpUrl(part, 'Seed')))];
}

/** A topic name as stored: lower case, `TOPIC_NAME_PATTERN`. */
export function topicName(raw: string): string {
  const name = raw.trim().toLowerCase();
  if (!TOPIC_NAME_PATTERN.test(name)) {
    throw new CommandInputError(`\`${clipped(raw)}\` is not a valid topic name: use 1-32 lower-case letters, digits and dashes, starting with a letter or digit.`);
  }
  return name;
}

/** A keyword and the key it tunes; refused when the text pipeline leaves nothing of it (a stopword, punctuation). */
export function tuningTerm(raw: string, lexicon: Lexicon): { term: string; key: string } {
  const term = raw.trim().replace(/\s+/g, ' ');
  if (term.length > TERM_MAX_CHARS) throw new CommandInputError(`A keyword must be at most ${TERM_MAX_CHARS} characters.`);
  const key = termKey(term, lexicon);
  if (key === undefined) throw new CommandInputError(`\`${clipped(term)}\` leaves no word to match once common words and punctuation are removed; pick a more specific term.`);
  return { term, key };
}

/** Discord snowflake (role, channel, user id). */
export function snowflake(raw: string, what: string): string {
  if (!/^\d{1,20}$/.test(raw)) throw new CommandInputError(`${what} must be a Discord id; pick it from the list Discord offers.`);
  return raw;
}

/**
 * An error or reason from elsewhere (a fetch failure naming its URL) in a reply line: flattened
 * like `clipped`, but cut before a link rather than inside it, which Discord would link cut short.
 */
export function clippedProse(text: string, max = 80): string {
  return clip(text.replace(/[`\n\r]/g, ' '), max);
}

/** Echoes user input in a message without letting it break the message. */
export function clipped(text: string, max = 80): string {
  const flat = text.replace(/[`\n\r]/g, ' ');
  return flat.length > max ? `${graphemePrefix(flat, max - 1)}…` : flat;
}
