// One base class for every failure newshound reports; subclasses name the failure kind.
// Messages read `stage: what happened: detail` so a log line says where it broke.
export class NewshoundError extends Error {
  readonly stage: string;

  constructor(stage: string, message: string, options?: { cause?: unknown }) {
    // A message already naming its stage (rethrown, or written with it) is not prefixed twice.
    super(message.startsWith(`${stage}: `) ? message : `${stage}: ${message}`, options);
    this.name = 'NewshoundError';
    this.stage = stage;
  }
}

/** A tuning file, profile file or config file that does not validate. */
export class ConfigError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
    this.name = 'ConfigError';
  }
}

/**
 * A topic's own file (a tuning file, a saved profile, a feedback file, a seed directory) whose
 * content cannot be used. It is named with what it is (`tuning file X: not valid JSON: ...`): not `config:`, which
 * would send the reader to the config file. A file that cannot be opened at all is Node's own
 * error, worded as every file fault is (src/adapters/file-fault.ts).
 */
export class TopicFileError extends NewshoundError {
  constructor(kind: 'tuning file' | 'profile' | 'feedback file' | 'seed directory', file: string, detail: string, options?: { cause?: unknown }) {
    super(`${kind} ${file}`, detail, options);
    this.name = 'TopicFileError';
  }
}

/** Bad evaluation data: a missing file, a line that is not JSON, a missing field. */
export class EvalDataError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('eval', message, options);
    this.name = 'EvalDataError';
  }
}

/** Seeds that cannot be learned from (none found, empty after cleaning). */
export class LearnError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('learn', message, options);
    this.name = 'LearnError';
  }
}

export type FetchFailure =
  | 'timeout'
  | 'too-large'
  | 'http-status'
  | 'too-many-redirects'
  | 'private-address'
  | 'network'
  | 'bad-url';

/** A feed or page that could not be fetched; `failure` says which way, `status` holds the HTTP status if any. */
export class FetchError extends NewshoundError {
  readonly failure: FetchFailure;
  readonly status?: number;
  readonly retryAfter?: string;

  constructor(failure: FetchFailure, message: string, options?: { cause?: unknown; status?: number; retryAfter?: string }) {
    super('fetcher', message, options);
    this.name = 'FetchError';
    this.failure = failure;
    this.status = options?.status;
    this.retryAfter = options?.retryAfter;
  }
}

/** A feed body that is not a feed: malformed XML, HTML instead of XML, an unknown charset. */
export class ParseError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('parser', message, options);
    this.name = 'ParseError';
  }
}

/** An OPML file that cannot be read as a list of feeds: not XML, no <opml> root, no outlines. */
export class OpmlError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('opml', message, options);
    this.name = 'OpmlError';
  }
}

/** A state file or server that cannot be used (corrupt SQLite file, Redis refusing). */
export class StateError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('state', message, options);
    this.name = 'StateError';
  }
}

/**
 * One state entry whose value is not what its reader keeps there (not JSON, or the wrong shape):
 * unlike a StateError it will not pass by itself, so a reader may set that one entry aside and go
 * on with the rest rather than fail every cycle over it.
 */
export class CorruptEntryError extends NewshoundError {
  readonly key: string;
  /** The stored text, when it was not JSON: kept so a reader that sets the entry aside loses nothing. */
  readonly raw?: string;

  constructor(key: string, detail: string, options?: { cause?: unknown; raw?: string }) {
    super('state', `the entry ${key} is corrupt: ${detail}`, options);
    this.name = 'CorruptEntryError';
    this.key = key;
    if (options?.raw !== undefined) this.raw = options.raw;
  }
}

/** What `read` gives, or, when it fails with a CorruptEntryError, what `onCorrupt` makes of that error; any other failure is thrown on. */
export async function unlessCorrupt<T>(read: Promise<T>, onCorrupt: (error: CorruptEntryError) => T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (!(error instanceof CorruptEntryError)) throw error;
    return onCorrupt(error);
  }
}

/** Discord refused or could not be reached at login (a wrong token, no network). */
export class DiscordError extends NewshoundError {
  /** Discord rejected the token: fatal, unlike an outage. */
  readonly tokenRejected: boolean;

  constructor(message: string, options?: { cause?: unknown; tokenRejected?: boolean }) {
    super('discord', message, options);
    this.name = 'DiscordError';
    this.tokenRejected = options?.tokenRejected ?? false;
  }
}

/** A command line that cannot be run as given (a bad option value): exit 2 with the usage. */
export class UsageError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
    this.name = 'UsageError';
  }
}

// V8's JSON messages quote a slice of the input, which could be a token: give line and column instead
// (the slice may also hold a line break, and the command's error must stay one line). A long
// input's slice is cut short: `"hello\nsecr"... is not valid JSON`.
export function describeJsonError(text: string, error: Error): string {
  const message = error.message.replace(/,\s*".*"(\.\.\.)? is not valid JSON$/s, '');
  const position = /at position (\d+)/.exec(message);
  if (position?.[1] === undefined) return escapeControls(message);
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${escapeControls(message.replace(/\s*in JSON at position \d+.*$/s, ''))} at line ${line} column ${column}`;
}

// The unexpected token itself is quoted too: in a binary file, a NUL or a terminal's escape
// sequence, which would reach the terminal as it is. Shown as JSON writes it (`\u001b`).
function escapeControls(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
