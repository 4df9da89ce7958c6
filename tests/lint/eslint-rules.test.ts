// The boundary rules of eslint.config.js, shown to catch what they are for: each snippet is
// linted as if it lived at the given path (no file is written). `npm test` lints the tree
// itself (`eslint .` before vitest); this file checks that the rules would notice a breach.

import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function ruleHits(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}${path}` });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId ?? m.message}`);
}

describe('src/core is pure', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", '@typescript-eslint/no-restricted-imports'],
    ["import { request } from 'http';", '@typescript-eslint/no-restricted-imports'],
    ["import { Client } from 'discord.js';", '@typescript-eslint/no-restricted-imports'],
    ["import Keyv from '@keyv/sqlite';", '@typescript-eslint/no-restricted-imports'],
    ["import { fetch } from 'undici';", '@typescript-eslint/no-restricted-imports'],
    ["import cron from 'node-cron';", '@typescript-eslint/no-restricted-imports'],
    ["import { systemClock } from '../../adapters/clock.ts';", '@typescript-eslint/no-restricted-imports'],
    ['export const at = Date.now();', 'no-restricted-properties'],
    ['export const r = Math.random();', 'no-restricted-properties'],
    ['export const env = process.env.X;', 'no-restricted-globals'],
    ['export const now = new Date();', 'no-restricted-syntax'],
  ])('%s is refused', async (code, rule) => {
    expect(await ruleHits('src/core/text/probe.ts', code)).toEqual([`1:${rule}`]);
  });

  it('allows computation built-ins, type-only imports of ports and dates from arguments', async () => {
    const code = [
      "import { createHash } from 'node:crypto';",
      "import type { Clock } from '../../ports.ts';",
      "import type { FeedState } from '../../pipeline/state-keys.ts';",
      'export const at = (ms: number): Date => new Date(ms);',
    ].join('\n');
    expect(await ruleHits('src/core/text/probe.ts', code)).toEqual([]);
  });

  it('the same code outside core is not held to it', async () => {
    expect(await ruleHits('src/adapters/probe.ts', "import { readFileSync } from 'node:fs';\nexport const at = Date.now();")).toEqual([]);
  });
});

describe('src/discord reads state through the modules that own the keys', () => {
  it.each([
    ["await context.store.get('outbox');"],
    ['await this.store.set(`discord:queue:${id}`, queue);'],
    ["await store.delete('feed:' + id);"],
  ])('%s is refused', async (code) => {
    expect(await ruleHits('src/discord/commands/probe.ts', `export async function f() {\n${code}\n}`)).toEqual(['2:no-restricted-syntax']);
  });

  it('keys from stateKeys/deliveryKeys, and Map look-ups, pass', async () => {
    const code = 'export async function f() {\nawait context.store.get(stateKeys.outbox);\nawait this.store.set(deliveryKeys.queue(id), q);\nseen.get("x");\n}';
    expect(await ruleHits('src/discord/commands/probe.ts', code)).toEqual([]);
  });

  it('no store of its own, and nothing from pipeline/ but its state keys', async () => {
    const code = [
      "import Keyv from 'keyv';",
      "import { Outbox } from '../../pipeline/outbox.ts';",
      "import type { OutboxEntry } from '../../pipeline/outbox.ts';",
      "import { stateKeys } from '../../pipeline/state-keys.ts';",
    ].join('\n');
    expect(await ruleHits('src/discord/commands/probe.ts', code)).toEqual(['1:@typescript-eslint/no-restricted-imports', '2:@typescript-eslint/no-restricted-imports']);
  });
});

describe('src/pipeline knows nothing of Discord', () => {
  it('refuses discord.js and discord/ modules', async () => {
    const code = "import { Client } from 'discord.js';\nimport { deliveryKeys } from '../discord/delivery/delivery-keys.ts';";
    expect(await ruleHits('src/pipeline/probe.ts', code)).toEqual(['1:@typescript-eslint/no-restricted-imports', '2:@typescript-eslint/no-restricted-imports']);
  });
});

describe('max-lines', () => {
  it('a file of more than 300 code lines is refused; comments and blank lines do not count', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n');
    expect(await ruleHits('src/adapters/probe.ts', lines(300))).toEqual([]);
    expect(await ruleHits('src/adapters/probe.ts', `${lines(300)}\n// why\n\n/* more why */`)).toEqual([]);
    expect(await ruleHits('src/adapters/probe.ts', lines(301))).toEqual(['301:max-lines']);
  });
});
