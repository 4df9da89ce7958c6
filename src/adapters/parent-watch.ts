// `npx newshound start` (and `npm start`) run the worker below `sh -c`: npm passes SIGTERM to
// that shell, the shell dies of it without passing it on, npm exits, and the worker is left
// running as an orphan. Under npm the worker therefore watches its parent: when the parent is
// gone (the process was re-parented) it stops exactly as on SIGTERM. Outside npm (Docker's
// `node bin/newshound.js`, systemd, a shell's `nohup ... &`) nothing is watched.

const CHECK_EVERY_MS = 500;

/** npm and npx set npm_execpath (and npm_command) in the environment of what they run. */
export function startedByNpm(env: Record<string, string | undefined>): boolean {
  return env.npm_execpath !== undefined || env.npm_command !== undefined;
}

/**
 * Calls `onOrphaned` once when this process's parent changes. Returns a function that stops
 * watching. The timer is unref'd: it never keeps the process alive.
 */
export function watchParent(onOrphaned: () => void, options: { everyMs?: number; ppid?: () => number } = {}): () => void {
  const ppid = options.ppid ?? (() => process.ppid);
  const first = ppid();
  const timer = setInterval(() => {
    if (ppid() === first) return;
    clearInterval(timer);
    onOrphaned();
  }, options.everyMs ?? CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
