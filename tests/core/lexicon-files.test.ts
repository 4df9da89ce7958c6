import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/core/text/stem.ts';
import { tokenize } from '../../src/core/text/tokenize.ts';

// Checks the shipped lexicon data (config/lexicon/*.json) for the mistakes that the compiler
// would swallow silently: a second entity or group claiming an alias or stem (first one wins),
// aliases that are ordinary words, and words that tokenize to nothing.

interface EntityRow {
  id: string;
  type: string;
  label: string;
  country: string | null;
  aliases: string[];
}
interface GroupRow {
  id: string[];
  en: string[];
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../config/lexicon/${name}`, import.meta.url), 'utf8'));
}

const entities = (readJson('entities.json') as { entities: EntityRow[] }).entities;
const groups = (readJson('words-id-en.json') as { groups: GroupRow[] }).groups;

const TYPES = new Set(['country', 'person', 'org', 'place']);

// Single words that must never be an alias on their own: common words in English or
// Indonesian, or names shared by several entities. Multi-word aliases holding them are fine.
const FORBIDDEN_ALIASES = new Set([
  'as', 'us', 'un', 'it', 'in', 'is', 'at', 'to', 'no', 'who', 'the',
  'korea', 'korean', 'koreans', 'kim', 'lee', 'xi', 'moon', 'park', 'wang', 'li', 'yoon', 'han', 'cho', 'choi',
  'washington', 'georgia', 'georgian', 'jordan', 'chad', 'guinea', 'turkey', 'dominican', 'macedonia',
  'congo', 'kongo', 'english', 'arab',
  // Indonesian words that would be misread as places or people.
  'sisi', 'antara', 'lima', 'krim', 'rok', 'ria', 'paus', 'duda', 'chili', 'baku', 'sana', 'male', 'rt', 'cctv', 'icc',
  // Surnames shared by several people in the news.
  'sharif', 'duterte', 'khan', 'harris', 'johnson', 'austin', 'medvedev', 'sinwar', 'abe', 'suga', 'tusk', 'albanese',
  'pistorius', 'herzog', 'gallant', 'truss', 'fidan', 'petro', 'bondi',
]);

// Surfaces that mean something else in the other language (or are too common to carry a meaning).
const FORBIDDEN_WORDS = {
  id: new Set(['air', 'main', 'jam', 'daring', 'solar', 'basket', 'motor', 'mayor', 'rob', 'ban', 'man', 'can', 'sisi', 'lima']),
  en: new Set(['man', 'can', 'will', 'may', 'fine', 'mine', 'fly', 'left', 'rose', 'general', 'generals', 'lead', 'post', 'posted', 'bill', 'back', 'backed', 'right', 'rights', 'base', 'based', 'body', 'remains', 'strike', 'strikes', 'important', 'emergency', 'majority', 'department']),
};

const aliasKey = (alias: string): string => tokenize(alias).join(' ');

describe('config/lexicon/entities.json', () => {
  it('gives every entity an id, a known type, a label, a country code or null, and aliases', () => {
    const bad = entities.filter(
      (e) =>
        typeof e.id !== 'string' ||
        e.id.length === 0 ||
        !TYPES.has(e.type) ||
        typeof e.label !== 'string' ||
        e.label.length === 0 ||
        !(e.country === null || /^[a-z]{2}$/.test(e.country)) ||
        !Array.isArray(e.aliases) ||
        e.aliases.length === 0,
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('keeps aliases lowercase, trimmed and made of at least one token', () => {
    const bad: string[] = [];
    for (const e of entities) {
      for (const alias of e.aliases) {
        if (alias.length === 0 || alias !== alias.trim() || alias !== alias.toLowerCase() || aliasKey(alias) === '') bad.push(`${e.id}: "${alias}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has unique entity ids, and a country is keyed by its own ISO code', () => {
    const ids = entities.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const badCountries = entities.filter((e) => e.type === 'country' && (e.country !== e.id || !/^[a-z]{2}$/.test(e.id)));
    expect(badCountries.map((e) => e.id)).toEqual([]);
  });

  it('gives no alias to two entities (as the matcher sees it: tokenized)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entities) {
      for (const alias of e.aliases) {
        const key = aliasKey(alias);
        const other = owner.get(key);
        if (other !== undefined && other !== e.id) clashes.push(`"${key}": ${other} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no ambiguous word as an alias on its own', () => {
    const bad: string[] = [];
    for (const e of entities) {
      for (const alias of e.aliases) {
        if (FORBIDDEN_ALIASES.has(aliasKey(alias))) bad.push(`${e.id}: "${alias}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('covers at least 80 countries and 120 persons', () => {
    expect(entities.filter((e) => e.type === 'country').length).toBeGreaterThanOrEqual(80);
    expect(entities.filter((e) => e.type === 'person').length).toBeGreaterThanOrEqual(120);
    for (const e of entities.filter((x) => x.type === 'person' && x.country !== null)) {
      expect(entities.some((c) => c.type === 'country' && c.id === e.country), `${e.id} points at a country not in the file`).toBe(true);
    }
  });
});

describe('config/lexicon/words-id-en.json', () => {
  it('has at least 500 groups, each with an Indonesian and an English word', () => {
    expect(groups.length).toBeGreaterThanOrEqual(500);
    const bad = groups.filter((g) => !Array.isArray(g.id) || !Array.isArray(g.en) || g.id.length === 0 || g.en.length === 0);
    expect(bad).toEqual([]);
  });

  it('keeps words lowercase, trimmed and made of at least one token', () => {
    const bad: string[] = [];
    for (const g of groups) {
      for (const word of [...g.id, ...g.en]) {
        if (word.length === 0 || word !== word.trim() || word !== word.toLowerCase() || tokenize(word).length === 0) bad.push(word);
      }
    }
    expect(bad).toEqual([]);
  });

  it('puts no surface word in two groups of the same language', () => {
    for (const lang of ['id', 'en'] as const) {
      const owner = new Map<string, number>();
      const clashes: string[] = [];
      groups.forEach((g, i) => {
        for (const word of g[lang]) {
          const other = owner.get(word);
          if (other !== undefined && other !== i) clashes.push(`${lang} "${word}": groups ${other} and ${i}`);
          owner.set(word, i);
        }
      });
      expect(clashes).toEqual([]);
    }
  });

  it('puts no word stem in two groups of the same language (the compiler keeps only the first)', () => {
    for (const lang of ['id', 'en'] as const) {
      const owner = new Map<string, number>();
      const clashes: string[] = [];
      groups.forEach((g, i) => {
        for (const word of g[lang]) {
          const tokens = tokenize(word);
          if (tokens.length !== 1) continue;
          const stem = stemWord(tokens[0]!, lang);
          const other = owner.get(stem);
          if (other !== undefined && other !== i) clashes.push(`${lang} "${word}" -> "${stem}": groups ${other} (${groups[other]?.id[0]}) and ${i} (${g.id[0]})`);
          owner.set(stem, i);
        }
      });
      expect(clashes).toEqual([]);
    }
  });

  it('avoids false friends and words an entity alias already claims', () => {
    const aliases = new Set(entities.flatMap((e) => e.aliases.map(aliasKey)));
    const bad: string[] = [];
    for (const g of groups) {
      for (const lang of ['id', 'en'] as const) {
        for (const word of g[lang]) {
          if (FORBIDDEN_WORDS[lang].has(word)) bad.push(`${lang} "${word}" is ambiguous`);
          if (aliases.has(tokenize(word).join(' '))) bad.push(`${lang} "${word}" is an entity alias`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
