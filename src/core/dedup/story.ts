// A story: the items that report one news event, with what the index needs to compare a new
// item against it. `Story` is plain JSON (persisted between cycles); `StoryState` is its working
// form, rebuilt from it exactly, so a reloaded index decides as the original would. A window
// holds thousands of stories: the working form is arrays, not maps, and a one-item story shares
// its item's vector instead of copying it.
import type { Lang } from '../model.ts';
import { fingerprintFromHex, fingerprintToHex, type Fingerprint } from './fingerprint.ts';
import type { ItemFeatures } from './item-features.ts';

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
}

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
  /** Per language, the sum of its members' unit key vectors, heaviest keys first (at most 96). */
  centroids: Partial<Record<Lang, Record<string, number>>>;
}

/** Keys a story's centroid keeps per language. */
export const MAX_CENTROID_KEYS = 96;

export interface Centroid {
  /** Heaviest first, ties by key; weights[i] belongs to keys[i]. */
  keys: readonly string[];
  weights: readonly number[];
  norm: number;
}

export interface StoryState {
  id: string;
  /** Creation order, for deterministic ties. */
  seq: number;
  createdAtMs: number;
  lastAtMs: number;
  eventFromMs: number | undefined;
  eventToMs: number | undefined;
  members: StoryMember[];
  fingerprints: Fingerprint[];
  /** Lead entities and how many members name each (parallel arrays). */
  names: string[];
  nameCounts: number[];
  centroids: Partial<Record<Lang, Centroid>>;
}

function centroidOf(keys: readonly string[], weights: readonly number[]): Centroid {
  let norm = 0;
  for (const w of weights) norm += w * w;
  return { keys, weights, norm: Math.sqrt(norm) };
}

/** A story of one item, sharing the item's vector. */
export function newStoryState(id: string, seq: number, createdAtMs: number, features: ItemFeatures, itemTimeMs: number, member: StoryMember): StoryState {
  const state: StoryState = {
    id,
    seq,
    createdAtMs,
    lastAtMs: itemTimeMs,
    eventFromMs: features.eventMs,
    eventToMs: features.eventMs,
    members: [member],
    fingerprints: features.fingerprint === undefined ? [] : [features.fingerprint],
    names: [...features.lead],
    nameCounts: features.lead.map(() => 1),
    centroids: {},
  };
  state.centroids[features.lang] = centroidOf(features.keys, features.weights);
  return state;
}

/** Adds a member's features to a story's time span, entities and centroid. */
export function addFeatures(state: StoryState, features: ItemFeatures, itemTimeMs: number): void {
  state.lastAtMs = Math.max(state.lastAtMs, itemTimeMs);
  if (features.eventMs !== undefined) {
    state.eventFromMs = Math.min(state.eventFromMs ?? features.eventMs, features.eventMs);
    state.eventToMs = Math.max(state.eventToMs ?? features.eventMs, features.eventMs);
  }
  if (features.fingerprint !== undefined) state.fingerprints.push(features.fingerprint);
  for (const key of features.lead) {
    const at = state.names.indexOf(key);
    if (at >= 0) state.nameCounts[at]! += 1;
    else {
      state.names.push(key);
      state.nameCounts.push(1);
    }
  }
  const sums = new Map<string, number>();
  const before = state.centroids[features.lang];
  if (before !== undefined) before.keys.forEach((key, i) => sums.set(key, before.weights[i]!));
  features.keys.forEach((key, i) => sums.set(key, (sums.get(key) ?? 0) + features.weights[i]!));
  const entries = [...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (entries.length > MAX_CENTROID_KEYS) entries.length = MAX_CENTROID_KEYS;
  state.centroids[features.lang] = centroidOf(
    entries.map(([key]) => key),
    entries.map(([, w]) => w),
  );
}

/** Cosine between an item's unit vector (as a map) and a centroid. */
export function cosine(vector: ReadonlyMap<string, number>, centroid: Centroid): number {
  if (centroid.norm === 0) return 0;
  let dot = 0;
  const { keys, weights } = centroid;
  for (let i = 0; i < keys.length; i += 1) {
    const w = vector.get(keys[i]!);
    if (w !== undefined) dot += w * weights[i]!;
  }
  return dot / centroid.norm;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function toStory(state: StoryState): Story {
  const centroids: Story['centroids'] = {};
  for (const lang of ['id', 'en'] as const) {
    const centroid = state.centroids[lang];
    if (centroid !== undefined) centroids[lang] = Object.fromEntries(centroid.keys.map((key, i) => [key, centroid.weights[i]!]));
  }
  return {
    id: state.id,
    createdAt: iso(state.createdAtMs),
    lastAt: iso(state.lastAtMs),
    eventFrom: state.eventFromMs === undefined ? null : iso(state.eventFromMs),
    eventTo: state.eventToMs === undefined ? null : iso(state.eventToMs),
    members: state.members.map((m) => ({ ...m })),
    entities: Object.fromEntries(state.names.map((key, i) => [key, state.nameCounts[i]!])),
    centroids,
  };
}

function msOf(value: string, field: string, id: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new TypeError(`story-index: story ${id}: bad ${field} ${JSON.stringify(value)}`);
  return ms;
}

export function fromStory(story: Story, seq: number): StoryState {
  const centroids: StoryState['centroids'] = {};
  for (const lang of ['id', 'en'] as const) {
    const weights = story.centroids[lang];
    // Entries keep their stored order (heaviest first), so the norm sums in the same order.
    if (weights !== undefined) centroids[lang] = centroidOf(Object.keys(weights), Object.values(weights));
  }
  const entities = Object.entries(story.entities);
  return {
    id: story.id,
    seq,
    createdAtMs: msOf(story.createdAt, 'createdAt', story.id),
    lastAtMs: msOf(story.lastAt, 'lastAt', story.id),
    eventFromMs: story.eventFrom === null ? undefined : msOf(story.eventFrom, 'eventFrom', story.id),
    eventToMs: story.eventTo === null ? undefined : msOf(story.eventTo, 'eventTo', story.id),
    members: story.members.map((m) => ({ ...m })),
    fingerprints: story.members.flatMap((m) => (m.fingerprint === undefined ? [] : [fingerprintFromHex(m.fingerprint)])),
    names: entities.map(([key]) => key),
    nameCounts: entities.map(([, count]) => count),
    centroids,
  };
}

export function memberOf(item: { id: string; title: string; source?: string; link?: string; published?: string }, features: ItemFeatures, kind: AssignmentKind, reason: string): StoryMember {
  const member: StoryMember = { id: item.id, title: item.title, lang: features.lang, kind, reason };
  if (item.source !== undefined) member.source = item.source;
  if (item.link !== undefined) member.link = item.link;
  if (item.published !== undefined) member.published = item.published;
  if (features.fingerprint !== undefined) member.fingerprint = fingerprintToHex(features.fingerprint);
  return member;
}
