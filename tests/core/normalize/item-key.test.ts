import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assignItemKeys, itemKey, type KeyParts } from '../../../src/core/normalize/item-key.ts';

const sha16 = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('itemKey', () => {
  it.each<[string, KeyParts, string]>([
    ['a canonical link wins over a guid', { feedId: 'f', link: 'https://e.example/a', guid: 'g-1', title: 'T' }, 'link:https://e.example/a'],
    ['a guid, trimmed, when there is no link', { feedId: 'f', guid: '  g-1 \n', title: 'T' }, 'guid:f:g-1'],
    [
      'a hash of title and raw date when there is neither',
      { feedId: 'f', title: 'Judul', publishedRaw: 'Mon, 06 Oct 2025 10:00:00 +0700' },
      `hash:f:${sha16('Judul|Mon, 06 Oct 2025 10:00:00 +0700')}`,
    ],
    ['a blank guid counts as none', { feedId: 'f', guid: '   ', title: 'Judul' }, `hash:f:${sha16('Judul|')}`],
  ])('%s', (_what, parts, expected) => {
    expect(itemKey(parts)).toBe(expected);
  });

  it('gives the same article in two feeds the same key when the link is the same', () => {
    const link = 'https://e.example/a';
    expect(itemKey({ feedId: 'antara', link, guid: '1' })).toBe(itemKey({ feedId: 'detik', link, guid: 'x-99' }));
  });

  it('keeps guids and hashes of different feeds apart', () => {
    expect(itemKey({ feedId: 'a', guid: '1' })).not.toBe(itemKey({ feedId: 'b', guid: '1' }));
    expect(itemKey({ feedId: 'a', title: 'T' })).not.toBe(itemKey({ feedId: 'b', title: 'T' }));
  });

  it('hashes differ by title and by date, and are stable', () => {
    const base = { feedId: 'f', title: 'T', publishedRaw: '2025-10-06' };
    expect(itemKey(base)).toBe(itemKey({ ...base }));
    expect(itemKey(base)).not.toBe(itemKey({ ...base, title: 'U' }));
    expect(itemKey(base)).not.toBe(itemKey({ ...base, publishedRaw: '2025-10-07' }));
  });
});

describe('assignItemKeys', () => {
  it('drops an exact repeat (same key, same title) and numbers the rest in feed order', () => {
    const keys = assignItemKeys([
      { feedId: 'f', guid: 'g', title: 'Naik' },
      { feedId: 'f', guid: 'g', title: 'Turun' },
      { feedId: 'f', guid: 'g', title: 'Naik' },
      { feedId: 'f', guid: 'g', title: 'Stabil' },
      { feedId: 'f', guid: 'other', title: 'Naik' },
    ]);
    expect(keys).toEqual(['guid:f:g', 'guid:f:g#2', undefined, 'guid:f:g#3', 'guid:f:other']);
  });

  it('does not trust a link shared by differently titled items when they have guids', () => {
    const home = 'https://e.example/';
    const keys = assignItemKeys([
      { feedId: 'f', link: home, guid: '101', title: 'Satu' },
      { feedId: 'f', link: home, guid: '102', title: 'Dua' },
      { feedId: 'f', link: 'https://e.example/own', guid: '103', title: 'Tiga' },
    ]);
    expect(keys).toEqual(['guid:f:101', 'guid:f:102', 'link:https://e.example/own']);
  });

  it('numbers items sharing a link when they have no guid to fall back on', () => {
    const live = 'https://e.example/live';
    const keys = assignItemKeys([
      { feedId: 'f', link: live, title: 'Update 1' },
      { feedId: 'f', link: live, title: 'Update 2' },
    ]);
    expect(keys).toEqual([`link:${live}`, `link:${live}#2`]);
  });

  it('keeps the link key when the sharing items are the same item repeated', () => {
    const link = 'https://e.example/a';
    const keys = assignItemKeys([
      { feedId: 'f', link, guid: '1', title: 'Sama' },
      { feedId: 'f', link, guid: '1', title: 'Sama' },
    ]);
    expect(keys).toEqual([`link:${link}`, undefined]);
  });

  it('gives the same keys for the same feed every time', () => {
    const items: KeyParts[] = [
      { feedId: 'f', title: 'A', publishedRaw: 'x' },
      { feedId: 'f', title: 'A', publishedRaw: 'x' },
      { feedId: 'f', guid: 'g', title: 'B' },
    ];
    expect(assignItemKeys(items)).toEqual(assignItemKeys(items.map((item) => ({ ...item }))));
    expect(assignItemKeys(items)[1]).toBeUndefined();
  });
});
