// The Dockerfile, checked without a Docker engine (none runs where these tests run): first its
// properties as written, then its steps replayed in a clean temporary copy of what its COPY
// lines copy, a real `npm ci` and `npm prune --omit=dev` included, and the image's CMD run there until the
// HEALTHCHECK command says healthy and SIGTERM stops it with exit code 0.
//
// What only an engine can check is left out: the base image, apt-get, the `node` user and
// file ownership. Those are asserted on the Dockerfile's text instead.

import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, killStragglers, logLines, runProcess, spawnProcess, stopProcess, waitUntil } from '../helpers/cli-process.ts';
import { copySteps, envOf, healthcheckOf, instructionsOf, lastOf, parseDockerfile, volumesOf, type Stage } from '../helpers/dockerfile.ts';
import { hostPath, isIgnored, readDockerignore, replayStages, type ReplayedStage } from '../helpers/dockerfile-replay.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { buildRss, offTopicItems, workerConfig } from '../helpers/worker-feed.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const stages = parseDockerfile(readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8'));
const buildStage = stages[0] as Stage;
const runtimeStage = stages.at(-1) as Stage;

describe('Dockerfile as written', () => {
  it('has two stages on node:20-bookworm-slim: build, then runtime', () => {
    expect(stages.map((s) => s.image)).toEqual(['node:20-bookworm-slim', 'node:20-bookworm-slim']);
    expect(buildStage.name).toBe('build');
  });

  it('build stage: compilers for sqlite3, manifests copied before the install, then the app and its bundle, then dev dependencies pruned', () => {
    const runs = instructionsOf(buildStage, 'RUN').map((r) => r.args);
    expect(runs[0]).toMatch(/apt-get install .*\bpython3\b.*\bmake\b.*\bg\+\+/);
    const install = runs.find((r) => r.startsWith('npm ci'));
    // Every dependency: the bundle needs esbuild, a devDependency; pruned after the build.
    expect(install).toMatch(/^npm ci\b/);
    // Without the sources in the layer, the root's "prepare" (the bundle) cannot run here; the
    // dependencies' install scripts (sqlite3's compile) must still run.
    if (install?.includes('--ignore-scripts')) expect(install).toMatch(/&& npm rebuild\b/);
    const steps = buildStage.instructions.filter((i) => i.keyword === 'COPY' || (i.keyword === 'RUN' && i.args.startsWith('npm')));
    // Layer caching: only the manifests come before the install; source edits do not re-run it.
    expect(steps.map((s) => (s.keyword === 'RUN' ? s.args.split(' ').slice(0, 2).join(' ') : s.args))).toEqual([
      'package.json package-lock.json ./',
      'npm ci',
      'bin/ ./bin/',
      'scripts/build.mjs ./scripts/',
      'src/ ./src/',
      'config/ ./config/',
      'npm run',
      'npm prune',
    ]);
    expect(runs.at(-2)).toBe('npm run build');
    expect(runs.at(-1)).toMatch(/^npm prune --omit=dev\b/);
    expect(lastOf(buildStage, 'WORKDIR')?.args).toBe('/app');
  });

  it('runtime stage: everything from the build stage, non-root, state on a volume, production env', () => {
    const copies = copySteps(runtimeStage);
    expect(copies.every((c) => c.from === 'build')).toBe(true);
    expect(copies.flatMap((c) => c.sources)).toEqual(['/app/package.json', '/app/node_modules/', '/app/bin/', '/app/dist/', '/app/src/', '/app/config/']);
    expect(lastOf(runtimeStage, 'WORKDIR')?.args).toBe('/app');
    const user = lastOf(runtimeStage, 'USER')?.args;
    expect(user).toBe('node');
    expect(volumesOf(runtimeStage)).toEqual(['/app/state']);
    expect(instructionsOf(runtimeStage, 'VOLUME')[0]?.exec).toBeDefined();
    expect(instructionsOf(runtimeStage, 'RUN').map((r) => r.args)).toContain('mkdir -p /app/state && chown node:node /app/state');
    // Changes to a directory after its VOLUME line are discarded: the chown must come first.
    const lines = runtimeStage.instructions;
    expect(lines.findIndex((i) => i.args.includes('chown'))).toBeLessThan(lines.findIndex((i) => i.keyword === 'VOLUME'));
    expect(envOf(runtimeStage)).toEqual({ NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=128 --max-semi-space-size=4' });
  });

  it('runtime stage: HEALTHCHECK runs `health`; ENTRYPOINT and CMD are exec form and the command is `start`', () => {
    const health = healthcheckOf(runtimeStage);
    expect(health).toEqual({ flags: { interval: '30s', timeout: '5s', 'start-period': '30s' }, exec: ['node', 'bin/newshound.js', 'health'] });
    expect(lastOf(runtimeStage, 'ENTRYPOINT')?.exec).toEqual(['node', 'bin/newshound.js']);
    expect(lastOf(runtimeStage, 'CMD')?.exec).toEqual(['start']);
    expect(instructionsOf(buildStage, 'CMD')).toEqual([]);
  });

  it('.dockerignore keeps host modules, state, git, tests, bench and coverage out of the context, and nothing COPY needs', () => {
    const patterns = readDockerignore(join(PROJECT_ROOT, '.dockerignore'));
    for (const path of ['node_modules', 'node_modules/vitest/package.json', 'dist/cli.js', 'state/newshound.sqlite', 'state/heartbeat.json', '.git/HEAD', 'tests/helpers/feed-server.ts', 'bench/run-bench.ts', 'coverage/index.html']) {
      expect(isIgnored(path, patterns), path).toBe(true);
    }
    for (const path of copySteps(buildStage).flatMap((c) => c.sources)) expect(isIgnored(path.replace(/\/$/, ''), patterns), path).toBe(false);
  });
});

// Slow on purpose, and not a timing assertion: beforeAll runs a real `npm ci --omit=dev` and
// `npm rebuild`, which compiles sqlite3's native addon from source (about 1.5 min here). Packages come from npm's
// cache on this machine (prefer-offline). The timeouts only keep a hung install from hanging CI.
describe('Dockerfile replayed in a clean directory (slow: a real npm ci)', () => {
  const INSTALL_TIMEOUT_MS = 480_000; // per command: sqlite3's compile on 2 busy cores took over 280 s
  let dir: string;
  let runtime: ReplayedStage;
  let appDir: string;
  let server: FeedServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newshound-image-'));
    server = await startFeedServer();
    const replayed = await replayStages(stages, { context: PROJECT_ROOT, dir, runEnv: hostBuildEnv(), runTimeoutMs: INSTALL_TIMEOUT_MS });
    runtime = replayed.at(-1)!;
    appDir = hostPath(runtime, '.');
    // The whole replay: every dependency installed, sqlite3 compiled, the bundle built, dev ones pruned.
  }, 2 * INSTALL_TIMEOUT_MS);

  afterAll(async () => {
    await killStragglers();
    await server?.close();
    // Two copies of node_modules: removing them can take seconds on a busy disk.
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('skipped only what needs an engine, and this machine has the compilers the build stage installs', () => {
    expect(runtime.skipped).toEqual(['chown node:node /app/state']);
    expect(runtime.user).toBe('node');
    for (const tool of ['python3', 'make', 'g++']) expect(which(tool), tool).toBe(true);
  });

  it('holds the production dependencies with sqlite3 compiled, and no dev-only package', () => {
    const { dependencies, devDependencies } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    for (const name of Object.keys(dependencies ?? {})) expect(existsSync(join(appDir, 'node_modules', name)), name).toBe(true);
    // A devDependency a production package also needs (discord.js brings @types/node) is installed;
    // what the lockfile marks dev-only must not be.
    const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.keys(devDependencies ?? {}).filter((name) => lock.packages[`node_modules/${name}`]?.dev === true);
    expect(devOnly).toContain('vitest');
    for (const name of devOnly) expect(existsSync(join(appDir, 'node_modules', name)), name).toBe(false);
    expect(existsSync(join(appDir, 'node_modules/vitest'))).toBe(false);
    expect(existsSync(join(appDir, 'node_modules/typescript'))).toBe(false);
    expect(existsSync(join(appDir, 'node_modules/sqlite3/build/Release/node_sqlite3.node'))).toBe(true);
    for (const absent of ['tests', 'bench', 'scripts', '.git']) expect(existsSync(join(appDir, absent)), absent).toBe(false);
  });

  it('ships the bundle newer than every source file, so bin/newshound.js runs it rather than tsx', () => {
    const bundleMs = statSync(join(appDir, 'dist/cli.js')).mtimeMs;
    expect(bundleMs).toBeGreaterThanOrEqual(newestMs(join(appDir, 'src')));
  });

  it('runs the CMD: the HEALTHCHECK passes once it is up, and SIGTERM stops it with exit 0', async () => {
    server.route('/feed.xml', serveFeed(buildRss(server.origin, offTopicItems(new Date()))));
    // As an operator mounts theirs over /app/config/newshound.json; state stays at its default,
    // sqlite://state/newshound.sqlite, which is the VOLUME.
    writeFileSync(join(appDir, 'config/newshound.json'), JSON.stringify(workerConfig(`${server.origin}/feed.xml`), null, 2));
    const env = cleanEnv(runtime.env);
    const health = healthcheckOf(runtimeStage)!.exec!;
    const healthTimeoutMs = seconds(healthcheckOf(runtimeStage)!.flags.timeout ?? '30s') * 1_000;
    const checkHealth = () => runProcess(health[0]!, health.slice(1), { cwd: appDir, env, timeoutMs: healthTimeoutMs }).then((r) => r.code === 0, () => false);

    expect(await checkHealth()).toBe(false); // no heartbeat yet: not trivially healthy

    const command = [...lastOf(runtimeStage, 'ENTRYPOINT')!.exec!, ...lastOf(runtimeStage, 'CMD')!.exec!];
    const worker = spawnProcess(command[0]!, command.slice(1), { cwd: appDir, env });
    const output = () => `stdout:\n${worker.stdout().slice(-2_000)}\nstderr:\n${worker.stderr().slice(-3_000)}`;
    const giveUp = () => (worker.child.exitCode !== null ? `the worker exited with ${worker.child.exitCode}` : undefined);
    await waitUntil(checkHealth, { timeoutMs: 30_000, intervalMs: 250, what: 'the HEALTHCHECK command to exit 0', describe: output, giveUp });
    // The first cycle polls the feed and writes SQLite through the addon compiled above.
    await waitUntil(() => logLines(worker.stderr()).some((l) => l.msg === 'cycle done'), { timeoutMs: 30_000, what: 'the first cycle', describe: output, giveUp });
    expect(server.requests.length).toBeGreaterThanOrEqual(1);

    const exit = await stopProcess(worker, 'SIGTERM', 15_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(logLines(worker.stderr()).map((l) => l.msg)).toContain('worker stopped');
    for (const file of ['newshound.sqlite', 'newshound.sqlite.heartbeat.json']) expect(existsSync(join(appDir, 'state', file)), file).toBe(true);
  }, 90_000);

  it('with no tsx in the image, a bundle older than src/ is refused in one line, not run from the sources', async () => {
    expect(existsSync(join(appDir, 'node_modules/tsx'))).toBe(false);
    const future = new Date(statSync(join(appDir, 'dist/cli.js')).mtimeMs + 60_000);
    utimesSync(join(appDir, 'src/cli.ts'), future, future);
    const result = await runProcess('node', ['bin/newshound.js', 'health'], { cwd: appDir, env: cleanEnv(runtime.env), timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^newshound: dist\/cli\.js is missing or older than src\/, and tsx .* is not installed/)]);
  }, 40_000);
});

/** The host's environment for `npm ci`, without what `npm test` and vitest add (npm_*, NODE_ENV=test, VITEST*). */
function hostBuildEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(npm_|VITEST|NODE_ENV$|NODE_OPTIONS$)/i.test(name)) continue;
    env[name] = value;
  }
  return { ...env, npm_config_prefer_offline: 'true' };
}

function newestMs(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestMs(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}

function which(tool: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, tool)));
}

function seconds(duration: string): number {
  const match = /^(\d+)(ms|s|m)$/.exec(duration);
  if (!match) throw new Error(`cannot read the duration "${duration}"`);
  const value = Number(match[1]);
  return match[2] === 'ms' ? value / 1_000 : match[2] === 'm' ? value * 60 : value;
}
