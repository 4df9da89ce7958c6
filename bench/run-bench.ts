// `npm run bench`: speed figures of the issues that name one. Medians of several runs on one
// core (Node runs this single-threaded); the last line is one JSON object with every figure.
import { benchLearn, benchMatch, benchMatchWithMemory } from './match-bench.ts';
import { benchCluster } from './cluster-bench.ts';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { PollFigures } from './poll-bench.ts';

const round = (n: number) => Math.round(n);

const match = benchMatch();
console.log(`match: ${round(match.itemsPerSecond)} items/s median of ${match.runs.length} runs (${match.runs.map(round).join(', ')}); items of ~${match.chars} chars from ${match.source}`);
const matchWithMemory = benchMatchWithMemory();
console.log(`match with the topic memory (as the worker decides): ${round(matchWithMemory.itemsPerSecond)} items/s median of ${matchWithMemory.runs.length} runs (${matchWithMemory.runs.map(round).join(', ')}); the same items, analysed with their place keys, the memory asked and told`);
const learn = benchLearn();
console.log(`learn: ${learn.medianMs.toFixed(1)} ms median of ${learn.runs.length} runs (5 seeds read, cleaned, learned); ${learn.withLoadingMs.toFixed(0)} ms with compiling the lexicon and reading the background table, as at start-up`);

const cluster = benchCluster();
console.log(`cluster: ${round(cluster.itemsPerSecond)} items/s median of ${cluster.runs.length} runs (${cluster.runs.map(round).join(', ')}); fresh items of ~${cluster.chars} chars assigned against a window of ${cluster.stories} stories; from ${cluster.source}`);

// The poll runs as the worker does in production: compiled (as `npm ci` builds dist/), in its own
// process, with the heap the Docker image gives it (NODE_OPTIONS in the Dockerfile).
const pollBundle = fileURLToPath(new URL('../dist/poll-bench.js', import.meta.url));
await build({ entryPoints: [fileURLToPath(new URL('./poll-bench-main.ts', import.meta.url))], outfile: pollBundle, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const pollOutput = execFileSync(process.execPath, ['--max-old-space-size=128', '--max-semi-space-size=4', pollBundle], { encoding: 'utf8' });
const poll = JSON.parse(pollOutput.trim().split('\n').at(-1)!) as PollFigures & { maxRssMb: number };
console.log(`poll: 1,000 feeds x 50 items (${poll.items} items) from loopback, SQLite state: first pass ${poll.firstPassS.toFixed(1)} s, second pass (mostly 304) ${poll.secondPassS.toFixed(1)} s; peak RSS ${poll.peakRssMb.toFixed(0)} MB during the first pass (${poll.maxRssMb.toFixed(0)} MB over the whole benchmark process, incl. the in-process parse comparison)`);
console.log(`pipeline vs bare rss-parser, per item: ${poll.pipelineUsPerItem.toFixed(0)} µs (decode, parse, normalise, dedup, baseline, as in the first pass) vs ${poll.parseUsPerItem.toFixed(0)} µs: ratio ${poll.ratio.toFixed(2)}; with every item new and matched: ${poll.matchedUsPerItem.toFixed(0)} µs (ratio ${(poll.matchedUsPerItem / poll.parseUsPerItem).toFixed(2)})`);

console.log(JSON.stringify({ match_items_per_s: round(match.itemsPerSecond), match_with_memory_items_per_s: round(matchWithMemory.itemsPerSecond), learn_ms: Math.round(learn.medianMs * 10) / 10, learn_with_loading_ms: Math.round(learn.withLoadingMs), poll_1000_first_s: Math.round(poll.firstPassS * 10) / 10, poll_1000_second_s: Math.round(poll.secondPassS * 10) / 10, peak_rss_mb: Math.round(poll.peakRssMb), pipeline_vs_parse_ratio: Math.round(poll.ratio * 100) / 100, cluster_items_per_s: round(cluster.itemsPerSecond) }));
