// Near-duplicate variants built from real text, for measuring (and testing) the SimHash cut.
// Each edit is one a republisher really makes: a dateline inserted, a clause reworded, a footer
// added, the title rewritten, a word dropped. Deterministic: no randomness, positions from length.
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_SEEDS_DIR } from '../../../src/adapters/project-paths.ts';
import { readSeedDir } from '../../../src/adapters/topic-files.ts';
import { parseEvalJsonl } from '../../../src/core/eval/parse-eval-data.ts';
import { DEV_SET } from '../../helpers/shared-data.ts';

export interface BaseText {
  id: string;
  lang: 'id' | 'en';
  title: string;
  body: string;
}

export type VariantKind = 'date inserted' | 'clause reworded' | 'footer added' | 'title rewritten' | 'word dropped' | 'date and footer';

const WORDS = /\S+/g;
const words = (text: string) => text.match(WORDS) ?? [];
const wordCount = (text: string) => words(text).length;

/** A short item: the title and the lead, cut at a sentence end near `chars`. */
export function leadOf(text: string, chars = 450): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf('. ', chars);
  return text.slice(0, cut > chars / 2 ? cut + 1 : chars);
}

export function seedTexts(): BaseText[] {
  return readSeedDir(DEFAULT_SEEDS_DIR).map(({ name, seed }) => ({ id: name, lang: 'id', title: seed.title, body: leadOf(seed.body) }));
}

/** dev.jsonl items with at least `minWords` words (title + summary), read in place. */
export function devTexts(minWords = 20): BaseText[] {
  if (!existsSync(DEV_SET)) return [];
  return parseEvalJsonl(readFileSync(DEV_SET, 'utf8'), 'dev.jsonl')
    .filter((item) => wordCount(`${item.title} ${item.summary}`) >= minWords)
    .map((item) => ({ id: item.id, lang: item.lang ?? 'id', title: item.title, body: item.summary }));
}

const DATELINE = { id: 'JAKARTA, Senin (2/12/2024) - ', en: 'WASHINGTON, Monday, Dec. 2, 2024 - ' };
const REWORD = { id: ['menurut', 'laporan', 'media', 'setempat'], en: ['according', 'to', 'local', 'reports'] };
const FOOTER = {
  id: ' Simak berita dan artikel lainnya di Google News. Ikuti saluran WhatsApp kami.',
  en: ' Follow us on Google News for the latest updates. Sign up for our newsletter.',
};
const NEW_TITLE = { id: 'Berita Terkini Hari Ini', en: 'Latest News Today' };

/** Replaces `count` words in the middle of `text` with `replacement`. */
function replaceMiddle(text: string, count: number, replacement: string[]): string {
  const list = words(text);
  const at = Math.max(0, Math.floor(list.length / 2) - Math.floor(count / 2));
  list.splice(at, Math.min(count, list.length - at), ...replacement);
  return list.join(' ');
}

export function variantOf(base: BaseText, kind: VariantKind): BaseText {
  const { lang } = base;
  switch (kind) {
    case 'date inserted':
      return { ...base, body: DATELINE[lang] + base.body };
    case 'clause reworded':
      return { ...base, body: replaceMiddle(base.body, 4, REWORD[lang]) };
    case 'footer added':
      return { ...base, body: base.body + FOOTER[lang] };
    case 'title rewritten':
      return { ...base, title: NEW_TITLE[lang] };
    case 'word dropped':
      return { ...base, body: replaceMiddle(base.body, 1, []) };
    case 'date and footer':
      return { ...base, body: DATELINE[lang] + base.body + FOOTER[lang] };
  }
}

export const VARIANT_KINDS: VariantKind[] = ['date inserted', 'clause reworded', 'footer added', 'title rewritten', 'word dropped', 'date and footer'];

export const textOf = (t: BaseText) => `${t.title}\n${t.body}`;
