// The CLI as a real child process: what a container or a service manager runs. Output is
// collected as it arrives; every child is remembered so afterAll can kill stragglers.

import { spawn, type ChildProcess } from 'node:child_process';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Settles once the process has exited. */
  exited: Promise<Exit>;
}

const running = new Set<ChildProcess>();

/**
 * A minimal environment, as in a container: PATH and HOME only, plus `env`. The test runner's
 * own variables (NODE_ENV=test, VITEST_*, npm_* from `npm test`) must not leak into the child.
 */
export function cleanEnv(env: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[name];
    if (value !== undefined) base[name] = value;
  }
  return { ...base, ...env };
}

/** Starts `command args` in `cwd`; `command` "node" is this very Node binary. */
export function spawnProcess(command: string, args: string[], options: { cwd: string; env: Record<string, string> }): CliProcess {
  const child = spawn(command === 'node' ? process.execPath : command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
  const exited = new Promise<Exit>((resolve, reject) => {
    child.once('error', reject);
    // 'close', not 'exit': by then stdout and stderr are fully read.
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  exited.catch(() => undefined);
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs a command to completion; kills it (and fails) after `timeoutMs`. */
export async function runProcess(command: string, args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<Exit & { stdout: string; stderr: string }> {
  const run = spawnProcess(command, args, options);
  const exit = await withTimeout(run.exited, options.timeoutMs, () => {
    run.child.kill('SIGKILL');
    return `${command} ${args.join(' ')} did not finish within ${options.timeoutMs} ms\nstderr: ${run.stderr().slice(-2_000)}`;
  });
  return { ...exit, stdout: run.stdout(), stderr: run.stderr() };
}

/** Waits for `run` to exit after `signal`, at most `timeoutMs`; SIGKILLs it and fails otherwise. */
export async function stopProcess(run: CliProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<Exit> {
  run.child.kill(signal);
  return withTimeout(run.exited, timeoutMs, () => {
    run.child.kill('SIGKILL');
    return `process did not exit within ${timeoutMs} ms of ${signal}\nstderr: ${run.stderr().slice(-2_000)}`;
  });
}

/** Kills every child still running (afterAll): a failed test must not leave a worker behind. */
export async function killStragglers(): Promise<void> {
  const left = [...running];
  await Promise.all(
    left.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('close', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/**
 * Polls `check` every `intervalMs` until it returns true. Fails after `timeoutMs` with
 * `describe()` (say what was seen), or at once if `giveUp` returns a reason (the process died).
 */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; what: string; describe?: () => string; giveUp?: () => string | undefined },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check()) return;
    const reason = options.giveUp?.();
    if (reason !== undefined) throw new Error(`gave up waiting for ${options.what}: ${reason}\n${options.describe?.() ?? ''}`);
    if (Date.now() >= deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}\n${options.describe?.() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}

/** pino's JSON lines from a stderr capture; other lines (a crash trace) are skipped. */
export function logLines(stderr: string): Array<{ msg?: string; level?: number } & Record<string, unknown>> {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { msg?: string; level?: number } & Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
