// `npm ci` runs this (the "prepare" script): bundles the TypeScript CLI into dist/cli.js with
// esbuild (a devDependency), so the worker starts without transpiling a hundred files and
// without the loader's memory. bin/newshound.js uses the bundle while it is newer than every
// source file, and the sources through tsx otherwise (while developing).
let build;
try {
  ({ build } = await import('esbuild'));
} catch (error) {
  // `npm ci --omit=dev` in a checkout still runs "prepare": say why there is no bundle rather
  // than fail the install (bin/newshound.js then says what to run).
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || process.env.npm_lifecycle_event !== 'prepare') throw error;
  console.error('newshound prepare: esbuild (a devDependency) is not installed: no dist/cli.js built');
  process.exit(0);
}

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
