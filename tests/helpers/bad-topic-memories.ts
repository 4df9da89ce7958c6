// Stored topic memories a reader must survive (src/core/match/topic-memory.ts): a value of another
// shape, and one that is not JSON at all. Each writes the default topic's memory into a SQLite state
// in the test harness's namespace.
import KeyvSqlite from '@keyv/sqlite';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { StateStore } from '../../src/ports.ts';

export const BAD_STORED_MEMORIES: Array<[string, (store: StateStore, file: string) => Promise<void>]> = [
  ['not a topic memory', (store) => store.set(stateKeys.topicMemory('default'), { version: 9 })],
  [
    'not JSON',
    async (store, file) => {
      await store.set(stateKeys.topicMemory('default'), {});
      const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
      await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:${stateKeys.topicMemory('default')}'`);
      await raw.disconnect();
    },
  ],
];
