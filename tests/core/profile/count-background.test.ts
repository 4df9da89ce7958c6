// The background table counted from English news as from Indonesian: a dated stream of feed items
// counts each key at its typical monthly rate (one month's burst is not ordinary news), and English
// word associations built beside a table are read with it.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { associationsFileFor, loadLexicon, readBackgroundData } from '../../../src/adapters/lexicon-files.ts';
import { BACKGROUND_FILE } from '../../../src/adapters/project-paths.ts';
import { countBackground } from '../../../src/core/profile/count-background.ts';
import { countAssociations, formatAssociations } from '../../../src/core/profile/word-associations.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';

const lexicon = loadLexicon();
const keyOf = (word: string) => analyzeText(word, lexicon, 'en').keys[0]!;

/** Four months of ten headlines; "tariffs" in every headline of one month and one of each other. */
function months(): { documents: string[]; periods: string[] } {
  const documents: string[] = [];
  const periods: string[] = [];
  for (const [m, month] of ['2025-01', '2025-02', '2025-03', '2025-04'].entries()) {
    for (let i = 0; i < 10; i += 1) {
      documents.push(m === 1 || i === 0 ? `Tariffs on steel shipments rise ${i}` : `Council approves budget for bridges ${i}`);
      periods.push(month);
    }
  }
  return { documents, periods };
}

describe('the English background at typical rates', () => {
  const { documents, periods } = months();
  const tariffs = keyOf('tariffs');

  it('counts a key at its typical monthly rate when the English documents are dated', () => {
    const data = countBackground({ idDocuments: [], enDocuments: documents, enPeriods: periods, trimmedPeriods: 1, lexiconHash: 'x', sources: [] }, lexicon);
    // Plain: 13 of 40. Typical: the month of 10 left out, 1 in 10 in the others -> 4 of 40.
    expect(data.enDocs).toBe(40);
    expect(data.enDf![tariffs]).toBe(4);
  });

  it('counts every document once when they are not dated', () => {
    const data = countBackground({ idDocuments: [], enDocuments: documents, lexiconHash: 'x', sources: [] }, lexicon);
    expect(data.enDf![tariffs]).toBe(13);
  });
});

describe('English word associations beside a table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newshound-assoc-en-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are read with the table when built beside it, and only then', () => {
    const table = join(dir, 'table.json');
    copyFileSync(BACKGROUND_FILE, table);
    expect(readBackgroundData(table).associations?.en).toBeUndefined();
    const docs = Array.from({ length: 30 }, (_, i) => analyzeText(`Tariffs on steel imports ${i % 3 === 0 ? 'rise' : 'widen'}`, lexicon, 'en').keys);
    writeFileSync(associationsFileFor(table, 'en'), formatAssociations(countAssociations(docs, { minDf: 5, minPair: 3 }), ['test']));
    const english = readBackgroundData(table).associations?.en;
    expect(english).toBeDefined();
    expect(english!.associates.get(keyOf('tariffs'))?.length ?? 0).toBeGreaterThan(0);
  });
});
