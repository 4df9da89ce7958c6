import type { ProfileConcept, TopicProfile } from '../model.ts';
import { aloneOf, SHORT_SEED_SENTENCES, type FacetConcept } from './learn-concepts.ts';
import { NAMES_INSTEAD_OF_THEME } from '../match/match-item.ts';


/** Said of a names facet beside a theme: that many distinct names of it open the theme's gate too (match-item.ts). */
export function namesNote(profile: TopicProfile, c: ProfileConcept): string {
  const kinds = profile.concepts.map((x) => (x as FacetConcept).kind);
  if ((c as FacetConcept).kind !== 'names' || c.countries.length > 0 || !kinds.includes('theme') || NAMES_INSTEAD_OF_THEME <= 0) return '';
  return `; any ${NAMES_INSTEAD_OF_THEME} distinct names of these stand in for the theme`;
}

/** A learned profile as lines a person reads: its facets (each an OR-group), threshold and strongest terms. */
export function describeProfile(profile: TopicProfile): string {
  const lines = [
    `facets (an item needs evidence of each): ${profile.concepts.length}`,
    ...profile.concepts.map((c, i) => `  ${i + 1}. ${c.name}: ${c.labels.slice(0, 12).join(' | ')}${c.labels.length > 12 ? ` … (${c.labels.length})` : ''}${aloneOf(c).length > 0 ? `; enough alone: ${aloneOf(c).map((key) => c.labels[c.keys.indexOf(key)] ?? profile.terms.find((t) => t.key === key)?.label ?? key).join(' | ')}` : ''}${namesNote(profile, c)}`),
    ...(profile.home === undefined ? [] : [`home: ${profile.home} (a headline naming only other countries is news from abroad)`]),
    `threshold: ${profile.threshold} (unit ${profile.unit})${profile.threshold === 0 && profile.concepts.length >= 2 ? ': the facets decide' : ''}`,
    `strongest terms: ${profile.terms.slice(0, 15).map((t) => `${t.label} ${t.weight}`).join(', ')}`,
  ];
  return lines.join('\n');
}

/**
 * What `learn` and Discord say of seeds too short to learn a theme from (LearnReport.shortSeeds):
 * a feed item's title and summary pasted as a seed, say.
 */
export function shortSeedsWarning(names: readonly string[]): string {
  return `${names.length === 1 ? 'this seed is' : 'these seeds are'} short (fewer than ${SHORT_SEED_SENTENCES} sentences with the title): a word said once in ${names.length === 1 ? 'it' : 'them'} weighs as much as one an article repeats; paste whole articles, not feed summaries: ${names.join(', ')}`;
}

/**
 * The warning for names enough alone that the seeds' language's background is blind to
 * (LearnReport.unseenAloneNames): how often its news names them is unknown, so the expected rate
 * cannot count what they alone flag.
 */
export function unseenAloneWarning(names: readonly string[], lang: 'id' | 'en'): string {
  const one = names.length === 1;
  const [own, other] = lang === 'id' ? ['Indonesian', 'English'] : ['English', 'Indonesian'];
  return `${names.join(', ')} ${one ? 'is' : 'are'} enough alone, but the ${own} background has next to never seen ${one ? 'it' : 'them'} though the ${other} one counts ${one ? 'it' : 'them'}, so the expected rate above leaves out the headlines ${one ? 'it flags' : 'they flag'} alone (many a day if ${own} news names ${one ? 'it' : 'them'} often); the worker's own counts of its feeds correct this as it runs, and seeds that tell the topic apart from other news about ${one ? 'it' : 'them'} help now`;
}
