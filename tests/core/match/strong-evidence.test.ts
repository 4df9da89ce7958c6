// The strong-evidence waiver (match-item.ts STRONG_EVIDENCE, off as shipped) as
// scripts/strong-evidence-curve.ts sweeps it through prepareProfile's options: the curve is only
// as good as these decisions.
import { describe, expect, it } from 'vitest';
import { zetalandProfile } from '../../helpers/facet-profile.ts';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { matchKeys, prepareProfile } from '../../../src/core/match/match-item.ts';
import type { TopicProfile } from '../../../src/core/model.ts';

const lexicon = loadLexicon();
// Names facet "zetaland" (3), theme facet "banjir" (2) / "longsor" (4), and "hujan" (6) outside both; threshold 1, unit 3.
const base = zetalandProfile('longsor');
const profile: TopicProfile = { ...base, terms: [...base.terms, { key: 'hujan', label: 'hujan', kind: 'word', weight: 6, seeds: 2 }] };
// (2 + 4 + 6) / 3 = 4 thresholds, no name.
const themeOnly = ['banjir', 'longsor', 'hujan'];
// (3 + 6) / 3 = 3 thresholds, no theme word.
const namesOnly = ['zetaland', 'hujan'];
const decide = (keys: string[], options?: Parameters<typeof prepareProfile>[2]) => matchKeys(keys, 'id', prepareProfile(profile, lexicon, options));

describe('the strong-evidence waiver', () => {
  it('is off as shipped: one facet missing is a miss however strong the rest', () => {
    expect(decide(themeOnly).reason).toMatch(/missing concept: names: Zetaland/);
    expect(decide(namesOnly).reason).toMatch(/missing concept: theme: banjir/);
  });

  it('at a factor waives one missing facet of either kind when the score reaches factor x threshold', () => {
    expect(decide(themeOnly, { strongEvidence: 3 }).decision).toBe(true);
    expect(decide(namesOnly, { strongEvidence: 3 }).reason).toMatch(/one facet missing \(theme: banjir\) but very strong evidence: score 3 >= 3 x 1/);
    expect(decide(namesOnly, { strongEvidence: 3.5 }).decision).toBe(false);
    expect(decide(['hujan'], { strongEvidence: 1 }).decision).toBe(false);
  });

  it('waives only the kind of facet asked for', () => {
    expect(decide(themeOnly, { strongEvidence: 3, waive: 'names' }).decision).toBe(true);
    expect(decide(namesOnly, { strongEvidence: 3, waive: 'names' }).decision).toBe(false);
    expect(decide(themeOnly, { strongEvidence: 3, waive: 'theme' }).decision).toBe(false);
    expect(decide(namesOnly, { strongEvidence: 3, waive: 'theme' }).decision).toBe(true);
  });
});
