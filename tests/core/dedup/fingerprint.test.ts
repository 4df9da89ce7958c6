import { describe, expect, it } from 'vitest';
import {
  fingerprintFromHex,
  fingerprintToHex,
  fingerprintWords,
  fnv1a32,
  hammingDistance,
  shingleHashes,
  shingleJaccard,
  simhash,
} from '../../../src/core/dedup/fingerprint.ts';

const words = (text: string) => text.split(' ');

describe('SimHash fingerprints', () => {
  it('FNV-1a matches the reference values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('counts differing bits across both halves', () => {
    expect(hammingDistance({ hi: 0, lo: 0 }, { hi: 0, lo: 0 })).toBe(0);
    expect(hammingDistance({ hi: 0xffffffff, lo: 0 }, { hi: 0, lo: 0xffffffff })).toBe(64);
    expect(hammingDistance({ hi: 0b1011, lo: 0x80000000 }, { hi: 0, lo: 0 })).toBe(4);
  });

  it('is deterministic, and the same with or without the shingle arrays', () => {
    const list = words('kim jong un temu menteri tahan rusia andrei belousov pyongyang sepakat tingkat kerja sama militer');
    expect(fingerprintWords(list)).toEqual(fingerprintWords([...list]));
    expect(fingerprintWords(list)).toEqual(simhash(shingleHashes(list)));
  });

  it('has no fingerprint for a text of too few shingles', () => {
    expect(fingerprintWords(words('kim temu'))).toBeUndefined();
    expect(fingerprintWords([])).toBeUndefined();
  });

  it('round-trips through 16 hex digits', () => {
    const fp = fingerprintWords(words('putin kim jong un tanda tangan pakta tahan sama saling bantu serang'))!;
    const hex = fingerprintToHex(fp);
    expect(hex).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintFromHex(hex)).toEqual(fp);
    expect(() => fingerprintFromHex('xyz')).toThrow(/not a 64-bit fingerprint/);
  });

  it('Jaccard overlap of shingle sets: 1 for the same words, 0 for disjoint ones', () => {
    const a = words('korea utara kirim tentara bantu rusia');
    expect(shingleJaccard(a, a)).toBe(1);
    expect(shingleJaccard(a, words('harga beras naik jelang natal'))).toBe(0);
    expect(shingleJaccard(a, words('korea utara kirim tentara bantu ukraina'))).toBeCloseTo(4 / 6);
  });
});
