import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanSeedText } from '../../src/core/profile/clean-seed.ts';

const SEED_DIR = new URL('../../config/seeds/', import.meta.url);
const seed = (prefix: string) => {
  const file = readdirSync(SEED_DIR).find((name) => name.startsWith(prefix));
  if (file === undefined) throw new Error(`no seed ${prefix}`);
  return cleanSeedText(readFileSync(new URL(file, SEED_DIR), 'utf8'));
};

const PARA = 'Pemimpin Korea Utara menegaskan dukungan penuh terhadap Rusia dalam konflik dengan Ukraina.';
const PARA2 = 'Kedua negara sepakat memperkuat kerja sama militer dalam beberapa bulan ke depan.';

describe('cleanSeedText on the real seeds', () => {
  const seeds = ['000', '001', '002', '003', '004'].map((p) => [p, seed(p)] as const);

  it.each([
    ['000', 'Kim Jong Un: Rusia Punya Hak Bela Diri terhadap Ukraina'],
    ['001', 'Bertemu Putin di Pyongyang, Kim Jong-un Nyatakan Dukungan Penuh untuk Perang Rusia di Ukraina'],
    ['002', 'Kim Jong Un dan Menhan Rusia Sepakat Tingkatkan Hubungan Militer'],
    ['003', 'Janji Korea Utara Dukung Penuh Rusia hingga Capai Kemenangan di Ukraina'],
    ['004', 'Kim Jong Un Tegaskan Dukungan untuk Perang Rusia di Ukraina'],
  ])('seed %s has the headline as title', (prefix, title) => {
    expect(seed(prefix).title).toBe(title);
  });

  const forbidden = [
    'Baca juga', 'Baca Juga', 'Penulis', 'Editor', 'Sumber :', 'Terkini Lainnya', 'TERBARU', '> >',
    'MEMBACA', 'TikTok', 'Hizbullah', 'Gunung Api', 'Note: The text', 'WIB', 'KOMPAS.TV', 'TRIBUNNEWS.COM',
  ];
  it.each(forbidden)('no kept text contains %j', (word) => {
    for (const [, s] of seeds) expect(`${s.title}\n${s.body}`).not.toContain(word);
  });

  it('keeps the key content', () => {
    expect(seed('002').body).toContain('Belousov');
    expect(seed('002').body).toContain('10.000 tentara');
    expect(seed('002').body.startsWith('Menteri Pertahanan (Menhan) Rusia Andrei Belousov')).toBe(true);
    expect(seed('004').body).toContain('11.000 pasukan');
    expect(seed('004').body.split('\n').at(-1)).toMatch(/^Selain pasukan, .*wilayah Kursk Rusia/);
    expect(seed('001').body.startsWith('Pemimpin Korea Utara, Kim Jong-un, mengungkapkan')).toBe(true);
    expect(seed('003').body).toContain('8.000 tentara Korea Utara berada di wilayah Kursk');
  });

  it('keeps the lead of seed 000 only once', () => {
    const body = seed('000').body;
    expect(body.match(/menegaskan dukungan penuh terhadap Rusia/g)).toHaveLength(1);
    expect(body.split('\n')[1]).toMatch(/^Pernyataan tersebut/);
  });

  it('records what it removed', () => {
    const removed = seed('002').removed;
    expect(removed).toContain('Terkini Lainnya');
    expect(removed).toContain('- Belgia: Jangan Makan Pohon Natal');
    expect(removed).toContain('PYONGYANG, -');
    expect(seed('000').removed).toContain('(Tribunnews.com, Andari Wulan Nugrahani)');
  });
});

describe('cleanSeedText noise kinds', () => {
  it.each([
    ['read also (id)', 'Baca juga: Putin Tiba di Korea Utara'],
    ['read also (caps, no colon)', 'BACA JUGA Putin Tiba di Korea Utara'],
    ['lihat juga', 'Lihat juga: Rusia Serang Kyiv'],
    ['simak juga', 'SIMAK JUGA: Rusia Serang Kyiv'],
    ['artikel terkait', 'Artikel terkait: Rusia Serang Kyiv'],
    ['read also (en)', 'Read also: Putin arrives in Pyongyang'],
    ['read more (en)', 'Read more: Putin arrives in Pyongyang'],
    ['see also (en)', 'See also - Putin arrives in Pyongyang'],
    ['related (en)', 'Related: Putin arrives in Pyongyang'],
    ['penulis', 'Penulis: Andari Wulan'],
    ['byline combo', 'Penulis : Rizky L Pratama Editor : Edy-A.-Putra'],
    ['editor', 'Editor: Wahyu Gilang'],
    ['sumber', 'Sumber : Associated Press'],
    ['reporter', 'Reporter: Budi'],
    ['pewarta', 'Pewarta: Budi'],
    ['penyunting', 'Penyunting: Budi'],
    ['foto credit', 'Foto: ANTARA/Budi'],
    ['writer (en)', 'Writer: Jane Doe'],
    ['source (en)', 'Source: Reuters'],
    ['by-line (en)', 'By Jane Doe and John Roe, Associated Press'],
    ['reporting by (en)', 'Reporting by Jane Doe; Editing by John Roe'],
    ['laporan wartawan', 'Laporan Wartawan Tribunnews.com, Andari'],
    ['closing credit', '(Tribunnews.com, Andari Wulan Nugrahani)'],
    ['breadcrumb arrows', '> >'],
    ['breadcrumb path', 'Home > Internasional > Asia'],
    ['punctuation only', '* * *'],
    ['section | date meta', 'Kompas dunia | 19 Juni 2024, 13:30 WIB'],
    ['date with clock', 'Rabu, 19 Juni 2024 13:30 WIB'],
    ['published (en)', 'Published June 19, 2024'],
    ['caption (Sumber:)', 'Putin dan Kim berjabat tangan di Pyongyang. (Sumber: Sputnik via AP)'],
    ['caption (Foto:)', 'Putin dan Kim berjabat tangan di Pyongyang. (Foto: AFP)'],
    ['caption (AP Photo/)', 'Putin and Kim shake hands in Pyongyang. (AP Photo/Ahn Young-joon)'],
    ['widget', 'MEMBACA  Fotografer Rusia Dihukum 16 Tahun Penjara | Berita Kebebasan Pers'],
    ['generated junk', 'Putin tiba. Note: The text is visually enhanced with bold formatting.'],
    ['advertisement', 'ADVERTISEMENT'],
    ['scroll prompt', 'SCROLL TO CONTINUE WITH CONTENT'],
  ])('drops %s', (_kind, noise) => {
    const result = cleanSeedText(`Judul Berita\n${PARA}\n${noise}\n${PARA2}`);
    expect(result.title).toBe('Judul Berita');
    expect(result.body).toBe(`${PARA}\n${PARA2}`);
    expect(result.removed).toContain(noise.replace(/\s+/g, ' '));
  });

  it.each([
    'Terkini Lainnya', 'TERBARU', 'Berita Terkait', 'Berita Lainnya', 'Populer', 'Most Read', 'Latest', 'Related',
  ])('drops the %s header and the headlines under it', (header) => {
    const list = ['- TikTok Akan Tutup Total di AS', 'Gunung Api Terbesar Kedua di Islandia Akan Meletus', '- Belgia: Jangan Makan Pohon Natal'];
    const result = cleanSeedText(`Judul\n${PARA}\n\n${header}\n${list.join('\n')}\n`);
    expect(result.body).toBe(PARA);
    expect(result.removed).toEqual([header, ...list]);
  });

  it('ends a headline list at the next real paragraph', () => {
    const result = cleanSeedText(`Judul\n${PARA}\nBerita Terkait\n- TikTok Akan Tutup\n${PARA2}`);
    expect(result.body).toBe(`${PARA}\n${PARA2}`);
  });

  it.each([
    ['TRIBUNNEWS.COM - ', 'TRIBUNNEWS.COM -'],
    ['PYONGYANG, KOMPAS.TV - ', 'PYONGYANG, KOMPAS.TV -'],
    ['PYONGYANG, - ', 'PYONGYANG, -'],
    ['Jakarta (ANTARA) - ', 'Jakarta (ANTARA) -'],
    ['KYIV, Ukraina (AP) — ', 'KYIV, Ukraina (AP) —'],
    ['Jakarta, CNN Indonesia -- ', 'Jakarta, CNN Indonesia --'],
  ])('strips the dateline %j but keeps the paragraph', (prefix, recorded) => {
    const result = cleanSeedText(`Judul\n${prefix}${PARA}\n${PARA2}`);
    expect(result.body).toBe(`${PARA}\n${PARA2}`);
    expect(result.removed).toEqual([recorded]);
  });

  it('strips the dateline of a page pasted without its headline, whose lead then stands as the title', () => {
    const result = cleanSeedText(`Jakarta, CNN Indonesia -- ${PARA}\n${PARA2}`);
    expect(result.title).toBe(PARA);
    expect(result.body).toBe(PARA2);
    expect(result.removed).toEqual(['Jakarta, CNN Indonesia --']);
  });

  it.each([
    ['editor mid-sentence', 'Menurut editor majalah itu, laporan tersebut sudah diverifikasi oleh tim redaksi.'],
    ['sumber mid-sentence', 'Sumber di kementerian mengatakan pasukan itu tiba pada pekan lalu di perbatasan.'],
    ['Editor at start, no colon', 'Editor senior surat kabar itu ditahan oleh aparat keamanan pada Senin malam.'],
    ['source cited in the text', 'Inflasi tahunan naik menjadi 3 persen pada bulan Juni (Sumber: BPS).'],
    ['"By" opening a sentence', 'By the time the troops arrived, the town had already been evacuated.'],
    ['"lihat juga" in prose', 'Lihat juga bagaimana warga di perbatasan menghadapi serangan setiap malam.'],
    ['date in prose', 'Pada 19 Juni 2024 pukul 13:30 WIB, Putin tiba di Pyongyang untuk kunjungan dua hari.'],
    ['bullet point in the article', '- Korea Utara mengirim sekitar 11.000 pasukan ke Rusia tahun lalu.'],
  ])('keeps a normal line: %s', (_case, line) => {
    const result = cleanSeedText(`Judul\n${PARA}\n${line}`);
    expect(result.body).toBe(`${PARA}\n${line}`);
    expect(result.removed).toEqual([]);
  });

  it('keeps a repeated lead once and drops a repeated title', () => {
    const result = cleanSeedText(`Judul Berita\nJudul Berita\n${PARA}\nTRIBUNNEWS.COM - ${PARA}\n${PARA2}`);
    expect(result.body).toBe(`${PARA}\n${PARA2}`);
  });

  it('returns empty text for a page that is all noise', () => {
    expect(cleanSeedText('> >\n\nBaca juga: X\n')).toEqual({ title: '', body: '', removed: ['> >', 'Baca juga: X'] });
  });
});
