import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../src/core/text/language.ts';
import { tokenize } from '../../../src/core/text/tokenize.ts';

describe('guessLanguage', () => {
  it.each([
    ['Korea Utara mengirim ribuan tentara ke Rusia untuk membantu perang di Ukraina', 'id'],
    ['North Korea sent thousands of troops to Russia to help the war in Ukraine', 'en'],
    ['Kim Jong Un Tegaskan Dukungan untuk Perang Rusia di Ukraina', 'id'],
    ['North Korea reaffirms support for Russia\'s war in Ukraine', 'en'],
  ] as const)('%s -> %s', (text, lang) => {
    expect(guessLanguage(tokenize(text))).toBe(lang);
  });

  it('falls back to the hint when the text says nothing', () => {
    expect(guessLanguage(tokenize('Putin Kim Jong Un'), 'en')).toBe('en');
    expect(guessLanguage(tokenize('Putin Kim Jong Un'), 'id')).toBe('id');
  });
});
