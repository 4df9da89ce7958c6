// Why an item joined a story, or why its closest candidate was not its story: the reasons the
// story index writes into each assignment (and `explain --item` prints).
import type { Lexicon } from '../text/lexicon.ts';
import type { ItemFeatures } from './item-features.ts';
import { undated, type AssignmentKind, type StoryState } from './story.ts';
import { describeEntities } from './story-match.ts';
import { FEATURE_NAMES } from './story-model.ts';
import type { SubjectLook } from './subject-check.ts';

export interface Rejection {
  state: StoryState;
  /** -1 when a cheaper check decided before the cosine was computed. */
  cosine: number;
  failed: 'window' | 'names' | 'cosine' | 'model' | 'common';
  /** The model's score and features (failed 'model'). */
  score?: number;
  x?: readonly number[];
  cross: boolean;
  shared: number;
  /** failed 'names': the lead names needed; 'common': the most other window stories a shared key may be in. */
  need: number;
  cut: number;
  /** failed 'model' under the cuts: the cuts accepted the join (this cosine met this cut) and the model's veto refused it. */
  vetoed?: { cosine: number; cut: number };
  /** The second look at the closest story (subject-check.ts), when it was taken and failed. */
  subject?: SubjectLook & { cut: number; noveltyMax: number };
}

export interface Verdict {
  state: StoryState;
  kind: Exclude<AssignmentKind, 'new'>;
  similarity: number;
  /** Near-duplicate: the SimHash distance; same story: the cut met, and whether across languages. */
  distance: number;
  cut: number;
  cross: boolean;
  /** Lead names shared with the story. */
  shared: number;
  /** Same language: the model's features. */
  x?: readonly number[];
  /** Joined on the second look (subject-check.ts). */
  subject?: SubjectLook;
  /** Joined at the cut lowered for rare words shared with a headline member (rare-title.ts): those words' keys. */
  rareWords?: readonly string[];
  /** Joined at the cut lowered as the headline's vector expanded by its words' associates met the story (soft-title.ts): that soft cosine. */
  softCosine?: number;
  /** The cuts' first choice, which the model's veto refused (model-veto.ts) before this join. */
  refused?: Rejection;
  /** Met only at the cut lowered for a report of what was said or an explainer (about-piece.ts, aboutPieceCutFactor). */
  aboutOnly?: boolean;
  /** Across languages: the words rare in both languages' news, and the countries both name, that counted as shared names (cross-anchors.ts). */
  anchors?: readonly string[];
}

/**
 * Which of two verdicts wins: near-duplicates first (closest), then (decision 'model', whose
 * same-language similarity is a score, not a cosine) same-language verdicts, then the highest
 * similarity, then the older story.
 */
export function better(a: Verdict, b: Verdict, scored: boolean): boolean {
  if (a.kind !== b.kind) return a.kind === 'near-duplicate';
  if (scored && a.cross !== b.cross) return !a.cross;
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  return a.state.seq < b.state.seq;
}

/** Why the item joined the chosen story (before it joins: the story's size is the one judged). */
export function describeVerdict(verdict: Verdict, features: ItemFeatures, lexicon: Lexicon, maxDistance: number): string {
  const why = describeJoin(verdict, features, lexicon, maxDistance);
  // A model's refusal is never of the window (explainRejection's windowHours is not read).
  return verdict.refused === undefined ? why : `${why}; first asked, ${label(verdict.refused.state)}: ${explainRejection(verdict.refused, features, 0)}`;
}

function describeJoin(verdict: Verdict, features: ItemFeatures, lexicon: Lexicon, maxDistance: number): string {
  const { state } = verdict;
  if (verdict.kind === 'near-duplicate') return `near-duplicate of ${label(state)}: SimHash distance ${verdict.distance} <= ${maxDistance}`;
  const shared = features.lead.filter((key) => state.names.includes(key));
  // Anchors are words rare in both languages' news, or countries (entity keys) both name (cross-anchors.ts).
  const words = verdict.anchors?.filter((key) => !key.startsWith('@')) ?? [];
  const countries = verdict.anchors?.filter((key) => key.startsWith('@')) ?? [];
  const anchorParts = [...(words.length === 0 ? [] : [`words rare in both languages' news: ${words.join(', ')}`]), ...(countries.length === 0 ? [] : [`countries both name: ${describeEntities(countries, lexicon)}`])];
  const anchors = anchorParts.length === 0 ? '' : `${shared.length === 0 ? ', ' : ' and '}${anchorParts.join('; ')}`;
  const names = (shared.length === 0 ? 'no lead names in common' : `shares ${describeEntities(shared, lexicon)}`) + anchors;
  // Without a date on either side the cut is raised (undatedCutFactor): the reason says so.
  const members = (state.members.length === 1 ? 'a one-item story' : `a story of ${state.members.length}`) + (undated(features, state) ? ', no date to vouch for it' : '');
  if (verdict.subject !== undefined) return `same story as ${label(state)}: same-language cosine by the background idf ${verdict.similarity.toFixed(2)} >= ${verdict.cut.toFixed(2)} (the second look, for ${members}), ${Math.round(100 * verdict.subject.novelty)}% of its heaviest words new to the story, ${names}`;
  // The fitted model (decision 'model') scores features; the cuts compare a cosine.
  if (!verdict.cross && verdict.x !== undefined) return `same story as ${label(state)} (${members}): score ${verdict.similarity.toFixed(2)} >= ${verdict.cut.toFixed(2)} from ${describeFeatures(verdict.x)}, ${names}`;
  const rare = verdict.rareWords === undefined ? '' : ` lowered as it shares ${verdict.rareWords.length === 2 ? 'two' : verdict.rareWords.length} rare words: ${describeEntities(verdict.rareWords, lexicon)}`;
  const soft = verdict.softCosine === undefined ? '' : `${rare === '' ? ' lowered' : ', and'} as its words with their associates in ordinary news meet the story at ${verdict.softCosine.toFixed(2)}`;
  const about = verdict.aboutOnly === true ? `${rare === '' && soft === '' ? ' lowered' : ', and'} as its title reports what was said or explains, and no other story meets that cut` : '';
  return `same story as ${label(state)}: ${verdict.cross ? 'cross-language' : 'same-language'} cosine ${verdict.similarity.toFixed(2)} >= ${verdict.cut.toFixed(2)} (the cut for ${members}${rare}${soft}${about}), ${names}`;
}

/** Why the closest candidate was not the item's story (formatted only for the one reported). */
export function explainRejection(rejection: Rejection, features: ItemFeatures, windowHours: number): string {
  if (rejection.shared < 0) rejection.shared = sharedNames(features, rejection.state);
  switch (rejection.failed) {
    case 'window':
      return `event dates more than ${windowHours} h apart`;
    case 'model':
      if (rejection.vetoed !== undefined) return `the cuts accepted it (same-language cosine ${rejection.vetoed.cosine.toFixed(2)} >= ${rejection.vetoed.cut.toFixed(2)}) but the fitted model refused the join: score ${rejection.score!.toFixed(2)} < ${rejection.cut.toFixed(2)} from ${describeFeatures(rejection.x ?? [])}, ${rejection.shared} lead name(s) in common`;
      return `score ${rejection.score!.toFixed(2)} < ${rejection.cut.toFixed(2)} from ${describeFeatures(rejection.x ?? [])}, ${rejection.shared} lead name(s) in common`;
    case 'names':
      return `cross-language cosine ${rejection.cosine.toFixed(2)} >= ${rejection.cut.toFixed(2)} but ${rejection.shared} lead name(s) in common, ${rejection.need} needed`;
    case 'common':
      return `cosine ${rejection.cosine.toFixed(2)} >= ${rejection.cut.toFixed(2)} but every word it shares with the story is in more than ${rejection.need} other stories of the window`;
    case 'cosine':
      return `${rejection.cross ? 'cross-language ' : ''}cosine ${rejection.cosine.toFixed(2)} < ${rejection.cut.toFixed(2)}, ${rejection.shared} lead name(s) in common${rejection.subject === undefined ? '' : `; second look: ${describeLook(rejection.subject)}`}`;
  }
}

/** "60% of its heaviest words are new to the story (at most 40%)", or "background-idf cosine 0.31 < 0.36". */
function describeLook(look: SubjectLook & { cut: number; noveltyMax: number }): string {
  if (Number.isNaN(look.cosine)) return `${Math.round(100 * look.novelty)}% of its heaviest words are new to the story (at most ${Math.round(100 * look.noveltyMax)}%)`;
  return `background-idf cosine ${look.cosine.toFixed(2)} < ${look.cut.toFixed(2)}`;
}

/** Why the item started a story: no candidate, or the closest one and why it was not the item's story. */
export function newStoryReason(candidates: number, closest: Rejection | undefined, features: ItemFeatures, windowHours: number): string {
  if (candidates === 0) return 'new story: no story in the window shares a heavy word, a pair of lead names or a fingerprint band';
  return `new story: ${candidates} candidate(s) scored, none the same story (closest: ${closest === undefined ? '' : `${label(closest.state)}: ${explainRejection(closest, features, windowHours)}`})`;
}

/** A story as a reason names it: its first title, else its first item's id. */
export function label(state: StoryState): string {
  const first = state.members[0];
  return first === undefined ? state.id : first.title === '' ? `item ${first.id}` : `"${first.title}"`;
}

/** "titleCosine 0.52, textCosine 0.31, ...": the features behind a score. */
function describeFeatures(x: readonly number[]): string {
  return x.map((value, i) => `${FEATURE_NAMES[i]} ${value.toFixed(2)}`).join(', ');
}


/** Lead names of the item the story's members named. */
export function sharedNames(features: ItemFeatures, state: StoryState): number {
  let count = 0;
  for (const key of features.lead) if (state.names.includes(key)) count += 1;
  return count;
}
