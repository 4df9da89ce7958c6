// Repairs for the XML errors common enough in real feeds to mend rather than reject. Each pass
// is linear in the feed's length (a broken feed must not stall the worker: the old regex pass
// rescanned to the end of the text for every unterminated CDATA section or comment).
//
//   escapeBareAmpersands  a bare `&` ("Tom & Jerry", "?a=1&b=2") or an entity the parser does
//                         not know (`&doesnotexist;`) becomes `&amp;`, so it reads as itself.
//                         CDATA sections and comments are left alone: a `&` there is legal.
//   declaredEntities      `<!ENTITY name "value">` from the DOCTYPE's internal subset, which sax
//                         does not read, for the parser to be taught (entityExpansionChars says
//                         what teaching them would cost).
//   closeOpenElements     a truncated or mis-nested file: an unfinished tag, CDATA section or
//                         comment at the end is cut off, a stray end tag dropped, and the
//                         elements left open are closed, so the items before the damage are kept.

/** Any `&name;` counts as known: the parser decides (sax knows the HTML 4 entities). */
const ANY_NAME = () => true;

// At a `&`: a named, decimal or hex reference. Names are capped so a long run of letters after
// a bare `&` costs no more than the run itself.
const REFERENCE = /&(?:([A-Za-z_][\w.-]{0,63})|#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8});/y;

export interface Repaired {
  xml: string;
  /** How many places were changed; 0 when the text was left as it was. */
  changes: number;
}

export interface EscapedAmpersands extends Repaired {
  /** Names of the unknown entities escaped (`&doesnotexist;`), each once, at most 5. */
  unknownEntities: string[];
}

const MAX_NAMED = 5;

export function escapeBareAmpersands(xml: string, isKnownEntity: (name: string) => boolean = ANY_NAME): string {
  return escapeAmpersands(xml, isKnownEntity).xml;
}

export function escapeAmpersands(xml: string, isKnownEntity: (name: string) => boolean = ANY_NAME): EscapedAmpersands {
  let nextAmp = xml.indexOf('&');
  const unknownEntities: string[] = [];
  if (nextAmp === -1) return { xml, changes: 0, unknownEntities };
  const out: string[] = [];
  let copied = 0;
  let changes = 0;
  // Next `<!` (a CDATA section or comment starts with it); searched again only once passed,
  // so every character is looked at a bounded number of times.
  let nextBang = xml.indexOf('<!');
  const find = closerFinder(xml);
  while (nextAmp !== -1) {
    if (nextBang !== -1 && nextBang < nextAmp) {
      // An unterminated CDATA section or comment is no literal: its opener is passed over.
      const end = literalEnd(xml, nextBang, find);
      if (end !== -1 && nextAmp < end) nextAmp = xml.indexOf('&', end);
      nextBang = xml.indexOf('<!', end === -1 ? nextBang + 2 : Math.max(end, nextBang + 2));
      continue;
    }
    REFERENCE.lastIndex = nextAmp;
    const reference = REFERENCE.exec(xml);
    const unknown = reference?.[1] !== undefined && !isKnownEntity(reference[1]);
    if (!reference || unknown) {
      if (unknown && unknownEntities.length < MAX_NAMED && !unknownEntities.includes(reference[1]!)) unknownEntities.push(reference[1]!);
      out.push(xml.slice(copied, nextAmp), '&amp;');
      copied = nextAmp + 1;
      changes += 1;
    }
    nextAmp = xml.indexOf('&', nextAmp + 1);
  }
  if (changes === 0) return { xml, changes, unknownEntities };
  out.push(xml.slice(copied));
  return { xml: out.join(''), changes, unknownEntities };
}

/** Where a CDATA section or comment starting at `at` ends (after its closer), `at + 2` for other `<!` markup, -1 if unterminated. */
function literalEnd(xml: string, at: number, find: Finder): number {
  const closer = xml.startsWith('<![CDATA[', at) ? ']]>' : xml.startsWith('<!--', at) ? '-->' : undefined;
  if (!closer) return at + 2;
  const end = find(closer, at + (closer === ']]>' ? 9 : 4));
  return end === -1 ? -1 : end + closer.length;
}

type Finder = (closer: string, from: number) => number;

/**
 * indexOf for closers, remembering its last answer per closer: many openers without a closer
 * (a CMS that writes `]]` for `]]>`) would otherwise each search to the end of the text.
 * Asked with increasing `from`, it reads the text once per closer.
 */
function closerFinder(xml: string): Finder {
  const last = new Map<string, { from: number; at: number }>();
  return (closer, from) => {
    const known = last.get(closer);
    if (known && from >= known.from && (known.at === -1 || known.at >= from)) return known.at;
    const at = xml.indexOf(closer, from);
    last.set(closer, { from, at });
    return at;
  };
}

/** How far into the text a DOCTYPE may start: it must precede the root element. */
const DOCTYPE_SEARCH_CHARS = 8_192;
const ENTITY_DECLARATION = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"<&]*)"|'([^'<&]*)')\s*>/g;

/** General entities with a literal value declared in the internal subset (`%` parameter entities are not). */
export function declaredEntities(xml: string): Map<string, string> {
  const entities = new Map<string, string>();
  const start = xml.slice(0, DOCTYPE_SEARCH_CHARS).search(/<!DOCTYPE\b/i);
  if (start === -1) return entities;
  const open = xml.indexOf('[', start);
  const tagEnd = xml.indexOf('>', start);
  if (open === -1 || (tagEnd !== -1 && tagEnd < open)) return entities;
  const close = xml.indexOf(']', open);
  if (close === -1) return entities;
  for (const [, name, double, single] of xml.slice(open, close).matchAll(ENTITY_DECLARATION)) {
    entities.set(name!, (double ?? single)!);
  }
  return entities;
}

/**
 * Characters the references to `entities` would add when expanded. Values hold no `&`, so no
 * entity nests another (no billion laughs), but one long value referenced many times still grows
 * a small feed past any cap on its bytes; the caller refuses to expand past a budget.
 */
export function entityExpansionChars(xml: string, entities: ReadonlyMap<string, string>): number {
  if (entities.size === 0) return 0;
  let total = 0;
  for (const [, name] of xml.matchAll(/&([A-Za-z_][\w.-]*);/g)) total += entities.get(name!)?.length ?? 0;
  return total;
}

const NAME = /[A-Za-z_][\w.:-]*/y;

/**
 * Balance the element tags of a damaged document. Linear apart from the search of the open
 * elements for an end tag's match (the nesting depth, small in feeds).
 */
export function closeOpenElements(xml: string): Repaired {
  const out: string[] = [];
  const open: string[] = [];
  let copied = 0;
  let changes = 0;
  let at = xml.indexOf('<');
  let cut = xml.length;
  const find = closerFinder(xml);
  while (at !== -1) {
    const end = /[A-Za-z_/!?]/.test(xml[at + 1] ?? '') ? markupEnd(xml, at, find) : BROKEN;
    if (end === BROKEN) {
      // A `<` that starts no markup ("a < b"), a tag broken by the next `<`, a CDATA section or
      // comment that never ends: text.
      out.push(xml.slice(copied, at), '&lt;');
      copied = at + 1;
      changes += 1;
      at = xml.indexOf('<', at + 1);
      continue;
    }
    if (end === -1) {
      cut = at; // unfinished markup at the end: dropped
      changes += 1;
      break;
    }
    if (xml[at + 1] === '/') {
      NAME.lastIndex = at + 2;
      const name = NAME.exec(xml)?.[0];
      const match = name === undefined ? -1 : open.lastIndexOf(name);
      if (match === -1) {
        out.push(xml.slice(copied, at)); // an end tag for nothing open: dropped
        copied = end;
        changes += 1;
      } else if (match < open.length - 1) {
        // Elements left open inside this one are closed first.
        out.push(xml.slice(copied, at), endTags(open.splice(match + 1)));
        copied = at;
        changes += 1;
        open.pop();
      } else {
        open.pop();
      }
    } else if (xml[at + 1] !== '!' && xml[at + 1] !== '?') {
      NAME.lastIndex = at + 1;
      const name = NAME.exec(xml)?.[0];
      if (name !== undefined && xml[end - 2] !== '/') open.push(name);
    }
    at = xml.indexOf('<', end);
  }
  if (open.length === 0 && changes === 0) return { xml, changes: 0 };
  out.push(xml.slice(copied, cut), endTags(open));
  return { xml: out.join(''), changes: changes + open.length };
}

/** End tags for `open`, innermost first, as one string: spread into push(), 200,000 of them overflowed the stack. */
function endTags(open: readonly string[]): string {
  let tags = '';
  for (let i = open.length - 1; i >= 0; i -= 1) tags += `</${open[i]}>`;
  return tags;
}

const BROKEN = -2;

/** Index just past the markup (tag, comment, CDATA, PI, DOCTYPE) starting at `at`, -1 if it never ends, BROKEN if a tag is cut by another `<`. */
function markupEnd(xml: string, at: number, find: Finder): number {
  if (xml.startsWith('<!--', at) || xml.startsWith('<![CDATA[', at)) {
    const end = literalEnd(xml, at, find);
    return end === -1 ? BROKEN : end;
  }
  if (xml.startsWith('<?', at)) return endAfter(xml, '?>', at + 2);
  if (xml.startsWith('<!', at)) {
    // A DOCTYPE's internal subset holds `>` of its own: its end is `]>` when it has one.
    const bracket = xml.indexOf('[', at);
    const close = xml.indexOf('>', at);
    if (close === -1) return -1;
    if (bracket !== -1 && bracket < close) return endAfter(xml, ']>', bracket);
    return close + 1;
  }
  // A tag: '>' outside quoted attribute values.
  let quote = '';
  for (let i = at + 1; i < xml.length; i += 1) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    } else if (c === '<') {
      return BROKEN;
    }
  }
  return -1;
}

function endAfter(xml: string, closer: string, from: number): number {
  const end = xml.indexOf(closer, from);
  return end === -1 ? -1 : end + closer.length;
}
