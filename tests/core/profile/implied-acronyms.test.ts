import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { makeBackground, type BackgroundData } from '../../../src/core/profile/background.ts';
import { cleanSeedText } from '../../../src/core/profile/clean-seed.ts';
import { addImpliedAcronyms } from '../../../src/core/profile/implied-acronyms.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';
import { seedEvidence } from '../../../src/core/profile/seed-evidence.ts';

const lexicon = loadLexicon();
// Ordinary news knows "kzmq" and "bzmq" (each in 40 of 100,000 headlines).
const table: BackgroundData = { version: 1, lexiconHash: 'test', sources: ['test'], idDocs: 100_000, idDf: { kzmq: 40, bzmq: 40 }, enDocs: 10, enDf: {}, countryDocs: {}, countryPairs: {} };
const seeds = [
  cleanSeedText('Program Koperasi Zorvak Merah Quillet dimulai\nPemerintah meluncurkan Koperasi Zorvak Merah Quillet di desa. Warga menyambut koperasi itu.'),
  cleanSeedText('Koperasi Zorvak Merah Quillet dapat dana\nDana untuk Koperasi Zorvak Merah Quillet cair pekan ini. Badan Zorvak Merah Quillet ikut mengawasi.'),
];
const namesFacet = (): FacetConcept => ({ name: 'names', kind: 'names', countries: [], keys: ['koperasi', 'zorvak', 'merah quillet'], labels: ['koperasi', 'zorvak', 'merah quillet'] });

describe('acronyms ordinary news makes of the seeds\' names', () => {
  it('joins the initials of the names facet\'s own name, enough alone when rare', () => {
    const facet = namesFacet();
    const evidence = seedEvidence(seeds, lexicon);
    const found = addImpliedAcronyms([facet], seeds, evidence, lexicon, makeBackground(table), 3.5e-3, 4);
    expect(found.map((a) => a.acronym)).toEqual(['kzmq']);
    expect(facet.keys).toContain('kzmq');
    expect(facet.alone).toEqual(['kzmq']);
  });

  it('leaves out initials that ordinary news does not use, that need a word the names lack, or that are too short', () => {
    const evidence = seedEvidence(seeds, lexicon);
    // "Badan Zorvak Merah Quillet" spells "bzmq", which ordinary news uses, but "badan" is no word of the names.
    const facet = namesFacet();
    addImpliedAcronyms([facet], seeds, evidence, lexicon, makeBackground(table), 3.5e-3, 4);
    expect(facet.keys).not.toContain('bzmq');
    // Five letters asked: "kzmq" has four.
    const strict = namesFacet();
    expect(addImpliedAcronyms([strict], seeds, evidence, lexicon, makeBackground(table), 3.5e-3, 5)).toEqual([]);
    expect(strict.keys).toEqual(namesFacet().keys);
    // Commoner than a name enough alone may be: a name of the facet, not enough alone.
    const common = namesFacet();
    addImpliedAcronyms([common], seeds, evidence, lexicon, makeBackground(table), 1e-4, 4);
    expect(common.keys).toContain('kzmq');
    expect(common.alone).toBeUndefined();
    // Under the table's floor of three headlines: ordinary news does not use it.
    const rare = namesFacet();
    expect(addImpliedAcronyms([rare], seeds, evidence, lexicon, makeBackground({ ...table, idDf: { kzmq: 2 } }), 3.5e-3, 4)).toEqual([]);
  });
});
