import type { Config } from '../config/schema.ts';
import { feedId } from '../config/load-config.ts';
import { prepareProfile } from '../core/match/match-item.ts';
import type { TopicProfile } from '../core/model.ts';
import type { Background } from '../core/profile/background.ts';
import { applyTuning, type Tuning } from '../core/profile/apply-tuning.ts';
import { learnProfile } from '../core/profile/learn-profile.ts';
import type { TopicMatcher } from '../core/select/select-items.ts';
import type { Lexicon } from '../core/text/lexicon.ts';
import { readProfileFile, readSeedDir } from '../adapters/topic-files.ts';
import { readTuningFile } from '../adapters/tuning-file.ts';
import type { CycleFeed } from '../pipeline/run-cycle.ts';
import type { Logger, StateStore } from '../ports.ts';
import { FeedSettingsBook, type FeedSettings } from './feed-settings.ts';
import { mergeTuning, TopicSettingsBook, type TopicSettings } from './topic-settings.ts';

/** What one cycle polls and matches: the config's feeds and topics with Discord's changes laid over. */
export interface CycleSources {
  feeds: CycleFeed[];
  topics: TopicMatcher[];
}

interface BaseTopic {
  name: string;
  /** The learned (or saved) profile before any tuning. */
  learned: TopicProfile;
  fileTuning: Tuning;
}

/**
 * Resolves the feeds and topics for each cycle. Configured topics are learned once; a topic is
 * re-prepared only when its Discord settings changed (their `updatedAt`), so a cycle costs a
 * store read, not a re-learn.
 */
export class CycleSourceResolver {
  private readonly base: BaseTopic[];
  private readonly prepared = new Map<string, { version: string; matcher: TopicMatcher }>();
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly config: Config,
    private readonly lexicon: Lexicon,
    private readonly background: Background,
    private readonly logger?: Logger,
  ) {
    this.base = config.topics.map((topic) => {
      const learned = topic.profile !== undefined ? readProfileFile(topic.profile) : learnProfile(readSeedDir(topic.seeds!), lexicon, background, { name: topic.name });
      return { name: topic.name, learned: { ...learned, name: topic.name }, fileTuning: topic.tuning === undefined ? {} : readTuningFile(topic.tuning) };
    });
  }

  /** Names of the configured topics (they cannot be deleted from Discord). */
  get configuredTopics(): string[] {
    return this.base.map((t) => t.name);
  }

  async resolve(store: StateStore): Promise<CycleSources> {
    const [topicSettings, feedSettings] = await Promise.all([new TopicSettingsBook(store).all(), new FeedSettingsBook(store).get()]);
    const topics = this.topics(topicSettings);
    return { topics, feeds: resolveFeeds(this.config, feedSettings, topics.map((t) => t.name)) };
  }

  private topics(settings: Record<string, TopicSettings>): TopicMatcher[] {
    const matchers: TopicMatcher[] = [];
    for (const base of this.base) {
      const tuned = () => ({ learned: base.learned, tuning: mergeTuning(base.fileTuning, settings[base.name]?.tuning ?? {}) });
      matchers.push(this.safely(base.name, settings[base.name], tuned) ?? this.matcher(base.name, undefined, () => ({ learned: base.learned, tuning: base.fileTuning })));
    }
    for (const created of Object.values(settings)) {
      if (this.base.some((b) => b.name === created.name) || !created.seeds?.length) continue;
      const matcher = this.safely(created.name, created, () => ({ learned: learnProfile(created.seeds!, this.lexicon, this.background, { name: created.name }), tuning: created.tuning }));
      if (matcher) matchers.push(matcher);
    }
    return matchers;
  }

  /**
   * A topic whose Discord settings cannot be learned or applied (stored by an older version, say)
   * must not stop every cycle: it is left out (a configured one falls back to its files) and said
   * so once per change.
   */
  private safely(name: string, settings: TopicSettings | undefined, build: () => { learned: TopicProfile; tuning: Tuning }): TopicMatcher | undefined {
    try {
      return this.matcher(name, settings, build);
    } catch (error) {
      const version = settings?.updatedAt ?? 'config';
      if (this.reported.get(name) !== version) this.logger?.error({ topic: name, error: (error as Error).message }, 'topic settings from Discord cannot be used; left out until changed');
      this.reported.set(name, version);
      return undefined;
    }
  }

  private matcher(name: string, settings: TopicSettings | undefined, build: () => { learned: TopicProfile; tuning: Tuning }): TopicMatcher {
    const version = settings?.updatedAt ?? 'config';
    const cached = this.prepared.get(name);
    if (cached?.version === version) return cached.matcher;
    const { learned, tuning } = build();
    const matcher = { name, prepared: prepareProfile(applyTuning(learned, tuning, this.lexicon), this.lexicon) };
    this.prepared.set(name, { version, matcher });
    return matcher;
  }
}

/** The config's feeds without those switched off, plus those added from Discord. */
export function resolveFeeds(config: Pick<Config, 'feeds'>, settings: FeedSettings, topicNames: readonly string[]): CycleFeed[] {
  const removed = new Set(settings.removed);
  const known = new Set(topicNames);
  const feeds: CycleFeed[] = config.feeds
    .filter((f) => !removed.has(f.id))
    .map(({ everyTopic, ...f }) => ({ ...f, topics: everyTopic ? [...topicNames] : f.topics.filter((t) => known.has(t)) }));
  const urls = new Set(feeds.map((f) => f.url));
  for (const added of settings.added) {
    if (urls.has(added.url)) continue;
    urls.add(added.url);
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
