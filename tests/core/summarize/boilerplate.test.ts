import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence, isCaption, opensWithDateline } from '../../../src/core/summarize/boilerplate.ts';
import { stripDateline } from '../../../src/core/text/dateline.ts';
import { splitRunIns, splitSentences } from '../../../src/core/summarize/split-sentences.ts';

describe('datelines', () => {
  // Outlets that no rule names: the shapes are general (capitalised words or a web address,
  // then a dash; an outlet in parentheses glued to the text).
  it.each([
    ['Merdeka.com - Polisi telah menangkap dua orang.', 'Polisi telah menangkap dua orang.'],
    ['Suara.com - Hari ini sidang perdana digelar.', 'Hari ini sidang perdana digelar.'],
    ['Rimanews - Presiden Joko Widodo memerintahkan TNI.', 'Presiden Joko Widodo memerintahkan TNI.'],
    ['JAKARTA (Pos Kota) –Presiden Joko Widodo mengaku sudah mengingatkan menteri.', 'Presiden Joko Widodo mengaku sudah mengingatkan menteri.'],
    ['KOMPAS.com - Harga beras naik.', 'Harga beras naik.'],
    ['Jakarta, CNN Indonesia -- Valentino Rossi mengakui persaingan ketat.', 'Valentino Rossi mengakui persaingan ketat.'],
    ['JUARA.NET, BUDAPEST - Perenang putra Amerika Serikat menang.', 'Perenang putra Amerika Serikat menang.'],
    ['Bandung (ANTARA News) - Jalur selatan kereta api kembali normal.', 'Jalur selatan kereta api kembali normal.'],
    ['Jakarta, kompas.com - Harga beras naik.', 'Harga beras naik.'],
    ['LONDON (Reuters) - Britain said on Monday it would act.', 'Britain said on Monday it would act.'],
    ['PYONGYANG, KOMPAS.TV - Korea Utara meluncurkan rudal.', 'Korea Utara meluncurkan rudal.'],
    ['KYIV, Ukraina (AP) — Rusia menyerang.', 'Rusia menyerang.'],
    ['(CNN)Kayahan, one of Turkey\'s best-loved singers, died of cancer.', 'Kayahan, one of Turkey\'s best-loved singers, died of cancer.'],
    ['(CNN)"A long, long, time ago..." Those five words.', '"A long, long, time ago..." Those five words.'],
    ['Kathmandu, Nepal (CNN)Rescuers in Nepal have pulled a man from the wreckage.', 'Rescuers in Nepal have pulled a man from the wreckage.'],
    ['(The Hollywood Reporter)Stan Freberg has died.', 'Stan Freberg has died.'],
    ['INGGRIS - Manchester United tumbang di kandang Tottenham.', 'Manchester United tumbang di kandang Tottenham.'],
    ['WASHINGTON, Feb. 9 (Xinhua) -- U.S. President Donald Trump said on Sunday he would act.', 'U.S. President Donald Trump said on Sunday he would act.'],
    ['Feb 2 (VOA/GNA) – U.S. President Donald Trump signed an order.', 'U.S. President Donald Trump signed an order.'],
    ['BANDUNG, KOMPAS.com - Gubernur meninjau banjir.', 'Gubernur meninjau banjir.'],
    ['Liputan6.com, Jakarta - Harga emas naik.', 'Harga emas naik.'],
    ['WASHINGTON (Reuters) - The president signed the bill.', 'The president signed the bill.'],
    ['(CNN) - The president signed the bill.', 'The president signed the bill.'],
    // A pipe between outlet and place, or closing the dateline.
    ['SURYA.co.id | SURABAYA - Polisi menangkap dua orang.', 'Polisi menangkap dua orang.'],
    ['TRIBUNJATENG.COM | Harga cabai turun.', 'Harga cabai turun.'],
    ['Surabaya, Senin (5/12/2026) | Polisi menangkap dua orang.', 'Polisi menangkap dua orang.'],
    // A date in figures.
    ['Jakarta, 5/12/2026 (ANTARA) - Presiden membuka pameran.', 'Presiden membuka pameran.'],
    ['SEMARANG, 5.12.2026 - Harga cabai turun.', 'Harga cabai turun.'],
    // After an outlet, an agency or a place in capitals: a dash with no space, or a figure after it.
    ['BANDUNG, KOMPAS.com—Gubernur meninjau banjir.', 'Gubernur meninjau banjir.'],
    ['JAKARTA, KOMPAS.com - 12 orang tewas dalam kecelakaan.', '12 orang tewas dalam kecelakaan.'],
    ['MEDAN – 30 rumah terendam banjir.', '30 rumah terendam banjir.'],
  ])('%s', (sentence, stripped) => {
    expect(opensWithDateline(sentence)).toBe(true);
    expect(stripDateline(sentence)).toBe(stripped);
    expect(opensWithDateline(stripped)).toBe(false);
  });

  it.each([
    'Actress Julia Louis-Dreyfus has revealed that the hairstyle was inspired by Hillary Clinton.',
    'There are few things more beautiful - or terrifying - than lightning.',
    'Timnas Indonesia U - 22 melawan Puerto Riko sudah berakhir.',
    'Pemerintahan Kota (Pemkot) Cirebon, Jawa Barat saat ini gencar membangun.',
    'Perusahaan Start - up Indonesia Ku Ka meluncurkan platform.',
    'Kim Jong Un meninjau pabrik drone.',
    'Harga beras naik - kata pedagang - sejak Senin.',
    'Arsenal 3 - 0 Chelsea menjadi hasil terbesar pekan ini.',
    'Jakarta menjadi kota dengan jumlah penduduk terbanyak.',
    'SURABAYA menjadi tuan rumah Piala Dunia U-17.',
    'Timnas U - 23 menang 2 - 1 atas Vietnam.',
    'Pertandingan Persib—yang tertunda—akan digelar Sabtu.',
    'Kota Bandung—bukan Jakarta—menjadi tuan rumah.',
    // A dateline names a place or an outlet; a word that opens prose does not start one.
    'Menurut Direktur Utama LLP - KUKM Ahmad Zabadi, program diskon dijamin aman.',
    'After Manchester United - Real Madrid, Mourinho was sacked.',
  ])('not a dateline: %s', (sentence) => {
    expect(opensWithDateline(sentence)).toBe(false);
    expect(stripDateline(sentence)).toBe(sentence);
  });
});

describe('captions and outlet furniture', () => {
  it.each([
    'Short and sweet: Julia revealed that the hairstyle was inspired by Hillary Clinton',
    'Fighter ace: Douglas Bader\'s story is to be told in a Hollywood film',
    'Disclosure: DailySocial merupakan media partner acara ini',
    'Guilty: Glenn Mason, 56, has said he will pay back the whole sum',
    'Pat, 69, pictured left in her fancy dress outfit, enjoys dancing with friend Julia, 67, right',
  ])('a caption: %s', (sentence) => {
    expect(isCaption(sentence)).toBe(true);
  });

  it.each([
    'He said: We will not give up.',
    'Barbie collectors mark your calendars: This Saturday, the very first Barbie goes on sale.',
    'Sumber: The Verge.',
    'The answer was simple: Go home.',
    'Solo: A Star Wars Story opens next week.',
  ])('not a labelled caption: %s', (sentence) => {
    expect(isCaption(sentence)).toBe(false);
  });

  it.each([
    'DailySocial.id adalah portal berita startup dan inovasi teknologi.',
    'Kamu bisa menjadi member komunitas startup DailySocial.id, mengunduh laporan riset secara cuma-cuma.',
    'Follow us on example.com for more.',
    "CNN's Greg Botelho and Sonya Hamasaki contributed to this report.",
    'Watch the video: a professor asked 100 people to create a face.',
    'Baca_Juga',
    'SIMAK JUGA: Klasemen Liga Primer Inggris',
    '[Baca Juga: Liverpool: Lini Depan Oke, Bagaimana dengan Lini Belakang?]',
    '(Baca juga: Harga Emas Naik Lagi)',
  ])('outlet furniture: %s', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });

  it.each([
    'The goal of the game, according to Investopedia.com, is to bluff the opponents into believing that your bid is low.',
    'Kami kehilangan pemain dan kehilangan poin.',
    'Kepada DailySocial, Country Director Qualcomm Indonesia menjelaskan fokus pengembangan.',
    // A whole paragraph is checked too: a credit at its end does not make it furniture.
    'Blues legend B.B. King was hospitalized. CNN\'s Sam Stringer contributed to this report.',
  ])('article text: %s', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(false);
  });

  it('keeps a photo credit with its caption, so the caption is known as one', () => {
    const sentences = splitSentences('Petugas SAR mengevakuasi korban longsor di Sibolangit. (Dok. Basarnas Medan)\nPencarian korban resmi ditutup pada Sabtu sore.', 'id');
    expect(sentences).toEqual(['Petugas SAR mengevakuasi korban longsor di Sibolangit. (Dok. Basarnas Medan)', 'Pencarian korban resmi ditutup pada Sabtu sore.']);
    expect(isCaption(sentences[0]!)).toBe(true);
  });

  it('cuts "Scroll down for video" out of the paragraph it ran into', () => {
    expect(splitSentences("'Which is remarkable.' Scroll down for video Strictly business: Julia covers the May issue of the magazine", 'en')).toEqual([
      "'Which is remarkable.'",
      'Strictly business: Julia covers the May issue of the magazine',
    ]);
  });
});

describe('splitRunIns: captions run into the text', () => {
  it.each([
    [
      'Rhodri Giggs outside court yesterday, where he was banned from driving The brother of ex-footballer Ryan Giggs has lost his job.',
      ['Rhodri Giggs outside court yesterday, where he was banned from driving', 'The brother of ex-footballer Ryan Giggs has lost his job.'],
    ],
    [
      'Sister Gertrud was found in her bedroom, with a towel on her face An 86-year-old nun was murdered.',
      ['Sister Gertrud was found in her bedroom, with a towel on her face', 'An 86-year-old nun was murdered.'],
    ],
    [
      'It was featured in the May issue of the magazine Short and sweet: Julia revealed that the hairstyle was new.',
      ['It was featured in the May issue of the magazine', 'Short and sweet: Julia revealed that the hairstyle was new.'],
    ],
  ])('%s', (line, pieces) => {
    expect(splitRunIns(line, 'en')).toEqual(pieces);
  });

  it.each([
    ['He told Sky News: We are ready.', 'en'],
    ['She said on Twitter: The team will play.', 'en'],
    ['Pride is the word I would use.', 'en'],
    ["He read The Times on the train.", 'en'],
    ['Film itu berjudul Solo: A Star Wars Story dan tayang pekan depan.', 'id'],
    ['Kontribusi Salah yang sulit ditandingi pemain lain membuat Liverpool menang.', 'id'],
    ['Menerima umpan dari Emre Can, Mohamed Salah mampu mengontrol bola.', 'id'],
  ] as const)('prose stays whole: %s', (line, lang) => {
    expect(splitRunIns(line, lang)).toEqual([line]);
  });
});
