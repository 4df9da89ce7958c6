// A topic's stored memory for the readers outside the pipeline (Discord's /topic show and /topic
// explain, `explain --now`): the worker's own reader, pipeline/topic-memories.ts.
export { readStoredTopicMemory, type StoredTopicMemory } from '../pipeline/topic-memories.ts';
