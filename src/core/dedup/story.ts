// A story: the items that report one news event, with what the index needs to compare a new
// item against it. `Story` is plain JSON (persisted between cycles); `StoryState` is its working
// form, rebuilt from it exactly, so a reloaded index decides as the original would. A window
// holds thousands of stories: the working form is arrays, not maps, and a one-item story shares
// its item's vector instead of copying it.
import { HOUR_MS } from './item-time.ts';
import type { Lang } from '../model.ts';
import { fingerprintFromHex, fingerprintToHex, type Fingerprint } from './fingerprint.ts';
import type { ItemFeatures } from './item-features.ts';
import { addVectors, vectorFromRecord, vectorToRecord, type SparseVector } from './sparse-vector.ts';

export type AssignmentKind = 'new' | 'near-duplicate' | 'same-story';

export interface StoryMember {
  id: string;
  title: string;
  source?: string;
  link?: string;
  published?: string;
  lang: Lang;
  /** SimHash, 16 hex digits; absent for a text too short to fingerprint. */
  fingerprint?: string;
  /** How it joined, and why. */
  kind: AssignmentKind;
  reason: string;
  /** Its title's key vector (the nearest-member similarity reads it). */
  titleVector?: Record<string, number>;
  /** A headline alone (no summary), kept for the rare-word join (rare-title.ts): its keys are rebuilt from its title. */
  headline?: true;
}

/**
 * A member in working form: its fingerprint as numbers, its title vector as a vector, and for a
 * headline alone (when the rare-word join is on) its keys' vector hashes (rare-title.ts).
 */
export type MemberState = Omit<StoryMember, 'fingerprint' | 'titleVector' | 'headline'> & { fingerprint?: Fingerprint; titleVector?: SparseVector; headlineHashes?: readonly number[] };

export interface Story {
  id: string;
  /** The `now` at which its first item arrived. */
  createdAt: string;
  /** The time of its latest item (published, else the `now` it arrived): the window counts from here. */
  lastAt: string;
  /** Earliest and latest event time of its dated members; null while none is dated. */
  eventFrom: string | null;
  eventTo: string | null;
  members: StoryMember[];
  /** Lead entities (persons, places, organisations) and how many members name them. */
  entities: Record<string, number>;
  /** Per language, the sum of its members' unit key vectors (its 96 heaviest keys, in hash order). */
  centroids: Partial<Record<Lang, Record<string, number>>>;
  /** Per language, the sum of its members' title vectors. */
  titleCentroids?: Partial<Record<Lang, Record<string, number>>>;
}

/** Keys a story's centroid keeps per language. */
export const MAX_CENTROID_KEYS = 96;

export interface StoryState {
  id: string;
  /** Creation order, for deterministic ties. */
  seq: number;
  /** Its place in the candidate index (-1 until indexed). */
  slot: number;
  createdAtMs: number;
  lastAtMs: number;
  eventFromMs: number | undefined;
  eventToMs: number | undefined;
  members: MemberState[];
  /** Lead entities and how many members name each (parallel arrays). */
  names: string[];
  nameCounts: number[];
  /**
   * Per language, the sum of its members' unit vectors (a one-item story shares its item's).
   * Both languages are always present (undefined when none): every story's object then has one
   * shape, so scoring a candidate reads its centroid at a fixed place, not through a lookup over
   * the shapes a story can take.
   */
  centroids: Record<Lang, SparseVector | undefined>;
  titleCentroids: Record<Lang, SparseVector | undefined>;
}

/** A story of one item, sharing the item's vector. */
export function newStoryState(id: string, seq: number, createdAtMs: number, features: ItemFeatures, itemTimeMs: number, member: MemberState): StoryState {
  const state: StoryState = {
    id,
    seq,
    slot: -1,
    createdAtMs,
    lastAtMs: itemTimeMs,
    eventFromMs: features.eventMs,
    eventToMs: features.eventMs,
    members: [member],
    names: [...features.lead],
    nameCounts: features.lead.map(() => 1),
    centroids: { id: undefined, en: undefined },
    titleCentroids: { id: undefined, en: undefined },
  };
  state.centroids[features.lang] = features.vector;
  if (features.titleVector.keys.length > 0) state.titleCentroids[features.lang] = features.titleVector;
  return state;
}

/** Adds a member's features to a story's time span, entities and centroid. */
export function addFeatures(state: StoryState, features: ItemFeatures, itemTimeMs: number): void {
  state.lastAtMs = Math.max(state.lastAtMs, itemTimeMs);
  if (features.eventMs !== undefined) {
    state.eventFromMs = Math.min(state.eventFromMs ?? features.eventMs, features.eventMs);
    state.eventToMs = Math.max(state.eventToMs ?? features.eventMs, features.eventMs);
  }
  for (const key of features.lead) {
    const at = state.names.indexOf(key);
    if (at >= 0) state.nameCounts[at]! += 1;
    else {
      state.names.push(key);
      state.nameCounts.push(1);
    }
  }
  state.centroids[features.lang] = addVectors(state.centroids[features.lang], features.vector, MAX_CENTROID_KEYS);
  if (features.titleVector.keys.length > 0) state.titleCentroids[features.lang] = addVectors(state.titleCentroids[features.lang], features.titleVector, MAX_CENTROID_KEYS);
}

const iso = (ms: number) => new Date(ms).toISOString();

export function toStory(state: StoryState): Story {
  const centroids: Story['centroids'] = {};
  const titleCentroids: NonNullable<Story['titleCentroids']> = {};
  for (const lang of ['id', 'en'] as const) {
    const centroid = state.centroids[lang];
    if (centroid !== undefined) centroids[lang] = vectorToRecord(centroid);
    const titles = state.titleCentroids[lang];
    if (titles !== undefined && titles.keys.length > 0) titleCentroids[lang] = vectorToRecord(titles);
  }
  // The model's parts only when it was used (a story of the cuts' decision reads as before).
  const modelled = Object.keys(titleCentroids).length > 0;
  return {
    id: state.id,
    createdAt: iso(state.createdAtMs),
    lastAt: iso(state.lastAtMs),
    eventFrom: state.eventFromMs === undefined ? null : iso(state.eventFromMs),
    eventTo: state.eventToMs === undefined ? null : iso(state.eventToMs),
    members: state.members.map(({ fingerprint, titleVector, headlineHashes, ...rest }) => ({
      ...rest,
      ...(fingerprint === undefined ? {} : { fingerprint: fingerprintToHex(fingerprint) }),
      ...(titleVector === undefined ? {} : { titleVector: vectorToRecord(titleVector) }),
      ...(headlineHashes === undefined ? {} : { headline: true as const }),
    })),
    entities: Object.fromEntries(state.names.map((key, i) => [key, state.nameCounts[i]!])),
    centroids,
    ...(modelled ? { titleCentroids } : {}),
  };
}

function msOf(value: string, field: string, id: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new TypeError(`story-index: story ${id}: bad ${field} ${JSON.stringify(value)}`);
  return ms;
}

/**
 * `headlineHashesOf` rebuilds a headline member's key hashes from its title (the rare-word join's,
 * rare-title.ts); without it a restored member keeps none, as the index saving it kept none.
 */
export function fromStory(story: Story, seq: number, headlineHashesOf?: (title: string, lang: Lang) => readonly number[]): StoryState {
  const centroids: StoryState['centroids'] = { id: undefined, en: undefined };
  const titleCentroids: StoryState['titleCentroids'] = { id: undefined, en: undefined };
  for (const lang of ['id', 'en'] as const) {
    const weights = story.centroids[lang];
    // Entries keep their stored (hash) order, so the norm sums in the same order.
    if (weights !== undefined) centroids[lang] = vectorFromRecord(weights);
    const titles = story.titleCentroids?.[lang];
    if (titles !== undefined) titleCentroids[lang] = vectorFromRecord(titles);
  }
  const entities = Object.entries(story.entities);
  return {
    id: story.id,
    seq,
    slot: -1,
    createdAtMs: msOf(story.createdAt, 'createdAt', story.id),
    lastAtMs: msOf(story.lastAt, 'lastAt', story.id),
    eventFromMs: story.eventFrom === null ? undefined : msOf(story.eventFrom, 'eventFrom', story.id),
    eventToMs: story.eventTo === null ? undefined : msOf(story.eventTo, 'eventTo', story.id),
    members: story.members.map(({ fingerprint, titleVector, headline, ...rest }) => ({
      ...rest,
      ...(fingerprint === undefined ? {} : { fingerprint: fingerprintFromHex(fingerprint) }),
      ...(titleVector === undefined ? {} : { titleVector: vectorFromRecord(titleVector) }),
      ...(headline === true && headlineHashesOf !== undefined ? { headlineHashes: headlineHashesOf(rest.title, rest.lang) } : {}),
    })),
    names: entities.map(([key]) => key),
    nameCounts: entities.map(([, count]) => count),
    centroids,
    titleCentroids,
  };
}

/**
 * A story saved by an index that did not read titles (the cuts' decision) has no title vectors;
 * the model scores titles, so they are rebuilt from the members' stored titles (`titleOf` builds
 * them as itemFeatures does, with the background idf), or every restored story would score 0 on
 * its title features.
 */
export function restoreTitleVectors(state: StoryState, titleOf: (title: string, lang: Lang) => SparseVector): void {
  for (const member of state.members) {
    if (member.titleVector !== undefined) continue;
    const vector = titleOf(member.title, member.lang);
    if (vector.keys.length === 0) continue;
    member.titleVector = vector;
    state.titleCentroids[member.lang] = addVectors(state.titleCentroids[member.lang], vector, MAX_CENTROID_KEYS);
  }
}

export function memberOf(item: { id: string; title: string; source?: string; link?: string; published?: string }, features: ItemFeatures, kind: AssignmentKind, reason: string): MemberState {
  const member: MemberState = { id: item.id, title: item.title, lang: features.lang, kind, reason };
  if (item.source !== undefined) member.source = item.source;
  if (item.link !== undefined) member.link = item.link;
  if (item.published !== undefined) member.published = item.published;
  if (features.fingerprint !== undefined) member.fingerprint = features.fingerprint;
  if (features.titleVector.keys.length > 0) member.titleVector = features.titleVector;
  return member;
}


export interface UndatedOptions {
  /** The cuts are multiplied by this when the item or the story has no event time (MATCH_CUTS; 1: off). */
  undatedCutFactor: number;
}

/** Whether the item or the story has no event time, so the window cannot tell whether they are of one time. */
export function undated(features: ItemFeatures, state: StoryState): boolean {
  return features.eventMs === undefined || state.eventFromMs === undefined;
}

/** Whether the item's event time is within `windowHours` of the story's; an undated item, or a story with no dated member, is inside. */
export function inWindow(features: ItemFeatures, state: StoryState, windowHours: number): boolean {
  if (features.eventMs === undefined || state.eventFromMs === undefined || state.eventToMs === undefined) return true;
  const windowMs = windowHours * HOUR_MS;
  return features.eventMs >= state.eventFromMs - windowMs && features.eventMs <= state.eventToMs + windowMs;
}
