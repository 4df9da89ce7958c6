import type { Lang } from '../model.ts';

// Words that end in a period without ending a sentence, as the splitter sees them: the token
// before the period, without that period and without opening quotes or brackets. Matching is
// case-sensitive on purpose: "No. 5" is a number prefix, "said no." ends a sentence.

/** Always followed by more of the same sentence: titles, address parts, "vs.", "e.g.", "Rp.". */
export const NEVER_END: ReadonlySet<string> = new Set([
  // Indonesian titles and honorifics
  'dr', 'Dr', 'drg', 'Prof', 'prof', 'H', 'Hj', 'Ir', 'Drs', 'Dra', 'Bpk', 'Bp', 'Sdr', 'Sdri', 'Ny', 'Nn', 'Tn', 'KH', 'Yth', 'yth',
  // English titles and ranks
  'Mr', 'Mrs', 'Ms', 'Mx', 'St', 'Gen', 'Lt', 'Col', 'Sen', 'Rep', 'Gov', 'Capt', 'Cmdr', 'Maj', 'Sgt', 'Cpl', 'Adm', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp', 'Brig', 'Mt', 'Ft',
  // Addresses and administrative units
  'Jl', 'Jln', 'Kec', 'Kab', 'Kel', 'Prov', 'Ds', 'Kp',
  // Connectives and currency
  'vs', 'Vs', 'e.g', 'i.e', 'cf', 'a.n', 's.d', 'u.p', 'd.a', 'Rp', 'RP', 'approx',
]);

/** Ends no sentence when a number follows: "No. 5", "Nov. 29", "hlm. 12". */
export const NUMBER_PREFIX: ReadonlySet<string> = new Set([
  'No', 'no', 'Nos', 'Nr', 'Vol', 'vol', 'Hlm', 'hlm', 'tgl', 'Tgl', 'p', 'pp', 'Fig', 'fig', 'Art', 'art', 'Sec', 'sec', 'Ch', 'ch',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Agu', 'Agt', 'Sep', 'Sept', 'Oct', 'Okt', 'Nov', 'Dec', 'Des',
]);

/** Close a list, so usually a sentence too: a capital after "dll." starts the next one. */
export const LIST_END: ReadonlySet<string> = new Set(['etc', 'dll', 'dsb', 'dst', 'dkk', 'al']);

/**
 * May or may not end a sentence ("the U.S. He said" / "the U.S. Army"): the sentence ends only
 * when the next word is one that typically opens a sentence (Punkt's orthographic heuristic,
 * reduced to a word list). Academic degrees follow a name: "Budi, S.H. Dia ..." / "S.H. M.Si.".
 */
export const AMBIGUOUS: ReadonlySet<string> = new Set([
  'U.S', 'U.N', 'U.K', 'E.U', 'U.S.A', 'a.m', 'p.m', 'A.M', 'P.M', 'Jr', 'Sr', 'Inc', 'Ltd', 'Corp', 'Co', 'Bros', 'Tbk', 'tbk',
  'Ph.D', 'S.H', 'M.H', 'M.Si', 'S.E', 'M.M', 'S.Sos', 'S.Pd', 'S.Kom', 'S.T', 'M.T', 'S.Ag', 'M.Ag', 'S.IP', 'M.A', 'B.A', 'M.Sc', 'B.Sc',
  'S.Psi', 'M.Psi', 'S.Ked', 'Sp.A', 'Sp.PD', 'Apt', 'M.Pd', 'M.Kes', 'S.Kep', 'Lc',
]);

/** "A", "J.K", "U.S": initials, which a surname or another initial usually follows. */
export const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** Any short dotted form ("S.Sos", "a.n"), but not a domain name ("bbc.com"). */
export const DOTTED = /^\p{L}{1,4}(?:\.\p{L}{1,4})+$/u;
export const DOMAIN_END = /\.(?:com|net|org|id|tv|co|go|gov|edu|info|news|uk|au|sg|my)$/i;

const STARTERS_EN = [
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Its',
  'Their', 'Our', 'But', 'And', 'Yet', 'So', 'However', 'Meanwhile', 'In', 'On', 'At', 'After', 'Before', 'While', 'When', 'If',
  'As', 'Some', 'Many', 'Most', 'According', 'Earlier', 'Later', 'Last', 'Still', 'Also', 'Both', 'Such', 'What', 'Who', 'Why',
  'How', 'Officials', 'Since', 'Under', 'For', 'With', 'During', 'Despite', 'Although', 'Now', 'Then', 'Here', 'One', 'Two',
];
const STARTERS_ID = [
  'Ia', 'Dia', 'Mereka', 'Kami', 'Kita', 'Saya', 'Aku', 'Hal', 'Ini', 'Itu', 'Namun', 'Tetapi', 'Tapi', 'Sementara', 'Sedangkan',
  'Adapun', 'Selain', 'Menurut', 'Dalam', 'Pada', 'Di', 'Ke', 'Dari', 'Sebelumnya', 'Kemudian', 'Lalu', 'Setelah', 'Usai', 'Saat',
  'Ketika', 'Bahkan', 'Oleh', 'Untuk', 'Dengan', 'Hingga', 'Sejak', 'Para', 'Kedua', 'Sebanyak', 'Sebagai', 'Akibatnya',
  'Selanjutnya', 'Sebab', 'Karena', 'Jika', 'Kalau', 'Meski', 'Meskipun', 'Walaupun', 'Sebelum', 'Selama', 'Tak', 'Tidak',
  'Belum', 'Sudah', 'Juga', 'Apalagi', 'Diketahui', 'Kini', 'Seperti', 'Beberapa', 'Banyak', 'Semua', 'Salah',
];
const STARTERS: Record<Lang | 'any', ReadonlySet<string>> = {
  en: new Set(STARTERS_EN),
  id: new Set(STARTERS_ID),
  any: new Set([...STARTERS_EN, ...STARTERS_ID]),
};

/** Whether a word typically opens a sentence in the language (both when it is not known). */
export function isSentenceStarter(word: string, lang?: Lang): boolean {
  return STARTERS[lang ?? 'any'].has(word);
}
