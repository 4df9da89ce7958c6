// The fitted model's veto on the cuts' joins (decision 'cuts', MATCH_CUTS modelVetoMargin). The
// two decisions err differently: on the held-out days the model (story-model.ts) holds more pair
// precision, the cuts a little more recall. So the cuts decide, and a same-language join they
// accept stands only when the model scores the item against that story at least its cut + the
// margin; else the next join they accept is asked.
import type { Lang } from '../model.ts';
import { crossCosine, sharedAcross, type AnchorTest } from './cross-anchors.ts';
import type { ClusterItem, ItemFeatures } from './item-features.ts';
import type { SparseVector } from './sparse-vector.ts';
import { crossLanguageCut } from './story-match.ts';
import { better, type Rejection, type Verdict } from './story-reasons.ts';
import { modelScore, storyFeatures, type StoryModel } from './story-model.ts';
import { restoreTitleVectors, type StoryState } from './story.ts';
import type { VectorProbe } from './vector-probe.ts';

/** Joins the veto scores per item: the cuts' choice and, if refused, the next one they accept. */
const MAX_VETO_CHECKS = 2;

export interface VetoOptions {
  /**
   * decision 'cuts': a same-language join the cuts accept is refused when the model scores the
   * item against that story below model.cut + this (MATCH_CUTS); -Infinity: no veto.
   */
  modelVetoMargin: number;
}

type IndexOptions = VetoOptions & { decision: 'cuts' | 'model'; model: StoryModel; crossLanguageMinCosine: number; sizeExponent: number; namedCutFactor: number };

export interface VetoContext {
  /** The index's options: the model, modelVetoMargin and the cross-language cut's. */
  options: IndexOptions;
  /** The joins the cuts accepted for the item being assigned (the index fills it; vetoJoins empties it). */
  accepted: Verdict[];
  /** The item's vector, placed (StoryIndex.probe): its centroid cosines. */
  probe: VectorProbe;
  /** Where the item's title vector is placed for the title features. */
  titleProbe: VectorProbe;
  /** A title's vector as itemFeatures builds it (background idf). */
  titleOf: (title: string, lang: Lang) => SparseVector;
  /** Lead names an item must share with a story in the other language (StoryIndex). */
  crossLanguageNames: number;
  /** Which shared words count as names across languages (cross-anchors.ts), when any do. */
  isAnchor: AnchorTest | undefined;
  isCountry: AnchorTest | undefined;
}

/** The veto's context for an index with these options; undefined when it has none (decision 'model', or the margin -Infinity). */
export function vetoContext(options: IndexOptions, probe: VectorProbe, titleProbe: VectorProbe, titleOf: VetoContext['titleOf'], crossLanguageNames: number, isAnchor: AnchorTest | undefined, isCountry?: AnchorTest): VetoContext | undefined {
  if (options.decision !== 'cuts' || !(options.modelVetoMargin > -Infinity)) return undefined;
  return { options, accepted: [], probe, titleProbe, titleOf, crossLanguageNames, isAnchor, isCountry };
}

/**
 * The first of the joins the cuts accepted (ranked by `better`) the model does not refuse, and
 * the first refusal (its reason). Near-duplicates and cross-language joins are not the model's to
 * judge (it scores same-language text); it is asked about two joins at most (a third same-language
 * one is passed over), so an item's cost grows by two feature vectors at most. A refused story
 * told in both languages may still take the item across languages, as the cuts would have had it
 * not met the same-language cut (who it is about, on two shared lead names). The features'
 * textCosine is the cuts' centroid cosine: the window prior of an item with a text is the model's
 * (idfPriorStories 30 both); a headline's words keep the cuts' headline prior (the model was
 * fitted with its own prior for every item).
 */
export function vetoJoins(item: ClusterItem, features: ItemFeatures, itemTimeMs: number, ctx: VetoContext, closest: Rejection | undefined): [Verdict | undefined, Rejection | undefined] {
  const ranked = ctx.accepted;
  ctx.accepted = [];
  const [verdict, refused] = firstStanding(item, features, itemTimeMs, ranked, ctx);
  if (verdict === undefined) return [undefined, refused ?? closest];
  // The join's reason says what the model refused first (explain --item).
  return [refused === undefined ? verdict : { ...verdict, refused }, closest];
}

function firstStanding(item: ClusterItem, features: ItemFeatures, itemTimeMs: number, ranked: Verdict[], ctx: VetoContext): [Verdict | undefined, Rejection | undefined] {
  const cut = ctx.options.model.cut + ctx.options.modelVetoMargin;
  if (ranked.length > 1) ranked.sort((a, b) => (better(a, b, false) ? -1 : better(b, a, false) ? 1 : 0));
  let refused: Rejection | undefined;
  let asked = 0;
  for (let i = 0; i < ranked.length; i += 1) {
    const verdict = ranked[i]!;
    if (verdict.kind !== 'same-story' || verdict.cross) return [verdict, refused];
    if (asked === MAX_VETO_CHECKS) continue;
    // Titles are read only here (a title vector costs an analysis of the title): the item's once,
    // kept in its features so its story's title centroid takes it when it joins; a story's
    // members' when the model is first asked about it (their background-idf title vectors do not
    // change with the window, so built late they are as built on arrival).
    if (asked === 0) ctx.titleProbe.place((features.titleVector = ctx.titleOf(item.title, features.lang)));
    restoreTitleVectors(verdict.state, ctx.titleOf);
    asked += 1;
    const centroid = verdict.state.centroids[features.lang];
    const same = centroid === undefined ? 0 : ctx.probe.cosine(centroid);
    const x = storyFeatures(features, itemTimeMs, verdict.state, features.lang, same, ctx.titleProbe, []);
    const score = modelScore(ctx.options.model, x);
    if (score >= cut) return [verdict, refused];
    refused ??= { state: verdict.state, cosine: same, failed: 'model', score, x, shared: verdict.shared, need: 0, cut, cross: false, vetoed: { cosine: verdict.similarity, cut: verdict.cut } };
    const across = crossLanguageJoin(features, verdict.state, ctx);
    if (across === undefined) continue;
    let at = i + 1;
    while (at < ranked.length && !better(across, ranked[at]!, false)) at += 1;
    ranked.splice(at, 0, across);
  }
  return [undefined, refused];
}

/** The story's cross-language join as the cuts judge it (StoryIndex judgeByCuts), when it holds. */
function crossLanguageJoin(features: ItemFeatures, state: StoryState, ctx: VetoContext): Verdict | undefined {
  const cross = crossCosine(ctx.probe, state, features.lang);
  if (cross <= 0) return undefined;
  const { count: shared, anchors } = sharedAcross(features, state, cross, ctx.probe, ctx.isAnchor, ctx.options, ctx.crossLanguageNames, ctx.isCountry);
  if (shared < ctx.crossLanguageNames) return undefined;
  const cut = crossLanguageCut(ctx.options, state, features.lang, shared);
  return cross >= cut ? { state, kind: 'same-story', similarity: cross, distance: 0, cut, cross: true, shared, ...(anchors.length === 0 ? {} : { anchors }) } : undefined;
}
