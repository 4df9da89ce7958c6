import type { FurnitureMemory } from '../core/dedup/source-furniture.ts';
import { StoryIndex, type StoryIndexOptions } from '../core/dedup/story-index.ts';
import type { Story } from '../core/dedup/story.ts';
import type { Post } from '../core/model.ts';
import type { Background } from '../core/profile/background.ts';
import type { Lexicon } from '../core/text/lexicon.ts';
import { unlessCorrupt } from '../core/errors.ts';
import type { Logger, StateStore } from '../ports.ts';
import { stateKeys } from './state-keys.ts';

/** A story's post is kept this long after its last report, so a late report can still update it. */
const STORY_POST_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Each topic's open stories, loaded once a cycle from the store, and each story's delivered
 * post, so a later report can update it ("also reported by") instead of being posted again.
 * A feed works through its own view (`through`), whose writes go with the feed's other writes:
 * the stories a feed changed are saved with the posts it queued (see feed-writes.ts). Under the
 * model's decision the index's furniture memory is saved beside the stories, in the same writes:
 * without it a restarted index would compare later items on other text than one that ran on.
 */
export class StoryBook {
  /** Topics whose stories this view changed, saved by `saveChanged`. */
  readonly #changed = new Set<string>();

  constructor(
    private readonly store: StateStore,
    private readonly lexicon: Lexicon,
    private readonly background: Background,
    private readonly indexOptions: StoryIndexOptions = {},
    private readonly indexes = new Map<string, StoryIndex>(),
    private readonly logger?: Logger,
  ) {}

  /** The same stories, read and written through `store` (one feed's writes). */
  through(store: StateStore): StoryBook {
    return new StoryBook(store, this.lexicon, this.background, this.indexOptions, this.indexes, this.logger);
  }

  /** A topic's stories, to assign reports to: the topic counts as changed from here on. */
  async index(topic: string): Promise<StoryIndex> {
    let index = this.indexes.get(topic);
    if (index === undefined) {
      index = await this.load(topic);
      this.indexes.set(topic, index);
    }
    this.#changed.add(topic);
    return index;
  }

  /**
   * A topic's stories as stored. What cannot be read (not JSON, not a list, a story missing its
   * fields) is left out with one line naming the topic: thrown, it failed every cycle of every
   * feed of the topic, and of whatever those feeds fed besides. A story left out is forgotten: a
   * later report of it may be posted as new (once), which is less than nothing posted at all.
   * A store that cannot be reached still throws (the feed is polled again next cycle).
   */
  private async load(topic: string): Promise<StoryIndex> {
    const key = stateKeys.stories(topic);
    const corrupt = (detail: string) => this.logger?.error({ topic, key, error: detail }, 'stories of this topic are corrupt: what cannot be read is left out (its later reports may be posted as new)');
    const stories = await unlessCorrupt(this.store.get<Story[]>(key), (error) => (corrupt(error.message), []));
    // Only the model reads the furniture: the cuts' index neither loads nor saves it.
    let furniture = this.indexOptions.decision === 'model'
      ? await unlessCorrupt(this.store.get<FurnitureMemory>(stateKeys.storyFurniture(topic)), (error) => (corrupt(error.message), undefined))
      : undefined;
    const build = (list: readonly Story[]) => StoryIndex.fromStories(list, this.lexicon, this.background, this.indexOptions, furniture);
    // No entry yet (a topic that never had a story) is an empty list, not a corrupt one.
    if (stories === undefined) return build([]);
    if (!Array.isArray(stories)) {
      corrupt('not a list of stories');
      return build([]);
    }
    try {
      return build(stories);
    } catch (error) {
      if (furniture !== undefined) {
        try {
          build([]);
        } catch {
          // The furniture memory itself cannot be read: the index does without, as after an upgrade.
          corrupt(`the furniture memory cannot be read (${(error as Error).message})`);
          furniture = undefined;
          return this.loadReadable(stories, build, corrupt);
        }
      }
      return this.loadReadable(stories, build, corrupt, error);
    }
  }

  /** The stories that can be read, each tried on its own; the rest are said and left out. */
  private loadReadable(stories: readonly Story[], build: (list: readonly Story[]) => StoryIndex, corrupt: (detail: string) => void, error?: unknown): StoryIndex {
    const readable = stories.filter((story) => {
      try {
        build([story]);
        return true;
      } catch {
        return false;
      }
    });
    if (readable.length < stories.length) {
      corrupt(`${stories.length - readable.length} of ${stories.length} stories cannot be read${error instanceof Error ? ` (${error.message})` : ''}`);
    }
    return build(readable);
  }

  async postOf(topic: string, storyId: string): Promise<Post | undefined> {
    return this.store.get<Post>(stateKeys.storyPost(topic, storyId));
  }

  async savePost(post: Post): Promise<void> {
    if (post.storyId === undefined) return;
    await this.store.set(stateKeys.storyPost(post.topic, post.storyId), post, STORY_POST_TTL_MS);
  }

  /** Prunes the stories of every topic this view changed to the window and stores them. */
  async saveChanged(now: Date): Promise<void> {
    for (const topic of this.#changed) {
      const index = this.indexes.get(topic)!;
      index.prune(now);
      await this.store.set(stateKeys.stories(topic), index.stories());
      if (index.usesFurniture) await this.store.set(stateKeys.storyFurniture(topic), index.furnitureMemory());
    }
    this.#changed.clear();
  }
}
