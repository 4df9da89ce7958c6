// How long the XML repair passes take on a broken feed, by size: they must grow linearly (the
// regex pass they replace rescanned to the end of the text for each unterminated CDATA section:
// a broken 1 MB feed blocked the worker 9-14 s, issue 11). The feed: items with bare `&` in
// titles and links and CDATA descriptions closed by `]]` instead of `]]>` (a real CMS bug).
//   node --import tsx bench/repair-bench.ts
import { parseFeed } from '../src/core/parse/parse-feed.ts';
import { closeOpenElements, escapeAmpersands } from '../src/core/parse/repair-xml.ts';
import { median, timeRuns } from './bench-stats.ts';

const SIZES_MB = [0.25, 0.5, 1, 2];
const RUNS = 3;

export function brokenFeed(chars: number): string {
  const items: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const item = `<item><title>Tom & Jerry ${i}</title><link>https://x.example/?a=1&b=${i}</link><description><![CDATA[<p>broken ${i}</p>]]</description></item>\n`;
    items.push(item);
    length += item.length;
  }
  // Through a Buffer so the string is flat, as a decoded body is.
  return Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items.join('')}</channel></rss>`).toString();
}

// Warm-up, so the first size is not charged the JIT's compile time.
await parseFeed(Buffer.from(brokenFeed(100_000)), 'application/rss+xml', 'warm-up');
const rows: string[] = ['size MB  escape ms  close ms  parseFeed ms  items  (escape+close ms per MB)'];
for (const mb of SIZES_MB) {
  const xml = brokenFeed(mb * 1_000_000);
  const escaped = escapeAmpersands(xml).xml;
  const escapeMs = median(timeRuns(RUNS, () => escapeAmpersands(xml)));
  const closeMs = median(timeRuns(RUNS, () => closeOpenElements(escaped)));
  const bytes = Buffer.from(xml);
  let items = 0;
  const started = performance.now();
  for (let run = 0; run < RUNS; run += 1) items = (await parseFeed(bytes, 'application/rss+xml', 'broken')).items.length;
  const parseMs = (performance.now() - started) / RUNS;
  rows.push(
    `${String(mb).padStart(7)} ${escapeMs.toFixed(0).padStart(10)} ${closeMs.toFixed(0).padStart(9)} ${parseMs.toFixed(0).padStart(13)} ${String(items).padStart(6)}  (${((escapeMs + closeMs) / mb).toFixed(0)})`,
  );
}
console.log(rows.join('\n'));
