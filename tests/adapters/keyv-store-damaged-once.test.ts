// A damaged SQLite state stops start-up with one line (the StateError). keyv also emitted the
// driver's error as an 'error' event, which the worker logs: `once` printed the same fault
// twice on stderr (a JSON "state store" warning, then the line). The open reports it once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { StateError } from '../../src/core/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'newshound-damaged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStateStore on a damaged SQLite file', () => {
  it('throws one StateError and sends nothing to onError', async () => {
    const file = join(dir, 'damaged.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 0xab)]));
    const background: unknown[] = [];
    const error = await openStateStore(`sqlite://${file}`, { onError: (e) => background.push(e) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toMatch(/damaged|not a SQLite database|malformed/);
    expect(background).toEqual([]);
  });

  it('a sound file opens and is used with nothing sent to onError', async () => {
    const background: unknown[] = [];
    const store = await openStateStore(`sqlite://${join(dir, 'fine.sqlite')}`, { onError: (e) => background.push(e) });
    await store.set('k', 1);
    expect(await store.get('k')).toBe(1);
    await store.close();
    expect(background).toEqual([]);
  });
});
