import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';
import type { FeedSource } from '../core/model.ts';
import { normalizeFeedUrl } from './feed-identity.ts';

// The one place newshound's settings and their defaults are written down. The file on disk
// (config/newshound.json) and the environment overrides are both validated by `configSchema`,
// once, at start-up; load-config.ts turns the result into the resolved `Config` below.

/** Every default, in one object. `feeds` has none: a bot that watches nothing is a mistake. */
export const DEFAULT_CONFIG = {
  schedule: '*/5 * * * *',
  timezone: 'Asia/Jakarta',
  topics: [{ name: 'default', seeds: 'config/seeds', tuning: 'config/topics/default.tuning.json' }],
  state: { url: 'sqlite://state/newshound.sqlite', namespace: 'newshound' },
  limits: {
    maxItemAgeHours: 48,
    /** First poll of a new feed posts the newest N items; 0 records them all as seen and posts none. */
    backfill: 0,
    maxItemsPerFeed: 200,
    fetchConcurrency: 16,
    perHostConcurrency: 2,
    connectTimeoutMs: 10_000,
    totalTimeoutMs: 30_000,
    maxBodyBytes: 10_485_760,
    minPollIntervalMs: 60_000,
    maxPollIntervalMs: 21_600_000,
    /** Consecutive failures after which a feed is reported as failing. */
    failingAfter: 5,
  },
  network: { allowPrivateAddresses: false, allowedPrivateHosts: [] as string[] },
  /** Summaries from the article page behind each posted item's link (one fetch per post). */
  articles: { fetch: true },
  discord: {},
  logLevel: 'info',
  /** All interfaces, so a scraper outside the container reaches it; only used when a port is set. */
  metrics: { host: '0.0.0.0' },
} as const;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const int = (min: number) => z.number().int('must be a whole number').min(min, `must be >= ${min}`);

// RFC 9110 section 5.1: a field name is a token; a value must not smuggle in a line break.
const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'not a valid HTTP header name');
const headerValue = z.string().regex(/^[^\r\n]*$/, 'header values must not contain line breaks');

const feedSchema = z.strictObject({
  $comment: z.string().optional(),
  url: z.url({ protocol: /^https?$/, error: 'Invalid URL' }).superRefine((value, ctx) => {
    // undici sends no Authorization from a URL's userinfo: it would only leak into logs,
    // `status` and Discord's /feeds replies.
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url !== undefined && (url.username !== '' || url.password !== '')) {
      ctx.addIssue({ code: 'custom', message: 'must not carry a user name or password (it would show in logs and status); send them as headers: {"Authorization": "Basic ..."}' });
    }
  }),
  name: nonEmpty,
  language: z.enum(['id', 'en']).optional(),
  headers: z.record(headerName, headerValue).optional(),
  /** Topics this feed feeds; absent means every topic. */
  topics: z.array(nonEmpty).min(1, 'list at least one topic, or leave topics out for all').optional(),
});

const topicSchema = z
  .strictObject({
    name: nonEmpty,
    seeds: nonEmpty.optional(),
    tuning: nonEmpty.optional(),
    /** A saved learned profile file, used instead of learning from seeds at start-up. */
    profile: nonEmpty.optional(),
  })
  .superRefine((topic, ctx) => {
    if ((topic.seeds === undefined) === (topic.profile === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'set exactly one of seeds or profile' });
    }
  });

const stateUrl = z
  .string()
  .regex(/^(sqlite:\/\/.+|rediss?:\/\/.+)$/, 'must be sqlite://<path> or redis://host:port[/db]');

const limitsSchema = z
  .strictObject({
    maxItemAgeHours: z.number().positive('must be > 0').default(DEFAULT_CONFIG.limits.maxItemAgeHours),
    backfill: int(0).default(DEFAULT_CONFIG.limits.backfill),
    maxItemsPerFeed: int(1).default(DEFAULT_CONFIG.limits.maxItemsPerFeed),
    fetchConcurrency: int(1).default(DEFAULT_CONFIG.limits.fetchConcurrency),
    perHostConcurrency: int(1).default(DEFAULT_CONFIG.limits.perHostConcurrency),
    connectTimeoutMs: int(1).default(DEFAULT_CONFIG.limits.connectTimeoutMs),
    totalTimeoutMs: int(1).default(DEFAULT_CONFIG.limits.totalTimeoutMs),
    maxBodyBytes: int(1).default(DEFAULT_CONFIG.limits.maxBodyBytes),
    minPollIntervalMs: int(1_000).default(DEFAULT_CONFIG.limits.minPollIntervalMs),
    maxPollIntervalMs: int(1_000).default(DEFAULT_CONFIG.limits.maxPollIntervalMs),
    failingAfter: int(1).default(DEFAULT_CONFIG.limits.failingAfter),
  })
  .superRefine((limits, ctx) => {
    if (limits.minPollIntervalMs > limits.maxPollIntervalMs) {
      ctx.addIssue({ code: 'custom', path: ['minPollIntervalMs'], message: 'must be <= maxPollIntervalMs' });
    }
    if (limits.connectTimeoutMs > limits.totalTimeoutMs) {
      ctx.addIssue({ code: 'custom', path: ['connectTimeoutMs'], message: 'must be <= totalTimeoutMs' });
    }
  });

// Discord ids are snowflakes: decimal digits. The token is never echoed in a message.
const snowflake = z.string().regex(/^\d{1,20}$/, 'must be a Discord id (digits only)');

export const configSchema = z
  .strictObject({
    $comment: z.string().optional(),
    feeds: z
      .array(feedSchema, { error: (issue) => (issue.input === undefined ? 'required: list at least one feed' : 'must be a list of feeds') })
      .min(1, 'list at least one feed'),
    schedule: z
      .string()
      .superRefine((value, ctx) => {
        if (!isValidCron(value)) ctx.addIssue({ code: 'custom', message: `not a valid cron expression "${value}"` });
      })
      .default(DEFAULT_CONFIG.schedule),
    timezone: z
      .string()
      .superRefine((value, ctx) => {
        if (!isTimeZone(value)) ctx.addIssue({ code: 'custom', message: `not an IANA time zone "${value}"` });
      })
      .default(DEFAULT_CONFIG.timezone),
    topics: z
      .array(topicSchema)
      .min(1, 'list at least one topic')
      .default(() => DEFAULT_CONFIG.topics.map((topic) => ({ ...topic }))),
    state: z
      .strictObject({
        url: stateUrl.default(DEFAULT_CONFIG.state.url),
        namespace: nonEmpty.default(DEFAULT_CONFIG.state.namespace),
      })
      .prefault({}),
    limits: limitsSchema.prefault({}),
    network: z
      .strictObject({
        allowPrivateAddresses: z.boolean().default(DEFAULT_CONFIG.network.allowPrivateAddresses),
        /** Hosts allowed to resolve to private addresses even when allowPrivateAddresses is false. */
        allowedPrivateHosts: z
          .array(nonEmpty.toLowerCase())
          .default(() => [...DEFAULT_CONFIG.network.allowedPrivateHosts]),
      })
      .prefault({}),
    articles: z
      .strictObject({ fetch: z.boolean().default(DEFAULT_CONFIG.articles.fetch) })
      .prefault({}),
    summary: z
      .strictObject({
        /** An OpenAI-compatible chat-completions endpoint; absent: summaries are extractive and offline. */
        llm: z
          .strictObject({
            baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.openai.com/v1' }),
            model: nonEmpty,
            apiKey: z.string().trim().min(1, 'must not be empty').optional(),
            timeoutMs: int(1).default(20_000),
          })
          .optional(),
      })
      .prefault({}),
    discord: z
      .strictObject({
        token: z.string().trim().min(1, 'must not be empty').optional(),
        applicationId: snowflake.optional(),
        guildId: snowflake.optional(),
        /** Posts a channel receives per minute at most; the rest wait their turn, in order. */
        postsPerMinute: int(1).max(60, 'must be <= 60').default(5),
        /** Discord's REST API base (discord.js appends /v10): a proxy, or a fake Discord in tests. Default Discord's own. */
        apiBaseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).optional(),
      })
      .prefault({}),
    logLevel: z.enum(LOG_LEVELS).default(DEFAULT_CONFIG.logLevel),
    /** Prometheus /metrics and /healthz over HTTP while `start` runs; absent port: no server. */
    metrics: z
      .strictObject({
        port: int(0).max(65_535, 'must be <= 65535').optional(),
        host: nonEmpty.default(DEFAULT_CONFIG.metrics.host),
      })
      .prefault({}),
  })
  // Cross-field checks run even when other fields have problems, so one run reports everything.
  .superRefine(checkReferences, { when: () => true });

/** The config file after validation and defaults, paths still as written. */
export type ConfigFile = z.output<typeof configSchema>;
export type Limits = ConfigFile['limits'];

/** A configured feed: a FeedSource plus the topics it feeds (every topic when the file named none). */
export interface FeedConfig extends FeedSource {
  topics: string[];
  /** The file named no topics: the feed feeds every topic, those created later from Discord too. */
  everyTopic?: true;
}

/** A topic with its files resolved to absolute paths. */
export interface TopicConfig {
  name: string;
  seeds?: string;
  tuning?: string;
  profile?: string;
}

/** The loaded configuration: validated, defaults applied, ids derived, paths absolute. */
export interface Config {
  /** Absolute path of the file it was read from. */
  file: string;
  feeds: FeedConfig[];
  schedule: string;
  timezone: string;
  topics: TopicConfig[];
  /** `sqlite://<absolute path>` or `redis://...`. */
  state: { url: string; namespace: string };
  limits: Limits;
  network: { allowPrivateAddresses: boolean; allowedPrivateHosts: string[] };
  articles: { fetch: boolean };
  summary: { llm?: { baseUrl: string; model: string; apiKey?: string; timeoutMs: number } };
  discord: { token?: string; applicationId?: string; guildId?: string; postsPerMinute: number; apiBaseUrl?: string };
  logLevel: LogLevel;
  /** Absent in hand-built configs (tests): no metrics server. */
  metrics?: { port?: number; host: string };
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

// Runs on a possibly half-valid value (see `when` above), so every access is defensive.
function checkReferences(value: unknown, ctx: z.RefinementCtx): void {
  const root = (value ?? {}) as { feeds?: unknown; topics?: unknown };
  const feeds = Array.isArray(root.feeds) ? (root.feeds as unknown[]) : [];
  const topics = Array.isArray(root.topics) ? (root.topics as unknown[]) : undefined;

  const seenUrls = new Map<string, number>();
  feeds.forEach((feed, index) => {
    const url = normalizeFeedUrl(String((feed as { url?: unknown } | null)?.url ?? ''));
    if (url === undefined) return;
    const first = seenUrls.get(url);
    if (first === undefined) seenUrls.set(url, index);
    else ctx.addIssue({ code: 'custom', path: ['feeds', index, 'url'], message: `duplicate of feeds.${first}.url` });
  });

  const topicNames = new Set<string>();
  topics?.forEach((topic, index) => {
    const name = (topic as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return;
    if (topicNames.has(name)) ctx.addIssue({ code: 'custom', path: ['topics', index, 'name'], message: `duplicate topic name "${name}"` });
    topicNames.add(name);
  });
  if (topics === undefined) return;

  feeds.forEach((feed, index) => {
    const wanted = (feed as { topics?: unknown } | null)?.topics;
    if (!Array.isArray(wanted)) return;
    wanted.forEach((name, at) => {
      if (typeof name === 'string' && !topicNames.has(name)) {
        ctx.addIssue({ code: 'custom', path: ['feeds', index, 'topics', at], message: `unknown topic "${name}"` });
      }
    });
  });
}
