// What the seeds name but no facet holds, and what each such name would bring. For each development
// topic (or those named) and the default one, learned from all its seeds as shipped: every name the
// seeds carry (seed-evidence.ts: a lexicon entity, a word they capitalise mid-sentence, an acronym;
// no country, no phrase) that is in two seeds or more, or prominent in one, and in no facet. Each is
// put into the names facet alone, at the weight it already has, and the items are scored again:
// printed are the seed figures the facet rules read (seeds, prominent, heads = titles and leads, the
// share of ordinary headlines holding it, the entity type) and the true and false positives it adds.
// It bounds what letting one held-out name in could gain (chosen WITH THE LABELS); it sets nothing.
// Topics without a names facet are listed without rows.
//   node --import tsx scripts/held-out-names.ts [--all] [TOPIC...]
// --all also prints the names that change nothing.
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import type { TopicProfile } from '../src/core/model.ts';
import type { FacetConcept } from '../src/core/profile/learn-concepts.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { seedEvidence } from '../src/core/profile/seed-evidence.ts';
import { namedOrAllTopics, profileCounts } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean' } } });
const lexicon = loadLexicon();
const background = loadBackground();

for (const topic of namedOrAllTopics(positionals, lexicon)) {
  const evidence = seedEvidence(
    topic.seeds.map((s) => s.seed),
    lexicon,
  );
  const profile = topic.tune(learnProfile(topic.seeds, lexicon, background, { name: topic.name }));
  const index = (profile.concepts as FacetConcept[]).findIndex((c) => c.kind === 'names');
  const base = profileCounts(profile, topic.items, lexicon);
  console.log(`${topic.name}: tp=${base.tp} fp=${base.fp} fn=${base.fn}${index < 0 ? '; no names facet' : ''}`);
  if (index < 0) continue;
  const inFacets = new Set(profile.concepts.flatMap((c) => c.keys));
  const held = [...evidence.stats.values()]
    .filter((s) => s.name && !s.key.includes(' ') && !inFacets.has(s.key) && (s.seeds >= 2 || s.prominent >= 1))
    .filter((s) => lexicon.entities.get(s.key)?.type !== 'country')
    .sort((a, b) => b.seeds - a.seeds || b.prominent - a.prominent || a.key.localeCompare(b.key));
  for (const stats of held) {
    const concepts = profile.concepts.map((c, i) => (i === index ? { ...c, keys: [...c.keys, stats.key], labels: [...c.labels, stats.label] } : c));
    const widened: TopicProfile = { ...profile, concepts };
    const { tp, fp } = profileCounts(widened, topic.items, lexicon);
    if (!values.all && tp === base.tp && fp === base.fp) continue;
    const heads = evidence.headSets.filter((h) => h.has(stats.key)).length;
    const share = background.probability(stats.key, evidence.lang);
    const type = lexicon.entities.get(stats.key)?.type ?? (stats.acronym === true ? 'acronym' : 'word');
    console.log(
      `  ${stats.label.padEnd(22)} ${type.padEnd(7)} seeds ${stats.seeds}, prominent ${stats.prominent}, heads ${heads}, ${(100 * share).toFixed(3)}% of headlines: +${tp - base.tp} true, +${fp - base.fp} false`,
    );
  }
}
