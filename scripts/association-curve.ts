// The curve ASSOCIATION_CUTS (src/core/profile/widen-by-association.ts) is read from: every
// development topic learned from its seeds (all of them, and every set of all but one) with the
// shipped table, its theme widened by the word associations of --assoc FILE (a table built from the
// stream's first half with every labelled item of every development topic left out:
// build-background.ts --half first --assoc-exclude ...), for each cut together: the share of v's
// headlines a seed word must be in, how many seed words must vouch for v, v's weight as a share
// of the theme's weakest seed word, and the share of v's headlines that must hold a key of each other facet. Prints mean F1, mean leave-one-seed-out F1 (and its worst),
// mean C_norm, the default topic's dev F1 and each topic's F1; "none" is the seeds alone. With
// several --assoc tables (first half, second half) each cut is scored at its worst over them, as
// facet-curve.ts does. The cut is the best mean of full and leave-one-out mean F1 over all topics
// together (at its worst over the tables), among the cuts that lower no topic's F1 with any table;
// within 0.001 of it
// the fewest words added wins (highest share, then most vouching words, then lowest weight, then
// the highest share beside the other facets).
// With --background FILE (the first half's table), each Indonesian topic's headlines flagged a day
// on the stream's second half (printed, not ranked on).
//   node --import tsx scripts/association-curve.ts --assoc FILE [--assoc FILE2] [--background FILE] [--shares 0.05,0.1] [--words 1,2,3] [--weights 0.5,1]
// Names mode (ASSOCIATION_CUTS nameShare, nameSeedNames, nameThemeShare, nameLike, nameMaxEnglishP;
// widen-by-association.ts widenNames): --name-shares S,... [--name-words N,...] [--name-themes T,...]
// [--name-like entity,unknown] [--name-english P,...] [--names-after]; the theme's cuts stay the
// shipped ones (or --shares / --facet), the reference row is the theme widened alone, and a cut must
// lower no topic's F1 below it with any table. The topics are every development topic; the half
// tables must leave out the project topics' labelled items too (build-background.ts --assoc-exclude
// with the items.jsonl that scripts/build-topics.ts writes).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon, readAssociations } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readFeedbackFile } from '../src/adapters/feedback-file.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import type { TopicProfile } from '../src/core/model.ts';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { stemWord } from '../src/core/text/stem.ts';
import { learnProfile, type NamedSeed } from '../src/core/profile/learn-profile.ts';
import { seedEvidence } from '../src/core/profile/seed-evidence.ts';
import { ASSOCIATION_CUTS, seedHeadCounts, seedHeadNames, widenByAssociation, type AssociationCuts, type HeadName } from '../src/core/profile/widen-by-association.ts';
import { developmentTopics, profileCounts, readLabelled, SHARED_EVAL, topicDir, type Labelled } from './topic-eval-lib.ts';

const { values } = parseArgs({ options: { assoc: { type: 'string', multiple: true }, shares: { type: 'string' }, words: { type: 'string' }, weights: { type: 'string' }, facet: { type: 'string' }, background: { type: 'string' }, show: { type: 'string' }, 'name-shares': { type: 'string' }, 'name-words': { type: 'string' }, 'name-themes': { type: 'string' }, 'name-like': { type: 'string' }, 'names-after': { type: 'boolean' }, 'name-english': { type: 'string' }, 'name-vouchers': { type: 'string' }, 'voucher-p': { type: 'string' }, 'theme-vouchers': { type: 'string' }, 'seed-terms': { type: 'string' }, check: { type: 'string', multiple: true }, shipped: { type: 'boolean' } } });
if (values.assoc === undefined) {
  console.error('usage: association-curve.ts --assoc FILE [--shares ...] [--words ...] [--weights ...]');
  process.exit(2);
}
const list = (s: string | undefined, d: string) => (s ?? d).split(',').map(Number);
const shares = list(values.shares, '0.03,0.05,0.075,0.1,0.15,0.2,0.3');
const words = list(values.words, '0,1,2,3');
const weights = list(values.weights, '0.5,0.75,1');
const facetShares = list(values.facet, '0,0.05,0.1,0.2,0.3');
// --name-shares S,...: the names widening's curve (widen-by-association.ts widenNames, ASSOCIATION_CUTS
// nameShare, nameSeedNames, nameThemeShare, nameLike): the theme's cuts stay the shipped ones, the
// reference ("shipped") is the theme widened and the names not, and a cut must lower no topic's F1
// below it with any table.
const namesMode = values['name-shares'] !== undefined;
const nameShares = list(values['name-shares'], '0.1,0.2,0.3,0.4');
const nameWords = list(values['name-words'], '1,2,3');
const nameThemes = list(values['name-themes'], '0,0.05,0.1,0.2');
const nameEnglish = list(values['name-english'], '0');
const voucherPs = list(values['voucher-p'], '0');
// --theme-vouchers N,...: the theme's pooled widening with v stored beside at least N of its seed
// words (ASSOCIATION_CUTS themeVouchers), over --shares and --facet, the names widened as shipped;
// the reference row is the shipped cuts and a cut must lower no topic's F1 below it with any table.
const themeMode = values['theme-vouchers'] !== undefined && !namesMode;
const themeVoucherList = list(values['theme-vouchers'], '1');
// --seed-terms N,...: a word the seeds weigh that N seeds' heads hold joins the theme without the facet check (ASSOCIATION_CUTS seedTermHeads; 0 off).
// Without --seed-terms the grid keeps the shipped seed-term rule (ASSOCIATION_CUTS.seedTermHeads), so --show and a grid of other cuts run what ships.
const seedTermList = list(values['seed-terms'], String(ASSOCIATION_CUTS.seedTermHeads ?? 0));
const nameVouchers = (values['name-vouchers'] ?? 'facet').split(',') as Array<'facet' | 'heads'>;
const nameLikes = (values['name-like'] ?? 'entity,unknown').split(',') as Array<AssociationCuts['nameLike']>;
const NAMES_OFF = { nameShare: 0, nameSeedNames: ASSOCIATION_CUTS.nameSeedNames, nameThemeShare: ASSOCIATION_CUTS.nameThemeShare, nameLike: ASSOCIATION_CUTS.nameLike };

const lexicon = loadLexicon();
const background = loadBackground();
const tables = values.assoc.map((file) => readAssociations(file));
// --check FILE (the shipped table): scored too, never ranked on, but a cut must lower no topic's F1
// with it either: what ships must not cost a topic with the table it ships with.
const checks = (values.check ?? []).map((file) => readAssociations(file));
/** How common a word is in English news (its Porter stem), as learnProfile reads it: the names' loanword check. */
const englishP = (w: string) => background.probability(stemWord(w, 'en'), 'en');
// --background FILE (a table from the stream's first half): each Indonesian topic, learned against
// it and widened by the first --assoc table, run over the stream's second half: headlines flagged a day.
const firstHalf = values.background === undefined ? undefined : loadBackground(values.background);
const secondHalf = firstHalf === undefined ? [] : readFeedbackFile(join(SHARED_EVAL, 'stream-id-headlines.jsonl'), { half: 'second' });
const dates = secondHalf.map((i) => (i.published ?? '').slice(0, 10)).sort();
const days = dates.length === 0 ? 1 : (Date.parse(dates[dates.length - 1]!) - Date.parse(dates[0]!)) / 86_400_000 + 1;
/** Each learned profile's seed head names (nameVouchers 'heads'), as learnProfile passes them. */
const heads = new WeakMap<TopicProfile, HeadName[]>();
const headCounts = new WeakMap<TopicProfile, Map<string, number>>();
const withHeads = (profile: TopicProfile, seeds: readonly NamedSeed[]): TopicProfile => {
  const evidence = seedEvidence(seeds.map((s) => s.seed), lexicon);
  heads.set(profile, seedHeadNames(evidence, lexicon, (k) => background.probability(k, 'id')));
  headCounts.set(profile, seedHeadCounts(evidence));
  return profile;
};
const learn = (seeds: readonly NamedSeed[], name: string): TopicProfile => withHeads(learnProfile(seeds, lexicon, background, { name, associationCuts: false }), seeds);

const topics = developmentTopics().map((topic) => {
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  const items = readLabelled(join(topicDir(topic), 'items.jsonl'));
  const onHalf = firstHalf !== undefined && items[0]?.lang === 'id' ? withHeads(learnProfile(seeds, lexicon, firstHalf, { name: topic, associationCuts: false }), seeds) : undefined;
  return { topic, items, full: learn(seeds, topic), loo: seeds.map((_, i) => learn(seeds.filter((__, j) => j !== i), topic)), onHalf };
});
const defaultProfile = learn(readSeedDir(DEFAULT_SEEDS_DIR), 'default');
const tuning = readTuningFile(DEFAULT_TUNING_FILE);
const dev = readLabelled(join(SHARED_EVAL, 'dev.jsonl'));

const measure = (profile: TopicProfile, items: readonly Labelled[]) => {
  const { tp, fp, fn, positives, negatives } = profileCounts(profile, items, lexicon);
  return { f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn), c: fn / positives + (4.9 * fp) / negatives };
};

const rows: Array<{ cuts: AssociationCuts | undefined; score: number; harmless: boolean }> = [];
/** Each topic's F1 from all its seeds, per table, for the seeds alone (the first run). */
let alone: number[] | undefined;
/** Per table (the ranked ones, then the checks), each topic's F1 of the reference run. */
let referenceF1s: number[][] | undefined;
/** The same for each topic's worst leave-one-seed-out F1: robustness is the issue's too, so a cut may not lower it either. */
let aloneLooMins: number[] | undefined;
let referenceLooMins: number[][] | undefined;
const run = (cuts: AssociationCuts | undefined, reference = false) => {
  const runs = tables.map((table, i) => runOne(cuts, table, tables.length > 1 ? `[${i + 1}] ` : ''));
  const checked = checks.map((table, i) => runOne(cuts, table, `[check ${i + 1}] `));
  alone ??= runs[0]!.f1s;
  aloneLooMins ??= runs[0]!.looMins;
  // Names mode: the reference is the shipped theme widening, per topic at its worst over the tables.
  if (reference) alone = runs[0]!.f1s.map((_, i) => Math.min(...runs.map((r) => r.f1s[i]!)));
  if (reference) aloneLooMins = runs[0]!.looMins.map((_, i) => Math.min(...runs.map((r) => r.looMins[i]!)));
  if (reference || referenceF1s === undefined) referenceF1s = [...runs, ...checked].map((r) => r.f1s);
  if (reference || referenceLooMins === undefined) referenceLooMins = [...runs, ...checked].map((r) => r.looMins);
  // Harmless: no topic's F1, nor its worst leave-one-seed-out F1, falls below the seeds alone's
  // (names mode: the reference's), with any table, and below the reference's with each checked table.
  const atLeast = (values: readonly number[], floor: readonly number[]) => values.every((f, i) => f >= floor[i]! - 1e-9);
  const harmless = themeMode
    ? [...runs, ...checked].every((r, j) => atLeast(r.f1s, referenceF1s![j]!) && atLeast(r.looMins, referenceLooMins![j]!))
    : runs.every((r) => atLeast(r.f1s, alone!) && atLeast(r.looMins, aloneLooMins!)) && checked.every((r, j) => atLeast(r.f1s, referenceF1s![tables.length + j]!) && atLeast(r.looMins, referenceLooMins![tables.length + j]!));
  rows.push({ cuts, score: Math.min(...runs.map((r) => r.score)), harmless });
};
const runOne = (cuts: AssociationCuts | undefined, table: (typeof tables)[number], prefix: string): { score: number; f1s: number[]; looMins: number[] } => {
  const f1s: number[] = [];
  const looMins: number[] = [];
  // The table is Indonesian: English profiles are not widened (as learnProfile reads background.associations(lang)).
  const widen = (p: TopicProfile) => (cuts === undefined || p.seeds[0]?.lang !== 'id' ? { profile: p, added: [] } : widenByAssociation(p, table, lexicon, cuts, englishP, heads.get(p), headCounts.get(p)));
  let sumF1 = 0, sumLoo = 0, sumC = 0, worstLoo = 1;
  const cells: string[] = [];
  for (const t of topics) {
    const full = widen(t.full);
    const m = measure(full.profile, t.items);
    const loo = t.loo.map((p) => measure(widen(p).profile, t.items).f1);
    const looMean = loo.reduce((a, b) => a + b, 0) / loo.length;
    f1s.push(m.f1);
    looMins.push(Math.min(...loo));
    sumF1 += m.f1; sumLoo += looMean; sumC += m.c; worstLoo = Math.min(worstLoo, ...loo);
    let perDay = '';
    if (t.onHalf !== undefined && table === tables[0]) {
      const prepared = prepareProfile(widen(t.onHalf).profile, lexicon);
      perDay = ` ${(secondHalf.filter((i) => matchItem(i, prepared).decision).length / days).toFixed(2)}/d`;
    }
    cells.push(`${t.topic.slice(0, 12)} ${m.f1.toFixed(3)}/${m.c.toFixed(3)} (loo ${looMean.toFixed(3)} min ${Math.min(...loo).toFixed(3)}) +${full.added.length}${full.addedNames === undefined ? '' : `+${full.addedNames.length}n`}${perDay}`);
  }
  const k = topics.length;
  const devF1 = measure(applyTuning(widen(defaultProfile).profile, tuning, lexicon), dev).f1;
  const score = (sumF1 / k + sumLoo / k) / 2;
  const name = prefix + (cuts === undefined ? 'none' : `share ${cuts.minShare} words ${cuts.minSeedWords}${cuts.themeVouchers === undefined ? '' : ` vouchers ${cuts.themeVouchers}`}${(cuts.seedTermHeads ?? 0) > 0 ? ` seedterms ${cuts.seedTermHeads}` : ''} weight ${cuts.weightFactor} facet ${cuts.minFacetShare}${cuts.nameShare > 0 ? ` names ${cuts.nameShare}/${cuts.nameSeedNames}/${cuts.nameThemeShare}/${cuts.nameLike}/en${cuts.nameMaxEnglishP ?? 0}/${cuts.nameVouchers ?? 'facet'}${cuts.nameVouchers === 'heads' ? `/p${cuts.nameVoucherMaxP ?? 0}` : ''}` : ''}`);
  console.log(`${name.padEnd(32)} meanF1 ${(sumF1 / k).toFixed(3)} looMean ${(sumLoo / k).toFixed(3)} looWorst ${worstLoo.toFixed(3)} C ${(sumC / k).toFixed(3)} dev ${devF1.toFixed(3)} score ${score.toFixed(4)} | ${cells.join(' | ')}`);
  return { score, f1s, looMins };
};
// --show TOPIC: for the first cut of the grid, what joined the theme and the items whose decision changed.
if (values.show !== undefined) {
  const t = topics.find((x) => x.topic === values.show)!;
  const cuts = themeMode
    ? { ...ASSOCIATION_CUTS, minShare: shares[0]!, minFacetShare: facetShares[0]!, themeVouchers: themeVoucherList[0]!, seedTermHeads: seedTermList[0]! }
    : namesMode
    ? { ...ASSOCIATION_CUTS, ...(values.shares === undefined ? {} : { minShare: shares[0]! }), ...(values.facet === undefined ? {} : { minFacetShare: facetShares[0]! }), nameShare: nameShares[0]!, nameSeedNames: nameWords[0]!, nameThemeShare: nameThemes[0]!, nameLike: nameLikes[0]! }
    : { ...NAMES_OFF, minShare: shares[0]!, minSeedWords: words[0]!, weightFactor: weights[0]!, minFacetShare: facetShares[0]! };
  const w = widenByAssociation(t.full, tables[0]!, lexicon, { ...cuts, nameMaxEnglishP: nameEnglish[0]!, nameVouchers: nameVouchers[0]!, nameVoucherMaxP: voucherPs[0]! }, englishP, heads.get(t.full), headCounts.get(t.full));
  console.log(`${t.topic} ${JSON.stringify(cuts)} added: ${w.added.map((a) => `${a.key}<${a.vouchers.join('+')}`).join(' ')}; names: ${(w.addedNames ?? []).map((a) => `${a.key}<${a.vouchers.join('+')}`).join(' ')}`);
  const before = prepareProfile(t.full, lexicon);
  const after = prepareProfile(w.profile, lexicon);
  for (const item of t.items) {
    const a = matchItem(item, before).decision;
    const b = matchItem(item, after);
    if (a !== b.decision) console.log(`  ${b.decision ? '+' : '-'} ${item.label === 1 ? 'TRUE ' : 'FALSE'} ${item.title.slice(0, 100)} | ${b.reason.slice(0, 100)}`);
  }
  process.exit(0);
}
run(undefined);
// --shipped: the seeds alone and the shipped cuts only, one line each (scripts/association-counting-curve.sh
// reads the last: the tables' counting floors are judged at the cuts that ship).
if (values.shipped === true) {
  run({ ...ASSOCIATION_CUTS });
  const [seedsAlone, shipped] = rows;
  console.log(`shipped cuts: score ${shipped!.score.toFixed(4)} (seeds alone ${seedsAlone!.score.toFixed(4)})${shipped!.harmless ? '' : ' lowers some topic'}`);
  process.exit(0);
}
if (themeMode) {
  run({ ...ASSOCIATION_CUTS }, true);
  for (const minShare of shares) for (const minFacetShare of facetShares) for (const themeVouchers of themeVoucherList) for (const seedTerms of seedTermList) run({ ...ASSOCIATION_CUTS, minShare, minFacetShare, themeVouchers, seedTermHeads: seedTerms });
} else if (namesMode) {
  run({ ...ASSOCIATION_CUTS, ...NAMES_OFF }, true);
  // The theme's share and facet share stay the shipped ones unless --shares / --facet are given (both facets widened together).
  const themeShares = values.shares === undefined ? [ASSOCIATION_CUTS.minShare] : shares;
  const themeFacets = values.facet === undefined ? [ASSOCIATION_CUTS.minFacetShare] : facetShares;
  for (const minShare of themeShares) for (const minFacetShare of themeFacets) for (const nameShare of nameShares) for (const nameSeedNames of nameWords) for (const nameThemeShare of nameThemes) for (const nameLike of nameLikes) for (const nameMaxEnglishP of nameEnglish) for (const vouchers of nameVouchers) for (const nameVoucherMaxP of voucherPs) run({ ...ASSOCIATION_CUTS, minShare, minFacetShare, nameShare, nameSeedNames, nameThemeShare, nameLike, nameMaxEnglishP, nameVouchers: vouchers, nameVoucherMaxP, namesAfterTheme: values['names-after'] === true });
} else {
  for (const minShare of shares) for (const minSeedWords of words) for (const weightFactor of weights) for (const minFacetShare of facetShares) run({ ...NAMES_OFF, minShare, minSeedWords, weightFactor, minFacetShare });
}
// The cut: among those that lower no topic's F1 with any table (a gain for one topic paid by
// another is no generalisation), the best score; the best of all is printed beside it.
/** Fewer vouching head names first: the lowest rarity cut (0, no cut, counts as the most). */
const vouchersP = (c: AssociationCuts) => (c.nameVouchers !== 'heads' ? -1 : (c.nameVoucherMaxP ?? 0) <= 0 ? 1 : c.nameVoucherMaxP!);
/** Fewer seed terms first: the rule off (0) adds none, then the most heads asked. */
const seedTermsRank = (c: AssociationCuts) => ((c.seedTermHeads ?? 0) <= 0 ? Number.POSITIVE_INFINITY : c.seedTermHeads!);
const pick = (pool: typeof rows) => {
  const top = Math.max(...pool.map((r) => r.score));
  return pool
    .filter((r) => top - r.score <= 0.001)
    .sort((a, b) => b.cuts!.nameShare - a.cuts!.nameShare || b.cuts!.nameSeedNames - a.cuts!.nameSeedNames || b.cuts!.nameThemeShare - a.cuts!.nameThemeShare || vouchersP(a.cuts!) - vouchersP(b.cuts!) || (b.cuts!.themeVouchers ?? 1) - (a.cuts!.themeVouchers ?? 1) || seedTermsRank(b.cuts!) - seedTermsRank(a.cuts!) || b.cuts!.minShare - a.cuts!.minShare || b.cuts!.minSeedWords - a.cuts!.minSeedWords || a.cuts!.weightFactor - b.cuts!.weightFactor || b.cuts!.minFacetShare - a.cuts!.minFacetShare)[0];
};
// In names mode the grid is the names' cuts (the reference row, names off, is no candidate); within
// 0.001 of the best the fewest names win (highest share, most seed names, highest theme share).
const withCuts = rows.filter((r) => r.cuts !== undefined && (!namesMode || r.cuts.nameShare > 0) && (!themeMode || r.cuts.themeVouchers !== undefined));
const any = pick(withCuts);
const harmless = withCuts.some((r) => r.harmless) ? pick(withCuts.filter((r) => r.harmless)) : undefined;
console.log(`best of all: ${any === undefined ? 'none' : `${JSON.stringify(any.cuts)} (score ${any.score.toFixed(4)})`}; seeds alone ${rows[0]!.score.toFixed(4)}`);
console.log(harmless === undefined ? 'best: none (every cut lowers some topic)' : `best: ${JSON.stringify(harmless.cuts)} (score ${harmless.score.toFixed(4)}; lowers no topic)`);
