// `npm run bench`: speed figures of the issues that name one. Medians of several runs on one
// core (Node runs this single-threaded); the last line is one JSON object with every figure.
import { benchLearn, benchMatch } from './match-bench.ts';

const round = (n: number) => Math.round(n);

const match = benchMatch();
console.log(`match: ${round(match.itemsPerSecond)} items/s median of ${match.runs.length} runs (${match.runs.map(round).join(', ')}); items of ~${match.chars} chars from ${match.source}`);
const learn = benchLearn();
console.log(`learn: ${learn.medianMs.toFixed(1)} ms median of ${learn.runs.length} runs (5 seeds read, cleaned, learned); ${learn.withLoadingMs.toFixed(0)} ms with compiling the lexicon and reading the background table, as at start-up`);

console.log(JSON.stringify({ match_items_per_s: round(match.itemsPerSecond), learn_ms: Math.round(learn.medianMs * 10) / 10, learn_with_loading_ms: Math.round(learn.withLoadingMs) }));
