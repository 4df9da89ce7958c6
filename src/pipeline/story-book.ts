import type { FurnitureMemory } from '../core/dedup/source-furniture.ts';
import { StoryIndex, type StoryIndexOptions } from '../core/dedup/story-index.ts';
import type { Story } from '../core/dedup/story.ts';
import type { Post } from '../core/model.ts';
import type { Background } from '../core/profile/background.ts';
import type { Lexicon } from '../core/text/lexicon.ts';
import type { StateStore } from '../ports.ts';
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
  ) {}

  /** The same stories, read and written through `store` (one feed's writes). */
  through(store: StateStore): StoryBook {
    return new StoryBook(store, this.lexicon, this.background, this.indexOptions, this.indexes);
  }

  /** A topic's stories, to assign reports to: the topic counts as changed from here on. */
  async index(topic: string): Promise<StoryIndex> {
    let index = this.indexes.get(topic);
    if (index === undefined) {
      const stories = (await this.store.get<Story[]>(stateKeys.stories(topic))) ?? [];
      // Only the model reads the furniture: the cuts' index neither loads nor saves it.
      const furniture = this.indexOptions.decision === 'model' ? await this.store.get<FurnitureMemory>(stateKeys.storyFurniture(topic)) : undefined;
      index = StoryIndex.fromStories(stories, this.lexicon, this.background, this.indexOptions, furniture);
      this.indexes.set(topic, index);
    }
    this.#changed.add(topic);
    return index;
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
