// An Indonesian stemmer with a root-word dictionary: the rules of sastrawijs 1.1.0 (a JavaScript
// Sastrawi, itself the Nazief-Adriani / ECS algorithm), written again here so that the image no
// longer installs sastrawijs and the Babel 6 and core-js@2 it drags in. Its outputs must equal
// sastrawijs's, quirks included (keys in config/background are stems): tests/core/text/
// indonesian-stemmer.test.ts checks that on a committed word list, and on every word of the
// Indonesian evaluation texts where ../shared is present. Licences: LICENSE beside this file
// (rules: MIT; root-words.json: Kateglo's dictionary, CC-BY-NC-SA 3.0).
//
// One deliberate difference: sastrawijs looks words up in a plain object, so "constructor" (an
// Object.prototype name) counts as a root word there; here only the dictionary's words do.

import rootWordList from './root-words.json' with { type: 'json' };

const ROOT_WORDS: ReadonlySet<string> = new Set(rootWordList);
const VOWELS = 'aiueo';
const CONSONANTS = 'bcdfghjklmnpqrstvwxyz';
/** Words that look like a prefix and suffix around a root: their prefixes are tried first. */
const CONFIX = /^(be.+lah|be.+an|me.+i|di.+i|pe.+i|ter.+i)$/;
const PARTICLE = /-?(lah|kah|tah|pun)$/;
const POSSESSIVE = /-?(ku|mu|nya)$/;
const SUFFIX = /-?(is|isme|isasi|i|kan|an)$/;

/** What a prefix rule leaves: the rest of the word, and letters the prefix may have replaced (meN-+tulis → menulis). */
interface PrefixCut {
  prefix?: string;
  rest: string;
  restore: readonly string[];
}

const isRoot = (word: string): boolean => ROOT_WORDS.has(word);
/**
 * A word of three letters or more that is no word of the root-word dictionary (Kateglo's, ordinary
 * Indonesian words, no names or loanwords): a club's, a brand's or a place's name, or a coinage
 * ("Persija"), rather than an ordinary word written capitalised. Two letters ("Rp", "FC") are too
 * short to tell. The names rules of topic learning read it (learn-concepts.ts unknownWordsAreNames,
 * widen-by-association.ts nameLike 'unknown'), so both hold one notion of a word the language lacks.
 */
export const isUnknownIndonesianWord = (word: string): boolean => /^\p{L}{3,}$/u.test(word) && !isRoot(word);
/** `c` is one of the letters of `set`; '' (a position past the end of the word) is in none. */
const isIn = (c: string, set: string): boolean => c !== '' && set.includes(c);
const isVowel = (c: string): boolean => isIn(c, VOWELS);
const isConsonant = (c: string): boolean => isIn(c, CONSONANTS);

/** The stem of one word (lower-cased first); a word the rules cannot reduce to a root comes back unchanged. */
export function stemIndonesianWord(input: string): string {
  const original = input.toLowerCase();
  if (original.length < 3 || isRoot(original)) return original;
  let word = original;
  const ends = { particle: '', possessive: '', suffix: '' };
  const stripEnds = (): string | undefined => {
    [ends.particle, word] = cutEnd(word, PARTICLE);
    if (isRoot(word)) return word;
    [ends.possessive, word] = cutEnd(word, POSSESSIVE);
    if (isRoot(word)) return word;
    [ends.suffix, word] = cutEnd(word, SUFFIX);
    return isRoot(word) ? word : undefined;
  };
  if (CONFIX.test(word)) {
    const prefixed = removePrefixes(word);
    if (prefixed.found) return prefixed.word;
    word = prefixed.word;
    const stem = stripEnds();
    if (stem !== undefined) return stem;
  } else {
    const stem = stripEnds();
    if (stem !== undefined) return stem;
    const prefixed = removePrefixes(word);
    if (prefixed.found) return prefixed.word;
  }
  const { suffix, possessive, particle } = ends;
  const parts = suffix === 'kan' ? ['', 'k', 'an', possessive, particle] : ['', suffix, possessive, particle];
  return putEndsBack(original, parts) ?? original;
}

/** [what `pattern` took off the end, what is left]. */
function cutEnd(word: string, pattern: RegExp): [string, string] {
  const rest = word.replace(pattern, '');
  return [word.slice(rest.length), rest];
}

/**
 * The last chance: the word without all its endings, then with them put back one at a time
 * ("-k" of "-kan" alone first), each tried as a root and through the prefix rules.
 */
function putEndsBack(original: string, parts: readonly string[]): string | undefined {
  const endLength = parts.reduce((sum, part) => sum + part.length, 0);
  const base = original.substring(0, original.length - endLength);
  let ends = '';
  for (const part of parts) {
    ends += part;
    const candidate = base + ends;
    if (isRoot(candidate)) return candidate;
    const prefixed = removePrefixes(candidate);
    if (prefixed.found) return prefixed.word;
  }
  return undefined;
}

/** Up to three prefixes off the front, stopping at a root (or a root once a replaced letter is restored). */
function removePrefixes(input: string): { found: boolean; word: string } {
  let word = input;
  let previous: string | undefined = '';
  for (let round = 0; round < 3; round++) {
    if (word.length < 3) return { found: false, word: input };
    // The same prefix twice running (di-di-) is not peeled again.
    if (word.substring(0, 2) === previous) break;
    const cut = removePrefix(word);
    previous = cut.prefix;
    word = cut.rest;
    if (isRoot(word)) return { found: true, word };
    for (const letters of cut.restore) if (isRoot(letters + word)) return { found: true, word: letters + word };
  }
  return { found: false, word };
}

function removePrefix(word: string): PrefixCut {
  for (const plain of ['di', 'ke', 'se', 'ku']) if (word.startsWith(plain)) return { prefix: plain, rest: word.substring(2), restore: [] };
  if (word.startsWith('kau')) return { prefix: 'kau', rest: word.substring(3), restore: [] };
  if (word.startsWith('me')) return { prefix: 'me', ...meRule(word) };
  if (word.startsWith('pe')) return { prefix: 'pe', ...peRule(word) };
  if (word.startsWith('be')) return { prefix: 'be', ...beRule(word) };
  if (word.startsWith('te')) return { prefix: 'te', ...teRule(word) };
  return infixRule(word);
}

type RuleCut = Omit<PrefixCut, 'prefix'>;

const cut = (word: string, from: number, restore: readonly string[] = []): RuleCut => ({ rest: word.substring(from), restore });
const unchanged = (word: string): RuleCut => ({ rest: word, restore: [] });

/** The letters after a two-letter prefix: c[0] is word[2]; '' past the end. */
const lettersAfterPrefix = (word: string): string[] => [2, 3, 4, 5, 6, 7].map((i) => word.charAt(i));

/** meN-: me-l/r/w/y, mem-b/f/v/pe, mem-(p)vowel, men-c/d/j/s/t/z, men-(t)vowel, meng-, meny-. */
function meRule(word: string): RuleCut {
  const [a = '', b = '', c = ''] = lettersAfterPrefix(word);
  if (isIn(a, 'lrwy') && isVowel(b)) return cut(word, 2);
  if ((a === 'm' && isIn(b, 'bfv')) || (a === 'm' && b === 'p' && c === 'e')) return cut(word, 3);
  if (a === 'm' && (isVowel(b) || (b === 'r' && isVowel(c)))) return cut(word, 3, ['m', 'p']);
  if (a === 'n' && isIn(b, 'cdjstz')) return cut(word, 3);
  if (a === 'n' && isVowel(b)) return cut(word, 3, ['n', 't']);
  if (a === 'n' && b === 'g' && isIn(c, 'ghqk')) return cut(word, 4);
  if (a === 'n' && b === 'g' && isVowel(c)) return c === 'e' ? cut(word, 5) : cut(word, 4, ['ng', 'k']);
  if (a === 'n' && b === 'y' && isVowel(c)) return c === 'a' ? cut(word, 2) : { rest: `s${word.substring(4)}`, restore: [] };
  if (a === 'm' && b === 'p' && c !== 'e') return cut(word, 3);
  return unchanged(word);
}

/** The per-/ber-/ter- shape: r, then a consonant other than r, then (at +2) not "er", or "er" and a vowel. */
function rConsonantNotEr(a: string, b: string, d: string, e: string, f: string): boolean {
  return a === 'r' && isConsonant(b) && b !== 'r' && (d !== 'e' || (d === 'e' && e === 'r' && isVowel(f)));
}

/** peN- and per-. */
function peRule(word: string): RuleCut {
  const [a = '', b = '', c = '', d = '', e = '', f = ''] = lettersAfterPrefix(word);
  if (isIn(a, 'wy') && isVowel(b)) return cut(word, 2);
  if (a === 'r' && isVowel(b)) return cut(word, 3, ['r']);
  if (rConsonantNotEr(a, b, d, e, f) || (a === 'm' && isIn(b, 'bfv'))) return cut(word, 3);
  if (a === 'm' && (isVowel(b) || (b === 'r' && isVowel(c)))) return cut(word, 3, ['m', 'p']);
  if (a === 'n' && isIn(b, 'cdjstz')) return cut(word, 3);
  if (a === 'n' && isVowel(b)) return cut(word, 3, ['n', 't']);
  if (a === 'n' && b === 'g' && isConsonant(c)) return cut(word, 4);
  if (a === 'n' && b === 'g' && isVowel(c)) return c === 'e' ? cut(word, 5) : cut(word, 4, ['k']);
  if (a === 'n' && b === 'y' && isVowel(c)) return cut(word, 4, ['s', 'ny']);
  if (a === 'l' && isVowel(b)) return word === 'pelajar' ? { rest: 'ajar', restore: [] } : cut(word, 2);
  const plainConsonant = isConsonant(a) && !isIn(a, 'rwylmn');
  if (plainConsonant && b === 'e' && c === 'r' && isVowel(d)) return cut(word, 3);
  if (plainConsonant) return cut(word, 2);
  return unchanged(word);
}

/** ber- and be-. */
function beRule(word: string): RuleCut {
  const [a = '', b = '', c = '', d = '', e = '', f = ''] = lettersAfterPrefix(word);
  if (a === 'r' && isVowel(b)) return cut(word, 3, ['r']);
  if (rConsonantNotEr(a, b, d, e, f) || word === 'belajar') return cut(word, 3);
  if (isConsonant(a) && a !== 'r' && a !== 'l' && b === 'e' && c === 'r' && isConsonant(d)) return cut(word, 2);
  return unchanged(word);
}

/** ter- and te-. Here the "er" test is one letter earlier than for per-/ber-. */
function teRule(word: string): RuleCut {
  const [a = '', b = '', c = '', d = '', e = ''] = lettersAfterPrefix(word);
  const rConsonant = a === 'r' && isConsonant(b) && b !== 'r';
  if (a === 'r' && isVowel(b)) return cut(word, 3, ['r']);
  if ((rConsonant && c === 'e' && d === 'r' && isVowel(e)) || (rConsonant && c !== 'e')) return cut(word, 3);
  if (isConsonant(a) && a !== 'r' && b === 'e' && c === 'r' && isConsonant(d)) return cut(word, 2);
  if (rConsonant && c === 'e' && d === 'r' && isConsonant(e)) return cut(word, 3);
  return unchanged(word);
}

/** -el-, -em-, -er-, -in- after the first consonant (gerigi → gigi): no prefix. */
function infixRule(word: string): PrefixCut {
  const [a = '', b = '', c = '', d = ''] = [0, 1, 2, 3].map((i) => word.charAt(i));
  if ((isConsonant(a) && b === 'e' && isIn(c, 'rlm') && isVowel(d)) || (isConsonant(a) && b === 'i' && c === 'n' && isVowel(d))) {
    return { rest: word.substring(3), restore: [word.substring(0, 3), word.substring(0, 1)] };
  }
  return unchanged(word);
}
