import type { Lang } from '../model.ts';
import { stemWord } from './stem.ts';
import { tokenize } from './tokenize.ts';

// The lexicon maps what different languages and outlets write onto one key space, so that
// "Korea Utara", "Korut", "North Korea" and "Pyongyang" are one piece of evidence and an
// English item can match a profile learned from Indonesian seeds (and back).

export type EntityType = 'country' | 'person' | 'org' | 'place';

export interface EntityEntry {
  id: string;
  type: EntityType;
  label: string;
  /** ISO-3166 alpha-2 code of the country the entity belongs to; null for international bodies. */
  country: string | null;
  aliases: string[];
  /**
   * Aliases (also in `aliases`) that name a place within the entity, a region: "bupati pati" and
   * "pati" are Java to a topic, but a story about Pati is not one about Kudus, so each also gives
   * a place key of its own (placeKey), which the story index weighs beside the region's.
   */
  places?: string[];
}

/** One meaning in both languages; the first Indonesian word names the key. */
export interface WordGroup {
  id: string[];
  en: string[];
}

export interface LexiconData {
  entities: EntityEntry[];
  groups: WordGroup[];
  /**
   * Words written before a place's name that do not change which place it is ("kabupaten",
   * "bupati", "wali kota"): "Bupati Pati" and "Kabupaten Pati" give one place key, #pati.
   */
  placeQualifiers?: string[];
}

export interface EntityInfo {
  key: string;
  label: string;
  type: EntityType;
  country: string | null;
  /** A region whose places the gazetteer lists (EntityEntry.places): Java, Sumatra. */
  region?: true;
}

export interface PhraseNode {
  next: Map<string, PhraseNode>;
  key?: string;
  /** The place key of a place alias within a region entity (EntityEntry.places). */
  place?: string;
}

export interface Lexicon {
  /** Token sequences (entity aliases, multi-word phrases) to their key. */
  phrases: PhraseNode;
  entities: ReadonlyMap<string, EntityInfo>;
  /** Stem of a single word in a language to the key of its meaning group. */
  wordKeys: Record<Lang, ReadonlyMap<string, string>>;
  /** A readable name for keys that are not plain words. */
  labels: ReadonlyMap<string, string>;
}

export const ENTITY_PREFIX = '@';

export function entityKey(id: string): string {
  return `${ENTITY_PREFIX}${id}`;
}

export function isEntityKey(key: string): boolean {
  return key.startsWith(ENTITY_PREFIX);
}

/** Place keys (a place within a region entity) start with this; no word or entity key does. */
export const PLACE_PREFIX = '#';

export function placeKey(name: string): string {
  return `${PLACE_PREFIX}${name}`;
}

export function isPlaceKey(key: string): boolean {
  return key.startsWith(PLACE_PREFIX);
}

export function compileLexicon(data: LexiconData): Lexicon {
  const phrases: PhraseNode = { next: new Map() };
  const entities = new Map<string, EntityInfo>();
  const labels = new Map<string, string>();
  const wordKeys: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };
  // Longest first: "wali kota" before "kota".
  const qualifiers = (data.placeQualifiers ?? []).map((q) => tokenize(q)).filter((q) => q.length > 0).sort((a, b) => b.length - a.length);

  for (const entity of data.entities) {
    const key = entityKey(entity.id);
    entities.set(key, { key, label: entity.label, type: entity.type, country: entity.country, ...((entity.places?.length ?? 0) > 0 ? { region: true } : {}) });
    labels.set(key, entity.label);
    for (const alias of entity.aliases) addPhrase(phrases, tokenize(alias), key);
  }
  // Place keys: each alias naming a place within a region gives the place's name ("bupati pati"
  // -> #pati); then any alias of any entity that is such a name gives it too ("Aceh", an alias
  // of Sumatra's own, is the province "Gubernur Aceh" names; "Jakarta", Indonesia's, the city).
  const placeNames = new Set<string>();
  for (const entity of data.entities) {
    const names = new Set((entity.places ?? []).map((alias) => tokenize(alias).join(' ')));
    for (const alias of entity.places ?? []) {
      const tokens = tokenize(alias);
      const name = placeName(tokens, qualifiers, names);
      placeNames.add(name);
      setPlace(phrases, tokens, entityKey(entity.id), placeKey(name));
    }
  }
  for (const entity of data.entities) {
    for (const alias of entity.aliases) {
      const tokens = tokenize(alias);
      if (placeNames.has(tokens.join(' '))) setPlace(phrases, tokens, entityKey(entity.id), placeKey(tokens.join(' ')));
    }
  }

  for (const group of data.groups) {
    const head = group.id[0];
    if (head === undefined) continue;
    const key = head.includes(' ') ? tokenize(head).map((t) => stemWord(t, 'id')).join(' ') : stemWord(head, 'id');
    if (head.includes(' ')) labels.set(key, head);
    for (const lang of ['id', 'en'] as const) {
      for (const word of group[lang]) {
        const tokens = tokenize(word);
        if (tokens.length > 1) {
          addPhrase(phrases, tokens, key);
        } else if (tokens.length === 1) {
          const stem = stemWord(tokens[0]!, lang);
          // First group wins: an earlier, more common meaning keeps a shared stem.
          if (!wordKeys[lang].has(stem)) wordKeys[lang].set(stem, key);
        }
      }
    }
  }
  return { phrases, entities, wordKeys, labels };
}

function addPhrase(root: PhraseNode, tokens: string[], key: string): void {
  if (tokens.length === 0) return;
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(token, child);
    }
    node = child;
  }
  // The first entry for a phrase wins, so an entity alias is not overwritten by a word group.
  node.key ??= key;
}

/** Marks the node an alias of `key` ends at with its place key (not where another entry won the alias). */
function setPlace(root: PhraseNode, tokens: string[], key: string, place: string): void {
  let node: PhraseNode | undefined = root;
  for (const token of tokens) node = node?.next.get(token);
  if (node !== undefined && node !== root && node.key === key) node.place ??= place;
}

/**
 * The name of the place an alias names: the alias without the qualifier in front ("bupati pati"
 * -> "pati"), when what is left is a name of the region's places by itself or behind another
 * qualifier ("kabupaten pati"); else the alias whole ("kota agung" is a town, not "agung").
 */
function placeName(tokens: string[], qualifiers: readonly string[][], names: ReadonlySet<string>): string {
  for (const qualifier of qualifiers) {
    if (qualifier.length >= tokens.length || !qualifier.every((t, i) => tokens[i] === t)) continue;
    const rest = tokens.slice(qualifier.length).join(' ');
    if (names.has(rest) || qualifiers.some((other) => other !== qualifier && names.has(`${other.join(' ')} ${rest}`))) return rest;
  }
  return tokens.join(' ');
}

/**
 * Longest phrase starting at `start`, whose first token led to `first`: its key and how many
 * tokens it spans. The tokens end at `end` (a reused list can be longer).
 */
export function matchPhraseFrom(first: PhraseNode, tokens: readonly string[], start: number, end = tokens.length): { key: string; length: number; place: string | undefined } | undefined {
  let best: { key: string; length: number; place: string | undefined } | undefined = first.key === undefined ? undefined : { key: first.key, length: 1, place: first.place };
  let node: PhraseNode | undefined = first;
  for (let i = start + 1; i < end; i += 1) {
    node = node.next.get(tokens[i]!);
    if (node === undefined) break;
    if (node.key !== undefined) best = { key: node.key, length: i - start + 1, place: node.place };
  }
  return best;
}
