// Why a topic learned from its seeds alone misses what it misses, and how far widening its theme
// from the seeds' own words could go. For each development topic (or those named), learned from all
// its seeds without feedback: the false negatives grouped by what failed (which facet was missing,
// or the threshold), then a ceiling. The ceiling adds the seeds' own words (non-names in at least
// --min-seeds seeds, default 2) to the theme facet one at a time, greedily, each weighing what the
// theme's weakest key weighs, keeping only additions that add no false positive, chosen WITH THE
// LABELS: it bounds what any rule widening the theme from the seeds' vocabulary could gain; it
// sets nothing.
//   node --import tsx scripts/facet-misses.ts [--min-seeds N] [--steps N] [TOPIC...]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import type { TopicProfile } from '../src/core/model.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { seedEvidence } from '../src/core/profile/seed-evidence.ts';
import { isEntityKey } from '../src/core/text/lexicon.ts';
import { developmentTopics, profileCounts, readLabelled, topicDir, type Labelled } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'min-seeds': { type: 'string' }, steps: { type: 'string' } } });
const minSeeds = Number(values['min-seeds'] ?? 2);
const steps = Number(values.steps ?? 15);
if (!Number.isInteger(minSeeds) || minSeeds < 1 || !Number.isInteger(steps) || steps < 0) throw new Error('facet-misses: --min-seeds takes a whole number >= 1, --steps one >= 0');
const lexicon = loadLexicon();
const background = loadBackground();

function counts(profile: TopicProfile, items: readonly Labelled[]) {
  const { tp, fp, fn } = profileCounts(profile, items, lexicon);
  return { tp, fp, fn, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) };
}
const show = (c: ReturnType<typeof counts>) => `tp=${c.tp} fp=${c.fp} fn=${c.fn} F1=${c.f1.toFixed(3)}`;

for (const topic of positionals.length > 0 ? positionals : developmentTopics()) {
  const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
  const items = readLabelled(join(topicDir(topic), 'items.jsonl'));
  const profile = learnProfile(seeds, lexicon, background, { name: topic });
  const prepared = prepareProfile(profile, lexicon);
  const base = counts(profile, items);
  console.log(`${topic}: ${show(base)}; facets ${profile.concepts.map((c) => c.name).join(' AND ')}`);

  const why = new Map<string, number>();
  for (const item of items) {
    if (item.label !== 1) continue;
    const match = matchItem(item, prepared);
    if (match.decision) continue;
    const missing = match.concepts.filter((c) => c.matched.length === 0).map((c) => c.name.split(':')[0]!);
    const reason = missing.length > 0 ? `missing ${missing.join(' + ')}` : match.reason.startsWith('excluded') ? 'excluded' : 'below threshold';
    why.set(reason, (why.get(reason) ?? 0) + 1);
  }
  for (const [reason, n] of [...why].sort((a, b) => b[1] - a[1])) console.log(`  false negatives, ${reason}: ${n}`);

  const at = profile.concepts.findIndex((c) => c.name.startsWith('theme'));
  if (at < 0) continue;
  const evidence = seedEvidence(seeds.map((s) => s.seed), lexicon);
  const weights = new Map(profile.terms.map((t) => [t.key, t.weight]));
  const theme = profile.concepts[at]!;
  const weakest = Math.min(...theme.keys.map((k) => weights.get(k) ?? 0));
  const widened = (keys: readonly string[]): TopicProfile => ({
    ...profile,
    concepts: profile.concepts.map((c, i) => (i === at ? { ...c, keys: [...c.keys, ...keys] } : c)),
    terms: [...profile.terms.filter((t) => !keys.includes(t.key)), ...keys.map((key) => ({ key, label: key, kind: 'word' as const, weight: Math.max(weakest, weights.get(key) ?? 0), seeds: evidence.stats.get(key)!.seeds }))],
  });
  const candidates = [...evidence.stats.values()].filter((s) => !s.name && !isEntityKey(s.key) && s.seeds >= minSeeds && !theme.keys.includes(s.key)).map((s) => s.key);
  const chosen: string[] = [];
  let current = base;
  for (let step = 0; step < steps; step++) {
    let best: { key: string; c: ReturnType<typeof counts> } | undefined;
    for (const key of candidates) {
      if (chosen.includes(key)) continue;
      const c = counts(widened([...chosen, key]), items);
      if (c.fp <= base.fp && c.f1 > (best?.c.f1 ?? current.f1)) best = { key, c };
    }
    if (best === undefined) break;
    chosen.push(best.key);
    current = best.c;
  }
  console.log(`  ceiling, theme widened by label-chosen seed words (in >= ${minSeeds} seeds, no added false positive): ${show(current)}${chosen.length > 0 ? ` with ${chosen.join(', ')}` : ''}`);
}
