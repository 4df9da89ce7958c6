// A topic's stored memory for the readers outside the pipeline (Discord's /topic show and /topic
// explain, `explain --now`): the worker's own reader, pipeline/topic-memories.ts; /topic create
// deletes a memory left under the name it takes.
export { forgetTopicMemory, readStoredTopicMemory, type StoredTopicMemory } from '../pipeline/topic-memories.ts';
