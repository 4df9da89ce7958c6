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
}

/** One meaning in both languages; the first Indonesian word names the key. */
export interface WordGroup {
  id: string[];
  en: string[];
}

export interface LexiconData {
  entities: EntityEntry[];
  groups: WordGroup[];
}

export interface EntityInfo {
  key: string;
  label: string;
  type: EntityType;
  country: string | null;
}

export interface PhraseNode {
  next: Map<string, PhraseNode>;
  key?: string;
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

export function compileLexicon(data: LexiconData): Lexicon {
  const phrases: PhraseNode = { next: new Map() };
  const entities = new Map<string, EntityInfo>();
  const labels = new Map<string, string>();
  const wordKeys: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };

  for (const entity of data.entities) {
    const key = entityKey(entity.id);
    entities.set(key, { key, label: entity.label, type: entity.type, country: entity.country });
    labels.set(key, entity.label);
    for (const alias of entity.aliases) addPhrase(phrases, tokenize(alias), key);
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

/**
 * Longest phrase starting at `start`, whose first token led to `first`: its key and how many
 * tokens it spans. The tokens end at `end` (a reused list can be longer).
 */
export function matchPhraseFrom(first: PhraseNode, tokens: readonly string[], start: number, end = tokens.length): { key: string; length: number } | undefined {
  let best: { key: string; length: number } | undefined = first.key === undefined ? undefined : { key: first.key, length: 1 };
  let node: PhraseNode | undefined = first;
  for (let i = start + 1; i < end; i += 1) {
    node = node.next.get(tokens[i]!);
    if (node === undefined) break;
    if (node.key !== undefined) best = { key: node.key, length: i - start + 1 };
  }
  return best;
}
