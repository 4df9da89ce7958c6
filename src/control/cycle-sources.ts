import type { Config } from '../config/schema.ts';
import { normalizeFeedUrl } from '../config/feed-identity.ts';
import { feedId } from '../config/load-config.ts';
import type { NewsItem, TopicProfile } from '../core/model.ts';
import type { Tuning } from '../core/profile/apply-tuning.ts';
import { makeBackground, type Background } from '../core/profile/background.ts';
import type { NamedSeed } from '../core/profile/learn-profile.ts';
import type { RecentDf } from '../core/profile/recent-df.ts';
import type { TopicMatcher } from '../core/select/select-items.ts';
import { assembleTopic, learnTopic, tuneTopic, type AssembledTopic } from '../core/topic/assemble-topic.ts';
import type { Lexicon } from '../core/text/lexicon.ts';
import { readBackgroundData } from '../adapters/lexicon-files.ts';
import { readProfileFile, readSeedDir } from '../adapters/topic-files.ts';
import type { CycleFeed } from '../pipeline/run-cycle.ts';
import { recentDfBook } from '../pipeline/recent-items.ts';
import type { Logger, StateStore } from '../ports.ts';
import { readNamedTuningFile } from '../adapters/tuning-file.ts';
import { FeedSettingsBook, type FeedSettings } from './feed-settings.ts';
import { mergeTuning, TopicSettingsBook, type TopicSettings } from './topic-settings.ts';

/** What one cycle polls and matches: the config's feeds and topics with Discord's changes laid over. */
export interface CycleSources {
  feeds: CycleFeed[];
  topics: TopicMatcher[];
}

interface BaseTopic {
  name: string;
  /** Seeds of a topic learned from a directory (re-learned when the background moves); absent for a saved profile. */
  seeds?: NamedSeed[];
  /** The learned (or saved) profile before any tuning, against the background of `learnedOn`. */
  learned: TopicProfile;
  learnedOn: string;
  fileTuning: Tuning;
}

export interface CycleSourceOptions {
  /**
   * The background topics are learned against once the worker has counted its own feeds:
   * default, the shipped table blended with them (makeBackground(data, recent)).
   */
  blend?: (recent: RecentDf) => Background;
}

/** The background a resolver learns with, and a stamp that changes when it does. */
interface CurrentBackground {
  background: Background;
  version: string;
  /** The headlines the worker saw lately, as of `version`: topics' facets are widened from them. */
  feedback?: readonly NewsItem[];
}

const SHIPPED = 'shipped';

/**
 * Resolves the feeds and topics for each cycle. Configured topics are learned at start-up; a
 * topic is re-learned or re-tuned only when its Discord settings changed (their `updatedAt`) or,
 * once a day at most, when the background moved (the worker's own feeds, counted by the cycle,
 * blended with the shipped table), so a cycle costs a store read, not a re-learn.
 */
export class CycleSourceResolver {
  private readonly base: BaseTopic[];
  private readonly prepared = new Map<string, { version: string; matcher: TopicMatcher }>();
  private readonly reported = new Map<string, string>();
  private current: CurrentBackground;
  private readonly blend: (recent: RecentDf) => Background;

  constructor(
    private readonly config: Config,
    private readonly lexicon: Lexicon,
    background: Background,
    private readonly logger?: Logger,
    options: CycleSourceOptions = {},
  ) {
    this.current = { background, version: SHIPPED };
    this.blend = options.blend ?? shippedBlend();
    this.base = config.topics.map((topic) => {
      const fileTuning = topic.tuning === undefined ? {} : readNamedTuningFile(topic.tuning);
      if (topic.profile !== undefined) return { name: topic.name, learned: { ...readProfileFile(topic.profile), name: topic.name }, learnedOn: SHIPPED, fileTuning };
      const seeds = readSeedDir(topic.seeds!);
      return { name: topic.name, seeds, learned: learnTopic(topic.name, seeds, this.text()), learnedOn: SHIPPED, fileTuning };
    });
  }

  /** Names of the configured topics (they cannot be deleted from Discord). */
  get configuredTopics(): string[] {
    return this.base.map((t) => t.name);
  }

  /** The background topics are learned against now (the shipped table until the worker has counted its feeds). */
  get background(): Background {
    return this.current.background;
  }

  /** Learns seeds as the worker would now. */
  learn(name: string, seeds: readonly NamedSeed[]): TopicProfile {
    return learnTopic(name, seeds, this.text());
  }

  /** A topic from seeds as the worker would assemble it now, with learning's report (`/topic create` and `add-seed` show it). */
  assemble(name: string, seeds: readonly NamedSeed[], tuning: Tuning = {}): AssembledTopic {
    return assembleTopic({ name, seeds, tuning }, this.text());
  }

  async resolve(store: StateStore): Promise<CycleSources> {
    await this.refreshBackground(store);
    const [topicSettings, feedSettings] = await Promise.all([new TopicSettingsBook(store).all(), new FeedSettingsBook(store).get()]);
    const topics = this.topics(topicSettings);
    return { topics, feeds: resolveFeeds(this.config, feedSettings, topics.map((t) => t.name)) };
  }

  /** At most once a day: the recent table's day stamps the background. */
  private async refreshBackground(store: StateStore): Promise<void> {
    const book = recentDfBook(store);
    const table = await book.table();
    if (table.docs.id + table.docs.en <= 0) return;
    const version = `recent@${table.day}`;
    if (version === this.current.version) return;
    try {
      // Copies: the book keeps counting, and a background must not move under a learned profile.
      const feedback = [...(await book.headlines())];
      this.current = { background: this.blend(structuredClone(table)), version, ...(feedback.length > 0 ? { feedback } : {}) };
    } catch (error) {
      if (this.reported.get('background') !== version) this.logger?.error({ error: (error as Error).message }, 'recent background cannot be used; topics stay learned on the shipped table');
      this.reported.set('background', version);
    }
  }

  private text() {
    const { background, feedback } = this.current;
    return { lexicon: this.lexicon, background, ...(feedback === undefined ? {} : { feedback }) };
  }

  /** A configured topic's learned profile, re-learned from its seeds when the background moved. */
  private learnedBase(base: BaseTopic): TopicProfile {
    if (base.seeds === undefined || base.learnedOn === this.current.version) return base.learned;
    try {
      base.learned = learnTopic(base.name, base.seeds, this.text());
    } catch (error) {
      // It was learned at start-up: keep that profile rather than lose the topic.
      this.logger?.error({ topic: base.name, error: (error as Error).message }, 'topic cannot be re-learned on the recent background; kept as learned before');
    }
    base.learnedOn = this.current.version;
    return base.learned;
  }

  private topics(settings: Record<string, TopicSettings>): TopicMatcher[] {
    const matchers: TopicMatcher[] = [];
    for (const base of this.base) {
      const stamp = base.seeds === undefined ? SHIPPED : this.current.version;
      const tuned = () => ({ learned: this.learnedBase(base), tuning: mergeTuning(base.fileTuning, settings[base.name]?.tuning ?? {}) });
      matchers.push(this.safely(base.name, settings[base.name], stamp, tuned) ?? this.matcher(base.name, undefined, stamp, () => ({ learned: this.learnedBase(base), tuning: base.fileTuning })));
    }
    for (const created of Object.values(settings)) {
      if (this.base.some((b) => b.name === created.name) || !created.seeds?.length) continue;
      const matcher = this.safely(created.name, created, this.current.version, () => ({ learned: this.learn(created.name, created.seeds!), tuning: created.tuning }));
      if (matcher) matchers.push(matcher);
    }
    return matchers;
  }

  /**
   * A topic whose Discord settings cannot be learned or applied (stored by an older version, say)
   * must not stop every cycle: it is left out (a configured one falls back to its files) and said
   * so once per change.
   */
  private safely(name: string, settings: TopicSettings | undefined, stamp: string, build: () => { learned: TopicProfile; tuning: Tuning }): TopicMatcher | undefined {
    try {
      return this.matcher(name, settings, stamp, build);
    } catch (error) {
      const version = settings?.updatedAt ?? 'config';
      if (this.reported.get(name) !== version) this.logger?.error({ topic: name, error: (error as Error).message }, 'topic settings from Discord cannot be used; left out until changed');
      this.reported.set(name, version);
      return undefined;
    }
  }

  private matcher(name: string, settings: TopicSettings | undefined, stamp: string, build: () => { learned: TopicProfile; tuning: Tuning }): TopicMatcher {
    const version = `${settings?.updatedAt ?? 'config'}|${stamp}`;
    const cached = this.prepared.get(name);
    if (cached?.version === version) return cached.matcher;
    const { learned, tuning } = build();
    const matcher = { name, prepared: tuneTopic(learned, tuning, this.lexicon).prepared };
    this.prepared.set(name, { version, matcher });
    return matcher;
  }
}

/** The shipped table (read once, when first needed) blended with the worker's recent counts. */
function shippedBlend(): (recent: RecentDf) => Background {
  let data: ReturnType<typeof readBackgroundData> | undefined;
  return (recent) => makeBackground((data ??= readBackgroundData()), recent);
}

/** The config's feeds without those switched off, plus those added from Discord. */
export function resolveFeeds(config: Pick<Config, 'feeds'>, settings: FeedSettings, topicNames: readonly string[]): CycleFeed[] {
  const removed = new Set(settings.removed);
  const known = new Set(topicNames);
  const feeds: CycleFeed[] = config.feeds
    .filter((f) => !removed.has(f.id))
    .map(({ everyTopic, ...f }) => ({ ...f, topics: everyTopic ? [...topicNames] : f.topics.filter((t) => known.has(t)) }));
  // One feed spelled two ways (the config file changed after a /feeds add) is polled once.
  const urls = new Set(feeds.map((f) => normalizeFeedUrl(f.url) ?? f.url));
  for (const added of settings.added) {
    const identity = normalizeFeedUrl(added.url) ?? added.url;
    if (urls.has(identity)) continue;
    urls.add(identity);
    feeds.push({
      id: feedId(added.name, added.url),
      url: added.url,
      name: added.name,
      ...(added.language ? { language: added.language } : {}),
      topics: (added.topics ?? [...topicNames]).filter((t) => known.has(t)),
    });
  }
  return feeds;
}
