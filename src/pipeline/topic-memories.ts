import { unlessCorrupt } from '../core/errors.ts';
import { isTopicMemoryData, TopicMemory, type TopicMemoryCuts } from '../core/match/topic-memory.ts';
import type { Logger, StateStore } from '../ports.ts';
import { stateKeys } from './state-keys.ts';

// Each topic's memory of its recent matches (src/core/match/topic-memory.ts) between cycles: read
// at the start of a cycle, aged to its day, written back at its end. It is a cache of what the
// worker saw, not state anything depends on: an entry that cannot be read starts an empty memory
// (one warning line), and a crash mid-cycle loses that cycle's counts (its items are recorded as
// seen and not counted again), which only delays a stand-in by a few items.

export interface TopicMemories {
  /** Each topic's memory, aged to the cycle's day. */
  memories: Map<string, TopicMemory>;
  /** Writes back the memories that changed (counted an item, or aged to a new day). */
  save(logger: Logger): Promise<void>;
  /** Notes that this topic's memory counted something this cycle. */
  touched(topic: string): void;
}

export async function readTopicMemories(store: StateStore, topics: readonly string[], day: number, cuts: TopicMemoryCuts, logger: Logger): Promise<TopicMemories> {
  const memories = new Map<string, TopicMemory>();
  const changed = new Set<string>();
  for (const topic of new Set(topics)) {
    const key = stateKeys.topicMemory(topic);
    const stored = await unlessCorrupt(store.get<unknown>(key), (error) => error);
    if (stored instanceof Error) logger.warn({ topic, key, error: stored.message }, "this topic's memory cannot be read: it starts empty");
    else if (stored !== undefined && !isTopicMemoryData(stored)) logger.warn({ topic, key }, "this topic's memory is not in a form this version knows: it starts empty");
    const data = stored !== undefined && !(stored instanceof Error) && isTopicMemoryData(stored) ? stored : undefined;
    const memory = TopicMemory.restore(data, day, cuts);
    // Worth writing even if this cycle counts nothing: an unreadable entry (replaced, so it is
    // said once) or a memory aged to a new day.
    if (data === undefined ? stored !== undefined : data.day !== day) changed.add(topic);
    memories.set(topic, memory);
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
