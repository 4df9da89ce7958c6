// The vendored Indonesian stemmer against sastrawijs 1.1.0, which it replaces: stems are keys
// (config/background, stored stories), so they must not move by one letter.
//  - tests/fixtures/indonesian-stems.tsv: 8,022 affixed forms of the dictionary's root words
//    (every 700th of 5.6 million generated from it, plus a few known cases), with the stems
//    sastrawijs gave them before it was uninstalled. All 5.6 million agreed.
//  - Where ../shared is present: every distinct word of its Indonesian texts (eval and seeds),
//    stemmed here, must hash to the digest of sastrawijs's stems of the same list.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnknownIndonesianWord, stemIndonesianWord } from '../../../src/core/text/indonesian-stemmer/stem-indonesian.ts';
import { hasSharedEval, SHARED_DIR, sayWhySkipped } from '../../helpers/shared-data.ts';

const FIXTURE = new URL('../../fixtures/indonesian-stems.tsv', import.meta.url);

/** sastrawijs 1.1.0's stems of the shared Indonesian words: their count and SHA-256 of the sorted `word\tstem\n` lines. */
const SHARED_EXPECTED = { words: 42_804, sha256: '2a9799741fdb3f94fe59e8299cb74d46b7e1f4fdc6597e484d753c64a46ae43a' };

describe('stemIndonesianWord', () => {
  it('gives the stems sastrawijs gave on the committed word list', () => {
    const rows = readFileSync(FIXTURE, 'utf8').split('\n').filter((line) => line !== '').map((line) => line.split('\t') as [string, string]);
    expect(rows.length).toBe(8_022);
    const differing = rows.filter(([word, stem]) => stemIndonesianWord(word) !== stem).map(([word, stem]) => `${word}: sastrawijs ${stem}, here ${stemIndonesianWord(word)}`);
    expect(differing).toEqual([]);
  });

  it.each([
    ['menulis', 'tulis'],
    ['pelajar', 'ajar'],
    ['menyanyi', 'nyanyi'],
    ['mempermainkan', 'main'],
    ['pasukan', 'pasu'], // sastrawijs's own over-cut, kept: stems must not move
    ['rumah', 'rumah'],
    ['xyzzy', 'xyzzy'],
    ['di', 'di'],
    ['Berlari', 'lari'],
  ])('%s -> %s', (word, stem) => {
    expect(stemIndonesianWord(word)).toBe(stem);
  });

  it('treats only dictionary words as roots (sastrawijs also took "constructor", a plain-object key)', () => {
    expect(stemIndonesianWord('constructornya')).toBe('constructornya');
  });

  it.skipIf(!hasSharedEval)('gives the stems sastrawijs gave on every word of the shared Indonesian texts', () => {
    const words = [...sharedIndonesianWords()].sort();
    const lines = words.map((word) => `${word}\t${stemIndonesianWord(word)}\n`).join('');
    expect({ words: words.length, sha256: createHash('sha256').update(lines).digest('hex') }).toEqual(SHARED_EXPECTED);
  });
  if (!hasSharedEval) sayWhySkipped('the stemmer check on the shared Indonesian texts');
});

/** Distinct [a-z]+ words of Indonesian records (eval *.jsonl with lang "id", indosum, id-* topics) and of the seeds. */
function sharedIndonesianWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(word);
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (line.trim() === '') continue;
          let record: Record<string, unknown>;
          try {
            record = JSON.parse(line) as Record<string, unknown>;
          } catch {
            continue;
          }
          const lang = record.lang ?? record.language;
          if (lang !== 'id' && !path.includes('indosum') && !path.includes('/id-')) continue;
          add(JSON.stringify(Object.values(record)));
        }
      } else if (/\.(txt|md|json)$/.test(path) && (path.includes('/id-') || path.includes('/seeds/'))) add(readFileSync(path, 'utf8'));
    }
  };
  walk(join(SHARED_DIR, 'eval'));
  walk(join(SHARED_DIR, 'seeds'));
  return words;
}

describe('isUnknownIndonesianWord (the names rules of topic learning: learn-concepts.ts, widen-by-association.ts)', () => {
  it('holds for a word of three letters or more outside the root words, not for a root word, a shorter one or one with a digit', () => {
    expect(['persija', 'wuling', 'constructor'].map(isUnknownIndonesianWord)).toEqual([true, true, true]);
    expect(['rumah', 'makan', 'fc', 'rp', 'u22', 'sea games'].map(isUnknownIndonesianWord)).toEqual([false, false, false, false, false, false]);
  });
});
