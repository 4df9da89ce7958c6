// Article page bytes → text. An HTML page names its charset in more places than a feed, and
// browsers settle it in this order (WHATWG HTML, "determining the character encoding",
// simplified):
//   1. a byte-order mark, which overrides every label (WHATWG Encoding, BOM sniffing);
//   2. the Content-Type header's charset (the transport layer outranks the document);
//   3. <meta charset> or <meta http-equiv="Content-Type" content="...; charset=..."> in the
//      first 1024 bytes (the "prescan");
//   4. UTF-8: what almost every page without a label is, and the safest guess for the rest.
// A label no decoder knows is skipped, as browsers do, instead of failing the page: a wrong
// label on an article costs one garbled summary, not a lost story.
// The decoding itself is decodeFeedBody's, reached by handing it the chosen label as a
// Content-Type charset: it already does BOM precedence, the windows-1252 repair of Node's latin1
// fast path and BOM stripping, and those must not drift apart between feeds and pages.
import { charsetFromContentType, decodeFeedBody } from '../parse/decode-body.ts';

/** How far the prescan looks (WHATWG HTML, "prescan a byte stream": the first 1024 bytes). */
const PRESCAN_BYTES = 1024;

export function decodeHtml(body: Uint8Array, contentType?: string): string {
  const encoding =
    encodingFor(contentType ? charsetFromContentType(contentType) : undefined) ??
    metaCharsets(body).map(encodingFromMeta).find(Boolean) ??
    'utf-8';
  return decodeFeedBody(body, `text/html; charset=${encoding}`);
}

/** The decoder's canonical name for a label ("latin1" → "windows-1252"), or undefined if unknown. */
function encodingFor(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** A page we could read as ASCII to find its <meta> is not UTF-16, whatever the meta says (the prescan's rule). */
function encodingFromMeta(label: string): string | undefined {
  const encoding = encodingFor(label);
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** Charset labels from the <meta> tags in the first bytes, in document order. */
function metaCharsets(body: Uint8Array): string[] {
  // windows-1252 maps every byte to one character, so ASCII markup reads right whatever the charset.
  const head = new TextDecoder('windows-1252')
    .decode(body.subarray(0, PRESCAN_BYTES))
    // A meta inside a comment (IE conditional comments) does not count; an unclosed one hides the rest.
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const labels: string[] = [];
  for (const [, attributeText = ''] of head.matchAll(/<meta\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText);
    const charset = attributes.get('charset');
    if (charset) labels.push(charset);
    else if (attributes.get('http-equiv')?.toLowerCase() === 'content-type') {
      const fromContent = charsetFromMetaContent(attributes.get('content') ?? '');
      if (fromContent) labels.push(fromContent);
    }
  }
  return labels;
}

/** Attribute names (lower-cased) to values; the first of a repeated name wins, as in the prescan. */
function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, (match[2] ?? match[3] ?? match[4] ?? '').trim());
  }
  return attributes;
}

/** "text/html; charset=windows-1252" → "windows-1252"; WHATWG's "extracting a character encoding
 * from a meta element" needs no ";" before it, unlike a Content-Type header. */
function charsetFromMetaContent(content: string): string | undefined {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return (match?.[1] ?? match?.[2] ?? match?.[3])?.trim() || undefined;
}
