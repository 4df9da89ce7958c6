// Prints newshound's figures against the feed conformance corpora in ../shared/conformance
// (the Universal Feed Parser's test files and real publisher feeds): files parsed, per-category
// pass counts of the translated `Expect:` checks, mojibake, wrong dates.
//   node --import tsx scripts/conformance.ts [--failures]
import { existsSync } from 'node:fs';
import { CONFORMANCE_DIR, formatFigures, runSuite, summarize } from '../tests/conformance/feedparser-suite.ts';

if (!existsSync(CONFORMANCE_DIR)) {
  console.error(`conformance: ${CONFORMANCE_DIR} is not beside the project; nothing to measure`);
  process.exit(1);
}
const { results, real } = await runSuite();
console.log(formatFigures(summarize(results, real)));
if (process.argv.includes('--failures')) {
  console.log('\nnot parsed:');
  for (const r of results.filter((r) => !r.parsed)) console.log(`  ${r.file}: ${r.error}`);
  for (const r of real.filter((r) => !r.parsed)) console.log(`  real-feeds/${r.file}: ${r.error}`);
  console.log('\nfailed checks:');
  for (const r of results) for (const c of r.checks.filter((c) => c.outcome !== 'pass')) console.log(`  ${r.file} [${c.kind}] ${c.outcome}: ${c.detail}`);
  console.log('\nmojibake:');
  for (const r of results.filter((r) => r.mojibake.length)) console.log(`  ${r.file}: ${JSON.stringify(r.mojibake[0])}`);
}
