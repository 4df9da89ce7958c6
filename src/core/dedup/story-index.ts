// Story clustering, single-pass, online and deterministic (the TDT way; Miranda et al., EMNLP
// 2018): each item, in time order, joins the story it belongs to or starts a new one. Same story =
// a near-duplicate of a member (SimHash), or the same event written up independently: the item's
// cosine with the story's centroid (keys weighted by their idf among the window's own stories)
// reaches a cut that falls as the story grows, inside the window of event time; across languages
// they must also share a lead name. Candidates come from an inverted index over the stories'
// heaviest keys, pairs of lead names and fingerprint bands; only they are scored, so an item's
// cost does not grow with the number of stories in the window.
import type { Lang } from '../model.ts';
import type { Background } from '../profile/background.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { NEAR_DUPLICATE_MAX_DISTANCE } from './fingerprint.ts';
import { IdfTable } from './idf-table.ts';
import { itemFeatures, titleVectorOf, type ClusterItem, type ItemFeatures } from './item-features.ts';
import { CandidateIndex, type LookupLimits } from './candidate-index.ts';
import { better, describeVerdict, label, newStoryReason, sharedNames, type Rejection, type Verdict } from './story-reasons.ts';
import { SourceFurniture, type FurnitureMemory } from './source-furniture.ts';
import { addFeatures, fromStory, inWindow, memberOf, undated, newStoryState, restoreTitleVectors, toStory, type AssignmentKind, type Story, type StoryState, type UndatedOptions } from './story.ts';
import { belowCut, FEATURE_NAMES, modelScore, STORY_MODEL, storyFeatures, type CandidateRow, type StoryModel } from './story-model.ts';
import { vetoContext, vetoJoins, type VetoContext, type VetoOptions } from './model-veto.ts';
import { StoryFrequencies } from './story-frequencies.ts';
import { VectorProbe } from './vector-probe.ts';
import { warmCentroids } from './warm-centroids.ts';
import { HOUR_MS, parseIsoMs } from './item-time.ts';
import { secondLook, type SubjectOptions } from './subject-check.ts';
import { rareTitleKeys, restoredHeadlineHashes, sharedRareKeys, withHeadlineHashes, type RareKeys, type RareTitleOptions } from './rare-title.ts';
import { sharesOnlyCommonKeys, type ScarceKeyOptions } from './common-keys.ts';
import { SoftTitle, softJudged, softMeets, type SoftTitleOptions } from './soft-title.ts';
import { BridgeMerge, mergeBridged, type BridgeMergeOptions, type StoryWindow } from './bridge-merge.ts';
import { AboutJoins, type AboutPieceOptions } from './about-piece.ts';
import { anchorTest, countryTest, crossCosine, sharedAcross, type AnchorTest, type CrossAnchorOptions } from './cross-anchors.ts';
import { nearDuplicateOf } from './near-duplicate.ts';
import { candidateKeys, crossLanguageCut, describeEntities, MATCH_CUTS, NEAR_DUPLICATE_MIN_COSINE, newStoryKeys, storyIndexKeys } from './story-match.ts';

export interface Assignment {
  storyId: string;
  isNew: boolean;
  kind: AssignmentKind;
  /** Near-duplicate: 1 - distance/64; same story: the content cosine; new: the best candidate's cosine (0 if none). */
  similarity: number;
  /** Lead entities the item shares with the story. */
  sharedEntities: string[];
  reason: string;
  /**
   * Stories the item bridged (bridge-merge.ts, bridgeMergeFactor): merged into this one as it
   * joined; their earlier items now belong to storyId. Absent when none.
   */
  merged?: string[];
}

/** decision 'cuts' also reads the second look's options (subject-check.ts, SubjectOptions), the rare-word join's (rare-title.ts), the scarce-key check's (common-keys.ts) and the model's veto's (model-veto.ts). */
export interface StoryIndexOptions extends Partial<CrossAnchorOptions>, Partial<SubjectOptions>, Partial<RareTitleOptions>, Partial<ScarceKeyOptions>, Partial<VetoOptions>, Partial<SoftTitleOptions>, Partial<BridgeMergeOptions>, Partial<UndatedOptions>, Partial<AboutPieceOptions> {
  /** Stories whose last item is older than this are closed; items further apart in event time never join. */
  windowHours?: number;
  nearDuplicateMaxDistance?: number;
  /** Content cosine a near-duplicate must also reach. */
  nearDuplicateMinCosine?: number;
  /** Centroid cosine a same-language item needs to join a one-item story (MATCH_CUTS). */
  minCosine?: number;
  /** The cut falls as members^-sizeExponent. */
  sizeExponent?: number;
  crossLanguageMinCosine?: number;
  /** Stories' worth of evidence the background idf counts for against the window's. */
  idfPriorStories?: number;
  /** idfPriorStories for a headline: an item without a summary, its title all its text (MATCH_CUTS). */
  headlineIdfPriorStories?: number;
  /** minCosine for a headline (an item without a summary), in place of minCosine (MATCH_CUTS). */
  headlineMinCosine?: number;
  /** The cuts are multiplied by this when the item shares two or more lead names with the story. */
  namedCutFactor?: number;
  /** The same-language cut is multiplied by this when no member of the story is from the item's source (MATCH_CUTS). */
  newSourceCutFactor?: number;
  /** What a title key's occurrence counts for beyond its own in an item with a summary (MATCH_CUTS, FeatureContext). */
  titleWeight?: number;
  /** Candidates scored per item, the best by index evidence. */
  maxCandidates?: number;
  /**
   * How a same-language item is judged: 'cuts', the centroid cosine against MATCH_CUTS (the
   * default); 'model', the linear score of story-model.ts against its fitted cut.
   */
  decision?: 'cuts' | 'model';
  /** The 'model' decision's weights and cut (STORY_MODEL, fitted by scripts/story-model-fit.ts). */
  model?: StoryModel;
}

export const STORY_INDEX_DEFAULTS = {
  windowHours: 72,
  nearDuplicateMaxDistance: NEAR_DUPLICATE_MAX_DISTANCE,
  nearDuplicateMinCosine: NEAR_DUPLICATE_MIN_COSINE,
  ...MATCH_CUTS,
  maxCandidates: 5,
  decision: 'cuts',
  model: STORY_MODEL,
} as const satisfies Required<StoryIndexOptions>;

/**
 * Posting entries read per item (lists of one story are free). An item's own story shares its
 * rarer keys, whose lists are short; past this budget the common keys are skipped (a key every
 * story of the window is posted under weighs next to nothing in a cosine anyway).
 */
const MAX_POSTINGS_READ = 100;
/**
 * Index evidence below which a story is not scored. A shared pair of lead names counts 1, a
 * fingerprint band 1, a shared word its weight in the item's unit vector. An item's cosine with
 * a centroid is at most the summed weights of the keys they share; the cut of a 50-item story
 * sharing two names is 0.35 x 50^-0.1 x 0.8 = 0.19 (MATCH_CUTS minCosine; 0.22 for headlineMinCosine
 * 0.4, and the rare-word join halves a headline's cut), and stories sharing less than 0.2 with the
 * item are left unscored: on the development and held-out days this changes next to no decision
 * (with 0.1, the cuts of the six-day refit: every day's figures the same; the model: the same but
 * English 2025-03-18's B3 recall, 0.840 -> 0.841; with 0.1 and the eight-day refit, every
 * development and held-out day's figures the same), and it keeps the window's common words from
 * making every story a candidate.
 */
const MIN_EVIDENCE = 0.2;
/**
 * Lead names (persons, places, organisations from the lexicon, which names them alike in both
 * languages) an item must share with a story in the other language: translation folds only part
 * of the vocabulary, so the cosine is low and weak evidence alone; who the story is about, both
 * sides agreeing on two of them, is what makes an Indonesian and an English report one event.
 */
const CROSS_LANGUAGE_SHARED_NAMES = 2;

export class StoryIndex {
  private readonly options: Required<StoryIndexOptions>;
  private readonly limits: LookupLimits;
  private readonly idf: IdfTable;
  /** Whether the rare-word join is on (decision 'cuts', rareTitleMinIdf above 0): headline members keep their keys. */
  private readonly keepsHeadlines: boolean;
  /** The model's veto on the cuts' same-language joins (decision 'cuts', modelVetoMargin finite), else undefined. */
  private readonly veto: VetoContext | undefined;
  private readonly frequencies = new StoryFrequencies();
  private readonly states = new Map<string, StoryState>();
  private readonly index = new CandidateIndex<StoryState>();
  private readonly memberStory = new Map<string, StoryState>();
  /** The window's stories, index, frequencies and member map, as a bridge merge updates them (bridge-merge.ts). */
  private readonly window: StoryWindow = { states: this.states, index: this.index, frequencies: this.frequencies, memberStory: this.memberStory };
  private nextSeq = 0;
  private scored = 0;
  /** Per-source sentences already used (decision 'model'): saved with the stories, see furnitureMemory. */
  private furniture = new SourceFurniture();
  /** The item being assigned, laid out for its cosines with the candidates (either decision). */
  private readonly probe = new VectorProbe();
  /** The soft match (decision 'cuts', softTitleWeight above 0, a table of Indonesian associations), else undefined. */
  private readonly soft: SoftTitle | undefined;
  /** The item's title vector, laid out the same way (decision 'model': title cosines with each candidate's titles). */
  private readonly titleProbe = new VectorProbe();
  /** Which shared words count as names across languages (cross-anchors.ts; crossAnchorMinIdf above 0), else undefined. */
  private readonly isAnchor: AnchorTest | undefined;
  /** Which shared keys are countries that count as names across languages (crossCountryCutFactor above 0), else undefined. */
  private readonly isCountry: AnchorTest | undefined;
  /** The bridge merge (decision 'cuts', bridgeMergeFactor above 0), else undefined. */
  private readonly bridge: BridgeMerge | undefined;
  /**
   * For fitting only (scripts/story-model-fit.ts): sees each item's same-language candidates as
   * the model does and names the story the item joins (a story id, or null for a new story).
   */
  teacher: ((item: ClusterItem, rows: readonly CandidateRow[]) => string | null) | undefined;

  constructor(
    private readonly lexicon: Lexicon,
    background: Background,
    options: StoryIndexOptions = {},
  ) {
    this.options = { ...STORY_INDEX_DEFAULTS, ...options };
    this.isAnchor = this.options.crossAnchorMinIdf > 0 ? anchorTest(background, lexicon, this.options.crossAnchorMinIdf) : undefined;
    this.isCountry = this.options.crossCountryCutFactor > 0 ? countryTest(lexicon) : undefined;
    // A model fitted on another feature list (a saved experiment, weights from before a feature
    // change) would score on the wrong features, or NaN past its last weight: refused outright.
    const weights = this.options.model.weights.length;
    this.veto = vetoContext(this.options, this.probe, this.titleProbe, (title, lang) => titleVectorOf(title, lang, lexicon, this.idf), CROSS_LANGUAGE_SHARED_NAMES, this.isAnchor, this.isCountry);
    if ((this.options.decision === 'model' || this.veto !== undefined) && weights !== FEATURE_NAMES.length) {
      throw new RangeError(`story-index: the model has ${weights} weights for ${FEATURE_NAMES.length} features (${FEATURE_NAMES.join(', ')})`);
    }
    this.limits = { maxPostingsRead: MAX_POSTINGS_READ, minEvidence: MIN_EVIDENCE, maxResults: this.options.maxCandidates };
    // The model was fitted with one prior for every item; the cuts weigh a headline's words with their own.
    const modelled = this.options.decision === 'model';
    const prior = modelled ? this.options.model.idfPriorStories : this.options.idfPriorStories;
    this.idf = new IdfTable(background, this.frequencies, prior, modelled ? prior : this.options.headlineIdfPriorStories);
    this.keepsHeadlines = !modelled && this.options.rareTitleMinIdf > 0;
    this.soft = modelled ? undefined : SoftTitle.of(background.associations('id'), this.options);
    this.bridge = BridgeMerge.of(this.options, modelled);
  }

  /** Candidate stories scored so far (a test's window on the inverted index). */
  get scoredCandidates(): number {
    return this.scored;
  }

  get size(): number {
    return this.states.size;
  }

  assign(item: ClusterItem, now: Date): Assignment {
    const known = this.memberStory.get(item.id);
    if (known !== undefined) {
      return { storyId: known.id, isNew: false, kind: 'near-duplicate', similarity: 1, sharedEntities: [], reason: `already in this story (same id ${item.id})` };
    }
    // Only the model reads titles and furniture-free text: the cuts do without (their veto reads the
    // titles of the items and stories it is asked about only, in veto()).
    const modelled = this.usesFurniture;
    // Remembered at the item's own time, as the window counts a story's (itemFeatures: published, else now).
    const summary = modelled ? this.furniture.strip(item.source, item.summary, parseIsoMs(item.published) ?? now.getTime()) : item.summary;
    // A summary the furniture left as it was keeps the matcher's analysis (ClusterItem.analysed).
    const titleWeight = this.options.titleWeight;
    const aboutPieces = this.options.aboutPieceCutFactor !== 1;
    const context = modelled ? { ...(summary === item.summary ? {} : { summary }), titles: true, titleWeight, aboutPieces } : { titleWeight, aboutPieces };
    const features = itemFeatures(item, this.lexicon, this.idf, context);
    const itemTimeMs = features.publishedMs ?? now.getTime();
    let best: Verdict | undefined;
    let bestRejected: Rejection | undefined;
    const aboutJoins = aboutPieces ? new AboutJoins(this.options.decision === 'model') : undefined;
    const { keys, weights, count } = candidateKeys(features);
    const candidates = this.index.lookup(keys, weights, this.limits, count);
    // Laid out before a teacher's fit too (taught() reads the candidates' cosines from it).
    if (candidates.length > 0) this.probe.place(features.vector);
    warmCentroids(candidates, features.lang);
    if (this.teacher !== undefined) return this.taught(item, features, itemTimeMs, now, candidates, this.teacher);
    // A headline alone also meets its candidates by its vector expanded with associates (soft-title.ts).
    this.soft?.place(features, candidates.length);
    if (this.options.decision === 'model' && candidates.length > 0) this.titleProbe.place(features.titleVector);
    // A headline's words rare in ordinary news (rare-title.ts), when the rare-word join is on.
    const rare = this.options.decision === 'cuts' && candidates.length > 0 ? rareTitleKeys(features, this.idf, this.options.rareTitleMinIdf) : undefined;
    for (const state of candidates) {
      this.scored += 1;
      // A rejection no closer than the closest so far is not built (undefined): only the closest is reported.
      const verdict = this.judge(features, itemTimeMs, state, bestRejected === undefined ? -Infinity : bestRejected.cosine, rare, item.source);
      if (verdict === undefined) continue;
      if ('failed' in verdict) {
        if (bestRejected === undefined || verdict.cosine > bestRejected.cosine) bestRejected = verdict;
        continue;
      }
      // The model's veto (decision 'cuts') asks about the joins the cuts accept, in the order `better` ranks them.
      this.veto?.accepted.push(verdict);
      this.bridge?.accepted.push(verdict);
      aboutJoins?.see(verdict);
      if (best === undefined || better(verdict, best, this.options.decision === 'model')) best = verdict;
    }
    // A join met only at the cut lowered for a report of what was said stands only when no other story meets the item as low (about-piece.ts).
    if (aboutJoins !== undefined) [best, bestRejected] = aboutJoins.settle(best, bestRejected, this.options.aboutPieceCutFactor);
    // When the model refused every join it was asked about, its refusal is the reason reported.
    if (this.veto !== undefined && best !== undefined) [best, bestRejected] = vetoJoins(item, features, itemTimeMs, this.veto, bestRejected);
    // decision 'model': the rejection reported gets the features its score's ceiling skipped.
    if (best === undefined && bestRejected?.failed === 'model' && bestRejected.x === undefined) {
      bestRejected.x = storyFeatures(features, itemTimeMs, bestRejected.state, features.lang, bestRejected.cosine, this.titleProbe, []);
      bestRejected.score = modelScore(this.options.model, bestRejected.x);
    }
    // decision 'cuts': the closest rejected story gets a second look (subject-check.ts).
    if (best === undefined && bestRejected !== undefined && this.options.decision === 'cuts') best = secondLook(features, bestRejected, this.idf, this.options);
    // The stories the join bridges (bridge-merge.ts), judged before the item joins; merged after.
    const bridged = this.bridge?.take(best, features.lang);
    if (best !== undefined) return mergeBridged(this.join(item, features, itemTimeMs, best, describeVerdict(best, features, this.lexicon, this.options.nearDuplicateMaxDistance)), best.state, bridged, this.window);
    const reason = newStoryReason(candidates.length, bestRejected, features, this.options.windowHours);
    const state = this.create(item, features, now, itemTimeMs, reason);
    return { storyId: state.id, isNew: true, kind: 'new', similarity: Math.max(0, bestRejected?.cosine ?? 0), sharedEntities: [], reason };
  }

  /** Fitting: the teacher sees the candidates' features and names the story. */
  private taught(item: ClusterItem, features: ItemFeatures, itemTimeMs: number, now: Date, candidates: readonly StoryState[], teacher: NonNullable<StoryIndex['teacher']>): Assignment {
    const rows: CandidateRow[] = [];
    this.titleProbe.place(features.titleVector);
    for (const state of candidates) {
      if (!inWindow(features, state, this.options.windowHours) || state.centroids[features.lang] === undefined) continue;
      rows.push({ storyId: state.id, x: storyFeatures(features, itemTimeMs, state, features.lang, this.probedCosine(state, features.lang), this.titleProbe, []) });
    }
    const chosen = teacher(item, rows);
    const state = chosen === null ? undefined : this.states.get(chosen);
    if (state === undefined) {
      const created = this.create(item, features, now, itemTimeMs, 'new story (taught)');
      return { storyId: created.id, isNew: true, kind: 'new', similarity: 0, sharedEntities: [], reason: 'new story (taught)' };
    }
    return this.join(item, features, itemTimeMs, { state, kind: 'same-story', similarity: 1, distance: 0, cut: 0, cross: false, shared: 0 }, 'same story (taught)');
  }

  private join(item: ClusterItem, features: ItemFeatures, itemTimeMs: number, best: Verdict, reason: string): Assignment {
    const { state } = best;
    const sharedEntities = features.lead.filter((key) => state.names.includes(key));
    // A headline alone keeps its keys' hashes while the rare-word join is on (rare-title.ts).
    state.members.push(withHeadlineHashes(memberOf(item, features, best.kind, reason), features, this.keepsHeadlines));
    const before = state.centroids[features.lang];
    addFeatures(state, features, itemTimeMs);
    if (before === undefined) this.frequencies.add(state.centroids[features.lang]!);
    else this.frequencies.replace(before, state.centroids[features.lang]!);
    this.memberStory.set(item.id, state);
    this.index.put(state, storyIndexKeys(state));
    return { storyId: state.id, isNew: false, kind: best.kind, similarity: best.similarity, sharedEntities, reason };
  }

  /** Drops stories whose last item is older than the window before `now`; returns them. */
  prune(now: Date): Story[] {
    const oldestMs = now.getTime() - this.options.windowHours * HOUR_MS;
    const dropped: Story[] = [];
    for (const state of [...this.states.values()]) {
      if (state.lastAtMs >= oldestMs) continue;
      dropped.push(toStory(state));
      this.index.remove(state);
      this.frequencies.removeStory(state);
      this.states.delete(state.id);
      for (const member of state.members) this.memberStory.delete(member.id);
    }
    this.furniture.forgetBefore(oldestMs);
    return dropped;
  }

  /** The stories in the window, oldest first, as plain JSON data. */
  stories(): Story[] {
    return [...this.states.values()].map(toStory);
  }

  /**
   * The sentences each source already used (decision 'model' strips them from later items), as
   * plain JSON data: saved beside stories() so a restored index decides as this one would. Empty
   * under the cuts, which never read it. Pruned with the stories (prune).
   */
  furnitureMemory(): FurnitureMemory {
    return this.furniture.toMemory();
  }

  /** Whether the index keeps a furniture memory worth saving (the model's decision, or a teacher's fit). */
  get usesFurniture(): boolean {
    return this.options.decision === 'model' || this.teacher !== undefined;
  }

  /**
   * The index saved as stories() and furnitureMemory(). A missing memory (state saved before it was
   * kept) is an empty one; a malformed one throws, as a malformed story does.
   */
  static fromStories(stories: readonly Story[], lexicon: Lexicon, background: Background, options: StoryIndexOptions = {}, furniture?: FurnitureMemory): StoryIndex {
    const index = new StoryIndex(lexicon, background, options);
    index.furniture = SourceFurniture.fromMemory(furniture);
    for (const story of stories) {
      const state = fromStory(story, index.nextSeq++, index.keepsHeadlines ? restoredHeadlineHashes(lexicon) : undefined);
      if (index.usesFurniture) restoreTitleVectors(state, (title, lang) => titleVectorOf(title, lang, lexicon, index.idf));
      index.states.set(state.id, state);
      for (const member of state.members) index.memberStory.set(member.id, state);
      index.frequencies.addStory(state);
      index.index.put(state, storyIndexKeys(state));
    }
    return index;
  }

  private create(item: ClusterItem, features: ItemFeatures, now: Date, itemTimeMs: number, reason: string): StoryState {
    let id = `story:${item.id}`;
    for (let n = 2; this.states.has(id); n += 1) id = `story:${item.id}#${n}`;
    const state = newStoryState(id, this.nextSeq++, now.getTime(), features, itemTimeMs, withHeadlineHashes(memberOf(item, features, 'new', reason), features, this.keepsHeadlines));
    this.states.set(id, state);
    this.memberStory.set(item.id, state);
    this.frequencies.addStory(state);
    this.index.put(state, newStoryKeys(features));
    return state;
  }

  /**
   * A verdict when the item belongs to the story; else why not. A near-duplicate of a member
   * joins; else, in the same language, the model's score reaches its cut; else, across
   * languages, the cosine reaches the cross-language cut and two lead names are shared.
   */
  private judge(features: ItemFeatures, itemTimeMs: number, state: StoryState, closest: number, rare: RareKeys | undefined, source: string | undefined): Verdict | Rejection | undefined {
    const o = this.options;
    if (o.decision === 'cuts') return this.judgeByCuts(features, state, closest, rare, source);
    if (!inWindow(features, state, this.options.windowHours)) return { state, cosine: -1, failed: 'window', shared: 0, need: 0, cut: 0, cross: false };
    const same = this.probedCosine(state, features.lang);
    // Lead names shared, counted only where a check reads them (-1: not yet; a rejection's reason counts them).
    let sharedCount = -1;
    const copy = features.fingerprint !== undefined && same >= o.nearDuplicateMinCosine ? nearDuplicateOf(features, state, (sharedCount = sharedNames(features, state)), o.nearDuplicateMaxDistance) : undefined;
    if (copy !== undefined) return copy;
    let rejected: Rejection | undefined;
    if (state.centroids[features.lang] !== undefined) {
      // A candidate whose score cannot reach the cut is rejected without reading its titles; its
      // features are computed after the candidate loop (assign), only if it is the rejection reported.
      if (belowCut(o.model, features, itemTimeMs, state, same)) rejected = { state, cosine: same, failed: 'model', shared: sharedCount, need: 0, cut: o.model.cut, cross: false };
      else {
        const x = storyFeatures(features, itemTimeMs, state, features.lang, same, this.titleProbe, []);
        const score = modelScore(o.model, x);
        if (score >= o.model.cut) return { state, kind: 'same-story', similarity: score, distance: 0, cut: o.model.cut, cross: false, shared: sharedCount < 0 ? sharedNames(features, state) : sharedCount, x };
        rejected = { state, cosine: same, failed: 'model', score, x, shared: sharedCount, need: 0, cut: o.model.cut, cross: false };
      }
    }
    const cross = crossCosine(this.probe, state, features.lang);
    const crossCut = crossLanguageCut(o, state, features.lang, 0);
    const across = cross >= crossCut ? sharedAcross(features, state, cross, this.probe, this.isAnchor, o, CROSS_LANGUAGE_SHARED_NAMES, this.isCountry) : undefined;
    if (across !== undefined && (sharedCount = across.count) >= CROSS_LANGUAGE_SHARED_NAMES) return { state, kind: 'same-story', similarity: cross, distance: 0, cut: crossCut, cross: true, shared: sharedCount, ...(across.anchors.length === 0 ? {} : { anchors: across.anchors }) };
    if (rejected !== undefined && rejected.cosine >= cross) return rejected;
    if (cross >= crossCut) return { state, cosine: cross, failed: 'names', shared: sharedCount, need: CROSS_LANGUAGE_SHARED_NAMES, cut: crossCut, cross: true };
    return { state, cosine: cross, failed: 'cosine', shared: sharedCount, need: CROSS_LANGUAGE_SHARED_NAMES, cut: crossCut, cross: true };
  }

  /**
   * decision 'cuts': the centroid cosine reaches a cut that falls with the story's size (MATCH_CUTS).
   * Cheap checks first. A rejection whose cosine is not above `closest` is undefined.
   */
  private judgeByCuts(features: ItemFeatures, state: StoryState, closest: number, rare: RareKeys | undefined, source: string | undefined): Verdict | Rejection | undefined {
    const o = this.options;
    if (!inWindow(features, state, this.options.windowHours)) return -1 > closest ? { state, cosine: -1, failed: 'window', shared: 0, need: 0, cut: 0, cross: false } : undefined;
    const plain = this.probedCosine(state, features.lang);
    // The larger of a headline's own cosine and its soft one (soft-title.ts): the cheap checks read
    // it; the join reads what the soft match's gate makes of the two (below); a near-duplicate is
    // still judged on its own words.
    const same = this.soft === undefined ? plain : this.soft.cosine(plain, state.centroids[features.lang]);
    const cross = crossCosine(this.probe, state, features.lang);
    // An item reporting what was said or explaining meets its same-language cut lowered by aboutPieceCutFactor (about-piece.ts).
    const dateless = undated(features, state) ? o.undatedCutFactor : 1, about = features.aboutPiece ? o.aboutPieceCutFactor : 1, size = Math.pow(state.members.length, -o.sizeExponent) * dateless;
    // Below the lowest cut the story could have (two shared names, a lowering soft match), names need not be counted.
    const lowest = size * about * Math.min(1, o.namedCutFactor) * Math.min(1, o.newSourceCutFactor) * (rare === undefined ? 1 : Math.min(1, o.rareTitleCutFactor)) * (this.soft === undefined ? 1 : this.soft.lowestCutFactor);
    // A headline alone (no summary) meets its own cut, as its words are weighed by their own prior (MATCH_CUTS).
    const minCosine = features.titleOnly ? o.headlineMinCosine : o.minCosine;
    if (same < minCosine * lowest && cross < o.crossLanguageMinCosine * lowest && same < o.nearDuplicateMinCosine) {
      if (!(Math.max(same, cross) > closest)) return undefined;
      return same >= cross
        ? { state, cosine: same, failed: 'cosine', shared: -1, need: 0, cut: minCosine * size, cross: false }
        : { state, cosine: cross, failed: 'cosine', shared: -1, need: CROSS_LANGUAGE_SHARED_NAMES, cut: o.crossLanguageMinCosine * size, cross: true };
    }
    const sharedCount = sharedNames(features, state);
    const copy = plain >= o.nearDuplicateMinCosine ? nearDuplicateOf(features, state, sharedCount, o.nearDuplicateMaxDistance) : undefined;
    if (copy !== undefined) return copy;
    // An outlet tells an event once (then updates it): a story none of whose reports is the item's
    // outlet's is more likely its event than a story the outlet already told (newSourceCutFactor).
    // An item with a summary only: a headline alone meets its own cuts (headlineMinCosine).
    const newSource = o.newSourceCutFactor !== 1 && !features.titleOnly && source !== undefined && !state.members.some((m) => m.source === source);
    const factor = size * about * (sharedCount >= 2 ? o.namedCutFactor : 1) * (newSource ? o.newSourceCutFactor : 1);
    // Two rare words shared with a headline member lower the same-language cut where it is not met without; then the soft match's gate (soft-title.ts) sets the cosine judged and its cut.
    const rareWords = rare !== undefined && !softMeets(this.soft, plain, same, minCosine * factor) ? sharedRareKeys(rare, features, state, o.rareTitleMinShare) : undefined;
    const unsoftCut = minCosine * factor * (rareWords === undefined ? 1 : o.rareTitleCutFactor), { cosine: judged, cut: sameCut } = softJudged(this.soft, plain, same, unsoftCut);
    const { count: crossShared, anchors } = sharedAcross(features, state, cross, this.probe, this.isAnchor, o, CROSS_LANGUAGE_SHARED_NAMES, this.isCountry);
    const crossCut = crossLanguageCut(o, state, features.lang, crossShared) * dateless;
    const crossOk = cross >= crossCut && crossShared >= CROSS_LANGUAGE_SHARED_NAMES;
    if (judged < sameCut && !crossOk) {
      if (!((cross >= crossCut ? cross : Math.max(judged, cross)) > closest)) return undefined;
      if (cross >= crossCut) return { state, cosine: cross, failed: 'names', shared: crossShared, need: CROSS_LANGUAGE_SHARED_NAMES, cut: crossCut, cross: true };
      return judged >= cross
        ? { state, cosine: judged, failed: 'cosine', shared: sharedCount, need: 0, cut: sameCut, cross: false }
        : { state, cosine: cross, failed: 'cosine', shared: sharedCount, need: CROSS_LANGUAGE_SHARED_NAMES, cut: crossCut, cross: true };
    }
    // A headline sharing only words many of the window's stories hold is another event under one occasion's name (common-keys.ts).
    if (judged >= sameCut && !sharesOnlyCommonKeys(features, this.probe, state, this.frequencies, o.scarceKeyMaxStories)) return { state, kind: 'same-story', similarity: judged, distance: 0, cut: sameCut, cross: false, shared: sharedCount, ...(rareWords === undefined ? {} : { rareWords }), ...(sameCut < unsoftCut ? { softCosine: same } : {}), ...(judged < sameCut / about ? { aboutOnly: true } : {}) };
    if (crossOk) return { state, kind: 'same-story', similarity: cross, distance: 0, cut: crossCut, cross: true, shared: crossShared, ...(anchors.length === 0 ? {} : { anchors }) };
    return judged > closest ? { state, cosine: judged, failed: 'common', shared: sharedCount, need: o.scarceKeyMaxStories, cut: sameCut, cross: false } : undefined;
  }

  /** The placed item's cosine with the story's centroid in `lang` (0 without one). */
  private probedCosine(state: StoryState, lang: Lang): number {
    return state.centroids[lang] === undefined ? 0 : this.probe.cosine(state.centroids[lang]);
  }
}
