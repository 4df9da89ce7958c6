#!/usr/bin/env node
// Runs the compiled bundle (dist/cli.js, built by `npm ci` through the prepare script) while it
// is up to date, else the TypeScript sources through tsx's loader, so a source edit is never
// shadowed by a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A stop that arrives while the code is still loading, before the worker listens for it, must not
// end the process like a kill: nothing has been opened or written yet, so it exits at once. For
// `start` that is a clean stop (0); any other command did not run (128 + the signal's number).
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 };
const stopWhileLoading = (signal) => process.exit(process.argv[2] === 'start' ? 0 : 128 + SIGNAL_NUMBERS[signal]);
process.once('SIGTERM', stopWhileLoading);
process.once('SIGINT', stopWhileLoading);

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
// Loaded: from here the commands handle their own signals (the worker listens from its start).
process.off('SIGTERM', stopWhileLoading);
process.off('SIGINT', stopWhileLoading);
process.exitCode = await runCli(process.argv.slice(2));
