import { StoryIndex } from '../core/dedup/story-index.ts';
import type { Story } from '../core/dedup/story.ts';
import type { Post } from '../core/model.ts';
import type { Background } from '../core/profile/background.ts';
import type { Lexicon } from '../core/text/lexicon.ts';
import type { StateStore } from '../ports.ts';
import { stateKeys } from './state-keys.ts';

/** A story's post is kept this long after its last report, so a late report can still update it. */
const STORY_POST_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Each topic's open stories, loaded once a cycle from the store and saved back, pruned to the
 * window; and each story's delivered post, so a later report can update it ("also reported by")
 * instead of being posted again.
 */
export class StoryBook {
  private readonly indexes = new Map<string, StoryIndex>();

  constructor(
    private readonly store: StateStore,
    private readonly lexicon: Lexicon,
    private readonly background: Background,
  ) {}

  async index(topic: string): Promise<StoryIndex> {
    let index = this.indexes.get(topic);
    if (index === undefined) {
      const stories = (await this.store.get<Story[]>(stateKeys.stories(topic))) ?? [];
      index = StoryIndex.fromStories(stories, this.lexicon, this.background);
      this.indexes.set(topic, index);
    }
    return index;
  }

  async postOf(topic: string, storyId: string): Promise<Post | undefined> {
    return this.store.get<Post>(stateKeys.storyPost(topic, storyId));
  }

  async savePost(post: Post): Promise<void> {
    if (post.storyId === undefined) return;
    await this.store.set(stateKeys.storyPost(post.topic, post.storyId), post, STORY_POST_TTL_MS);
  }

  /** Prunes every loaded topic's stories to the window and stores them. */
  async save(now: Date): Promise<void> {
    for (const [topic, index] of this.indexes) {
      index.prune(now);
      await this.store.set(stateKeys.stories(topic), index.stories());
    }
  }
}
