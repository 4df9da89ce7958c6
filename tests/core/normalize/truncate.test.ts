import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../../src/core/normalize/truncate.ts';

describe('truncateAtWord', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['exactly ten', 11, 'exactly ten'],
    ['satu dua tiga empat lima', 15, 'satu dua tiga…'],
    ['satu dua tiga empat lima', 14, 'satu dua tiga…'],
    ['satu dua tiga empat lima', 12, 'satu dua…'],
    ['https://a.very.long.example/without/any/spaces', 20, 'https://a.very.long…'],
    ['ab \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00', 6, 'ab \uD83D\uDE00…'],
  ])('%j to %d → %j', (text, max, expected) => {
    const result = truncateAtWord(text, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});
