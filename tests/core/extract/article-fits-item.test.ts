import { describe, expect, it } from 'vitest';
import { articleFitsItem } from '../../../src/core/extract/article-fits-item.ts';

describe('articleFitsItem', () => {
  const item = { title: 'Kim Jong Un dan Menhan Rusia Sepakat Tingkatkan Hubungan Militer' };

  it('accepts the article that repeats its headline\'s words', () => {
    const text = 'PYONGYANG, KOMPAS.com - Pemimpin Korea Utara Kim Jong Un dan Menteri Pertahanan Rusia Andrei Belousov sepakat meningkatkan hubungan militer kedua negara.';
    expect(articleFitsItem(item, text)).toBe(true);
  });

  it('refuses a consent wall or a front page that shares none of it', () => {
    expect(articleFitsItem(item, 'Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Setujui untuk melanjutkan.')).toBe(false);
    expect(articleFitsItem(item, 'Berita terkini hari ini: politik, ekonomi, olahraga, hiburan.')).toBe(false);
  });

  it('gives a headline too short to judge the benefit of the doubt', () => {
    expect(articleFitsItem({ title: 'Breaking' }, 'Anything at all.')).toBe(true);
  });
});
