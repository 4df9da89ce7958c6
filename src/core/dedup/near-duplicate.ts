// A copy of a member (SimHash within nearDuplicateMaxDistance bits): the story index's first
// check on a candidate, under either decision.
import type { ItemFeatures } from './item-features.ts';
import { hammingDistance } from './fingerprint.ts';
import type { Verdict } from './story-reasons.ts';
import type { StoryState } from './story.ts';

/**
 * The near-duplicate verdict when the item copies a member of the story: its fingerprint within
 * `maxDistance` bits of the nearest member's. A copy also shares most of its weighted words
 * (SimHash only estimates that: the caller asks for `cosine` >= nearDuplicateMinCosine first) and
 * names the people its original names (`shared` lead names, at least one where both have any):
 * two items sharing one stock paragraph are not copies.
 */
export function nearDuplicateOf(features: ItemFeatures, state: StoryState, shared: number, maxDistance: number): Verdict | undefined {
  if (features.fingerprint === undefined || shared < Math.min(1, features.lead.length, state.names.length)) return undefined;
  let nearest = 65;
  for (const member of state.members) if (member.fingerprint !== undefined) nearest = Math.min(nearest, hammingDistance(features.fingerprint, member.fingerprint));
  return nearest <= maxDistance ? { state, kind: 'near-duplicate', similarity: 1 - nearest / 64, distance: nearest, cut: 0, cross: false, shared } : undefined;
}
