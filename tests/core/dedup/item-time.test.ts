import { describe, expect, it } from 'vitest';
import { mentionedDateMs, parseIsoMs } from '../../../src/core/dedup/item-time.ts';

const day = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10));

describe('when an item happened', () => {
  it.each([
    ['Kim Jong Un bertemu Belousov, Jumat (29/11/2024).', '2024-11-29'],
    ['muncul bersama pada Rabu, 13 September 2023, di Vostochny', '2023-09-13'],
    ['WASHINGTON, Monday, Dec. 2, 2024 - talks resumed', '2024-12-02'],
    ['on December 2 2024 officials said', '2024-12-02'],
    ['2 Des. 2024 kata pejabat', '2024-12-02'],
    ['Senin (28/4/2025) KCNA melaporkan; invasi sejak 24 Februari 2022', '2025-04-28'],
  ])('the first full date in %j', (text, expected) => {
    expect(day(mentionedDateMs(text))).toBe(expected);
  });

  it.each([
    ['no year: Senin (28/4)', 'Senin (28/4) KCNA melaporkan'],
    ['a year alone', 'pada 2024 lalu'],
    ['a number with a thousands separator', 'harga 2.025 rupiah per 12 Mei'],
    ['an impossible day', 'pada 31/6/2024'],
  ])('no date: %s', (_case, text) => {
    expect(mentionedDateMs(text)).toBeUndefined();
  });

  it('reads ISO dates as UTC, including a date-time without a zone', () => {
    expect(parseIsoMs('2024-06-19')).toBe(Date.UTC(2024, 5, 19));
    expect(parseIsoMs('2024-06-19T10:00')).toBe(Date.UTC(2024, 5, 19, 10));
    expect(parseIsoMs('2023-10-06T11:26+07:00')).toBe(Date.UTC(2023, 9, 6, 4, 26));
    expect(parseIsoMs('')).toBeUndefined();
    expect(parseIsoMs('yesterday')).toBeUndefined();
    expect(parseIsoMs(undefined)).toBeUndefined();
  });
});
