// The few-seed rules of the names facet (learn-concepts.ts), on made-up seeds: with two or three
// seeds, what one seed happens to say must not become what every item has to show.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { cleanSeedText } from '../../../src/core/profile/clean-seed.ts';
import { FACET_CUTS, learnFacets, type FacetConcept } from '../../../src/core/profile/learn-concepts.ts';
import { weighTerms } from '../../../src/core/profile/learn-profile.ts';
import { seedEvidence } from '../../../src/core/profile/seed-evidence.ts';

const lexicon = loadLexicon();
const background = loadBackground();

function namesFacet(texts: readonly string[], cuts: Partial<typeof FACET_CUTS> = {}): FacetConcept | undefined {
  const evidence = seedEvidence(texts.map((t) => cleanSeedText(t)), lexicon);
  const terms = weighTerms(evidence, background);
  return learnFacets(evidence, lexicon, background, terms, undefined, { ...FACET_CUTS, ...cuts }).find((c) => (c as FacetConcept).kind === 'names') as FacetConcept | undefined;
}

// Three seeds on one made-up topic: each of the first two heads with a name of its own ("Zorvak",
// "Quillon") that the other mentions once in passing; the third names neither prominently.
const patchwork = [
  'Warga Zorvak antre gas sejak pagi\nWarga kota Zorvak antre gas di pangkalan sejak pagi. Antrean di kota Zorvak makin panjang. Petugas kota Zorvak menambah pasokan gas. Seorang warga menyebut harga tabung Quillon ikut naik.',
  'Tabung Quillon makin langka\nPasokan tabung Quillon di pangkalan menipis. Pembeli tabung Quillon harus antre gas. Pedagang dari kota Zorvak ikut mengeluh. Harga tabung Quillon naik lagi.',
  'Antrean gas mengular di pangkalan\nAntrean gas mengular di banyak pangkalan. Warga mengeluh pasokan gas menipis. Pemerintah berjanji menambah pasokan gas pekan depan.',
];

describe('the names facet learned from a few seeds', () => {
  it('is not assembled from names each prominent in one seed only', () => {
    expect(namesFacet(patchwork)?.keys).toBeUndefined();
    // Without the rule the two seeds' particulars cover the seeds between them and become the facet.
    expect(namesFacet(patchwork, { namesAnchorProminentSeeds: 1 })?.keys).toBeDefined();
  });

  it('stands when one name is prominent in two seeds', () => {
    const shared = [patchwork[0]!, patchwork[1]!.replace('Pedagang dari kota Zorvak ikut mengeluh.', 'Pedagang kota Zorvak ikut mengeluh. Pembeli di kota Zorvak juga antre.'), patchwork[2]!];
    expect(namesFacet(shared)?.keys).toContain('zorvak');
  });
});
