import { stemmer as porterStemmer } from 'stemmer';
import type { Lang } from '../model.ts';
import { stemIndonesianWord } from './indonesian-stemmer/stem-indonesian.ts';

// Sastrawi (the maintained Indonesian stemmer) over-stems some words that news uses a lot:
// it reads "pasukan" as pa-+suk+-an and returns "pasu", and misses confixes on others. These
// exceptions were found by checking its output on the seeds and news headlines; each maps a
// surface word to the stem a reader would give.
export const INDONESIAN_STEM_EXCEPTIONS: Readonly<Record<string, string>> = {
  pasukan: 'pasukan',
  pasukannya: 'pasukan',
  memerangi: 'perang',
  diperangi: 'perang',
  pengerahan: 'kerah',
  dikerahkan: 'kerah',
  mengerahkan: 'kerah',
  menandatangani: 'tandatangan',
  ditandatangani: 'tandatangan',
  penandatanganan: 'tandatangan',
  berita: 'berita',
  rusia: 'rusia',
  korea: 'korea',
  pemilu: 'pemilu',
  pemilihan: 'pilih',
  peluru: 'peluru',
  pertahanan: 'tahan',
  keamanan: 'aman',
  perdamaian: 'damai',
  pelabuhan: 'pelabuhan',
  pemerintah: 'perintah',
  pemerintahan: 'perintah',
  penasihat: 'nasihat',
  perbatasan: 'batas',
  pariwisata: 'wisata',
  amunisi: 'amunisi',
  artileri: 'artileri',
  militer: 'militer',
  sekutu: 'sekutu',
};

// Stemming dominates the cost of matching; a bounded memo keeps it to one map lookup per
// word in steady state (news vocabulary repeats) without growing without limit.
const MEMO_LIMIT = 200_000;
const memo: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };

export function stemWord(word: string, lang: Lang): string {
  const cache = memo[lang];
  const known = cache.get(word);
  if (known !== undefined) return known;
  const stem = lang === 'id' ? stemIndonesian(word) : porterStemmer(word);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

function stemIndonesian(word: string): string {
  const exception = INDONESIAN_STEM_EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  // Sastrawi only knows Latin letters; anything else passes through unchanged.
  if (!/^[a-z]+$/.test(word)) return word;
  // "pasca-" (after) is written joined to its noun: "pascabencana", "pascabanjir" speak of the
  // disaster and the flood, so they stem as the noun does.
  if (word.startsWith('pasca') && word.length >= 9) return stemIndonesian(word.slice(5));
  const stem = stemIndonesianWord(word);
  // A stem of one or two letters is almost always a wrong cut of a foreign name.
  return stem.length >= 3 ? stem : word;
}
