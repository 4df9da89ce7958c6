import type { Tuning } from '../core/profile/apply-tuning.ts';
import type { NamedSeed } from '../core/profile/learn-profile.ts';
import type { StateStore } from '../ports.ts';
import { storeLock } from './store-lock.ts';

// Topics as changed from Discord: new topics learned from seed URLs (/topic create, add-seed)
// and tuning (keywords, exclusions, threshold) laid over configured and created topics alike.
// Kept in the state store; the worker reads them at the start of every cycle.

export interface TopicSettings {
  name: string;
  /** Seeds of a topic created from Discord (cleaned article text); absent for a configured topic. */
  seeds?: Array<NamedSeed & { url?: string }>;
  /** Tuning merged over the topic's own tuning file: boost/exclude lists add, threshold replaces. */
  tuning: Tuning;
  updatedAt: string;
  updatedBy?: string;
}

export const TOPIC_SETTINGS_KEY = 'control:topics';
/** A topic name: what a slash-command option and a state key can both hold. */
export const TOPIC_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

export class TopicSettingsBook {
  constructor(private readonly store: StateStore) {}

  async all(): Promise<Record<string, TopicSettings>> {
    return (await this.store.get<Record<string, TopicSettings>>(TOPIC_SETTINGS_KEY)) ?? {};
  }

  async get(name: string): Promise<TopicSettings | undefined> {
    return (await this.all())[name];
  }

  /**
   * Applies `change` to the topic's settings (created empty if absent) and stores them, under the
   * store's lock so concurrent slash commands lose nothing. The cycle re-prepares a topic when its
   * `updatedAt` changes, so the stamp always moves forward, even for two changes in one
   * millisecond or a clock that steps back. `change` may throw to abandon the change.
   */
  update(name: string, change: (settings: TopicSettings, all: Readonly<Record<string, TopicSettings>>) => void, at: Date, by?: string): Promise<TopicSettings> {
    return storeLock(this.store).run(TOPIC_SETTINGS_KEY, async () => {
      const all = await this.all();
      const previous = all[name];
      const settings: TopicSettings = previous === undefined ? { name, tuning: {}, updatedAt: at.toISOString() } : structuredClone(previous);
      change(settings, all);
      const last = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous.updatedAt);
      settings.updatedAt = (Number.isFinite(last) && at.getTime() <= last ? new Date(last + 1) : at).toISOString();
      if (by !== undefined) settings.updatedBy = by;
      await this.store.set(TOPIC_SETTINGS_KEY, { ...all, [name]: settings });
      return settings;
    });
  }

  remove(name: string): Promise<boolean> {
    return storeLock(this.store).run(TOPIC_SETTINGS_KEY, async () => {
      const all = await this.all();
      if (!(name in all)) return false;
      delete all[name];
      await this.store.set(TOPIC_SETTINGS_KEY, all);
      return true;
    });
  }
}

/** Tuning from a file, then from Discord: lists and boosts add up, Discord's threshold wins. */
export function mergeTuning(base: Tuning, over: Tuning): Tuning {
  const threshold = over.threshold ?? base.threshold;
  return {
    ...(threshold === undefined ? {} : { threshold }),
    boost: { ...(base.boost ?? {}), ...(over.boost ?? {}) },
    exclude: [...new Set([...(base.exclude ?? []), ...(over.exclude ?? [])])],
    require: [...(base.require ?? []), ...(over.require ?? [])],
  };
}

/** Every topic's name: the configured ones, then those created from Discord (they have seeds). */
export async function allTopicNames(configured: readonly string[], store: StateStore): Promise<string[]> {
  const created = Object.values(await new TopicSettingsBook(store).all()).filter((t) => t.seeds?.length && !configured.includes(t.name));
  return [...configured, ...created.map((t) => t.name)];
}
