import { describe, expect, it } from 'vitest';
import { stemIndonesianWord } from '../../../src/core/text/indonesian-stemmer/stem-indonesian.ts';
import { INDONESIAN_STEM_EXCEPTIONS, stemWord } from '../../../src/core/text/stem.ts';

describe('stemWord (Indonesian)', () => {
  it('keeps the words Sastrawi over-stems', () => {
    // The reason the exception list exists: the maintained stemmer really does this.
    expect(stemIndonesianWord('pasukan')).toBe('pasu');
    expect(stemWord('pasukan', 'id')).toBe('pasukan');
  });

  it.each([
    ['mendukung', 'dukung'],
    ['dukungan', 'dukung'],
    ['berperang', 'perang'],
    ['memerangi', 'perang'],
    ['pertemuan', 'temu'],
    ['menandatangani', 'tandatangan'],
    ['pengerahan', 'kerah'],
    ['kemitraan', 'mitra'],
    ['belousov', 'belousov'],
    ['pyongyang', 'pyongyang'],
  ])('%s -> %s', (word, stem) => {
    expect(stemWord(word, 'id')).toBe(stem);
  });

  it('every exception maps to a stem of three letters or more', () => {
    for (const [word, stem] of Object.entries(INDONESIAN_STEM_EXCEPTIONS)) {
      expect(stem.length, word).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('stemWord (English)', () => {
  it.each([
    ['troops', 'troop'],
    ['supporting', 'support'],
    ['weapons', 'weapon'],
  ])('%s -> %s', (word, stem) => {
    expect(stemWord(word, 'en')).toBe(stem);
  });
});
