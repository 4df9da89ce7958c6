// Replays a parsed Dockerfile's stages on this machine, each stage in its own directory that
// stands for the container's `/` (so `/app` of stage "build" is <dir>/build/app). COPY copies
// from the build context or from an earlier stage's directory; RUN runs the few commands it
// knows and refuses the others, so a new Dockerfile step cannot be silently skipped.

import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';
import { runProcess } from './cli-process.ts';
import { copySteps, envOf, type Instruction, type Stage } from './dockerfile.ts';

export interface ReplayedStage {
  name: string;
  /** Host directory standing for the stage's `/`. */
  root: string;
  /** Container path of the last WORKDIR. */
  workdir: string;
  env: Record<string, string>;
  user?: string;
  /** Commands seen but not run on the host, with why (apt-get, chown...). */
  skipped: string[];
}

export interface ReplayOptions {
  /** The build context: the project root. */
  context: string;
  /** Where the stage roots go. */
  dir: string;
  /** Environment for RUN commands (npm ci): the host's, minus the test runner's own variables. */
  runEnv: Record<string, string>;
  runTimeoutMs: number;
}

/** Host path of a container path in `stage`; relative paths are taken from its WORKDIR. */
export function hostPath(stage: ReplayedStage, containerPath: string): string {
  return join(stage.root, posix.resolve(stage.workdir, containerPath));
}

/** The patterns of a .dockerignore (comments and blank lines dropped). */
export function readDockerignore(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Whether a context-relative path is excluded. Enough of Docker's rules for plain patterns:
 * `*` within one path segment, a pattern excludes what is under it too, `!` re-includes.
 */
export function isIgnored(path: string, patterns: readonly string[]): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = posix.normalize(negate ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('[^/]*')}(/.*)?$`);
    if (regex.test(path)) ignored = !negate;
  }
  return ignored;
}

export async function replayStages(stages: readonly Stage[], options: ReplayOptions): Promise<ReplayedStage[]> {
  const ignore = readDockerignore(join(options.context, '.dockerignore'));
  const done: ReplayedStage[] = [];
  for (const [index, stage] of stages.entries()) {
    const name = stage.name ?? String(index);
    const replayed: ReplayedStage = { name, root: join(options.dir, name), workdir: '/', env: envOf(stage), skipped: [] };
    mkdirSync(replayed.root, { recursive: true });
    const copies = copySteps(stage);
    let copyIndex = 0;
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'WORKDIR') {
        replayed.workdir = posix.resolve(replayed.workdir, instruction.args);
        mkdirSync(hostPath(replayed, '.'), { recursive: true });
      } else if (instruction.keyword === 'COPY') {
        const copy = copies[copyIndex++]!;
        const from = copy.from === undefined ? undefined : done.find((s) => s.name === copy.from);
        if (copy.from !== undefined && from === undefined) throw new Error(`line ${instruction.line}: COPY --from=${copy.from}: no earlier stage of that name`);
        for (const source of copy.sources) {
          const sourcePath = from ? hostPath(from, source) : join(options.context, source);
          if (!from && isIgnored(posix.normalize(source).replace(/\/+$/, ''), ignore)) throw new Error(`line ${instruction.line}: COPY ${source} is excluded by .dockerignore`);
          copyInto(sourcePath, hostPath(replayed, copy.dest), copy.dest.endsWith('/') || copy.sources.length > 1, (path) => from !== undefined || !isIgnored(relative(options.context, path), ignore));
        }
      } else if (instruction.keyword === 'RUN') {
        await replayRun(instruction, replayed, options);
      } else if (instruction.keyword === 'VOLUME') {
        for (const volume of instruction.exec ?? instruction.args.split(' ')) mkdirSync(hostPath(replayed, volume), { recursive: true });
      } else if (instruction.keyword === 'USER') {
        replayed.user = instruction.args;
      }
      // ENV is read up front (envOf); HEALTHCHECK, ENTRYPOINT and CMD describe how to run, not build.
    }
    done.push(replayed);
  }
  return done;
}

/**
 * Docker's COPY: a directory's contents go into the destination; a file goes into a `dir/` or
 * becomes the path. Modification times are kept, as COPY keeps them (bin/newshound.js compares them).
 */
function copyInto(source: string, dest: string, destIsDir: boolean, filter: (path: string) => boolean): void {
  if (!existsSync(source)) throw new Error(`COPY: ${source} does not exist`);
  if (statSync(source).isDirectory()) {
    mkdirSync(dest, { recursive: true });
    cpSync(source, dest, { recursive: true, filter, verbatimSymlinks: true, preserveTimestamps: true });
    return;
  }
  const target = destIsDir ? join(dest, basename(source)) : dest;
  mkdirSync(destIsDir ? dest : join(target, '..'), { recursive: true });
  cpSync(source, target, { preserveTimestamps: true });
}

async function replayRun(instruction: Instruction, stage: ReplayedStage, options: ReplayOptions): Promise<void> {
  if (instruction.exec) throw new Error(`line ${instruction.line}: exec-form RUN is not replayed`);
  for (const command of instruction.args.split('&&').map((part) => part.trim())) {
    const [program, ...args] = command.split(' ');
    if (program === 'apt-get' || (program === 'rm' && args.some((a) => a.startsWith('/var/lib/apt')))) {
      // System packages: this machine has its own; the test checks the tools separately.
      stage.skipped.push(command);
    } else if (program === 'chown') {
      // The image's `node` user does not exist here; ownership is checked on the Dockerfile text.
      stage.skipped.push(command);
    } else if (program === 'mkdir') {
      for (const path of args.filter((a) => !a.startsWith('-'))) mkdirSync(hostPath(stage, path), { recursive: true });
    } else if (program === 'npm') {
      const result = await runProcess('npm', args, { cwd: hostPath(stage, '.'), env: { ...options.runEnv, ...stage.env }, timeoutMs: options.runTimeoutMs });
      if (result.code !== 0) throw new Error(`line ${instruction.line}: ${command} exited ${result.code}\n${result.stderr.slice(-4_000)}`);
    } else {
      throw new Error(`line ${instruction.line}: the replay does not know how to run "${command}": teach tests/helpers/dockerfile-replay.ts`);
    }
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
