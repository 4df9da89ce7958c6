import { unlessCorrupt } from '../core/errors.ts';
import { isTopicMemoryData, TopicMemory, TOPIC_MEMORY_CUTS, type TopicMemoryCuts } from '../core/match/topic-memory.ts';
import type { Logger, StateStore } from '../ports.ts';
import { stateKeys } from './state-keys.ts';

// Each topic's memory of its recent matches (src/core/match/topic-memory.ts) between cycles: read
// at the start of a cycle, aged to its day, written back at its end. It is a cache of what the
// worker saw, not state anything depends on: an entry that cannot be read starts an empty memory
// (one warning line), and a crash mid-cycle loses that cycle's counts (its items are recorded as
// seen and not counted again), which only delays a stand-in by a few items.
//
// A topic that is gone at a cycle (removed from the config, or from the topics created in
// Discord, or left out as unusable) loses its memory then: one created later under its name must
// not take items on the old topic's stand-in words. The names that may have a memory are kept
// under one key (`topicMemories`), written before any memory is, so none is missed without a scan
// of the store; a memory left by a version before that key, of a topic already gone, is not found.

export interface TopicMemories {
  /** Each topic's memory, aged to the cycle's day. */
  memories: Map<string, TopicMemory>;
  /** Writes back the memories that changed (counted an item, or aged to a new day). */
  save(logger: Logger): Promise<void>;
  /** Notes that this topic's memory counted something this cycle. */
  touched(topic: string): void;
}

/**
 * A topic's memory as a reader finds it in the state store (the worker, `status`, `/topic show`,
 * `explain --now`): the worker starts afresh from an entry it cannot read, so a reader says so
 * rather than fails. `savedDay` is the day its counts were saved at.
 */
export type StoredTopicMemory = { kind: 'none' } | { kind: 'unreadable'; problem: string } | { kind: 'stored'; memory: TopicMemory; savedDay: number };

/** The topic's stored memory aged to `day` (whole UTC days since 1970), as the worker would read it that day. */
export async function readStoredTopicMemory(store: StateStore, topic: string, day: number, cuts: TopicMemoryCuts = TOPIC_MEMORY_CUTS): Promise<StoredTopicMemory> {
  const stored = await unlessCorrupt(store.get<unknown>(stateKeys.topicMemory(topic)), (error) => error);
  if (stored instanceof Error) return { kind: 'unreadable', problem: stored.message };
  if (stored === undefined) return { kind: 'none' };
  if (!isTopicMemoryData(stored)) return { kind: 'unreadable', problem: 'not a topic memory' };
  return { kind: 'stored', memory: TopicMemory.restore(stored, day, cuts), savedDay: stored.day };
}

export async function readTopicMemories(store: StateStore, topics: readonly string[], day: number, cuts: TopicMemoryCuts, logger: Logger): Promise<TopicMemories> {
  const memories = new Map<string, TopicMemory>();
  const changed = new Set<string>();
  for (const topic of new Set(topics)) {
    const stored = await readStoredTopicMemory(store, topic, day, cuts);
    if (stored.kind === 'unreadable') logger.warn({ topic, key: stateKeys.topicMemory(topic), error: stored.problem }, "this topic's memory cannot be read: it starts empty");
    // Worth writing even if this cycle counts nothing: an unreadable entry (replaced, so it is
    // said once) or a memory aged to a new day.
    if (stored.kind === 'unreadable' || (stored.kind === 'stored' && stored.savedDay !== day)) changed.add(topic);
    memories.set(topic, stored.kind === 'stored' ? stored.memory : new TopicMemory(day, cuts));
  }
  return {
    memories,
    touched: (topic) => void changed.add(topic),
    async save(log) {
      for (const topic of changed) {
        const memory = memories.get(topic);
        if (memory === undefined) continue;
        try {
          await store.set(stateKeys.topicMemory(topic), memory.toData());
        } catch (error) {
          log.warn({ topic, error: String(error) }, "topic's memory not saved: this cycle's counts are lost");
        }
      }
      changed.clear();
    },
  };
}

/**
 * Deletes the memories of topics not among `topics` (this cycle's), as listed under the
 * `topicMemories` key, and lists `topics` there before any of their memories is written. A
 * memory that cannot be deleted now stays listed and is tried again at the next cycle.
 */
export async function forgetRemovedTopics(store: StateStore, topics: readonly string[], logger: Logger): Promise<void> {
  const current = new Set(topics);
  const stored = await unlessCorrupt(store.get<unknown>(stateKeys.topicMemories), (error) => {
    logger.warn({ key: error.key, error: error.message }, 'the list of topics with a memory cannot be read: it starts afresh');
    return undefined;
  });
  const listed = Array.isArray(stored) ? stored.filter((name): name is string => typeof name === 'string') : [];
  const kept = new Set(current);
  for (const topic of listed) {
    if (current.has(topic)) continue;
    try {
      await store.delete(stateKeys.topicMemory(topic));
      logger.info({ topic }, 'topic is gone: its memory is deleted');
    } catch (error) {
      kept.add(topic);
      logger.warn({ topic, error: String(error) }, "a removed topic's memory not deleted: tried again next cycle");
    }
  }
  const unchanged = kept.size === listed.length && listed.every((topic) => kept.has(topic));
  if (!unchanged || !Array.isArray(stored)) await store.set(stateKeys.topicMemories, [...kept].sort());
}


/**
 * Deletes a topic's stored memory: a topic created under a name that had one (removed and made
 * again before a cycle noticed) starts empty, never on the old topic's stand-ins.
 */
export async function forgetTopicMemory(store: StateStore, topic: string): Promise<void> {
  await store.delete(stateKeys.topicMemory(topic));
}
