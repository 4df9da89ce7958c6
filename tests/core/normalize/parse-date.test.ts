import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/core/normalize/parse-date.ts';

const NOW = new Date('2025-10-08T00:00:00Z');

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 / 1123 (RSS 2.0)
    ['Tue, 29 Apr 2014 01:10:40 GMT', '2014-04-29T01:10:40.000Z'],
    ['Mon, 17 Apr 2017 09:45:21 +0700', '2017-04-17T02:45:21.000Z'],
    ['17 Apr 2017 09:45 +0700', '2017-04-17T02:45:00.000Z'],
    ['Mon, 06 Oct 2025 10:00:00 +07:00', '2025-10-06T03:00:00.000Z'],
    ['Mon, 06 Oct 2025 10:00:00 -0330', '2025-10-06T13:30:00.000Z'],
    ['Mon, 06 Oct 2025 10:00:00 +0000 (UTC)', '2025-10-06T10:00:00.000Z'],
    ['Mon, 06 Oct 2025 10:00:00 GMT+7', '2025-10-06T03:00:00.000Z'],
    ['Mon,  06 Oct 2025   10:00:00   GMT', '2025-10-06T10:00:00.000Z'],
    ['06-Oct-2025 10:00:00 GMT', '2025-10-06T10:00:00.000Z'],
    ['Mon, 06 Oct 25 10:00:00 GMT', '2025-10-06T10:00:00.000Z'],
    ['Fri, 01 Jan 99 00:00:00 GMT', '1999-01-01T00:00:00.000Z'],
    // ISO 8601 / RFC 3339 (Atom, dc:date)
    ['2025-10-06T23:35:00+07:00', '2025-10-06T16:35:00.000Z'],
    ['2025-10-06T16:35:00Z', '2025-10-06T16:35:00.000Z'],
    ['2025-10-06T16:35:00.123Z', '2025-10-06T16:35:00.123Z'],
    ['2025-10-06T23:35:00.5+07:00', '2025-10-06T16:35:00.500Z'],
    ['2025-10-06t16:35:00z', '2025-10-06T16:35:00.000Z'],
    ['2025-10-06T16:35Z', '2025-10-06T16:35:00.000Z'],
    ['2016-12-31T23:59:60Z', '2016-12-31T23:59:59.000Z'],
    // CMS styles: Kompas, slashes
    ['2025-10-06 23:35 WIB', '2025-10-06T16:35:00.000Z'],
    ['2025-10-06 23:35:10 WITA', '2025-10-06T15:35:10.000Z'],
    ['2025-10-06 23:35 WIT', '2025-10-06T14:35:00.000Z'],
    ['2025/10/06 23:35 +07:00', '2025-10-06T16:35:00.000Z'],
    // Indonesian month and day names
    ['Senin, 06 Okt 2025 10:00:00 +0700', '2025-10-06T03:00:00.000Z'],
    ["Jum'at, 3 Januari 2025 14:05 WIB", '2025-01-03T07:05:00.000Z'],
    ['Kamis, 25 Desember 2024 | 08.30 WIB', '2024-12-25T01:30:00.000Z'],
    ['Rabu, 13 Agustus 2025 - 19:45 WIB', '2025-08-13T12:45:00.000Z'],
    ['Sabtu, 17 Agu 2024 pukul 10.00 WIB', '2024-08-17T03:00:00.000Z'],
    ['1 Mei 2025 07:00', '2025-05-01T00:00:00.000Z'],
    ['6 Oktober 2025', '2025-10-05T17:00:00.000Z'],
    // English written dates
    ['October 6, 2025 10:00 AM', '2025-10-06T03:00:00.000Z'],
    ['6 October 2025 12:30 PM', '2025-10-06T05:30:00.000Z'],
    ['Oct. 6, 2025 12:15 am GMT', '2025-10-06T00:15:00.000Z'],
    // A comma after the month; asctime and Twitter; ISO 8601 basic; W3CDTF reduced precision
    ['Mon, 13 Feb, 2012 06:28:00 UTC', '2012-02-13T06:28:00.000Z'],
    ['Sun Jul 15 01:16:00 +0000 2012', '2012-07-15T01:16:00.000Z'],
    ['Sun Jul 15 01:16:00 PDT 2012', '2012-07-15T08:16:00.000Z'],
    ['20031231T101455Z', '2003-12-31T10:14:55.000Z'],
    ['2003-12', '2003-12-01T00:00:00.000Z'],
    ['2003', '2003-01-01T00:00:00.000Z'],
    // RFC 822 localised by Portuguese, Spanish, French and German CMSs
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['mié, 15 ene 2025 10:00:00 +0100', '2025-01-15T09:00:00.000Z'],
    ['jeudi, 6 février 2025 08:00 +0100', '2025-02-06T07:00:00.000Z'],
    ['Mo, 06 Okt 2025 10:00:00 +0200', '2025-10-06T08:00:00.000Z'],
    ['Mar 14, 2025 09:00 GMT', '2025-03-14T09:00:00.000Z'],
  ])('%s → %s', (text, expected) => {
    // Zone-less rows are read as an Indonesian feed's are (normalizeItems passes WIB for them).
    expect(parseFeedDate(text, NOW, { defaultOffset: '+07:00' })).toBe(expected);
  });

  it.each([
    ['GMT', 0], ['UT', 0], ['UTC', 0], ['Z', 0],
    ['EST', -5], ['EDT', -4], ['CST', -6], ['CDT', -5], ['MST', -7], ['MDT', -6], ['PST', -8], ['PDT', -7],
    ['WIB', 7], ['WITA', 8], ['WIT', 9],
  ])('reads zone %s as UTC%+d', (zone, hours) => {
    const expected = new Date(Date.UTC(2025, 9, 6, 12 - hours, 0, 0)).toISOString();
    expect(parseFeedDate(`Mon, 06 Oct 2025 12:00:00 ${zone}`, NOW)).toBe(expected);
  });

  it.each([
    ['a zone-less ISO date-time', '2025-10-06T10:00:00'],
    ['a zone-less CMS date-time', '2025-10-06 10:00'],
    ['a zone-less RFC 822 date', 'Mon, 06 Oct 2025 10:00:00'],
  ])('reads %s in the default offset, UTC unless told', (_what, text) => {
    expect(parseFeedDate(text, NOW)).toBe('2025-10-06T10:00:00.000Z');
    expect(parseFeedDate(text, NOW, { defaultOffset: '+07:00' })).toBe('2025-10-06T03:00:00.000Z');
    expect(parseFeedDate(text, NOW, { defaultOffset: '-0500' })).toBe('2025-10-06T15:00:00.000Z');
  });

  it('reads a date alone as midnight in the default offset', () => {
    expect(parseFeedDate('2025-10-06', NOW)).toBe('2025-10-06T00:00:00.000Z');
    expect(parseFeedDate('2025-10-06', NOW, { defaultOffset: '+07:00' })).toBe('2025-10-05T17:00:00.000Z');
  });

  it.each([
    ['9 minutes 59 s ahead: kept', '2025-10-08T00:09:59Z', {}, '2025-10-08T00:09:59.000Z'],
    ['10 minutes 1 s ahead: clamped', '2025-10-08T00:10:01Z', {}, NOW.toISOString()],
    ['years ahead: clamped', 'Wed, 01 Jan 2031 08:00:00 GMT', {}, NOW.toISOString()],
    ['1 s ahead with maxFutureMs 0: clamped', '2025-10-08T00:00:01Z', { maxFutureMs: 0 }, NOW.toISOString()],
    ['1 h ahead with maxFutureMs 2 h: kept', '2025-10-08T01:00:00Z', { maxFutureMs: 2 * 3_600_000 }, '2025-10-08T01:00:00.000Z'],
  ])('future dates: %s', (_what, text, options, expected) => {
    expect(parseFeedDate(text, NOW, options)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    '   ',
    'yesterday',
    'Mon, 32 Oct 2025 10:00:00 GMT',
    '2025-02-29',
    '2025-13-01T00:00:00Z',
    '2025-10-06T25:00:00Z',
    '2025-10-06T10:61:00Z',
    'Mon, 06 Foo 2025 10:00:00 GMT',
    'Mon, 06 Oct 2025 10:00:00 XYZ',
    '2025-10-06T10:00:00+15:00',
    '2025-10-06T10:00:00 then some',
    '13:00 PM 6 Oct 2025',
    'October 6, 2025 13:00 PM',
  ])('%j → undefined', (text) => {
    expect(parseFeedDate(text, NOW)).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseFeedDate('2024-02-29T00:00:00Z', NOW)).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses a defaultOffset it cannot read', () => {
    expect(() => parseFeedDate('2025-10-06', NOW, { defaultOffset: 'Asia/Jakarta' })).toThrow(RangeError);
  });
});
