import { describe, expect, it } from 'vitest';
import type { CleanSeed } from '../../../src/core/model.ts';
import { dropSharedFurniture } from '../../../src/core/profile/shared-furniture.ts';
import { seedEvidence } from '../../../src/core/profile/seed-evidence.ts';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';

const ABOUT_US = 'TeknoHarian.id adalah portal berita startup dan inovasi teknologi. Kamu bisa menjadi member komunitas kami dan mengunduh laporan riset.';
const seed = (title: string, ...paragraphs: string[]): CleanSeed => ({ title, body: paragraphs.join('\n'), removed: [] });

const phoneSeeds = [
  seed('Ponsel lipat baru meluncur', 'Produsen ponsel asal Korea meluncurkan ponsel lipat dengan layar 7 inci di Jakarta pada Selasa.', 'Harga ponsel itu dipatok Rp 20 juta untuk varian tertinggi dengan memori terbesar.', 'Penjualan di Indonesia dimulai pekan depan melalui toko resmi dan beberapa toko daring.', ABOUT_US),
  seed('Chip baru untuk ponsel kelas menengah', 'Pembuat chip memperkenalkan prosesor baru yang hemat daya untuk ponsel kelas menengah.', 'Ponsel pertama dengan chip itu dijadwalkan hadir di pasar Asia pada bulan depan.', 'Chip itu dibuat dengan proses fabrikasi tiga nanometer yang lebih hemat energi dari generasi sebelumnya.', ABOUT_US),
  seed('Baterai ponsel kini bisa diisi 10 menit', 'Teknologi pengisian cepat membuat baterai ponsel penuh dalam sepuluh menit saja.', 'Fitur itu hadir pada ponsel flagship tahun ini.'),
];

describe('dropSharedFurniture', () => {
  it('drops a paragraph two different seeds print verbatim (an outlet self-description) and records it', () => {
    const cleaned = dropSharedFurniture(phoneSeeds);
    expect(cleaned[0]!.body).not.toContain('portal berita');
    expect(cleaned[1]!.body).not.toContain('portal berita');
    expect(cleaned[0]!.removed).toEqual([ABOUT_US]);
    expect(cleaned[0]!.body).toContain('layar 7 inci');
    expect(cleaned[2]).toEqual(phoneSeeds[2]);
  });

  it('keeps what two copies of one report share: that is the news', () => {
    const report = ['Kereta cepat mulai beroperasi penuh pada hari Senin dengan 40 perjalanan sehari menurut operator.', 'Tiket termurah dijual seharga Rp 150 ribu untuk kelas ekonomi premium mulai pekan ini.', 'Operator menargetkan 30 ribu penumpang setiap hari pada bulan pertama operasi penuh.'];
    const copies = [seed('Kereta cepat beroperasi penuh', ...report), seed('Kereta Cepat Mulai Beroperasi Penuh Senin', ...report, 'Penumpang diminta datang satu jam sebelum keberangkatan di stasiun awal.')];
    expect(dropSharedFurniture(copies)).toEqual(copies);
  });

  it('drops the blurb under two short articles that share nothing else', () => {
    const seeds = [seed('Ponsel lipat baru meluncur', 'Produsen ponsel asal Korea meluncurkan ponsel lipat dengan layar tujuh inci di Jakarta pada Selasa siang.', ABOUT_US), seed('Chip baru untuk ponsel', 'Pembuat chip memperkenalkan prosesor baru yang hemat daya untuk ponsel kelas menengah tahun depan.', ABOUT_US)];
    expect(dropSharedFurniture(seeds).map((s) => s.body)).toEqual([seeds[0]!.body.split('\n')[0], seeds[1]!.body.split('\n')[0]]);
  });

  it('keeps a closing paragraph two seeds share with other text: a rewrite of one report', () => {
    const lead = 'Kereta cepat mulai beroperasi penuh pada hari Senin dengan 40 perjalanan sehari menurut operator.';
    const close = 'Operator menargetkan 30 ribu penumpang setiap hari pada bulan pertama operasi penuh kereta itu.';
    const seeds = [seed('Kereta cepat beroperasi penuh', lead, 'Tiket termurah dijual seharga Rp 150 ribu untuk kelas ekonomi premium mulai pekan ini.', close), seed('Operasi penuh kereta cepat dimulai', lead, close)];
    expect(dropSharedFurniture(seeds)).toEqual(seeds);
  });

  it('keeps a one-paragraph report two outlets copied under the same headline', () => {
    const text = 'Kereta cepat mulai beroperasi penuh pada hari Senin dengan 40 perjalanan sehari menurut operator.';
    const copies = [seed('Kereta cepat beroperasi penuh', text), seed('Kereta Cepat Beroperasi Penuh', text)];
    expect(dropSharedFurniture(copies)).toEqual(copies);
  });

  it('keeps a short line two seeds happen to share', () => {
    const seeds = [seed('A', 'Banjir melanda kota itu sejak Senin malam dan merendam ratusan rumah warga.', 'Hujan masih turun.'), seed('B', 'Longsor menutup jalan provinsi di dua titik setelah hujan deras semalaman.', 'Hujan masih turun.')];
    expect(dropSharedFurniture(seeds)).toEqual(seeds);
  });

  it('leaves the furniture out of the seeds evidence the learner reads', () => {
    const evidence = seedEvidence(phoneSeeds, loadLexicon());
    const keys = new Set(evidence.keySets.flatMap((set) => [...set]));
    expect([...keys].some((key) => key.includes('portal') || key.includes('komunitas'))).toBe(false);
    expect([...keys].some((key) => key.includes('ponsel'))).toBe(true);
  });
});
