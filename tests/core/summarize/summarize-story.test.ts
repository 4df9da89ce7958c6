import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { loadTopic } from '../../../src/adapters/topic-files.ts';
import { splitSentences } from '../../../src/core/summarize/split-sentences.ts';
import { summarizeStory, type SummarizeInput, type SummarizeOptions } from '../../../src/core/summarize/summarize-story.ts';
import { defaultSeeds } from '../../helpers/topics.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const { prepared } = loadTopic();
const summarize = (input: SummarizeInput, options?: SummarizeOptions) => summarizeStory(input, lexicon, background, options);

const seeds = defaultSeeds();
const seedDir = new URL('../../../config/seeds/', import.meta.url);
const rawSeeds = readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort().map((n) => [n, readFileSync(new URL(n, seedDir), 'utf8')] as const);
const NOISE = /Baca juga|Penulis|Editor|Sumber :|\(Sumber|Terkini Lainnya|TERBARU|TRIBUNNEWS\.COM|KOMPAS\.TV|PYONGYANG, -|MEMBACA|TikTok|WIB|Note: The text/i;

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function jaccard(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared);
}

describe('summarizeStory on the seed articles', () => {
  const cases = seeds.flatMap(({ name, seed }) => [
    [name, 'no topic', seed] as const,
    [name, 'topic weights', seed] as const,
  ]);

  it.each(cases)('%s (%s): lead first, 2-3 sentences in order, within 600 characters', (_name, mode, seed) => {
    const weights = mode === 'topic weights' ? prepared.weights : undefined;
    const summary = summarize({ texts: [seed.body], weights });
    const all = splitSentences(seed.body, 'id');
    const positions = summary.sentences.map((s) => all.indexOf(s));

    expect(summary.lang).toBe('id');
    expect(summary.sentences.length).toBeGreaterThanOrEqual(2);
    expect(summary.sentences.length).toBeLessThanOrEqual(3);
    expect(positions.every((p) => p >= 0), 'every sentence is the article’s own').toBe(true);
    expect(positions[0], 'first sentence is the lead or next to it').toBeLessThanOrEqual(1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(summary.text).toBe(summary.sentences.join(' '));
    expect(summary.text.length).toBeLessThanOrEqual(600);
    expect(summary.text).not.toMatch(NOISE);
    // What cleaning removed as noise (a repeated lead is removed too, but it is also in the body).
    for (const removed of seed.removed) if (removed.length > 3 && !seed.body.includes(removed)) expect(summary.text).not.toContain(removed);
    for (const s of summary.sentences) expect(s.split(' ').length).toBeGreaterThanOrEqual(6);
  });

  it.each(rawSeeds)('raw page %s: no page noise, no headline, no dateline', (_name, raw) => {
    const summary = summarize({ texts: [raw], weights: prepared.weights });
    expect(summary.sentences.length).toBeGreaterThanOrEqual(2);
    expect(summary.text).not.toMatch(NOISE);
    expect(summary.sentences[0]).toMatch(/^(?:Pemimpin|Menteri|Korea Utara)\b/);
    for (let i = 0; i < summary.sentences.length; i++) {
      for (let j = i + 1; j < summary.sentences.length; j++) expect(jaccard(summary.sentences[i]!, summary.sentences[j]!)).toBeLessThan(0.6);
    }
  });

  it.each([250, 300, 450])('keeps within maxChars %i', (maxChars) => {
    for (const { seed } of seeds) {
      const summary = summarize({ texts: [seed.body] }, { maxChars });
      expect(summary.text.length).toBeLessThanOrEqual(maxChars);
      expect(summary.sentences.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    const input = { texts: seeds.map((s) => s.seed.body), weights: prepared.weights };
    expect(summarize(input)).toEqual(summarize(input));
  });

  it('takes a story of several reports from the first report first', () => {
    const summary = summarize({ texts: seeds.map((s) => s.seed.body), weights: prepared.weights });
    const first = splitSentences(seeds[0]!.seed.body);
    expect(first.slice(0, 2)).toContain(summary.sentences[0]);
    expect(summary.text.length).toBeLessThanOrEqual(600);
  });
});

const LEAD = 'Korea Utara dan Rusia menandatangani perjanjian pertahanan bersama di Pyongyang pada Rabu (19/6/2024).';
const TREATY = 'Perjanjian itu mewajibkan kedua negara saling membantu secara militer jika salah satunya diserang.';
const LATER = 'Perjanjian tersebut disebut sebagai kesepakatan terkuat kedua negara sejak berakhirnya Perang Dingin.';

describe('summarizeStory picks sentences', () => {
  it('never two sentences saying the same thing', () => {
    const repeated = 'Korea Utara dan Rusia menandatangani perjanjian pertahanan bersama di Pyongyang pada hari Rabu (19/6/2024).';
    const text = [LEAD, repeated, LEAD, TREATY, LATER].join('\n');
    const summary = summarize({ texts: [text] });
    expect(summary.sentences).toEqual([LEAD, TREATY, LATER].filter((s) => summary.sentences.includes(s)));
    expect(summary.sentences).toContain(LEAD);
    expect(summary.sentences).not.toContain(repeated);
    expect(summary.sentences.filter((s) => s === LEAD)).toHaveLength(1);
  });

  it('drops a report that repeats the first one', () => {
    const text = [LEAD, TREATY, LATER].join(' ');
    const summary = summarize({ texts: [text, `PYONGYANG, KOMPAS.TV - ${text}`] });
    expect(new Set(summary.sentences).size).toBe(summary.sentences.length);
    expect(summary.sentences[0]).toBe(LEAD);
  });

  it.each([
    ['a photo caption', `Presiden Rusia Vladimir Putin (kiri) dan Kim Jong Un berjabat tangan di Pyongyang, Rabu (19/6/2024).\n${LEAD} ${TREATY}`],
    ['a headline', `Putin dan Kim Teken Pakta Pertahanan di Pyongyang\n${LEAD} ${TREATY}`],
    ['a dateline', `JAKARTA, KOMPAS.com - ${LEAD} ${TREATY}`],
    ['an agency dateline', `SEOUL (AP) — ${LEAD} ${TREATY}`],
  ])('skips %s', (_label, text) => {
    const summary = summarize({ texts: [text] });
    expect(summary.sentences).toEqual([LEAD, TREATY]);
  });

  it('passes over sentences that are too short or too long', () => {
    const short = 'Kim tersenyum lebar.';
    const long = `${'Dalam pidato panjangnya, Kim menyebut berbagai program kerja sama, '.repeat(7)}dan semuanya disambut tepuk tangan.`;
    const summary = summarize({ texts: [[LEAD, short, long, TREATY].join(' ')] });
    expect(summary.sentences).toEqual([LEAD, TREATY]);
  });

  it('returns a one-sentence text as it is, even a short one', () => {
    expect(summarize({ texts: [LEAD] }).sentences).toEqual([LEAD]);
    expect(summarize({ texts: ['Kim tiba di Moskow.'] }).sentences).toEqual(['Kim tiba di Moskow.']);
  });

  it('falls back to a headline when the text holds nothing else', () => {
    const headline = 'Putin dan Kim Teken Pakta Pertahanan di Pyongyang';
    expect(summarize({ texts: [headline] }).sentences).toEqual([headline]);
  });

  it('adds a short sentence only to reach two', () => {
    const short = 'Kim tersenyum lebar.';
    expect(summarize({ texts: [`${LEAD} ${short}`] }).sentences).toEqual([LEAD, short]);
  });

  it('cuts a lone sentence longer than maxChars at a word', () => {
    const summary = summarize({ texts: [LEAD] }, { maxChars: 60 });
    expect(summary.text.length).toBeLessThanOrEqual(60);
    expect(summary.text.endsWith('…')).toBe(true);
    expect(LEAD.startsWith(summary.text.slice(0, -1))).toBe(true);
  });

  it('returns nothing for no text', () => {
    expect(summarize({ texts: [] }).sentences).toEqual([]);
    expect(summarize({ texts: ['  ', 'Baca juga: Putin Tiba di Korea Utara'] }).text).toBe('');
  });

  const weather = 'Cuaca di ibu kota cerah dan hangat sepanjang hari itu menurut warga setempat.';
  const onTopic = 'Pyongyang telah mengirim ribuan tentara dan amunisi artileri untuk membantu Rusia di Kursk.';
  const generic = 'Presiden negara itu menerima kunjungan kerja para menteri dari berbagai daerah hari itu.';

  it.each(['strong', 'profile', 'article'] as const)('with topic bonus %s, leans on the topic weights to choose between later sentences', (topicBonus) => {
    const text = [LEAD, weather, onTopic].join(' ');
    const withTopic = summarize({ texts: [text], weights: prepared.weights }, { maxSentences: 2, topicBonus });
    expect(withTopic.sentences).toEqual([LEAD, onTopic]);
    // Without a topic, position decides: the weather sentence comes right after the lead.
    expect(summarize({ texts: [text] }, { maxSentences: 2, topicBonus }).sentences).toEqual([LEAD, weather]);
  });

  it('by default gives no topic bonus (scripts/score-summaries.ts: any bonus costs ROUGE on both reference sets)', () => {
    const text = [LEAD, weather, onTopic].join(' ');
    expect(summarize({ texts: [text], weights: prepared.weights }, { maxSentences: 2 }).sentences).toEqual([LEAD, weather]);
  });

  it('counts only strong profile terms with topic bonus strong, where the article’s best sentence made one generic word earn it all', () => {
    // "presiden" and "negara" are generic profile words. In an article with nothing closer to the
    // topic, dividing by the article's best sentence gave them the full bonus.
    const lead = 'Pemerintah kota meresmikan taman baru seluas dua hektare di pusat kota pada Senin pagi.';
    const text = [lead, weather, generic].join(' ');
    const pick = (topicBonus: 'article' | 'strong' | 'none') =>
      summarize({ texts: [text], weights: prepared.weights }, { maxSentences: 2, topicBonus }).sentences;
    expect(pick('article')).toEqual([lead, generic]);
    expect(pick('strong')).toEqual([lead, weather]);
    expect(pick('none')).toEqual([lead, weather]);
  });
});

const EN_ARTICLE = `SEOUL (AP) — North Korea has sent thousands of additional troops to Russia's Kursk region to help Moscow push back a Ukrainian incursion, South Korea's spy agency said on Thursday.
The National Intelligence Service told lawmakers that about 3,000 more soldiers had arrived since January, joining some 11,000 deployed last year.
Pyongyang has also supplied artillery shells and short-range ballistic missiles, the agency said.
"The North is learning modern warfare on the battlefield," an intelligence official said.
Read more: Kim Jong Un inspects new drone factory
Ukrainian President Volodymyr Zelenskyy said on Telegram that his forces had captured two North Korean soldiers in Kursk.
Russia and North Korea signed a mutual defense treaty in June 2024 during Vladimir Putin's visit to Pyongyang.
Copyright 2025 The Associated Press. All rights reserved.`;
const EN_LEAD = "North Korea has sent thousands of additional troops to Russia's Kursk region to help Moscow push back a Ukrainian incursion, South Korea's spy agency said on Thursday.";

describe('summarizeStory on a pasted page', () => {
  it('strips the dateline of the first prose sentence even after a headline, a date and a caption', () => {
    const page = [
      'Banjir Bandang Melanda Tiga Kabupaten',
      'Banjir Bandang Melanda Tiga Kabupaten',
      '13 Mei 2024',
      'Foto: Warga mengungsi dari rumah mereka di tepi sungai',
      'CONTOH.COM - Banjir bandang melanda tiga kabupaten di Sumatera Barat pada Sabtu malam setelah hujan deras.',
      'Sebanyak 40 orang meninggal dunia dan 13 orang lainnya masih dalam pencarian tim gabungan.',
      'Badan penanggulangan bencana menyebut hujan dengan intensitas tinggi sebagai pemicu banjir.',
    ].join('\n');
    const summary = summarize({ texts: [page], lang: 'id' });
    expect(summary.sentences[0]).toBe('Banjir bandang melanda tiga kabupaten di Sumatera Barat pada Sabtu malam setelah hujan deras.');
  });

  it.each([
    ['a standfirst', 'Presiden Joko Widodo membuka pameran industri pertahanan terbesar di Asia Tenggara.', 'Jakarta, 5/12/2026 (ANTARA) - '],
    ['a headline asking a question', 'Kenapa Harga Emas Naik Terus Sepanjang Pekan Ini?', 'Liputan6.com, Jakarta - '],
  ])('strips the dateline after %s, one sentence of prose before the body', (_label, first, dateline) => {
    const body = 'Harga emas naik tajam pada perdagangan Senin pagi di pasar spot London dan New York.';
    const page = [first, `${dateline}${body}`, 'Kenaikan dipicu melemahnya dolar AS terhadap mata uang utama dunia.'].join('\n');
    const summary = summarize({ texts: [page], lang: 'id' });
    expect(summary.sentences).toContain(body);
    expect(summary.text).not.toContain(dateline.trim());
  });

  it('does not take a headline asking a question for a sentence', () => {
    const headline = 'Kenapa Harga Emas Naik Terus Sepanjang Pekan Ini?';
    const rest = ['Harga emas naik tajam pada perdagangan Senin pagi di pasar spot London dan New York.', 'Kenaikan dipicu melemahnya dolar AS terhadap mata uang utama dunia.'];
    expect(summarize({ texts: [[headline, ...rest].join('\n')], lang: 'id' }).sentences).toEqual(rest);
  });

  it('does not open with a photo caption and its credit', () => {
    const page = [
      'Petugas SAR mengevakuasi korban kesepuluh longsor di Sibolangit pada Sabtu pagi. (Dok. Basarnas Medan)',
      'Pencarian korban longsor di Kecamatan Sibolangit resmi ditutup oleh tim gabungan pada Sabtu sore.',
      'Korban terakhir ditemukan warga di sebuah ladang sawit sekitar 15 kilometer dari lokasi longsor.',
    ].join('\n');
    const summary = summarize({ texts: [page], lang: 'id' });
    expect(summary.sentences[0]).toMatch(/^Pencarian korban/);
    expect(summary.text).not.toMatch(/Dok\./);
  });
});

describe('summarizeStory never opens with a sentence that points back at one left out', () => {
  it.each([
    [
      'en',
      'Thousands marched.',
      'It became the biggest protest in the capital in a decade, police said on Sunday.',
      ['Organisers said more than 100,000 people joined the march through the city centre.', 'Police arrested twelve people near the parliament building late in the evening.'],
    ],
    [
      'id',
      'Ekspor perdana dilepas.',
      'Hal itu disampaikan Menteri Pertanian saat melepas ekspor daging ayam olahan ke Papua Nugini.',
      ['Produksi ayam ras nasional saat ini mengalami surplus dengan konsumsi sekitar 10 kg per tahun.', 'Populasi ayam ras pedaging mencapai 1,59 miliar ekor menurut data statistik peternakan tahun 2016.'],
    ],
  ] as const)('%s: a short opener is left out, so the sentence pointing at it is too', (lang, short, pointing, rest) => {
    const summary = summarize({ texts: [[short, pointing, ...rest].join(' ')], lang });
    expect(summary.sentences).toEqual(rest);
  });

  // A report that opens by pointing back (its lead was lost upstream, or only a skipped headline
  // came before): the report's first sentence is no exception.
  const idRest = ['Produksi ayam ras nasional saat ini mengalami surplus dengan konsumsi sekitar 10 kg per tahun.', 'Populasi ayam ras pedaging mencapai 1,59 miliar ekor menurut data statistik peternakan tahun 2016.'];
  const enRest = ['Organisers said more than 100,000 people joined the march through the city centre.', 'Police arrested twelve people near the parliament building late in the evening.'];
  it.each([
    ['id', 'Hal itu disampaikan Menteri Pertanian saat melepas ekspor daging ayam olahan ke Papua Nugini.', idRest],
    ['id', 'Hal tersebut disampaikannya saat melepas ekspor perdana daging ayam olahan ke Papua Nugini.', idRest],
    ['id', 'Dia mengatakan ekspor daging ayam olahan ke Papua Nugini baru permulaan dari rencana besar.', idRest],
    ['id', 'Namun, ekspor daging ayam olahan ke Papua Nugini baru permulaan dari rencana pemerintah.', idRest],
    ['en', 'It became the biggest protest in the capital in a decade, police said on Sunday.', enRest],
    ['en', 'This comes after the government raised fuel prices for the third time this year.', enRest],
    ['en', 'He said the march was the largest the city had seen since the war ended.', enRest],
  ] as const)('%s: a report opening "%s" does not open the summary', (lang, pointing, rest) => {
    const summary = summarize({ texts: [[pointing, ...rest].join(' ')], lang });
    expect(summary.sentences).toEqual(rest);
  });

  it.each([
    ['id', 'Mentan Lepas Ekspor Perdana Daging Ayam ke Papua Nugini', 'Dia mengatakan ekspor daging ayam olahan ke Papua Nugini baru permulaan dari rencana besar.', idRest],
    ['id', 'Polisi Tangkap Pencuri Motor di Wonokromo', 'Ia ditangkap di rumahnya di kawasan Wonokromo pada Sabtu malam oleh petugas.', idRest],
    ['en', 'Police Arrest Protest Leader in Capital', 'She was detained at her home in the capital late on Saturday night by officers.', enRest],
  ] as const)('%s: a pronoun after a skipped headline ("%s") may mean who the headline named, so it does not open the summary', (lang, headline, pointing, rest) => {
    const summary = summarize({ texts: [[headline, [pointing, ...rest].join(' ')].join('\n')], lang });
    expect(summary.sentences).toEqual(rest);
  });

  it.each([
    "They may not be \"Star Trek\"-type extraterrestrials, but we may be close to finding evidence of alien life, a NASA scientist said.",
    'This is the moment a paedophile was caught by police after grooming a girl he believed to be 14 on the internet.',
    "It's well known that exercise can make your muscles bigger, but it may also help the brain.",
  ])('a feature lead that points forward with a pronoun still opens: %s', (lead) => {
    const summary = summarize({ texts: [[lead, ...enRest].join(' ')], lang: 'en' });
    expect(summary.sentences[0]).toBe(lead);
  });

  it('takes the pointing sentence after the one it points at', () => {
    const lead = 'Tens of thousands of people marched through the capital on Saturday against the new tax law.';
    const pointing = 'It became the biggest protest in the capital in a decade, police said on Sunday.';
    const text = [lead, pointing, 'Police arrested twelve people near the parliament building late in the evening.'].join(' ');
    expect(summarize({ texts: [text], lang: 'en' }, { maxSentences: 2 }).sentences).toEqual([lead, pointing]);
  });
});

describe('summarizeStory in English', () => {
  it('summarises English text in English, lead first', () => {
    const summary = summarize({ texts: [EN_ARTICLE], weights: prepared.weights });
    expect(summary.lang).toBe('en');
    expect(summary.sentences[0]).toBe(EN_LEAD);
    expect(summary.sentences.length).toBeGreaterThanOrEqual(2);
    expect(summary.text.length).toBeLessThanOrEqual(600);
    for (const s of summary.sentences) expect(EN_ARTICLE).toContain(s);
    expect(summary.text).not.toMatch(/Read more|Copyright|SEOUL \(AP\)/);
  });

  it('keeps to the first report’s language when reports differ', () => {
    const indonesian = seeds[0]!.seed.body;
    const en = summarize({ texts: [EN_ARTICLE, indonesian] });
    expect(en.lang).toBe('en');
    for (const s of en.sentences) expect(EN_ARTICLE).toContain(s);
    const id = summarize({ texts: [indonesian, EN_ARTICLE] });
    expect(id.lang).toBe('id');
    for (const s of id.sentences) expect(indonesian).toContain(s);
  });

  it('honours an explicit language', () => {
    expect(summarize({ texts: [EN_ARTICLE], lang: 'en' }).lang).toBe('en');
  });
});
