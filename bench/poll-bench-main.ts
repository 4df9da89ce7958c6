// Entry point of the poll benchmark in a process of its own, so its peak memory is its own
// (not the match benchmark's 150,000 headlines). Prints one JSON line for run-bench.ts.
import { benchPoll } from './poll-bench.ts';

const figures = await benchPoll();
console.log(JSON.stringify({ ...figures, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
