import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { summarizeStory, type SummarizeInput, type SummarizeOptions } from '../../../src/core/summarize/summarize-story.ts';

const lexicon = loadLexicon();
const background = loadBackground();
const summarize = (input: SummarizeInput, options?: SummarizeOptions) => summarizeStory(input, lexicon, background, options);

// When the one sentence that could stand as a summary points back, it is not posted alone (a post
// that opens "Hal itu dikatakan ..." dangles): it comes with the sentence it points at when that
// one is prose and fits, else there is no summary and the post is its title.
describe('summarizeStory never returns a lone sentence that points back', () => {
  it.each([
    ['id', 'Jakarta - Hal itu dikatakan Menteri Keuangan Sri Mulyani Indrawati dalam konferensi pers di Jakarta, Senin (2/12/2024).'],
    ['id', 'Menkeu Pastikan PPN Naik Jadi 12 Persen Tahun Depan\nHal itu dikatakan Menteri Keuangan Sri Mulyani Indrawati dalam konferensi pers di Jakarta, Senin.'],
    ['id', 'Polisi Tangkap Pencuri Motor di Wonokromo\nIa ditangkap di rumahnya di kawasan Wonokromo pada Sabtu malam oleh petugas.'],
    ['id', 'Namun, ekspor daging ayam olahan ke Papua Nugini baru permulaan dari rencana pemerintah.'],
    ['en', 'It became the biggest protest in the capital in a decade, police said on Sunday.'],
    ['en', 'Police Arrest Protest Leader in Capital\nShe was detained at her home in the capital late on Saturday night by officers.'],
    ['en', 'This comes after the government raised fuel prices for the third time this year.'],
  ] as const)('%s: %j alone gives no summary', (lang, text) => {
    expect(summarize({ texts: [text], lang })).toEqual({ sentences: [], text: '', lang });
  });

  it.each([
    ['id', 'Mengapa Harga Beras Terus Naik di Pasar Tradisional?', 'Hal itu dijelaskan Kepala Bulog dalam rapat kerja dengan Komisi IV DPR di Jakarta, Rabu.'],
    ['en', 'Why Are Fuel Prices Rising Again?', 'This comes after the government raised fuel prices for the third time this year.'],
  ] as const)('%s: comes with the question it answers, "%s"', (lang, question, pointing) => {
    expect(summarize({ texts: [`${question}\n${pointing}`], lang }).sentences).toEqual([question, pointing]);
  });

  it('gives no summary when the pair does not fit the length budget', () => {
    const question = 'Why Are Fuel Prices Rising Again?';
    const pointing = 'This comes after the government raised fuel prices for the third time this year.';
    expect(summarize({ texts: [`${question}\n${pointing}`], lang: 'en' }, { maxChars: 100 }).sentences).toEqual([]);
  });

  it('still returns a lone sentence that points forward', () => {
    const lead = "It's well known that exercise can make your muscles bigger, but it may also help the brain.";
    expect(summarize({ texts: [lead], lang: 'en' }).sentences).toEqual([lead]);
  });
});
