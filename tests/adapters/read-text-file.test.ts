// Every file the CLI reads (configs, tuning, profiles, seeds, --file texts, eval data) goes
// through readTextFile: a file saved as UTF-16 by a Windows editor (with its byte-order mark) is
// read as the text it holds, not as mojibake scored or refused as "not valid JSON".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/adapters/read-text-file.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

const dir = tempDir();
afterAll(() => dir.remove());
const TEXT = '{"title": "Kim Jong Un bertemu Belousov — «Pyongyang»"}\n';

function written(name: string, bytes: Buffer): string {
  const file = join(dir.path, name);
  writeFileSync(file, bytes);
  return file;
}

describe('readTextFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(readTextFile(written('plain.json', Buffer.from(TEXT, 'utf8')))).toBe(TEXT);
    expect(readTextFile(written('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])))).toBe(TEXT);
  });

  it('reads UTF-16 little-endian with its byte-order mark', () => {
    expect(readTextFile(written('le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])))).toBe(TEXT);
  });

  it('reads UTF-16 big-endian with its byte-order mark', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(readTextFile(written('be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe(TEXT);
  });

  it('names the file when it is a directory', () => {
    expect(() => readTextFile(dir.path)).toThrow(expect.objectContaining({ code: 'EISDIR', path: dir.path }));
  });
});
