import type { Lang } from '../core/model.ts';
import type { StateStore } from '../ports.ts';
import { storeLock } from './store-lock.ts';

// Feeds as changed from Discord: feeds added with /feeds add, and configured feeds switched off
// with /feeds remove (the config file is not rewritten; removing an added feed deletes it).

export interface AddedFeed {
  url: string;
  name: string;
  /** The web page it was found on (`/feeds add` given a page), or an OPML outline's htmlUrl. */
  htmlUrl?: string;
  language?: Lang;
  /** Topics it feeds; absent: every topic. */
  topics?: string[];
  addedAt: string;
  addedBy?: string;
}

export interface FeedSettings {
  added: AddedFeed[];
  /** Ids of configured feeds switched off. */
  removed: string[];
}

export const FEED_SETTINGS_KEY = 'control:feeds';

export class FeedSettingsBook {
  constructor(private readonly store: StateStore) {}

  async get(): Promise<FeedSettings> {
    return (await this.store.get<FeedSettings>(FEED_SETTINGS_KEY)) ?? { added: [], removed: [] };
  }

  /** Applies `edit` to the settings as stored now and stores them, under the store's lock; `edit` may throw to abandon the change. */
  change<T>(edit: (settings: FeedSettings) => T): Promise<T> {
    return storeLock(this.store).run(FEED_SETTINGS_KEY, async () => {
      const settings = await this.get();
      const result = edit(settings);
      await this.store.set(FEED_SETTINGS_KEY, settings);
      return result;
    });
  }

  set(settings: FeedSettings): Promise<void> {
    return this.change((current) => void Object.assign(current, settings));
  }
}
