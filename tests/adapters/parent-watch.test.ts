import { describe, expect, it } from 'vitest';
import { startedByNpm, watchParent } from '../../src/adapters/parent-watch.ts';

describe('startedByNpm', () => {
  it.each([
    [{ npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js', npm_command: 'exec' }, true],
    [{ npm_command: 'start' }, true],
    [{ PATH: '/usr/bin' }, false],
  ])('%j: %s', (env, expected) => {
    expect(startedByNpm(env)).toBe(expected);
  });
});

describe('watchParent', () => {
  it('calls back once when the parent changes, not before', async () => {
    let parent = 100;
    let calls = 0;
    let orphaned!: () => void;
    const done = new Promise<void>((resolve) => (orphaned = resolve));
    const stop = watchParent(() => {
      calls += 1;
      orphaned();
    }, { everyMs: 5, ppid: () => parent });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(0);
    parent = 1;
    await done;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(1);
    stop();
  });
});
