// The plainest-headline cap on a profile's threshold (learn-profile.ts typicalHeadlineScore), on
// made-up profiles: which key of each facet the plainest on-topic headline holds.
import { describe, expect, it } from 'vitest';
import type { ProfileConcept, TopicProfile } from '../../../src/core/model.ts';
import { typicalHeadlineScore } from '../../../src/core/profile/learn-profile.ts';

const term = (key: string, weight: number) => ({ key, label: key, kind: 'word' as const, weight, seeds: 3 });
const concept = (name: string, keys: string[], countries: string[] = []): ProfileConcept => ({ name, keys, countries, labels: keys });
const profile = (concepts: ProfileConcept[]): TopicProfile => ({
  format: 'newshound-profile/1',
  name: 'made-up',
  seeds: [],
  terms: [term('levy', 8), term('announce', 2), term('flood', 6), term('river', 3), term('zorvak', 4)],
  concepts,
  excluded: [],
  threshold: 0,
  unit: 4,
});

describe('the plainest headline a profile must let through', () => {
  it('holds the weakest key of each facet when every facet is keyed', () => {
    expect(typicalHeadlineScore(profile([concept('theme', ['flood', 'river']), concept('names', ['zorvak'])]))).toBe((3 + 4) / 4);
  });

  it('with country sides, names the sides and holds each keyed facet\'s head key', () => {
    // The sides score nothing and are named in much of the news: "announce" beside a country is no levy news.
    const sided = profile([concept('Zorvakia', [], ['zv']), concept('theme', ['levy', 'announce'])]);
    expect(typicalHeadlineScore(sided)).toBe(8 / 4);
    expect(typicalHeadlineScore(sided, 'weakest')).toBe(2 / 4);
    expect(typicalHeadlineScore(sided, 'off')).toBe(Number.POSITIVE_INFINITY);
  });

  it('sets no cap for sides alone or a single keyed facet', () => {
    expect(typicalHeadlineScore(profile([concept('Zorvakia', [], ['zv']), concept('Quillonia', [], ['ql'])]))).toBe(Number.POSITIVE_INFINITY);
    expect(typicalHeadlineScore(profile([concept('theme', ['flood', 'river'])]))).toBe(Number.POSITIVE_INFINITY);
  });
});
