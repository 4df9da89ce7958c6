// `npm ci` runs this (the "prepare" script): bundles the TypeScript CLI into dist/cli.js with
// esbuild (already installed as tsx's dependency), so the worker starts without transpiling a
// hundred files and without the loader's memory. bin/newshound.js uses the bundle while it is
// newer than every source file, and the sources through tsx otherwise (while developing).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
