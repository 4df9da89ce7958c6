import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitSentences } from '../../../src/core/summarize/split-sentences.ts';

type Case = [label: string, text: string, expected: string[]];

const INDONESIAN: Case[] = [
  ['titles and degrees', 'Dr. Budi Santoso, S.H., M.Si. hadir dalam rapat itu. Ia datang terlambat.', ['Dr. Budi Santoso, S.H., M.Si. hadir dalam rapat itu.', 'Ia datang terlambat.']],
  ['lowercase dr.', 'Juru bicara dr. Siti Nadia Tarmizi mengatakan kasus menurun. Namun warga diminta waspada.', ['Juru bicara dr. Siti Nadia Tarmizi mengatakan kasus menurun.', 'Namun warga diminta waspada.']],
  ['stacked titles', 'Prof. Dr. Ir. H. Ahmad Yani, M.Si. memimpin sidang. Sidang berlangsung tertib.', ['Prof. Dr. Ir. H. Ahmad Yani, M.Si. memimpin sidang.', 'Sidang berlangsung tertib.']],
  ['Hj. Drs. Bpk.', 'Hj. Ratna dan Drs. Sutrisno hadir. Bpk. Joko juga datang.', ['Hj. Ratna dan Drs. Sutrisno hadir.', 'Bpk. Joko juga datang.']],
  ['Sdr. Ir.', 'Rapat dihadiri Sdr. Andi dan Ir. Budi dari dinas. Keduanya setuju.', ['Rapat dihadiri Sdr. Andi dan Ir. Budi dari dinas.', 'Keduanya setuju.']],
  ['degree then a new sentence', 'Sidang dipimpin Andi Wijaya, S.H. Dia membacakan putusan.', ['Sidang dipimpin Andi Wijaya, S.H.', 'Dia membacakan putusan.']],
  ['Rp with thousands', 'Harga emas naik menjadi Rp 1.011.000 per gram. Kenaikan ini dipicu permintaan.', ['Harga emas naik menjadi Rp 1.011.000 per gram.', 'Kenaikan ini dipicu permintaan.']],
  ['Rp with a decimal comma', 'Pemerintah menyiapkan Rp1,5 triliun untuk bantuan. Dana cair pekan depan.', ['Pemerintah menyiapkan Rp1,5 triliun untuk bantuan.', 'Dana cair pekan depan.']],
  ['Rp. with a period', 'Anggaran Rp. 500 juta sudah disetujui DPRD. Sisanya menyusul.', ['Anggaran Rp. 500 juta sudah disetujui DPRD.', 'Sisanya menyusul.']],
  ['an amount ends the sentence', 'Kerugian ditaksir Rp 1.011.000. Polisi masih menyelidiki.', ['Kerugian ditaksir Rp 1.011.000.', 'Polisi masih menyelidiki.']],
  ['address', 'Kantornya di Jl. Gatot Subroto No. 12, Kec. Setiabudi, Kab. Bogor, Prov. Jawa Barat. Polisi sudah tiba.', ['Kantornya di Jl. Gatot Subroto No. 12, Kec. Setiabudi, Kab. Bogor, Prov. Jawa Barat.', 'Polisi sudah tiba.']],
  ['decimals and thousands', 'Inflasi tercatat 3,5 persen dan 10.000 warga terdampak. Angka itu naik 1.011 kasus.', ['Inflasi tercatat 3,5 persen dan 10.000 warga terdampak.', 'Angka itu naik 1.011 kasus.']],
  ['dll. before a capital', 'Bantuan berupa beras, minyak, dll. Sementara itu relawan terus berdatangan.', ['Bantuan berupa beras, minyak, dll.', 'Sementara itu relawan terus berdatangan.']],
  ['dll. mid-sentence', 'Bantuan berupa beras, minyak, dll. tiba kemarin sore.', ['Bantuan berupa beras, minyak, dll. tiba kemarin sore.']],
  ['dsb.', 'Mereka membawa tenda, selimut, dsb. Semua dibagikan gratis.', ['Mereka membawa tenda, selimut, dsb.', 'Semua dibagikan gratis.']],
  ['yth.', 'Kepada yth. Bapak Gubernur kami sampaikan terima kasih. Surat itu dibacakan.', ['Kepada yth. Bapak Gubernur kami sampaikan terima kasih.', 'Surat itu dibacakan.']],
  ['date in brackets', 'Serangan terjadi pada Sabtu (29/11/2024). Korban masih didata.', ['Serangan terjadi pada Sabtu (29/11/2024).', 'Korban masih didata.']],
  ['dotted date', 'Surat bertanggal 29.11.2024 itu beredar luas. Isinya dibantah.', ['Surat bertanggal 29.11.2024 itu beredar luas.', 'Isinya dibantah.']],
  ['clock time', 'Ledakan terjadi pukul 10.00 WIB. Polisi menutup jalan.', ['Ledakan terjadi pukul 10.00 WIB.', 'Polisi menutup jalan.']],
  ['initial', 'Menurut A. Rahman, situasi terkendali. Warga kembali ke rumah.', ['Menurut A. Rahman, situasi terkendali.', 'Warga kembali ke rumah.']],
  ['quote then attribution', '"Rusia berhak berperang untuk membela diri," kata Kim Jong Un. Pernyataan itu disiarkan KCNA.', ['"Rusia berhak berperang untuk membela diri," kata Kim Jong Un.', 'Pernyataan itu disiarkan KCNA.']],
  ['period inside the quote', '"Kami tidak akan mundur." ujar Zelensky. Ia lalu pergi.', ['"Kami tidak akan mundur." ujar Zelensky.', 'Ia lalu pergi.']],
  ['quote of two sentences', '“Situasi semakin buruk. Kami harus bersiap,” tutur Kim. Pertemuan berakhir.', ['“Situasi semakin buruk. Kami harus bersiap,” tutur Kim.', 'Pertemuan berakhir.']],
  ['curly open, straight close', '“Situasi di dunia semakin buruk. Kami memperkuat interaksi dengan Rusia," tutur Kim.', ['“Situasi di dunia semakin buruk. Kami memperkuat interaksi dengan Rusia," tutur Kim.']],
  ['question inside a quote', 'Dia bertanya, "Kapan perang berakhir?" Tidak ada yang menjawab.', ['Dia bertanya, "Kapan perang berakhir?"', 'Tidak ada yang menjawab.']],
  ['question then attribution', '"Kenapa?" tanya wartawan itu. Menteri diam.', ['"Kenapa?" tanya wartawan itu.', 'Menteri diam.']],
  ['capitalised attribution', '"Kami siap." Kata Kim. Rapat dimulai.', ['"Kami siap." Kata Kim.', 'Rapat dimulai.']],
  ['ellipses', 'Kami menunggu… Tidak ada kabar. Lalu dia berkata, sabar... kami pasti datang.', ['Kami menunggu…', 'Tidak ada kabar.', 'Lalu dia berkata, sabar... kami pasti datang.']],
  ['list number', '1. Pemerintah menaikkan anggaran pertahanan.', ['1. Pemerintah menaikkan anggaran pertahanan.']],
  ['vs.', 'Laga Persija vs. Persib berakhir imbang. Penonton kecewa.', ['Laga Persija vs. Persib berakhir imbang.', 'Penonton kecewa.']],
  ['missing space after a full stop', 'Pasukan ditarik dari Kursk.Sementara itu Kyiv diam.', ['Pasukan ditarik dari Kursk.', 'Sementara itu Kyiv diam.']],
  ['domain names', 'Dikutip dari Kompas.com dan KOMPAS.TV pada Senin. Beritanya viral.', ['Dikutip dari Kompas.com dan KOMPAS.TV pada Senin.', 'Beritanya viral.']],
  ['exclamation', 'Awas! Jembatan itu runtuh pagi tadi.', ['Awas!', 'Jembatan itu runtuh pagi tadi.']],
  ['line breaks', 'Kim tiba di Moskow\nPutin menyambutnya di bandara.', ['Kim tiba di Moskow', 'Putin menyambutnya di bandara.']],
];

const ENGLISH: Case[] = [
  ['U.S. and Gen.', 'U.S. President Joe Biden met Gen. Mark Milley on Monday. They discussed Ukraine.', ['U.S. President Joe Biden met Gen. Mark Milley on Monday.', 'They discussed Ukraine.']],
  ['U.S. ends a sentence', 'The troops arrived in the U.S. The Pentagon confirmed it.', ['The troops arrived in the U.S.', 'The Pentagon confirmed it.']],
  ['U.N. body', 'The U.N. Security Council met on Friday. Russia vetoed the draft.', ['The U.N. Security Council met on Friday.', 'Russia vetoed the draft.']],
  ['Sen. Rep. Gov. a.m.', 'Sen. Warren and Rep. Smith spoke at 9 a.m. Tuesday. Gov. Newsom did not attend.', ['Sen. Warren and Rep. Smith spoke at 9 a.m. Tuesday.', 'Gov. Newsom did not attend.']],
  ['p.m. ends a sentence', 'The meeting ended at 5 p.m. He left immediately.', ['The meeting ended at 5 p.m.', 'He left immediately.']],
  ['Mr. Mrs. Ms. St.', "Mr. and Mrs. Smith met Ms. Jones at St. Paul's Cathedral. It rained.", ["Mr. and Mrs. Smith met Ms. Jones at St. Paul's Cathedral.", 'It rained.']],
  ['initials and Jr.', 'J.K. Rowling and Martin Luther King Jr. were quoted. Nobody objected.', ['J.K. Rowling and Martin Luther King Jr. were quoted.', 'Nobody objected.']],
  ['two initials', 'The report by J. A. Smith was released. Critics disagreed.', ['The report by J. A. Smith was released.', 'Critics disagreed.']],
  ['i.e. and e.g.', 'The council, i.e. the 15 members, met. Fruit, e.g. apples, was served.', ['The council, i.e. the 15 members, met.', 'Fruit, e.g. apples, was served.']],
  ['Lt. Col.', 'Lt. Col. Jones disagreed with the plan. The plan went ahead.', ['Lt. Col. Jones disagreed with the plan.', 'The plan went ahead.']],
  ['decimals and money', 'Prices rose 3.5% to $10,000. Analysts expected 1.011 million.', ['Prices rose 3.5% to $10,000.', 'Analysts expected 1.011 million.']],
  ['Inc. ends a sentence', 'Shares fell at Apple Inc. The company declined to comment.', ['Shares fell at Apple Inc.', 'The company declined to comment.']],
  ['Inc. mid-sentence', 'Apple Inc. Chief Executive Tim Cook spoke.', ['Apple Inc. Chief Executive Tim Cook spoke.']],
  ['etc.', 'They sent tanks, drones, etc. Kyiv welcomed the aid.', ['They sent tanks, drones, etc.', 'Kyiv welcomed the aid.']],
  ['quote with attribution', '"We will keep fighting," Zelensky said. Russia did not respond.', ['"We will keep fighting," Zelensky said.', 'Russia did not respond.']],
  ['attribution after a closed quote', '"We will win." Zelensky said. The war goes on.', ['"We will win." Zelensky said.', 'The war goes on.']],
  ['quote of two sentences', '“This is the end. We go home,” he said. Troops left.', ['“This is the end. We go home,” he said.', 'Troops left.']],
  ['ellipsis and question', 'Wait... what happened? Nobody knows!', ['Wait... what happened?', 'Nobody knows!']],
  ['Nov. 29 and No. 5', 'The vote was set for Nov. 29. No. 5 was retired.', ['The vote was set for Nov. 29.', 'No. 5 was retired.']],
  ['bracketed abbreviation', 'It joined the North Atlantic Treaty Organization (NATO). Moscow objected.', ['It joined the North Atlantic Treaty Organization (NATO).', 'Moscow objected.']],
];

describe('splitSentences', () => {
  it.each(INDONESIAN)('Indonesian: %s', (_label, text, expected) => {
    expect(splitSentences(text, 'id')).toEqual(expected);
    expect(splitSentences(text)).toEqual(expected);
  });

  it.each(ENGLISH)('English: %s', (_label, text, expected) => {
    expect(splitSentences(text, 'en')).toEqual(expected);
    expect(splitSentences(text)).toEqual(expected);
  });

  it('collapses whitespace and skips empty input', () => {
    expect(splitSentences('  Pasukan   tiba\u00a0di Kursk.   Warga  mengungsi. ')).toEqual(['Pasukan tiba di Kursk.', 'Warga mengungsi.']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});

const KEEP = ['Pemimpin itu tiba di Pyongyang.', 'Ia disambut meriah oleh warga.'];
const BOILERPLATE: Array<[label: string, text: string, expected: string[]]> = [
  ['Baca juga: line', `${KEEP[0]}\nBaca juga: Putin Tiba di Korea Utara\n${KEEP[1]}`, KEEP],
  ['Baca Juga: line', `${KEEP[0]}\nBaca Juga: Putin Tiba di Korea Utara, Bahas Kerja Sama\n${KEEP[1]}`, KEEP],
  ['BACA JUGA without colon', `${KEEP[0]}\nBACA JUGA Putin Tiba di Korea Utara\n${KEEP[1]}`, KEEP],
  ['Baca juga: inline', `${KEEP[0]} Baca juga: Putin Tiba di Korea Utara Warga menonton. ${KEEP[1]}`, KEEP],
  ['Simak juga video', `${KEEP[0]}\nSimak juga Video Putin Bertemu Kim Jong Un\n${KEEP[1]}`, KEEP],
  ['Simak juga: link', `${KEEP[0]}\nSimak juga: Korea Utara Luncurkan Rudal\n${KEEP[1]}`, KEEP],
  ['Lihat juga link', `${KEEP[0]}\nLihat juga: Rusia Serang Kyiv\n${KEEP[1]}`, KEEP],
  ['Read more', 'Troops crossed the border.\nRead more: North Korea fires missile\nKyiv protested.', ['Troops crossed the border.', 'Kyiv protested.']],
  ['ADVERTISEMENT line', `${KEEP[0]}\nADVERTISEMENT\n${KEEP[1]}`, KEEP],
  ['ad markers inline', `${KEEP[0]} ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT ${KEEP[1]}`, KEEP],
  ['Scroll to continue line', `${KEEP[0]}\nScroll to continue with content\n${KEEP[1]}`, KEEP],
  ['scroll untuk melanjutkan', `${KEEP[0]}\nScroll untuk melanjutkan membaca\n${KEEP[1]}`, KEEP],
  ['Penulis / Editor', `${KEEP[0]}\nPenulis: Andari Wulan Nugrahani\nEditor: Wahyu Gilang Putranto\n${KEEP[1]}`, KEEP],
  ['Penulis and Editor on one line', `${KEEP[0]}\n${KEEP[1]}\nPenulis : Rizky L Pratama Editor : Edy-A.-Putra\nSumber : Associated Press`, KEEP],
  ['agency credit', `${KEEP[0]} ${KEEP[1]} (Tribunnews.com, Andari Wulan Nugrahani)`, KEEP],
  ['short credit', `${KEEP[0]}\n${KEEP[1]}\n(ant/das)`, KEEP],
  ['Laporan wartawan', `Laporan Wartawan Tribunnews.com, Andari\n${KEEP[0]} ${KEEP[1]}`, KEEP],
  ['Oleh byline', `Oleh Budi Santoso\n${KEEP[0]} ${KEEP[1]}`, KEEP],
  ['English byline', 'By Jane Doe and John Smith\nTroops crossed the border. Kyiv protested.', ['Troops crossed the border.', 'Kyiv protested.']],
  ['Reuters credit', 'Troops crossed the border. Kyiv protested.\nReporting by Jane Doe; Editing by John Smith', ['Troops crossed the border.', 'Kyiv protested.']],
  ['photo caption', `Presiden Rusia Vladimir Putin dan Kim Jong Un berjabat tangan di Pyongyang. (Sumber: Sputnik via AP)\n${KEEP[0]}`, [KEEP[0]!]],
  ['list of other headlines', `${KEEP[0]} ${KEEP[1]}\nTerkini Lainnya\n- Gunung Api Terbesar Kedua di Islandia Akan Meletus\n- TikTok Akan Tutup Total di AS pada 19 Januari`, KEEP],
  ['date line', `Kompas dunia | 19 Juni 2024, 13:30 WIB\n${KEEP[0]}`, [KEEP[0]!]],
  ['copyright', 'Troops crossed the border.\nCopyright 2024 The Associated Press. All rights reserved.', ['Troops crossed the border.']],
  ['"Lihat juga" in prose stays', 'Lihat juga bagaimana pasukan itu bergerak ke garis depan.', ['Lihat juga bagaimana pasukan itu bergerak ke garis depan.']],
];

describe('splitSentences drops page furniture', () => {
  it.each(BOILERPLATE)('%s', (_label, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  const seedDir = new URL('../../../config/seeds/', import.meta.url);
  const seeds = readdirSync(seedDir).filter((n) => n.endsWith('.txt'));
  it.each(seeds)('raw seed %s: no furniture, quotes whole', (name) => {
    const sentences = splitSentences(readFileSync(new URL(name, seedDir), 'utf8'));
    expect(sentences.length).toBeGreaterThan(8);
    for (const s of sentences) {
      expect(s).not.toMatch(/Baca juga|Penulis|Editor|Sumber :|Terkini Lainnya|TERBARU|MEMBACA|TikTok|^> >/i);
      // A quote never starts a sentence it does not close in (`"Rusia berhak...," kata Kim.` is one).
      const quotes = (s.match(/["“”]/g) ?? []).length;
      expect(quotes % 2, s).toBe(0);
    }
  });

  it('keeps the seed quote with its attribution', () => {
    const name = seeds.find((n) => n.startsWith('000'))!;
    const sentences = splitSentences(readFileSync(new URL(name, seedDir), 'utf8'));
    expect(sentences).toContain('"Rusia berhak berperang untuk membela diri," kata Kim Jong Un, dikutip dari Al Jazeera.');
    expect(sentences).toContain('Pernyataan tersebut disampaikan dalam pertemuan dengan Menteri Pertahanan Rusia, Andrei Belousov, di Pyongyang, yang dilaporkan oleh Kantor Berita Pusat Korea (KCNA) pada hari Sabtu (29/11/2024).');
  });
});

describe('sentenceSpans', () => {
  it('gives offsets into the original text, nothing dropped', () => {
    const text = 'Dr. Budi tiba.  Baca juga: Lain\nIa pergi pukul 10.00 WIB.';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Dr. Budi tiba.', 'Baca juga: Lain', 'Ia pergi pukul 10.00 WIB.']);
  });
});

describe('splitSentences: parentheses', () => {
  it.each([
    ['Petugas mengevakuasi korban (Dok. Basarnas) pada Sabtu pagi. Pencarian ditutup.', ['Petugas mengevakuasi korban (Dok. Basarnas) pada Sabtu pagi.', 'Pencarian ditutup.']],
    // A parenthesis that never closes in the line does not swallow the sentences after it.
    ['Harga naik (sejak Senin. Pedagang mengeluh.', ['Harga naik (sejak Senin.', 'Pedagang mengeluh.']],
    ['Dia tiba di Jakarta (AS). Kemudian dia pergi.', ['Dia tiba di Jakarta (AS).', 'Kemudian dia pergi.']],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text, 'id')).toEqual(sentences);
  });
});
