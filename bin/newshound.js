#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so a fresh clone works right after `npm ci`
// with no build step and no build output to keep in sync.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
