// Item identity: the key dedup and state are keyed on. It must be stable across polls (the
// same article gets the same key every time) and shared across feeds where possible (the same
// article in two feeds is one item).
//
// The rule, first match wins:
//   1. `link:<canonical link>`  when the item has a link. Links are what two feeds share (guids
//      are per-publisher, often per-feed), and canonical-url.ts makes them one spelling.
//   2. `guid:<feedId>:<guid>`   when there is no link but a guid (trimmed). Scoped by feed: two
//      feeds' guids live in different namespaces ("1234" means nothing across publishers).
//   3. `hash:<feedId>:<h>`      otherwise, h = first 16 hex of SHA-256(title + "|" + date as the
//      feed wrote it). The raw date, not the normalised one: a future date is clamped to "now",
//      which would change the key on every poll.
// Within one feed (assignItemKeys):
//   - a link shared by items with different titles is not an identity (every item linking to
//     the home page, a live blog's "#update-3" anchors, which canonicalisation drops): those
//     items use rule 2 when they have a guid;
//   - an exact repeat (same key, same title) is dropped: feeds do list an item twice;
//   - items that still share a key get `#2`, `#3` appended in feed order. Known limit: if an
//     earlier one leaves the feed, the later ones' keys shift; rare enough to accept, and
//     near-duplicate detection downstream catches the repost.
// createHash is pure computation (no I/O), so it is allowed in core.
import { createHash } from 'node:crypto';

export interface KeyParts {
  feedId: string;
  /** Canonical link (canonical-url.ts), if any. */
  link?: string;
  guid?: string;
  /** Plain-text title. */
  title?: string;
  /** The date exactly as the feed wrote it. */
  publishedRaw?: string;
}

export function itemKey(parts: KeyParts): string {
  if (parts.link) return `link:${parts.link}`;
  return fallbackKey(parts);
}

/**
 * Keys for one feed's items in feed order; `undefined` marks an exact repeat to drop.
 * Applies the within-feed rules above.
 */
export function assignItemKeys(items: KeyParts[]): Array<string | undefined> {
  const titlesByLink = new Map<string, Set<string>>();
  for (const item of items) {
    if (!item.link) continue;
    const titles = titlesByLink.get(item.link) ?? new Set<string>();
    titles.add(item.title ?? '');
    titlesByLink.set(item.link, titles);
  }
  const titlesByKey = new Map<string, Set<string>>();
  return items.map((item) => {
    const linkIsShared = item.link !== undefined && (titlesByLink.get(item.link)?.size ?? 0) > 1;
    const base = linkIsShared && guidOf(item) ? fallbackKey(item) : itemKey(item);
    const title = item.title ?? '';
    const titles = titlesByKey.get(base) ?? new Set<string>();
    titlesByKey.set(base, titles);
    if (titles.has(title)) return undefined;
    titles.add(title);
    return titles.size === 1 ? base : `${base}#${titles.size}`;
  });
}

function fallbackKey(parts: KeyParts): string {
  const guid = guidOf(parts);
  if (guid) return `guid:${parts.feedId}:${guid}`;
  const digest = createHash('sha256')
    .update(`${parts.title ?? ''}|${parts.publishedRaw?.trim() ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return `hash:${parts.feedId}:${digest}`;
}

function guidOf(parts: KeyParts): string | undefined {
  return parts.guid?.trim() || undefined;
}
