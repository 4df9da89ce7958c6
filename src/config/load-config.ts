import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../adapters/project-paths.ts';
import { describeJsonError } from '../adapters/read-json-file.ts';
import { describeFsFault, isFileFault } from '../adapters/file-fault.ts';
import { readTextFile } from '../adapters/read-text-file.ts';
import { ConfigError } from '../core/errors.ts';
import { configSchema, type Config, type ConfigFile, type FeedConfig } from './schema.ts';

// File + environment → Config. The only module that looks at environment variables, and it
// is handed them (`env`) rather than reading process.env, so tests need no global state.

export interface LoadConfigOptions {
  /** Config file; a relative path is taken from `cwd`. Default: config/newshound.json in the project. */
  file?: string;
  /** Environment variables (pass process.env from the composition root). */
  env: Record<string, string | undefined>;
  /** Directory a relative `file` is taken from, i.e. the user's shell. Default: process.cwd(). */
  cwd?: string;
  /** Directory relative paths inside the config (seeds, tuning, sqlite file) resolve against. Default: the project root. */
  root?: string;
}

type OverrideKind = 'string' | 'number' | 'list';

/**
 * Environment overrides, applied to the file's data before the one validation, so a bad value
 * from the environment is reported with its field path like a bad value from the file.
 * `fromFile`: `<NAME>_FILE` may name a file holding the value (Docker/Kubernetes secrets).
 * `secret`: the value is scrubbed from every error message.
 */
const ENV_OVERRIDES: ReadonlyArray<{ name: string; path: string[]; kind: OverrideKind; fromFile?: boolean; secret?: boolean }> = [
  { name: 'NEWSHOUND_SCHEDULE', path: ['schedule'], kind: 'string' },
  { name: 'NEWSHOUND_TIMEZONE', path: ['timezone'], kind: 'string' },
  { name: 'NEWSHOUND_LOG_LEVEL', path: ['logLevel'], kind: 'string' },
  { name: 'NEWSHOUND_BACKFILL', path: ['limits', 'backfill'], kind: 'number' },
  { name: 'NEWSHOUND_MAX_ITEM_AGE_HOURS', path: ['limits', 'maxItemAgeHours'], kind: 'number' },
  { name: 'NEWSHOUND_ALLOW_PRIVATE_HOSTS', path: ['network', 'allowedPrivateHosts'], kind: 'list' },
  { name: 'NEWSHOUND_METRICS_PORT', path: ['metrics', 'port'], kind: 'number' },
  // A Redis URL can carry a password.
  { name: 'STATE_URL', path: ['state', 'url'], kind: 'string', fromFile: true, secret: true },
  { name: 'NEWSHOUND_LLM_URL', path: ['summary', 'llm', 'baseUrl'], kind: 'string' },
  { name: 'NEWSHOUND_LLM_MODEL', path: ['summary', 'llm', 'model'], kind: 'string' },
  { name: 'NEWSHOUND_LLM_API_KEY', path: ['summary', 'llm', 'apiKey'], kind: 'string', fromFile: true, secret: true },
  { name: 'DISCORD_TOKEN', path: ['discord', 'token'], kind: 'string', fromFile: true, secret: true },
  { name: 'DISCORD_APPLICATION_ID', path: ['discord', 'applicationId'], kind: 'string', fromFile: true },
  { name: 'DISCORD_GUILD_ID', path: ['discord', 'guildId'], kind: 'string', fromFile: true },
  { name: 'DISCORD_API_URL', path: ['discord', 'apiBaseUrl'], kind: 'string' },
];

/** Reads, overrides, validates once and resolves the configuration; every problem is reported in one ConfigError. */
export function loadConfig(options: LoadConfigOptions): Config {
  const root = options.root ?? PROJECT_ROOT;
  const file = options.file === undefined ? join(root, 'config', 'newshound.json') : resolve(options.cwd ?? process.cwd(), options.file);
  const shownFile = displayPath(file, root);
  const problems: string[] = [];
  const secrets: string[] = [];
  const problemsError = () => new ConfigError(`${shownFile}: ${redact(problems.join('; '), secrets)}`);

  const raw = readJson(file, problems);
  const sources = applyEnvOverrides(raw, options.env, problems, secrets);
  if (raw === undefined) throw problemsError();
  const fileToken = isPlainObject(raw) && isPlainObject(raw.discord) ? raw.discord.token : undefined;
  if (typeof fileToken === 'string') secrets.push(fileToken);
  const llm = isPlainObject(raw) && isPlainObject(raw.summary) && isPlainObject(raw.summary.llm) ? raw.summary.llm : undefined;
  if (typeof llm?.apiKey === 'string') secrets.push(llm.apiKey);

  const result = configSchema.safeParse(raw);
  if (!result.success) problems.push(...formatIssues(result.error, sources));
  if (!result.success || problems.length > 0) throw problemsError();
  return resolveConfig(result.data, file, root);
}

/** A feed's state-key id: readable slug of its name plus a short hash of its URL, stable across renames of nothing but case. */
export function feedId(name: string, url: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'feed';
  // The parser's form, not the feed's identity (feed-identity.ts): ids name stored state, and one
  // computed otherwise would start a feed whose URL carries a #fragment afresh.
  const hash = createHash('sha256').update(URL.canParse(url) ? new URL(url).href : url).digest('hex').slice(0, 8);
  return `${slug}-${hash}`;
}

function readJson(file: string, problems: string[]): unknown {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    // A config file that cannot be opened is worded as every file fault is, in the command's one
    // line (`cannot open X: no such file or directory (ENOENT)`), not as one of the config's problems.
    if (isFileFault(error)) throw error;
    problems.push((error as Error).message);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push(`not valid JSON: ${describeJsonError(text, error as Error)}`);
    return undefined;
  }
}

/** Writes each set variable into `raw`; returns which field came from which variable, for error messages. */
function applyEnvOverrides(raw: unknown, env: LoadConfigOptions['env'], problems: string[], secrets: string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const override of ENV_OVERRIDES) {
    const found = readEnvValue(override.name, override.fromFile === true, env, problems);
    if (found === undefined) continue;
    if (override.secret) secrets.push(found.value);
    if (!isPlainObject(raw)) continue;
    if (setPath(raw, override.path, convert(found.value, override.kind))) sources.set(override.path.join('.'), found.source);
  }
  return sources;
}

// An empty variable counts as unset: `FOO=` in a compose file usually means "no value".
function readEnvValue(name: string, fromFile: boolean, env: LoadConfigOptions['env'], problems: string[]): { value: string; source: string } | undefined {
  const direct = env[name];
  const fileName = fromFile ? env[`${name}_FILE`] : undefined;
  const hasDirect = direct !== undefined && direct !== '';
  const hasFile = fileName !== undefined && fileName !== '';
  if (hasDirect && hasFile) {
    problems.push(`${name} and ${name}_FILE are both set: use one`);
    return undefined;
  }
  if (hasDirect) return { value: direct, source: name };
  if (!hasFile) return undefined;
  let content: string;
  try {
    content = readTextFile(fileName).trim();
  } catch (error) {
    problems.push(`${name}_FILE: ${describeFsFault(error)}`);
    return undefined;
  }
  if (content === '') {
    problems.push(`${name}_FILE: ${fileName} is empty`);
    return undefined;
  }
  return { value: content, source: `${name}_FILE` };
}

// Numbers that do not parse stay strings, so the schema reports them at their field path.
function convert(value: string, kind: OverrideKind): unknown {
  const trimmed = value.trim();
  if (kind === 'number') return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
  if (kind === 'list') return trimmed.split(',').map((part) => part.trim()).filter((part) => part !== '');
  return trimmed;
}

// A field whose parent is not an object is left alone: the schema reports the parent.
function setPath(target: Record<string, unknown>, path: string[], value: unknown): boolean {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined) node[key] = {};
    const next = node[key];
    if (!isPlainObject(next)) return false;
    node = next;
  }
  node[path[path.length - 1] as string] = value;
  return true;
}

function formatIssues(error: z.ZodError, sources: Map<string, string>): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const source = [...sources].find(([field]) => path === field || path.startsWith(`${field}.`))?.[1];
    return `${path === '' ? '(root)' : path}: ${issue.message}${source === undefined ? '' : ` (from ${source})`}`;
  });
}

function resolveConfig(data: ConfigFile, file: string, root: string): Config {
  const topicNames = data.topics.map((topic) => topic.name);
  const inRoot = (path: string | undefined) => (path === undefined ? undefined : resolve(root, path));
  const feeds: FeedConfig[] = data.feeds.map((feed) => ({
    id: feedId(feed.name, feed.url),
    url: feed.url,
    name: feed.name,
    ...(feed.language === undefined ? {} : { language: feed.language }),
    ...(feed.headers === undefined ? {} : { headers: feed.headers }),
    topics: feed.topics ?? topicNames,
    ...(feed.topics === undefined ? { everyTopic: true as const } : {}),
  }));
  return {
    file,
    feeds,
    schedule: data.schedule,
    timezone: data.timezone,
    topics: data.topics.map((topic) => omitUndefined({ name: topic.name, seeds: inRoot(topic.seeds), tuning: inRoot(topic.tuning), profile: inRoot(topic.profile) })),
    state: { url: resolveStateUrl(data.state.url, root), namespace: data.state.namespace },
    limits: data.limits,
    network: data.network,
    articles: data.articles,
    summary: data.summary.llm === undefined ? {} : { llm: omitUndefined(data.summary.llm) },
    discord: omitUndefined(data.discord),
    logLevel: data.logLevel,
    metrics: omitUndefined(data.metrics),
  };
}

/** `sqlite://state/x.sqlite` → `sqlite:///<root>/state/x.sqlite`; other URLs unchanged. */
function resolveStateUrl(url: string, root: string): string {
  if (!url.startsWith('sqlite://')) return url;
  const path = url.slice('sqlite://'.length);
  return path === ':memory:' || isAbsolute(path) ? url : `sqlite://${resolve(root, path)}`;
}

function displayPath(file: string, root: string): string {
  const inside = relative(root, file);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

// Short strings are left alone: scrubbing "1" out of a message would garble it and hide nothing.
function redact(message: string, secrets: string[]): string {
  return secrets.filter((secret) => secret.length >= 4).reduce((text, secret) => text.split(secret).join('***'), message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
