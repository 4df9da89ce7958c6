import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Speed, measured on the 2-core CI machine (whole suite 640 s -> see the commit messages):
// - maxWorkers 2: vitest's default is one worker fewer than the cores, so one worker here, and a
//   file waiting on a child process (npm ci compiling sqlite3, the crash tests' workers) left the
//   second core idle.
// - isolate: false: each file no longer re-imports src/ and its packages in a fresh process (about
//   2 s a file). No test mocks modules or changes process-wide state. One file stays isolated:
//   discord.js's own undici and ours share one global dispatcher, and once ours has loaded first
//   (any earlier file in the same worker) the fake server's multipart test fails.
// - The slowest files start first, so none of them is left running alone at the end.
//   The Redis outage test runs isolated too: it timed out once in CI (60 s, every step waiting on
//   reconnects), never alone or under load here; a worker of its own rules out what earlier files left.
const ISOLATED = ['tests/discord/discord-fake-server.test.ts', 'tests/adapters/keyv-store-redis-outage.test.ts'];
const SLOWEST_FIRST = [
  'tests/integration/dockerfile-replay.test.ts',
  'tests/integration/crash.test.ts',
  'tests/topics/robustness.test.ts',
  'tests/integration/crash-stops.test.ts',
  'tests/commands/eval-command.test.ts',
  'tests/topics/topic-gate.test.ts',
  'tests/integration/worker-process.test.ts',
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = SLOWEST_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return index === -1 ? SLOWEST_FIRST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
