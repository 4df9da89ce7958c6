// Feed HTML → one line of plain text for matching and for Discord embeds, where markup, image
// alt text and "[https://...]" link targets would be noise. html-to-text (not a regex) does the
// work because feeds hold real-world HTML: unclosed tags, entities, <script> in descriptions.
import { compile } from 'html-to-text';
import { repairMojibake } from './mojibake.ts';

const SKIPPED = ['img', 'picture', 'script', 'style', 'noscript', 'iframe', 'svg', 'video', 'audio'];
const NOT_UPPERCASED = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const convert = compile({
  wordwrap: false,
  decodeEntities: true,
  selectors: [
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    ...NOT_UPPERCASED.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'ul', options: { itemPrefix: ' ' } },
    // Layout tables in descriptions would otherwise run their cells together ("c1c2").
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

// Most feed titles are plain text and most descriptions a few paragraphs with inline emphasis.
// Those are converted directly (the result is the same as html-to-text's once whitespace is
// collapsed), which keeps normalising near the cost of parsing; anything else, including every
// entity, goes through html-to-text.
const SIMPLE_TAG = /<\/?(p|br|div|b|i|em|strong|span|u)\s*\/?>/gi;
const BLOCK = new Set(['p', 'br', 'div']);

export function htmlToPlainText(source: string): string {
  if (!source) return '';
  // Before (html-to-text drops C1 controls) and after (entities decoded only now) conversion.
  return repairMojibake(toPlainText(repairMojibake(source)));
}

function toPlainText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html.replace(/\s+/g, ' ').trim();
  if (!html.includes('&')) {
    // Block tags become a space, inline ones nothing ("<b>wo</b>rd" stays one word).
    const stripped = html.replace(SIMPLE_TAG, (_tag, name: string) => (BLOCK.has(name.toLowerCase()) ? ' ' : ''));
    if (!stripped.includes('<')) return stripped.replace(/\s+/g, ' ').trim();
  }
  return convert(closeSkippedElements(html)).replace(/\s+/g, ' ').trim();
}

// The skipped elements that hold content. HTML has no self-closing tags for them: an XHTML-style
// embed (`<iframe src="..."/>`, `<video .../>`) opens an element that runs to the end, and a
// title naming one ("Why <script> tags block rendering") never closes it either; skipped, each
// took every word after it. A self-closed one is closed at once, and one never closed is dropped
// as a tag (its text kept, as feedparser's sanitiser keeps the text of elements it removes).
const CONTENT_SKIPPED = /<(script|style|noscript|iframe|svg|video|audio|picture)\b([^<>]*?)(\/?)>/gi;

function closeSkippedElements(html: string): string {
  const lower = html.toLowerCase();
  const lastClose = new Map<string, number>();
  return html.replace(CONTENT_SKIPPED, (tag, rawName: string, attributes: string, selfClosing: string, offset: number) => {
    const name = rawName.toLowerCase();
    if (selfClosing) return `<${rawName}${attributes}></${rawName}>`;
    if (!lastClose.has(name)) lastClose.set(name, lower.lastIndexOf(`</${name}`));
    return (lastClose.get(name) ?? -1) > offset ? tag : ' ';
  });
}
