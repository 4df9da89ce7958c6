#!/usr/bin/env node
// Runs the compiled bundle (dist/cli.js, built by `npm ci` through the prepare script) while it
// is up to date, else the TypeScript sources through tsx's loader, so a source edit is never
// shadowed by a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Stop signals are listened for from the first instant to the last, by this one listener that is
// never removed: Node closes a signal's handle when its last listener goes, and a signal caught
// but not yet dispatched (the main thread busy evaluating the code just loaded, seconds under
// load) is then lost for good. A hand-over (remove this listener, let the worker add its own)
// made a SIGTERM in that instant vanish: the worker started and ran on until killed.
// While the command listens for itself (the worker does, from its start), this one stands
// aside. Alone (loading; before the worker listens; after it stopped) it ends the process: for
// `start` nothing is open then, so that is a clean stop (0); any other command did not finish
// (128 + the signal's number, as the shell reports a process ended by it).
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 };
const onStopSignal = (signal) => {
  if (process.listenerCount(signal) > 1) return;
  process.exit(process.argv[2] === 'start' ? 0 : 128 + SIGNAL_NUMBERS[signal]);
};
process.on('SIGTERM', onStopSignal);
process.on('SIGINT', onStopSignal);

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'cli.js');

function newestSourceMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let runCli;
if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSourceMs(join(root, 'src'))) {
  ({ runCli } = await import(bundle));
} else {
  // tsx is a devDependency: a production install (the image) has none and relies on the bundle.
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('newshound: dist/cli.js is missing or older than src/, and tsx (a devDependency) is not installed: run `npm run build` with the dev dependencies installed, or `npm ci`');
    process.exit(1);
  }
  tsx.register();
  ({ runCli } = await import('../src/cli.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
