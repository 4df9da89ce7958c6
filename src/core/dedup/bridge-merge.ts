// The bridge merge (StoryIndexOptions.bridgeMergeFactor): single pass never joins two stories
// once both are open, so a big event that started as two pieces stays two (the Riau governor's
// arrest: a 27- and a 13-item piece, items above the cut of both). An item that joins its story S1
// and also meets another same-language candidate S2 well above S2's own cut is a bridge between
// them: S2 is merged into S1. Only candidates the index already scored for the item are read (no
// lookup of its own), and a merge is judged on S2's verdict for the item, its cut being the one the
// join would have met (size, shared names, the rare-word join's and soft match's lowering), not on
// centroid against centroid after every gain (README "Merging open stories later": that never saw
// the stories of one that do the splitting).
import type { Lang } from '../model.ts';
import type { CandidateIndex } from './candidate-index.ts';
import { addVectors, cosine } from './sparse-vector.ts';
import type { StoryFrequencies } from './story-frequencies.ts';
import type { Assignment } from './story-index.ts';
import { storyIndexKeys } from './story-match.ts';
import { better, label, type Verdict } from './story-reasons.ts';
import { MAX_CENTROID_KEYS, type MemberState, type StoryState } from './story.ts';
import { parseIsoMs } from './item-time.ts';

export interface BridgeMergeOptions {
  /**
   * A second same-language story the item would join at cosine >= this x its cut is merged into
   * the story the item joins; 0: off. At least 1: only a story that accepts the item can bridge.
   */
  bridgeMergeFactor: number;
  /**
   * The second gate: the two centroids' cosine must reach this x the cut a story of both sizes
   * would have (the second story's cut, its size term at the two stories' members); 0: no gate.
   */
  bridgeMergeCentroid: number;
}

type Options = BridgeMergeOptions & { sizeExponent: number };

/** What a merge updates besides the two stories: StoryIndex's window (its own maps and tables). */
export interface StoryWindow {
  states: Map<string, StoryState>;
  index: CandidateIndex<StoryState>;
  frequencies: StoryFrequencies;
  memberStory: Map<string, StoryState>;
}

/** The bridge merge of one index: the joins the cuts accepted for the item being assigned, and which of them bridge. */
export class BridgeMerge {
  /** The joins the cuts accepted for the item being assigned (the index fills it; take empties it). */
  readonly accepted: Verdict[] = [];

  private constructor(private readonly options: Options) {}

  /**
   * The bridge merge for an index with these options; undefined when off (factor 0, or decision
   * 'model', whose joins are no cosine against a cut). A factor between 0 and 1 throws: a story
   * that does not accept the item cannot bridge.
   */
  static of(options: Options, modelled: boolean): BridgeMerge | undefined {
    if (!(options.bridgeMergeFactor === 0 || options.bridgeMergeFactor >= 1) || !(options.bridgeMergeCentroid >= 0)) {
      throw new RangeError(`story-index: bridgeMergeFactor is 0 (off) or at least 1, bridgeMergeCentroid at least 0 (not ${options.bridgeMergeFactor}, ${options.bridgeMergeCentroid})`);
    }
    return modelled || options.bridgeMergeFactor === 0 ? undefined : new BridgeMerge(options);
  }

  /** The stories `joined` bridges (bridgedStories; none without a join), judged before the item joins; empties `accepted`. */
  take(joined: Verdict | undefined, lang: Lang): StoryState[] {
    const bridged = joined === undefined ? [] : bridgedStories(joined, this.accepted, lang, this.options);
    this.accepted.length = 0;
    return bridged;
  }
}

/**
 * Merges the stories the item bridged (`others`, from BridgeMerge.take) into the story it joined:
 * that story keeps its id and seq (the one the assignment names, not necessarily the older); each
 * merged story leaves the window's stories, frequencies and index, its members now the joined
 * story's. The assignment then names the merged ones; without any, it is returned as it was.
 */
export function mergeBridged(joined: Assignment, target: StoryState, others: readonly StoryState[] | undefined, window: StoryWindow): Assignment {
  if (others === undefined || others.length === 0) return joined;
  for (const other of others) {
    window.frequencies.removeStory(other);
    window.frequencies.removeStory(target);
    window.index.remove(other);
    window.states.delete(other.id);
    mergeStoryState(target, other);
    window.frequencies.addStory(target);
    for (const member of other.members) window.memberStory.set(member.id, target);
  }
  window.index.put(target, storyIndexKeys(target));
  return { ...joined, merged: others.map((other) => other.id), reason: `${joined.reason}; bridged ${others.map(label).join(', ')} into this story` };
}

/**
 * The stories to merge into `joined`'s story (none when the item joined it across languages): among
 * the joins the cuts accepted for the item
 * (`accepted`), the same-language ones ranked below the join made (those ranked above it were the
 * model's veto's refusals, which no bridge overrules) whose cosine reaches bridgeMergeFactor x their
 * cut and, with the second gate, whose centroid meets the joined story's (before the item joins it).
 * In the order `better` ranks them.
 */
export function bridgedStories(joined: Verdict, accepted: readonly Verdict[], lang: Lang, o: Options): StoryState[] {
  // A join across languages rests on two names and a low cut: it shows the item belongs there, not
  // that the story is one with the same-language stories the item also meets.
  if (joined.cross) return [];
  const target = joined.state;
  const bridged = accepted
    .filter((v) => v.state !== target && v.kind === 'same-story' && !v.cross && better(joined, v, false) && v.similarity >= o.bridgeMergeFactor * v.cut)
    .filter((v) => o.bridgeMergeCentroid === 0 || centroidsMeet(target, v, lang, o))
    .sort((a, b) => (better(a, b, false) ? -1 : better(b, a, false) ? 1 : 0));
  return bridged.map((v) => v.state);
}

function centroidsMeet(target: StoryState, v: Verdict, lang: Lang, o: Options): boolean {
  const a = target.centroids[lang];
  const b = v.state.centroids[lang];
  if (a === undefined || b === undefined) return false;
  const own = v.state.members.length;
  // The second story's cut with its size term at both stories' members: cut x ((n1 + n2) / n2)^-e.
  const bothCut = v.cut * Math.pow((target.members.length + own) / own, -o.sizeExponent);
  return cosine(a, b) >= o.bridgeMergeCentroid * bothCut;
}

/**
 * Moves `other`'s members, names, time span and centroids into `target` (the index's postings,
 * window frequencies and member map are StoryIndex's to update). Members are merged in published
 * order (undated ones keep their place after the dated one before them), so a story's latest
 * members stay its latest (storyIndexKeys posts their fingerprint bands).
 */
export function mergeStoryState(target: StoryState, other: StoryState): void {
  target.members = mergedMembers(target.members, other.members);
  target.createdAtMs = Math.min(target.createdAtMs, other.createdAtMs);
  target.lastAtMs = Math.max(target.lastAtMs, other.lastAtMs);
  if (other.eventFromMs !== undefined) target.eventFromMs = Math.min(target.eventFromMs ?? other.eventFromMs, other.eventFromMs);
  if (other.eventToMs !== undefined) target.eventToMs = Math.max(target.eventToMs ?? other.eventToMs, other.eventToMs);
  other.names.forEach((key, i) => {
    const at = target.names.indexOf(key);
    if (at >= 0) target.nameCounts[at]! += other.nameCounts[i]!;
    else {
      target.names.push(key);
      target.nameCounts.push(other.nameCounts[i]!);
    }
  });
  for (const lang of ['id', 'en'] as const) {
    const centroid = other.centroids[lang];
    if (centroid !== undefined) target.centroids[lang] = addVectors(target.centroids[lang], centroid, MAX_CENTROID_KEYS);
    const titles = other.titleCentroids[lang];
    if (titles !== undefined) target.titleCentroids[lang] = addVectors(target.titleCentroids[lang], titles, MAX_CENTROID_KEYS);
  }
}

function mergedMembers(a: readonly MemberState[], b: readonly MemberState[]): MemberState[] {
  const out: MemberState[] = [];
  let i = 0;
  let j = 0;
  // The last dated time seen on each side: an undated member sorts with it.
  let atA = -Infinity;
  let atB = -Infinity;
  while (i < a.length || j < b.length) {
    const ta = i < a.length ? (parseIsoMs(a[i]!.published) ?? atA) : Infinity;
    const tb = j < b.length ? (parseIsoMs(b[j]!.published) ?? atB) : Infinity;
    if (ta <= tb) {
      out.push(a[i]!);
      atA = ta;
      i += 1;
    } else {
      out.push(b[j]!);
      atB = tb;
      j += 1;
    }
  }
  return out;
}
