// newshound against the Universal Feed Parser's test suite and real publisher feeds
// (../shared/conformance, read in place; skipped, saying so, where absent). Prints the
// per-category figures; `node --import tsx scripts/conformance.ts --failures` lists each miss.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_DIR, formatFigures, runSuite, summarize, type Figures } from './feedparser-suite.ts';

const present = existsSync(CONFORMANCE_DIR);
if (!present) console.warn(`SKIPPED feed conformance: ${CONFORMANCE_DIR} is not beside the project`);

describe.skipIf(!present)('feed conformance (../shared/conformance)', () => {
  let figures: Figures;

  it('runs every suite file through parse and normalise', async () => {
    const { results, real } = await runSuite();
    figures = summarize(results, real);
    console.log(formatFigures(figures));
    expect(figures.files).toBe(2_106);
  }, 120_000);

  it('parses at least 2,060 of the 2,106 suite files', () => {
    expect(figures.parsed).toBeGreaterThanOrEqual(2_060);
  });

  // Undeclared legacy charsets (the suite's illformed/chardet files: Big5, EUC-JP, KOI8-R...) are
  // named by chardet (src/core/parse/guess-charset.ts), so none is left garbled.
  it('leaves no mojibake (U+FFFD, C1 controls, UTF-8 read as Latin-1, a wrong charset)', () => {
    expect(figures.mojibakeFiles).toEqual([]);
    expect(figures.realFeeds.mojibakeFiles).toEqual([]);
  });

  it('never gives an entry a wrong date (a missing one is counted, not failed)', () => {
    expect(figures.wrongDates).toEqual([]);
    // Every item date of the suite and the real feeds with an explicit zone, against Date.parse.
    expect(figures.itemDates.disagree).toEqual([]);
    expect(figures.itemDates.written).toBeGreaterThan(1_000);
  });
});
