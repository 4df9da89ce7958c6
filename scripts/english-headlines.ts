// Joins an English headline corpus transcribed day by day into the JSONL build-background.ts reads
// (one object a line: title, source, published = the day), so the English table can count each key
// at its typical monthly rate as the Indonesian one does. The corpus itself is third-party text and
// stays outside the project (README, "Background statistics", says where it comes from):
//   DIR/<YYYY-MM-DD>.tsv   one line per feed entry of that day: <feed short name> TAB <title>
//   node --import tsx scripts/english-headlines.ts DIR [OUT.jsonl]   # default DIR/en-headlines.jsonl
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Headline {
  title: string;
  source: string;
  published: string;
}

const DAY_FILE = /^(\d{4}-\d\d-\d\d)\.tsv$/;

/** The headlines of every day file in `dir`, in day order; a line without a feed and a title is an error naming it. */
export function readHeadlineDays(dir: string): Headline[] {
  const days = readdirSync(dir).filter((name) => DAY_FILE.test(name)).sort();
  if (days.length === 0) throw new Error(`english-headlines: no <YYYY-MM-DD>.tsv files in ${dir}`);
  return days.flatMap((name) => {
    const day = DAY_FILE.exec(name)![1]!;
    return readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .map((line, index) => ({ line: line.trimEnd(), index }))
      .filter(({ line }) => line !== '')
      .map(({ line, index }) => {
        const tab = line.indexOf('\t');
        const title = tab < 0 ? '' : line.slice(tab + 1).trim();
        if (tab <= 0 || title === '') throw new Error(`english-headlines: ${name} line ${index + 1}: not "<feed> TAB <title>"`);
        return { title, source: line.slice(0, tab), published: day };
      });
  });
}

function main(args: readonly string[]): number {
  if (args.length < 1 || args.length > 2 || args.some((a) => a.startsWith('-'))) {
    console.error('usage: english-headlines.ts DIR [OUT.jsonl]');
    return 2;
  }
  const out = args[1] ?? join(args[0]!, 'en-headlines.jsonl');
  try {
    const headlines = readHeadlineDays(args[0]!);
    writeFileSync(out, headlines.map((h) => JSON.stringify(h)).join('\n') + '\n');
    const days = new Set(headlines.map((h) => h.published));
    console.log(`wrote ${out}: ${headlines.length} headlines of ${days.size} days (${[...days][0]} to ${[...days].at(-1)})`);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
