import { describe, expect, it } from 'vitest';
import { EMBED_LIMITS, cutProse, embedLength, fitEmbed, type EmbedText } from '../../../src/core/deliver/fit-embed.ts';
import { splitSentences } from '../../../src/core/summarize/split-sentences.ts';

const SENTENCES_ID = [
  'Pemimpin Korea Utara Kim Jong Un menegaskan dukungan penuh terhadap Rusia dalam konflik dengan Ukraina.',
  'Pernyataan itu disampaikan kepada Menteri Pertahanan Rusia Andrei Belousov di Pyongyang pada Sabtu (29/11/2024).',
  'Menurut Dr. H. Ahmad Yani, M.Si., bantuan senilai Rp 1.011.000.000 dikirim lewat Jl. Sudirman No. 5.',
  '"Rusia berhak berperang untuk membela diri," kata Kim seperti dikutip KCNA.',
  'Sekitar 10.000 tentara Korea Utara dilaporkan berada di wilayah Kursk sejak Oktober.',
];
/** Indonesian prose of at least `units` code units, whole sentences. */
function prose(units: number): string {
  const out: string[] = [];
  for (let i = 0; out.join(' ').length < units; i++) out.push(SENTENCES_ID[i % SENTENCES_ID.length]!);
  return out.join(' ');
}
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i % 10}`).join(' ');
const exact = (text: string, units: number) => text.padEnd(units, 'x').slice(0, units);
const base = (over: Partial<EmbedText> = {}): EmbedText => ({ title: 'Judul', description: 'Isi berita.', ...over });

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);

describe('fitEmbed: each limit', () => {
  it.each([
    ['title', 256, (s: string) => base({ title: s }), (e: EmbedText) => e.title],
    ['author', 256, (s: string) => base({ author: s }), (e: EmbedText) => e.author!],
    ['field name', 256, (s: string) => base({ fields: [{ name: s, value: 'v' }] }), (e: EmbedText) => e.fields![0]!.name],
  ] as const)('%s: %i unchanged, one more cut at a word with "…"', (_label, limit, make, get) => {
    const atLimit = exact(`${words(60)} `, limit);
    expect(get(fitEmbed(make(atLimit)))).toBe(atLimit);
    const over = exact(`${words(60)} `, limit + 1);
    const cut = get(fitEmbed(make(over)));
    expect(cut.length).toBeLessThanOrEqual(limit);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(over.startsWith(kept)).toBe(true);
    expect(over.charAt(kept.length)).toBe(' ');
  });

  it.each([
    ['description', EMBED_LIMITS.description, (s: string) => base({ description: s }), (e: EmbedText) => e.description],
    ['footer', EMBED_LIMITS.footer, (s: string) => base({ footer: s }), (e: EmbedText) => e.footer!],
    ['field value', EMBED_LIMITS.fieldValue, (s: string) => base({ fields: [{ name: 'Sumber', value: s }] }), (e: EmbedText) => e.fields![0]!.value],
  ] as const)('%s: %i unchanged, over it cut after a whole sentence', (_label, limit, make, get) => {
    const long = prose(limit + 500);
    const atLimit = long.slice(0, limit);
    expect(get(fitEmbed(make(atLimit)))).toBe(atLimit);
    const cut = get(fitEmbed(make(long.slice(0, limit + 1))));
    expect(cut.length).toBeLessThanOrEqual(limit);
    expect(long.startsWith(cut)).toBe(true);
    expect(cut).toMatch(/[.!?"”]$/);
    // The cut ends where a sentence of the original ends.
    const last = splitSentences(cut).at(-1)!;
    expect(SENTENCES_ID).toContain(last);
  });

  it.each([
    ['description', EMBED_LIMITS.description, (s: string) => base({ description: s }), (e: EmbedText) => e.description],
    ['footer', EMBED_LIMITS.footer, (s: string) => base({ footer: s }), (e: EmbedText) => e.footer!],
    ['field value', EMBED_LIMITS.fieldValue, (s: string) => base({ fields: [{ name: 'n', value: s }] }), (e: EmbedText) => e.fields![0]!.value],
  ] as const)('%s: one sentence too long falls back to a word boundary', (_label, limit, make, get) => {
    const sentence = `${words(Math.ceil(limit / 5) + 50)}.`;
    const cut = get(fitEmbed(make(sentence)));
    expect(cut.length).toBeLessThanOrEqual(limit);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(sentence.startsWith(kept)).toBe(true);
    expect(sentence.charAt(kept.length)).toBe(' ');
  });

  it('leaves a small embed alone, optional parts absent', () => {
    const embed = base();
    const fitted = fitEmbed(embed);
    expect(fitted).toEqual(embed);
    expect('footer' in fitted).toBe(false);
    expect('fields' in fitted).toBe(false);
  });

  it('does not change its argument', () => {
    const embed = base({ description: prose(7000), fields: [{ name: 'n', value: prose(2000) }] });
    const copy = structuredClone(embed);
    fitEmbed(embed);
    expect(embed).toEqual(copy);
  });

  it('keeps at most 25 fields', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    expect(fitEmbed(base({ fields })).fields).toHaveLength(25);
  });
});

describe('fitEmbed: the 6000 total', () => {
  it('trims the description first', () => {
    const embed = base({ title: exact(words(60), 256), description: prose(4096).slice(0, 4096), footer: exact(words(500), 2048), author: 'Kompas' });
    expect(embedLength(embed)).toBeGreaterThan(EMBED_LIMITS.total);
    const fitted = fitEmbed(embed);
    expect(embedLength(fitted)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(fitted.title).toBe(embed.title);
    expect(fitted.footer).toBe(embed.footer);
    expect(fitted.author).toBe('Kompas');
    expect(fitted.description.length).toBeLessThan(embed.description.length);
    expect(embed.description.startsWith(fitted.description)).toBe(true);
    expect(fitted.description).toMatch(/[.!?"”]$/);
  });

  it('then drops fields from the last, keeping every limit', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: exact(`Bidang ${i} `, 300), value: prose(1100) }));
    const fitted = fitEmbed({ title: exact(words(60), 300), description: prose(5000), footer: prose(2100), author: exact(words(60), 300), fields });
    expect(embedLength(fitted)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(fitted.title.length).toBeLessThanOrEqual(256);
    expect(fitted.description).toBe('');
    expect(fitted.fields!.length).toBeGreaterThan(0);
    for (const f of fitted.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    expect(fitted.fields![0]!.name.startsWith('Bidang 0')).toBe(true);
  });

  it('is within the total for a range of sizes', () => {
    for (const size of [1000, 3000, 4096, 5000, 9000]) {
      const fitted = fitEmbed({ title: exact(words(60), 256), description: prose(size), footer: prose(size / 2), fields: [{ name: 'Sumber', value: prose(size / 4) }] });
      expect(embedLength(fitted)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    }
  });
});

describe('fitEmbed: Unicode', () => {
  it.each([
    ['emoji', '🚀'],
    ['family emoji (ZWJ sequence)', '👨‍👩‍👧'],
    ['flag', '🇮🇩'],
    ['combining accent', 'e\u0301'],
  ])('never splits %s in the title', (_label, unit) => {
    const title = unit.repeat(Math.ceil(300 / unit.length));
    const cut = fitEmbed(base({ title })).title;
    expect(cut.length).toBeLessThanOrEqual(256);
    expect(cut.endsWith('…')).toBe(true);
    for (const g of graphemes(cut.slice(0, -1))) expect(g).toBe(unit);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it('cuts an Indonesian title with emoji at a word', () => {
    const title = `🔥 ${'Korea Utara Kirim Ribuan Tentara ke Kursk untuk Bantu Rusia 🇷🇺 '.repeat(6)}`.trim();
    const cut = fitEmbed(base({ title })).title;
    expect(cut.length).toBeLessThanOrEqual(256);
    const kept = cut.slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    expect(title.charAt(kept.length)).toBe(' ');
  });

  it('counts UTF-16 units, so emoji-heavy prose stays within the limit', () => {
    const description = `${'Pasukan tiba 🚀🚀 di garis depan. '.repeat(200)}`;
    const cut = fitEmbed(base({ description })).description;
    expect(cut.length).toBeLessThanOrEqual(4096);
    expect(cut.endsWith('depan.')).toBe(true);
  });
});

describe('cutProse', () => {
  it.each([
    ['at the last sentence that fits', 'Kim tiba. Putin menyambut. Rapat dimulai pagi ini.', 30, 'Kim tiba. Putin menyambut.'],
    ['abbreviations are not boundaries', 'Dr. Budi tiba di Jl. Sudirman. Rapat dimulai.', 35, 'Dr. Budi tiba di Jl. Sudirman.'],
    ['numbers are not boundaries', 'Harga Rp 1.011.000 naik lagi. Warga mengeluh.', 32, 'Harga Rp 1.011.000 naik lagi.'],
    ['a line end is a boundary', 'Kim tiba di Moskow\nPutin menyambutnya di bandara.', 25, 'Kim tiba di Moskow'],
    ['a quote stays whole', '"Kami siap," kata Kim. Rapat dimulai.', 25, '"Kami siap," kata Kim.'],
    ['no boundary: a word and "…"', 'Pemimpin Korea Utara menegaskan dukungan penuh.', 25, 'Pemimpin Korea Utara…'],
    ['zero room', 'Kim tiba.', 0, ''],
  ])('%s', (_label, text, limit, expected) => {
    expect(cutProse(text, limit)).toBe(expected);
  });
});
