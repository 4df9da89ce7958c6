import type { Match } from '../model.ts';
import type { PreparedProfile } from './match-item.ts';
import { presentFacetEvidence } from './facet-evidence.ts';
import { isEntityKey, isPlaceKey } from '../text/lexicon.ts';

// What a topic is about *now*, read off its own recent matches (adaptive filtering, as in TDT
// topic tracking). A topic learned from seeds about earlier floods knows "banjir" and Sumatra;
// the aftermath of this year's floods is told in words no seed held ("Bener Meriah", "huntara",
// "dapur umum") and often without the disaster's word or the region's name. The worker sees, in
// the feeds it polls, that nearly every recent headline naming such a word was one the topic
// matched. So per topic it keeps, for every key of the items it saw lately, in how many items the
// key occurred and in how many of those the profile (as learned and tuned, never this memory)
// matched. A key that was in at least `minMatched` matched items, at least `minShare` of its items,
// is a *stand-in* for the topic; an item the profile turned down for a missing facet or a low
// score is taken when it holds `minKeys` stand-ins. An item taken so is not counted as matched,
// so the memory never feeds on its own guesses.
//
// Counts decay with a half-life (as recent-df.ts's): one table, "the last weeks" without a
// bucket per day, bounded by a key cap. The cuts are fitted by scripts/stand-in-curve.ts over the
// development topics, replayed in published order; it prints the curve and the rule.

export interface TopicMemoryCuts {
  /** Days after which a count weighs half. */
  halfLifeDays: number;
  /** A stand-in was in at least this many matched items (decayed count). */
  minMatched: number;
  /** ...and at least this share of the items holding it matched. */
  minShare: number;
  /** An item needs this many distinct stand-ins to be taken. */
  minKeys: number;
  /**
   * ...of which at least this many are words the profile does not hold itself. The profile has
   * weighed its own keys already (and refused, say, North Korea and Russia named together with no
   * word of the war); a feed that carries little but the topic makes its own sides "stand for it",
   * which is a base rate, not evidence. A constraint, not a fitted cut: the demo's two feeds
   * (`npm run demo`) posted that rail-line headline with 0.
   */
  minNewKeys: number;
  /**
   * The most facets an item taken may be missing (Infinity: any). At 1 the memory stands in for one
   * facet, never for the whole topic: an item of a two-facet topic must still show one facet itself.
   * Recent words of a topic are shared with its neighbours of the same weeks ("ceasefire" in Gaza's
   * and in Ukraine's); an item naming neither of the topic's sides is the neighbour's.
   */
  maxMissingFacets: number;
  /**
   * 1: stand-ins count only when they are no evidence of a facet the item already shows (facet-evidence.ts:
   * its keys, its side's people and places, its region's place keys); 2: they count, but the
   * `minNewKeys` stand-ins must be such (neither the profile's own nor a present facet's); 0: every
   * stand-in counts as new when the profile does not hold it.
   */
  missingFacetOnly: number;
  /**
   * With this many stand-ins (fewer than `minKeys`; 0: never) an item is taken when one of them is
   * a name: a person or place of the lexicon, or a place key ("#aceh-tamiang"), never a country, a
   * region the gazetteer divides (Java, Sumatra: a seventh of the country's news each) or an
   * institution. Where and who are a topic's own in its weeks (the hardest-hit regencies, a
   * war's front towns); its common words are its neighbours' too ("ceasefire" was Gaza's and
   * Ukraine's in the same March days), which is why `minKeys` asks three of them.
   */
  minKeysWithName: number;
  /** Most keys kept; past it the rarest go, down to 90% of the cap. */
  maxKeys: number;
}

/** Fitted by scripts/stand-in-curve.ts (README, "What a topic is about now"), `minNewKeys` held at 1 (above); `maxMissingFacets` 1 since the English topics (its grid crosses Infinity and 1); `minKeys` 3 since the English topics learned from articles (at 2 the memory cost Gaza from articles 0.067 F1); `minKeysWithName` 2 since the six topics of 7 Dec 2026 (the grid's pick over twenty-two topics once a gazetteer region no longer counts as a name). */
export const TOPIC_MEMORY_CUTS: TopicMemoryCuts = { halfLifeDays: 14, minMatched: 3, minShare: 0.4, minKeys: 3, minNewKeys: 1, maxMissingFacets: 1, missingFacetOnly: 0, minKeysWithName: 2, maxKeys: 30_000 };

/** A decayed count below this is dropped: it has aged out. */
const MIN_COUNT = 0.25;
const DAY_MS = 86_400_000;

/** The stored form: counts as of `day` (whole days since 1970-01-01 UTC), per key [items, matched items]. */
export interface TopicMemoryData {
  version: 1;
  day: number;
  keys: Record<string, [number, number]>;
}

export function dayOfTime(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * Per key: items holding it, of those matched (both decayed), and the note() that last counted
 * it, so that a key an item holds twice counts once without a Set of the item's keys per note.
 */
type KeyCount = [items: number, matched: number, lastNote: number];

export class TopicMemory {
  private day: number;
  private readonly counts = new Map<string, KeyCount>();
  /** note() calls so far: the lastNote of the keys the current one has counted. */
  private notes = 0;

  constructor(day: number, private readonly cuts: TopicMemoryCuts = TOPIC_MEMORY_CUTS) {
    this.day = day;
  }

  /** A stored memory; a shape this version does not know gives an empty one (the memory is a cache of what was seen, not news). */
  static restore(data: unknown, day: number, cuts: TopicMemoryCuts = TOPIC_MEMORY_CUTS): TopicMemory {
    const memory = new TopicMemory(day, cuts);
    if (!isTopicMemoryData(data)) return memory;
    memory.day = data.day;
    for (const [key, pair] of Object.entries(data.keys)) memory.counts.set(key, [pair[0], pair[1], 0]);
    memory.ageTo(day);
    return memory;
  }

  toData(): TopicMemoryData {
    return { version: 1, day: this.day, keys: Object.fromEntries([...this.counts].map(([key, pair]) => [key, [pair[0], pair[1]]])) };
  }

  get size(): number {
    return this.counts.size;
  }

  /** Decays every count to `day`; a day earlier than the memory's changes nothing (items may arrive out of order). */
  ageTo(day: number): void {
    if (day <= this.day) return;
    const factor = 0.5 ** ((day - this.day) / this.cuts.halfLifeDays);
    for (const [key, pair] of this.counts) {
      pair[0] *= factor;
      pair[1] *= factor;
      if (pair[0] < MIN_COUNT) this.counts.delete(key);
    }
    this.day = day;
  }

  /** Counts one item's distinct keys, and whether the profile itself matched it. */
  note(keys: Iterable<string>, matched: boolean): void {
    this.notes += 1;
    const note = this.notes;
    for (const key of keys) {
      const pair = this.counts.get(key);
      if (pair === undefined) this.counts.set(key, [1, matched ? 1 : 0, note]);
      else if (pair[2] !== note) {
        pair[2] = note;
        pair[0] += 1;
        if (matched) pair[1] += 1;
      }
    }
    if (this.counts.size > this.cuts.maxKeys) this.prune();
  }

  /** The item's keys that stand for the topic now, strongest share first. */
  standIns(keys: Iterable<string>): StandIn[] {
    return this.standInsOf(keys, false);
  }

  /** Every key that stands for the topic now, the most matched first: what `status` shows of a topic. */
  strongest(count: number): StandIn[] {
    return this.standInsOf(this.counts.keys(), true).sort((a, b) => b.matched - a.matched || a.key.localeCompare(b.key)).slice(0, count);
  }

  /**
   * standIns, each key once in the order first given. Few of an item's keys stand in, so a key
   * is checked against those found (not a Set of every key the item holds); `distinct` keys skip that.
   */
  private standInsOf(keys: Iterable<string>, distinct: boolean): StandIn[] {
    const found: StandIn[] = [];
    for (const key of keys) {
      const pair = this.counts.get(key);
      if (pair === undefined || pair[1] < this.cuts.minMatched || pair[1] < this.cuts.minShare * pair[0]) continue;
      if (!distinct && found.some((s) => s.key === key)) continue;
      found.push({ key, items: round1(pair[0]), matched: round1(pair[1]) });
    }
    return found.sort((a, b) => b.matched / b.items - a.matched / a.items || b.matched - a.matched);
  }

  /**
   * The profile's decision with the memory's: an item turned down for a missing facet or a low
   * score (not for an excluded term, not as news from abroad) is taken when it holds `minKeys`
   * stand-ins, `minNewKeys` of them keys the profile does not hold (`profileHolds`: profileKeys).
   */
  decide(match: Match, keys: Iterable<string>, profileHolds: (key: string) => boolean, prepared?: PreparedProfile): Match {
    if (match.decision || (match.turnedDown !== 'missing' && match.turnedDown !== 'low-score')) return match;
    if (match.concepts.filter((c) => c.matched.length === 0).length > this.cuts.maxMissingFacets) return match;
    const present = this.cuts.missingFacetOnly > 0 && prepared !== undefined ? presentFacetEvidence(prepared, match) : undefined;
    const standIns = present === undefined || this.cuts.missingFacetOnly !== 1 ? this.standIns(keys) : this.standIns(keys).filter((s) => !present(s.key));
    const enough = standIns.length >= this.cuts.minKeys || (this.cuts.minKeysWithName > 0 && standIns.length >= this.cuts.minKeysWithName && prepared !== undefined && standIns.some((s) => isName(s.key, prepared)));
    if (!enough || this.cuts.minKeys <= 0) return match;
    if (standIns.filter((s) => !profileHolds(s.key) && !(present?.(s.key) ?? false)).length < this.cuts.minNewKeys) return match;
    const named = formatStandIns(standIns);
    return { ...match, decision: true, reason: `${match.reason}, but its words stand for the topic now: of the recent items naming ${named} matched` };
  }

  /** Drops the keys seen least, down to 90% of the cap. */
  private prune(): void {
    const keep = Math.floor(this.cuts.maxKeys * 0.9);
    const bySeen = [...this.counts.entries()].sort((a, b) => b[1][0] - a[1][0]);
    for (const [key] of bySeen.slice(keep)) this.counts.delete(key);
  }
}

/** A person or place of the lexicon (not a region), or a place key: a name of where or who, not a country or an institution (minKeysWithName). */
function isName(key: string, prepared: PreparedProfile): boolean {
  if (isPlaceKey(key)) return true;
  if (!isEntityKey(key)) return false;
  const entity = prepared.lexicon.entities.get(key);
  return entity?.type === 'person' || (entity?.type === 'place' && entity.region !== true);
}

/** Whether a key is one the profile weighs or gates on itself (terms, facet keys, sides and their people). */
export function profileKeys(prepared: PreparedProfile): (key: string) => boolean {
  return (key) => prepared.weights.has(key) || prepared.facetKeys.has(key) || prepared.anchors.has(key) || prepared.sideEntities.has(key);
}

export interface StandIn {
  key: string;
  /** Recent items holding the key (decayed). */
  items: number;
  /** Of those, matched by the profile. */
  matched: number;
}

/** What a topic's memory counts of an analysed text: its keys and its place keys ("#pati" beside "@java"). */
export function memoryKeysOf(text: { keys: readonly string[]; places?: readonly string[] }): readonly string[] {
  // Most texts name no place within a region: their keys themselves, not a copy per item.
  return text.places === undefined || text.places.length === 0 ? text.keys : [...text.keys, ...text.places];
}

/** How many of a topic's strongest stand-ins `status`, `explain --now` and /topic show list: enough to see what it leans on now, short enough for one line. */
export const STAND_INS_SHOWN = 8;

/** Stand-ins as a reader sees them, here and in `status`, `explain --now` and /topic show: "bencana (81.8 of 117.3), prr (9.5 of 16.2)". */
export function formatStandIns(standIns: readonly StandIn[]): string {
  return standIns.map((s) => `${s.key} (${s.matched} of ${s.items})`).join(', ');
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Whether a stored value has the form `toData()` gives (restore() starts empty from anything else): a reader can say so. */
export function isTopicMemoryData(data: unknown): data is TopicMemoryData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<TopicMemoryData>;
  if (d.version !== 1 || typeof d.day !== 'number' || !Number.isFinite(d.day) || typeof d.keys !== 'object' || d.keys === null) return false;
  return Object.values(d.keys).every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) && p[1]! <= p[0]!);
}
