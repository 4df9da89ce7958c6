// Extractive, offline story summary: two or three sentences of the story's own text, in its
// language and in their original order. News is written lead-first (the inverted pyramid), and
// on news a lead-3 baseline is hard to beat (Nenkova 2005; See et al. 2017; for Indonesian,
// Kurniawan & Louvan 2018, IndoSum), so every sentence starts from a position prior that decays
// with its index; similarity to the story's centroid (what all its reports talk about,
// idf-weighted with the background table) re-ranks within that, and Maximal Marginal Relevance
// (Carbonell & Goldstein 1998) keeps two sentences that say the same thing out of one summary.
// The topic's terms may re-rank too (`topicBonus`), but against human summaries every form of
// that bonus scored below none (scripts/score-summaries.ts), so by default they do not.
// Captions, datelines and outlet furniture are never chosen, and a sentence that points back
// ("It became...", "Hal itu...") never opens the summary (back-pointers.ts), not even as the
// text's only sentence: it comes after the one it points at, or there is no summary.
import type { Lang } from '../model.ts';
import type { Background } from '../profile/background.ts';
import { analyzeText } from '../text/analyze.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { backPointer, type BackPointer } from './back-pointers.ts';
import { ENDS_SENTENCE, isCaption, isHeadlineLike } from './boilerplate.ts';
import { stripDateline } from '../text/dateline.ts';
import { cutAtWord } from './cut-text.ts';
import { splitSentences } from './split-sentences.ts';

export interface SummarizeInput {
  /** The story's article texts or feed summaries; the first is the first report. */
  texts: string[];
  lang?: Lang;
  /** Topic profile term weights (PreparedProfile.weights), key -> weight. */
  weights?: ReadonlyMap<string, number>;
}

/**
 * How a sentence's topic terms raise it: `article` divides by the best sentence of the same
 * article (so one generic profile word earns the full bonus), `profile` measures in the
 * profile's own unit (the mean weight of its ten strongest terms), `strong` counts only terms at
 * least that strong, `none` gives no bonus. scripts/score-summaries.ts measures them.
 */
export const TOPIC_BONUS_MODES = ['article', 'profile', 'strong', 'none'] as const;
export type TopicBonusMode = (typeof TOPIC_BONUS_MODES)[number];

export interface SummarizeOptions {
  topicBonus?: TopicBonusMode;
  /**
   * Sentence index at which the lead prior has fallen to 1/e. Fitted on the human summaries:
   * `scripts/score-summaries.ts --sweep` prints ROUGE per language for each value.
   */
  positionDecay?: number;
  maxSentences?: number;
  minSentences?: number;
  maxChars?: number;
}

export interface StorySummary {
  sentences: string[];
  text: string;
  lang: Lang;
}

export const SUMMARIZE_DEFAULTS = { topicBonus: 'none', positionDecay: 4, maxSentences: 3, minSentences: 2, maxChars: 600 } as const satisfies Required<SummarizeOptions>;

/** Scoring constants: the lead prior dominates; centroid and topic similarity re-rank. */
const TUNING = {
  /** Prior of any later report relative to the first report. */
  laterReportPrior: 0.6,
  weightPosition: 0.5,
  weightCentroid: 0.3,
  weightTopic: 0.2,
  /** MMR trade-off between relevance and novelty. */
  mmrLambda: 0.7,
  /** Two sentences this similar (idf cosine of keys, or Jaccard of words) say the same thing. */
  redundantCosine: 0.6,
  redundantWords: 0.6,
  /** Beyond minSentences a sentence is added only if this relevant, relative to the best. */
  extraRelevance: 0.5,
  minWords: 6,
  maxSentenceChars: 400,
  /** Sentences of prose a report's dateline may follow: a standfirst or a headline with an end. */
  proseBeforeDateline: 1,
} as const;

type Vector = Map<string, number>;

interface Candidate {
  doc: number;
  index: number;
  text: string;
  words: Set<string>;
  vector: Vector;
  /**
   * good: may be chosen; weak (too short, too long, truncated): only to reach minSentences;
   * skip (a caption or a stray headline): only when the text holds nothing else.
   */
  grade: 'good' | 'weak' | 'skip';
  /** How it opens by pointing back at the sentence before ("It became...", "Hal itu...", "They ..."). */
  leansBack: BackPointer;
  relevance: number;
}

/** Two or three sentences of the story, lead first, within `maxChars`. */
export function summarizeStory(input: SummarizeInput, lexicon: Lexicon, background: Background, options: SummarizeOptions = {}): StorySummary {
  const opts = { ...SUMMARIZE_DEFAULTS, ...options };
  const texts = input.texts.filter((t) => t.trim() !== '');
  const lang = input.lang ?? analyzeText(texts[0] ?? '', lexicon).lang;
  const idf = (key: string): number => Math.max(0, -Math.log(background.probability(key)));
  const candidates = collectCandidates(texts, lang, lexicon, idf, opts.maxChars);
  const usable = candidates.filter((c) => c.grade !== 'skip');
  // A one-sentence text is its own summary (cut to fit if it must be).
  const only = usable.length === 1 ? usable[0] : usable.length === 0 ? candidates[0] : undefined;
  if (only !== undefined) return finish(alone(only, candidates, opts.maxChars), lang);
  if (usable.length === 0) return finish([], lang);

  scoreRelevance(usable, input.weights, opts);
  const chosen = select(usable.filter((c) => c.grade === 'good'), [], opts);
  if (chosen.length < opts.minSentences) {
    select(usable.filter((c) => c.grade === 'weak' && c.words.size >= 3), chosen, { ...opts, maxSentences: opts.minSentences }, true);
  }
  if (chosen.length === 0) return finish(alone(usable[0]!, candidates, opts.maxChars), lang);
  chosen.sort((a, b) => a.doc - b.doc || a.index - b.index);
  return finish(chosen.map((c) => c.text), lang);
}

/**
 * The one sentence that must stand as the summary, cut to fit. One that points back comes after
 * the sentence it points at (a standfirst asking "Why ...?" before "This comes after ..."), when
 * that one is prose, stands alone itself and the two fit; otherwise there is no summary, since a
 * post that opens "Hal itu dikatakan ..." dangles and its title says more on its own.
 */
function alone(c: Candidate, candidates: readonly Candidate[], maxChars: number): string[] {
  if (!leansOnOneLeftOut(c, [])) return [cutAtWord(c.text, maxChars)];
  const before = candidates.filter((s) => s.doc === c.doc && s.index < c.index).at(-1);
  const prose = before !== undefined && !isCaption(before.text) && ENDS_SENTENCE.test(before.text) && !leansOnOneLeftOut(before, []);
  return prose && before.text.length + 1 + c.text.length <= maxChars ? [before.text, c.text] : [];
}

function finish(sentences: string[], lang: Lang): StorySummary {
  return { sentences, text: sentences.join(' '), lang };
}

function collectCandidates(texts: string[], lang: Lang, lexicon: Lexicon, idf: (key: string) => number, maxChars: number): Candidate[] {
  const candidates: Candidate[] = [];
  texts.forEach((text, doc) => {
    const sentences = splitSentences(text, lang);
    // A story told in two languages is summarised in the first report's: skip the other's texts.
    if (doc > 0 && analyzeText(sentences.slice(0, 5).join(' '), lexicon, lang).lang !== lang) return;
    const captions = sentences.filter((s) => isCaption(s));
    let proseSeen = 0;
    let datelineCut = false;
    sentences.forEach((raw, index) => {
      // A dateline opens a report's body, once: looked for past page furniture (a repeated
      // headline, a date, a caption) and one sentence of prose before the body (a standfirst, a
      // headline asking a question), and no further.
      const sentence = datelineCut || proseSeen > TUNING.proseBeforeDateline ? raw : stripDateline(raw);
      if (sentence !== raw) datelineCut = true;
      const tokens = wordTokens(sentence);
      if (tokens.length === 0) return;
      const grade = gradeOf(sentence, tokens.length, { next: sentences[index + 1], captions, maxChars });
      if (grade === 'good') proseSeen++;
      const vector = tfIdf(analyzeText(sentence, lexicon, lang).keys, idf);
      const candidate: Candidate = { doc, index, text: sentence, words: new Set(tokens), vector, grade, leansBack: backPointer(sentence, lang), relevance: 0 };
      candidates.push(candidate);
    });
  });
  return candidates;
}

interface SentenceContext {
  /** The sentence after this one in the same text, if any. */
  next: string | undefined;
  /** The text's captions. */
  captions: readonly string[];
  maxChars: number;
}

function gradeOf(sentence: string, wordCount: number, ctx: SentenceContext): Candidate['grade'] {
  // A caption: by its own shape, or by being repeated inside one ("Foto: <the same words>").
  const repeated = wordCount >= TUNING.minWords && ctx.captions.some((c) => c !== sentence && c.includes(sentence));
  if (isCaption(sentence) || repeated || isHeadlineLike(sentence)) return 'skip';
  const last = ctx.next === undefined;
  const truncated = last && /(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\])$/.test(sentence);
  // A sentence with no end of its own inside the text is a caption or a label that ran in.
  const unended = !last && !ENDS_SENTENCE.test(sentence);
  const sized = wordCount >= TUNING.minWords && sentence.length <= Math.min(TUNING.maxSentenceChars, ctx.maxChars);
  return sized && !truncated && !unended ? 'good' : 'weak';
}

// Words as a reader counts them: "Rp 1.011.000" is two, "Kim Jong-un" two.
function wordTokens(sentence: string): string[] {
  return sentence.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? [];
}

function tfIdf(keys: readonly string[], idf: (key: string) => number): Vector {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const vector: Vector = new Map();
  for (const [key, n] of counts) {
    const w = (1 + Math.log(n)) * idf(key);
    if (w > 0) vector.set(key, w);
  }
  return vector;
}

function norm(v: Vector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

function cosine(a: Vector, b: Vector): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, w] of small) dot += w * (large.get(key) ?? 0);
  return dot / (na * nb);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

// The centroid weighs each report equally: the sum of their normalised tf-idf vectors, so what
// several reports share outweighs what one report repeats.
function centroidOf(candidates: readonly Candidate[]): Vector {
  const docs = new Map<number, Vector>();
  for (const c of candidates) {
    const doc = docs.get(c.doc) ?? new Map<string, number>();
    for (const [key, w] of c.vector) doc.set(key, (doc.get(key) ?? 0) + w);
    docs.set(c.doc, doc);
  }
  const centroid: Vector = new Map();
  for (const doc of docs.values()) {
    const n = norm(doc) || 1;
    for (const [key, w] of doc) centroid.set(key, (centroid.get(key) ?? 0) + w / n);
  }
  return centroid;
}

function topicScore(c: Candidate, weights: ReadonlyMap<string, number>, minWeight: number): number {
  let sum = 0;
  for (const key of c.vector.keys()) {
    const w = weights.get(key) ?? 0;
    if (w >= minWeight && w > 0) sum += w;
  }
  return sum;
}

// The weight of a typical strong term of the profile: the mean of its ten strongest.
const unitCache = new WeakMap<ReadonlyMap<string, number>, number>();
function profileUnit(weights: ReadonlyMap<string, number>): number {
  const known = unitCache.get(weights);
  if (known !== undefined) return known;
  const top = [...weights.values()].filter((w) => w > 0).sort((a, b) => b - a).slice(0, 10);
  const unit = top.length === 0 ? 1 : top.reduce((n, w) => n + w, 0) / top.length;
  unitCache.set(weights, unit);
  return unit;
}

// Each sentence's topic bonus in [0, 1].
function topicBonuses(candidates: readonly Candidate[], weights: ReadonlyMap<string, number> | undefined, mode: TopicBonusMode): number[] {
  if (weights === undefined || weights.size === 0 || mode === 'none') return candidates.map(() => 0);
  if (mode === 'article') {
    const topics = candidates.map((c) => topicScore(c, weights, 0));
    const maxTopic = Math.max(...topics) || 1;
    return topics.map((t) => t / maxTopic);
  }
  const unit = profileUnit(weights);
  return candidates.map((c) => Math.min(1, topicScore(c, weights, mode === 'strong' ? unit : 0) / unit));
}

function scoreRelevance(candidates: Candidate[], weights: ReadonlyMap<string, number> | undefined, opts: Required<SummarizeOptions>): void {
  const mode = opts.topicBonus;
  const centroid = centroidOf(candidates);
  const centroidSims = candidates.map((c) => cosine(c.vector, centroid));
  const topics = topicBonuses(candidates, weights, mode);
  const maxSim = Math.max(...centroidSims) || 1;
  const hasTopic = weights !== undefined && weights.size > 0 && mode !== 'none';
  const wTopic = hasTopic ? TUNING.weightTopic : 0;
  const total = TUNING.weightPosition + TUNING.weightCentroid + wTopic;
  candidates.forEach((c, i) => {
    const prior = Math.exp(-c.index / opts.positionDecay) * (c.doc === 0 ? 1 : TUNING.laterReportPrior);
    const relevance = TUNING.weightPosition * prior + TUNING.weightCentroid * (centroidSims[i]! / maxSim) + wTopic * topics[i]!;
    c.relevance = relevance / total;
  });
}

function similarity(a: Candidate, b: Candidate): number {
  return Math.max(cosine(a.vector, b.vector), jaccard(a.words, b.words));
}

function isRedundant(c: Candidate, chosen: readonly Candidate[]): boolean {
  return chosen.some((s) => cosine(c.vector, s.vector) >= TUNING.redundantCosine || jaccard(c.words, s.words) >= TUNING.redundantWords);
}

// Greedy MMR over the pool, appending to `chosen`; deterministic (ties go to the earlier sentence).
function select(pool: readonly Candidate[], chosen: Candidate[], opts: Required<SummarizeOptions>, fillOnly = false): Candidate[] {
  const remaining = [...pool];
  const charsOf = (list: readonly Candidate[]) => list.reduce((n, c) => n + c.text.length, 0) + Math.max(0, list.length - 1);
  const best = chosen[0]?.relevance ?? Math.max(0, ...pool.map((c) => c.relevance));
  while (chosen.length < opts.maxSentences && remaining.length > 0) {
    let pick: Candidate | undefined;
    let pickScore = -Infinity;
    for (const c of remaining) {
      if (isRedundant(c, chosen) || charsOf([...chosen, c]) > opts.maxChars) continue;
      // A sentence that points back never opens the summary, nor its report's part of it; a
      // pronoun may point forward only from its report's very first sentence.
      if (leansOnOneLeftOut(c, chosen)) continue;
      const redundancy = chosen.length === 0 ? 0 : Math.max(...chosen.map((s) => similarity(c, s)));
      const score = TUNING.mmrLambda * c.relevance - (1 - TUNING.mmrLambda) * redundancy;
      if (score > pickScore) {
        pick = c;
        pickScore = score;
      }
    }
    if (pick === undefined) break;
    if (!fillOnly && chosen.length >= opts.minSentences && pick.relevance < TUNING.extraRelevance * best) break;
    chosen.push(pick);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  return chosen;
}

function leansOnOneLeftOut(c: Candidate, chosen: readonly Candidate[]): boolean {
  if (c.leansBack === 'none' || (c.leansBack === 'unless-first' && c.index === 0)) return false;
  return !chosen.some((s) => s.doc === c.doc && s.index < c.index);
}
