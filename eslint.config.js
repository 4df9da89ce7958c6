// ESLint: the project's boundaries, checked rather than kept by convention (see STYLE.md's house
// habits 1 and 8, and README "Lint"). Only these rules: style is left to the reviewer. No type
// information is needed, so it stays fast enough for `npm test` (tests/lint/eslint.test.ts).
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node built-ins core may use: computation only, no I/O, no clock, no process. */
const PURE_BUILTINS = new Set(['buffer', 'crypto', 'string_decoder', 'url', 'util']);
const IMPURE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !PURE_BUILTINS.has(name.split('/')[0]));

/** Packages that do I/O, keep state or schedule: adapters, pipeline and discord/ use them, core never. */
const IO_PACKAGES = ['discord.js', '@discordjs/*', 'keyv', '@keyv/*', 'undici', 'node-cron', 'pino', 'prom-client', 'ws'];

const coreImports = {
  paths: IMPURE_BUILTINS.flatMap((name) => [name, `node:${name}`]).map((name) => ({ name, message: 'src/core is pure: I/O lives in adapters/commands/pipeline and is injected.' })),
  patterns: [
    { group: IO_PACKAGES, message: 'src/core is pure: no Discord, store, HTTP, scheduler or logger packages; take a port instead.' },
    {
      // Type-only imports of the ports and models are how core states what it needs.
      group: ['**/adapters/**', '**/pipeline/**', '**/discord/**', '**/commands/**', '**/control/**', '**/config/**', '**/main.ts', '**/cli.ts'],
      allowTypeImports: true,
      message: 'src/core depends on nothing outside it (type-only imports of ports aside).',
    },
  ],
};

const coreClock = [
  { object: 'Date', property: 'now', message: 'src/core has no clock: take the time as an argument.' },
  { object: 'performance', property: 'now', message: 'src/core has no clock: take the time as an argument.' },
  { object: 'Math', property: 'random', message: 'src/core is deterministic: take randomness as an argument.' },
];

/** A StateStore call (`store.get(...)`, `this.store.set(...)`, `context.store.delete(...)`) whose key is written in place. */
const storeCallWithLiteralKey = ['Literal', 'TemplateLiteral', 'BinaryExpression[operator="+"]'].map(
  (key) => `CallExpression[callee.property.name=/^(get|set|delete)$/]:matches([callee.object.name="store"], [callee.object.property.name="store"]) > ${key}.arguments:first-child`,
);

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'state/'] },
  {
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // Unknown disable comments for rules not configured here are not an error.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      // STYLE.md habit 8: a file past ~300 lines is asking to be split. Comments and blank
      // lines are not counted: the project's "why" comments should never be what a split saves.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', coreImports],
      'no-restricted-properties': ['error', ...coreClock],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core reads no environment or process state: take it as an argument.' },
        { name: 'fetch', message: 'src/core does no I/O: take an HttpFetcher port.' },
        { name: 'setTimeout', message: 'src/core has no timers: the pipeline schedules.' },
        { name: 'setInterval', message: 'src/core has no timers: the pipeline schedules.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: 'src/core has no clock: `new Date()` reads it; take the time as an argument.' },
        { selector: 'CallExpression[callee.name="Date"]', message: 'src/core has no clock: `Date()` reads it; take the time as an argument.' },
      ],
    },
  },
  {
    // The pipeline publishes through the Publisher port: it knows nothing of Discord.
    files: ['src/pipeline/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['discord.js', '@discordjs/*', '**/discord/**'], allowTypeImports: true, message: 'src/pipeline knows nothing of Discord: it publishes through the Publisher port.' }] },
      ],
    },
  },
  {
    // discord/ reads and writes state through the modules that own the keys
    // (pipeline/state-keys.ts, discord/delivery/delivery-keys.ts, control/*): no key strings here.
    files: ['src/discord/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['keyv', '@keyv/*', '**/adapters/keyv-store*', '**/adapters/memory-store*'], message: 'src/discord gets state as the StateStore port, never a store of its own.' },
            { group: ['**/pipeline/**', '!**/pipeline/state-keys.ts'], allowTypeImports: true, message: 'src/discord takes from pipeline/ only its state keys (and types): the pipeline drives Discord through the Publisher port, not the reverse.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...storeCallWithLiteralKey.map((selector) => ({
          selector,
          message: 'src/discord: a state key is written in place; take it from its owner (stateKeys, deliveryKeys) or call the owning module (control/*).',
        })),
      ],
    },
  },
);
