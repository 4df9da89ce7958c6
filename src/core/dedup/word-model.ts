// The word-model join (decision 'cuts', issue 10; opt-in, wordModelTau 0: off). A headline alone
// that the cuts would start a new story with is asked once more against its candidate stories,
// each read as a Bernoulli model of which keys its headline members hold, smoothed towards
// ordinary news (a Dirichlet-multinomial mixture, as in short-text stream clustering: Yin & Wang's
// GSDMM and its online forms):
//   q(w) = (n(w) + mu p(w)) / (m + mu),
// m the story's headline members (in the item's language), n(w) those holding key w, p(w) the
// background's share of ordinary documents holding w (floored at P_FLOOR, capped at P_CAP). The
// item joins the story of the best log likelihood ratio against ordinary news,
//   LR = sum over its keys of log(q/p) + sum over the story's keys it lacks of log((1-q)/(1-p)) + gamma log m,
// when LR reaches wordModelTau; the join then passes the scarce-key check (common-keys.ts) and the
// model's veto (model-veto.ts) as a join of the cuts does. scripts/story-dmm-probe.ts measured the
// rule outside the index; story-curve.ts --word-model fits it here.
import type { Lang } from '../model.ts';
import { sharesOnlyCommonKeys, type ScarceKeyOptions } from './common-keys.ts';
import type { ClusterItem, ItemFeatures } from './item-features.ts';
import { vetoJoins, type VetoContext } from './model-veto.ts';
import { inWindow, type StoryState } from './story.ts';
import type { StoryFrequencies } from './story-frequencies.ts';
import { better, sharedNames, type Rejection, type Verdict } from './story-reasons.ts';
import type { VectorProbe } from './vector-probe.ts';

export interface WordModelOptions {
  /** The log likelihood ratio a join needs (0: off). */
  wordModelTau: number;
  /** How many documents' worth of ordinary news smooth a story's counts. */
  wordModelMu: number;
  /** Weight of log m, the popularity prior (a Chinese restaurant process's). */
  wordModelGamma: number;
}

/** A key ordinary news has (nearly) never held would otherwise weigh without bound (the probe's floor). */
export const P_FLOOR = 1e-4;
/** A key in most documents is no evidence either way (the probe's cap). */
const P_CAP = 0.5;

/** What a word-model join reports: its ratio, the cut it met and the headline members it was read from. */
export interface WordModelFit {
  lr: number;
  tau: number;
  headlines: number;
}

/** p(w) for the word model: the background's rate of the key in `lang`, floored and capped. */
export type KeyRate = (key: string, lang: Lang) => number;

export function keyRate(probability: (key: string, lang: Lang) => number): KeyRate {
  return (key, lang) => Math.min(P_CAP, Math.max(P_FLOOR, probability(key, lang)));
}

// Scratch per call: counts per key hash of the story's headline members, and the key of each hash.
const counts = new Map<number, number>();
const keyOf = new Map<number, string>();

/**
 * The item's log likelihood ratio under the story's word model (WordModelOptions), from the keys
 * its headline members of the item's language keep (rare-title.ts withHeadlineHashes); undefined
 * when it has none.
 */
export function wordModelRatio(features: ItemFeatures, state: StoryState, rate: KeyRate, o: WordModelOptions): WordModelFit | undefined {
  const { lang } = features;
  counts.clear();
  keyOf.clear();
  let m = 0;
  for (const member of state.members) {
    const { headlineHashes: hashes, headlineKeys: keys } = member;
    if (hashes === undefined || keys === undefined || member.lang !== lang) continue;
    m += 1;
    for (let i = 0; i < hashes.length; i += 1) {
      const hash = hashes[i]!;
      const n = counts.get(hash);
      if (n === undefined) keyOf.set(hash, keys[i]!);
      counts.set(hash, (n ?? 0) + 1);
    }
  }
  if (m === 0) return undefined;
  const denominator = m + o.wordModelMu;
  const absent = (n: number, p: number) => Math.log((1 - (n + o.wordModelMu * p) / denominator) / (1 - p));
  let lr = o.wordModelGamma * Math.log(m);
  // Every story key as if the item lacked it, then the item's own keys (a shared one's absent term taken back).
  for (const [hash, n] of counts) lr += absent(n, rate(keyOf.get(hash)!, lang));
  const { keys, hashes } = features.vector;
  for (let i = 0; i < keys.length; i += 1) {
    const n = counts.get(hashes[i]!) ?? 0;
    const p = rate(keys[i]!, lang);
    lr += Math.log((n + o.wordModelMu * p) / denominator / p);
    if (n > 0) lr -= absent(n, p);
  }
  return { lr, tau: o.wordModelTau, headlines: m };
}

/** What the join reads of its index: options, key rates, the placed item, the window's counts, the veto. */
export interface WordModelContext {
  options: WordModelOptions & ScarceKeyOptions & { windowHours: number };
  rate: KeyRate;
  /** The item's vector, placed (StoryIndex.probe). */
  probe: VectorProbe;
  frequencies: StoryFrequencies;
  veto: VetoContext | undefined;
}

/**
 * decision 'cuts', for a headline alone no join of the cuts took: the candidates whose word model
 * gives it a ratio of at least wordModelTau join as a join of the cuts would, past the scarce-key
 * check and then the model's veto (asked in the order of their ratios, `better`); the best
 * standing one is the join. Else the closest rejection stays (or the veto's refusal replaces it).
 */
export function wordModelJoin(item: ClusterItem, features: ItemFeatures, itemTimeMs: number, candidates: readonly StoryState[], ctx: WordModelContext, closest: Rejection | undefined): [Verdict | undefined, Rejection | undefined] {
  const o = ctx.options;
  const accepted: Verdict[] = [];
  for (const state of candidates) {
    const centroid = state.centroids[features.lang];
    if (!inWindow(features, state, o.windowHours) || centroid === undefined) continue;
    const fit = wordModelRatio(features, state, ctx.rate, o);
    if (fit === undefined || !(fit.lr >= o.wordModelTau)) continue;
    if (sharesOnlyCommonKeys(features, ctx.probe, state, ctx.frequencies, o.scarceKeyMaxStories)) continue;
    accepted.push({ state, kind: 'same-story', similarity: ctx.probe.cosine(centroid), distance: 0, cut: 0, cross: false, shared: sharedNames(features, state), wordModel: fit });
  }
  if (accepted.length === 0) return [undefined, closest];
  if (ctx.veto !== undefined) {
    ctx.veto.accepted = accepted;
    return vetoJoins(item, features, itemTimeMs, ctx.veto, closest);
  }
  let best = accepted[0]!;
  for (const verdict of accepted) if (better(verdict, best, false)) best = verdict;
  return [best, closest];
}
