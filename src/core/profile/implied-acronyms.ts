// Acronyms ordinary news makes of a name the seeds spell out but never shorten: the seeds write
// "Koperasi Desa Merah Putih" and "Kopdes Merah Putih", the headlines of the following months
// "KDMP" and "KDKMP" (Koperasi Desa/Kelurahan Merah Putih). Indonesian news shortens a programme's or
// an institution's name to its initials as a matter of course, and what a user pastes is often
// older than the short form. The acronym's headlines seldom repeat the name (that is what the
// acronym is for), so nothing but its letters ties the two: it must spell a run of capitalised
// words the seeds write whose every word is a word of the names facet (the topic's own name, not
// "Dugaan Korupsi Kuota", which spells "dkk", "dan kawan-kawan"), be in ordinary news (a key of
// the background table) and no Indonesian word, and have enough letters that chance seldom spells
// it. It joins that names facet, enough alone when rare, as a name is.
import type { CleanSeed, ProfileConcept } from '../model.ts';
import { isUnknownIndonesianWord } from '../text/indonesian-stemmer/stem-indonesian.ts';
import { analyzeText } from '../text/analyze.ts';
import type { Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';
import type { FacetConcept } from './learn-concepts.ts';
import type { SeedEvidence } from './seed-evidence.ts';

/** A name's run of capitalised words ("Koperasi Desa/Kelurahan Merah Putih"): words joined by a space, a slash or a hyphen. */
const CAPITALISED_RUN = /\p{Lu}\p{Ll}+(?:[ /-]+\p{Lu}\p{Ll}+)+/gu;
/** The background table keeps keys in this many headlines or more (build-background.ts). */
const IN_NEWS_DOCS = 3;
/** Longer runs are sentences in title case, not names. */
const MAX_WORDS = 6;

export interface ImpliedAcronym {
  acronym: string;
  /** The name's words as the seeds write them. */
  name: string;
  /** The name's keys (its phrases and words). */
  keys: string[];
  alone: boolean;
}

/**
 * The acronyms of the names facet's names that ordinary news uses and the seeds do not, each joined
 * to the names facets holding its name's words (`concepts` is changed in place). `minLetters`: the
 * fewest letters (FacetCuts.impliedAcronymLetters): three are too many other things ("BPN" is the
 * land agency as much as Badan Pangan Nasional, "KDM" West Java's governor).
 */
export function addImpliedAcronyms(
  concepts: readonly ProfileConcept[],
  seeds: readonly CleanSeed[],
  evidence: SeedEvidence,
  lexicon: Lexicon,
  background: Background,
  aloneMaxP: number,
  minLetters: number,
): ImpliedAcronym[] {
  if (evidence.lang !== 'id') return [];
  // In ordinary news: a key of the background's table (those in three headlines or more).
  const inNews = (word: string) => background.probability(word, 'id') * background.docs('id') >= IN_NEWS_DOCS;
  const seedKeys = new Set(evidence.keySets.flatMap((keys) => [...keys]));
  const names = (concepts as FacetConcept[]).filter((c) => c.kind === 'names');
  // The words of each names facet's keys (its phrases split), read once: the keys change only below.
  const words = names.map((facet) => new Set(facet.keys.flatMap((key) => key.split(' '))));
  const holdingFacets = (keys: readonly string[]) => names.filter((_, i) => keys.every((key) => words[i]!.has(key)));
  // Each acronym with the names facets that hold its name, found once and joined after the scan.
  const found = new Map<string, { implied: ImpliedAcronym; facets: FacetConcept[] }>();
  for (const seed of seeds) {
    for (const run of `${seed.title}\n${seed.body}`.matchAll(CAPITALISED_RUN)) {
      const runWords = run[0].split(/[ /-]+/);
      for (let from = 0; from < runWords.length; from += 1) {
        for (let to = from + minLetters; to <= Math.min(runWords.length, from + MAX_WORDS); to += 1) {
          const acronym = runWords.slice(from, to).map((w) => w[0]!.toLowerCase()).join('');
          if (found.has(acronym) || seedKeys.has(acronym) || !inNews(acronym) || !isUnknownIndonesianWord(acronym)) continue;
          const name = runWords.slice(from, to).join(' ');
          const keys = [...new Set(analyzeText(name, lexicon, 'id').keys)];
          // The name is the names facet's own: each of its words is a word of the facet's names.
          const facets = keys.length === 0 ? [] : holdingFacets(keys);
          if (facets.length === 0) continue;
          found.set(acronym, { implied: { acronym, name, keys, alone: background.probability(acronym, 'id') <= aloneMaxP }, facets });
        }
      }
    }
  }
  for (const { implied, facets } of found.values()) {
    for (const facet of facets) {
      facet.keys.push(implied.acronym);
      facet.labels.push(implied.acronym.toUpperCase());
      if (implied.alone) facet.alone = [...(facet.alone ?? []), implied.acronym];
    }
  }
  return [...found.values()].map(({ implied }) => implied);
}
