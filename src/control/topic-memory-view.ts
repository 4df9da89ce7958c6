import { unlessCorrupt } from '../core/errors.ts';
import { isTopicMemoryData, TopicMemory } from '../core/match/topic-memory.ts';
import { stateKeys } from '../pipeline/state-keys.ts';
import type { StateStore } from '../ports.ts';

/**
 * A topic's memory of its recent matches as a reader finds it in the state store (/topic show,
 * `explain --now`): the worker writes it (pipeline/topic-memories.ts) and starts afresh from an
 * entry it cannot read, so a reader says so rather than fails.
 */
export type StoredTopicMemory = { kind: 'none' } | { kind: 'unreadable'; problem: string } | { kind: 'stored'; memory: TopicMemory };

/** The topic's stored memory aged to `day` (whole UTC days since 1970), as the worker would read it that day. */
export async function readStoredTopicMemory(store: StateStore, topic: string, day: number): Promise<StoredTopicMemory> {
  const stored = await unlessCorrupt(store.get<unknown>(stateKeys.topicMemory(topic)), (error) => error);
  if (stored instanceof Error) return { kind: 'unreadable', problem: stored.message };
  if (stored === undefined) return { kind: 'none' };
  if (!isTopicMemoryData(stored)) return { kind: 'unreadable', problem: 'not a topic memory' };
  return { kind: 'stored', memory: TopicMemory.restore(stored, day) };
}
