// Measures the SimHash cut (NEAR_DUPLICATE_MAX_DISTANCE) on variants built from real text and
// on unrelated pairs of the same texts; the figures in fingerprint.ts come from here.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { fingerprintText, hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE, type Fingerprint } from '../../../src/core/dedup/fingerprint.ts';
import { hasSharedEval, sayWhySkipped } from '../../helpers/shared-data.ts';
import { devTexts, seedTexts, textOf, variantOf, VARIANT_KINDS, type BaseText, type VariantKind } from './near-duplicate-variants.ts';

const lexicon = loadLexicon();
const fingerprint = (text: BaseText): Fingerprint => {
  const fp = fingerprintText(textOf(text), lexicon, text.lang);
  if (fp === undefined) throw new Error(`${text.id}: too short to fingerprint`);
  return fp;
};

function measure(bases: BaseText[]) {
  const byKind = new Map<VariantKind, number[]>();
  for (const base of bases) {
    const original = fingerprint(base);
    for (const kind of VARIANT_KINDS) {
      const list = byKind.get(kind) ?? [];
      list.push(hammingDistance(original, fingerprint(variantOf(base, kind))));
      byKind.set(kind, list);
    }
  }
  const fps = bases.map(fingerprint);
  const unrelated: number[] = [];
  for (let i = 0; i < fps.length; i += 1) for (let j = i + 1; j < fps.length; j += 1) unrelated.push(hammingDistance(fps[i]!, fps[j]!));
  const caught = (distances: number[]) => distances.filter((d) => d <= NEAR_DUPLICATE_MAX_DISTANCE).length / distances.length;
  const variants = [...byKind.values()].flat();
  return { byKind, variants, unrelated, caught };
}

describe('near-duplicate cut on the seed leads', () => {
  const { byKind, unrelated } = measure(seedTexts());

  it.each(['date inserted', 'clause reworded', 'footer added', 'word dropped'] as const)('%s: every seed lead is caught', (kind) => {
    for (const distance of byKind.get(kind)!) expect(distance).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_DISTANCE);
  });

  it('no two different seeds are near-duplicates, although all five report one topic', () => {
    expect(Math.min(...unrelated)).toBeGreaterThan(NEAR_DUPLICATE_MAX_DISTANCE);
  });
});

describe.skipIf(!hasSharedEval)('near-duplicate cut on dev.jsonl items (../shared)', () => {
  sayWhySkipped('near-duplicate cut on dev.jsonl');
  const bases = [...seedTexts(), ...devTexts()];
  const { byKind, variants, unrelated, caught } = hasSharedEval ? measure(bases) : { byKind: new Map(), variants: [], unrelated: [], caught: () => 0 };

  it('catches most variants of short real items and no unrelated pair', () => {
    expect(bases.length).toBeGreaterThanOrEqual(130);
    expect(caught(variants)).toBeGreaterThanOrEqual(0.83);
    expect(unrelated.length).toBeGreaterThan(8_000);
    expect(Math.min(...unrelated)).toBeGreaterThan(NEAR_DUPLICATE_MAX_DISTANCE);
  });

  it.each([
    ['date inserted', 0.95],
    ['clause reworded', 0.8],
    ['footer added', 0.85],
    ['word dropped', 0.95],
  ] as const)('%s: at least %s caught', (kind, rate) => {
    expect(caught(byKind.get(kind)!)).toBeGreaterThanOrEqual(rate);
  });

  it('the web-page cut (3 bits of 64) would miss most of them', () => {
    expect(variants.filter((d: number) => d <= 3).length / variants.length).toBeLessThan(0.15);
  });
});
