// `npm run crashtest [-- --kills N] [--events N] [--stores sqlite,redis] [--scenarios kill,faults,term] [--seed N] [--logs FILE]`
//
// The worker as a real process against the loopback feed server and the fake Discord, stopped
// at random moments while three outlets publish, then drained (see crashtest-lib.ts). Prints one
// JSON line per scenario and channel kind: {"scenario","kind","kills","stories","posted_once",
// "lost","doubled"}, then the problems seen; exits 1 when any event was lost or doubled.
//
// Scenarios, on each store: SIGKILL without Discord faults (`kill`), SIGKILL with scripted
// Discord faults (`faults`: 429, 5xx, hangs, answers lost after the message was made), and
// clean SIGTERM stops with the same faults (`term`, half as many stops). Redis is
// 127.0.0.1:6379 (a run there is skipped, saying so, when nothing answers).
import { parseArgs } from 'node:util';
import { tcpReachable } from '../tests/helpers/redis.ts';
import { CHANNEL_KINDS, runCrashScenario, scenarioName, type ScenarioOptions } from './crashtest-lib.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '100' },
    events: { type: 'string', default: '46' },
    stores: { type: 'string', default: 'sqlite,redis' },
    scenarios: { type: 'string', default: 'kill,faults,term' },
    seed: { type: 'string', default: '1' },
    /** A file to append every worker's log to. */
    logs: { type: 'string' },
  },
});
const kills = Number(values.kills);
const events = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(events) || events < 1 || !Number.isInteger(seed)) {
  process.stderr.write('crashtest: --kills, --events and --seed take whole numbers (kills and events >= 1)\n');
  process.exit(2);
}

const plans: Array<Pick<ScenarioOptions, 'faults' | 'stop' | 'kills'> & { name: string }> = [
  { name: 'kill', faults: false, stop: 'kill', kills },
  { name: 'faults', faults: true, stop: 'kill', kills },
  { name: 'term', faults: true, stop: 'term', kills: Math.max(1, Math.round(kills / 2)) },
];
const wanted = new Set(values.scenarios.split(','));
let failed = false;
for (const store of values.stores.split(',') as Array<ScenarioOptions['store']>) {
  if (store === 'redis' && !(await tcpReachable('127.0.0.1', 6379, 500))) {
    process.stderr.write('crashtest: SKIPPED the Redis scenarios: nothing answers at 127.0.0.1:6379\n');
    continue;
  }
  for (const plan of plans.filter((p) => wanted.has(p.name))) {
    const begun = Date.now();
    const result = await runCrashScenario({ store, faults: plan.faults, stop: plan.stop, kills: plan.kills, events, seed, log: (line) => process.stderr.write(`${line}\n`), ...(values.logs ? { workerLog: values.logs } : {}) });
    for (const kind of CHANNEL_KINDS) {
      process.stdout.write(`${JSON.stringify({ scenario: scenarioName({ store, ...plan }), kind, ...result.kinds[kind] })}\n`);
      if (result.kinds[kind].lost > 0 || result.kinds[kind].doubled > 0) failed = true;
    }
    if (plan.stop === 'term' || result.stops.count > 0) {
      process.stdout.write(`${JSON.stringify({ scenario: result.scenario, sigterm_stops: result.stops.count, exited_zero: result.stops.exitedZero, slowest_stop_ms: result.stops.slowestMs })}\n`);
    }
    for (const problem of result.problems) process.stderr.write(`  problem: ${problem}\n`);
    if (result.problems.length > 0) failed = true;
    process.stderr.write(`${result.scenario}: ${Math.round((Date.now() - begun) / 1000)} s\n`);
  }
}
process.exit(failed ? 1 : 0);
