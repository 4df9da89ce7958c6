// One spelling per article URL, so the same story reached through two feeds (or with two
// campaign tags) gets the same item key. Only what cannot change the page is removed:
// the fragment (never sent to the server, RFC 3986 §3.5), a default port, host case
// (WHATWG URL does both), and tracking parameters. The remaining query keeps its order and
// its original percent-encoding: re-serialising would turn one URL into another spelling.

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_ga',
  'ref_src',
  // Click and campaign ids of other ad and mail platforms (Google's app and search ids, TikTok,
  // X, HubSpot, Marketo): identifiers of the visit, never of the page.
  'gclsrc',
  'gbraid',
  'wbraid',
  'srsltid',
  'ttclid',
  'twclid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

export function canonicalUrl(url: string, base?: string): string | undefined {
  const parsed = parseUrl(url.trim(), base);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  parsed.hash = '';
  const query = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(pair))
    .join('&');
  parsed.search = query ? `?${query}` : '';
  return parsed.href;
}

function parseUrl(url: string, base: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base);
  } catch {
    // A broken base must not lose an absolute URL.
    try {
      return base === undefined ? undefined : new URL(url);
    } catch {
      return undefined;
    }
  }
}

function isTracking(pair: string): boolean {
  const rawName = pair.split('=', 1)[0] ?? '';
  let name: string;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    name = rawName.toLowerCase();
  }
  return name.startsWith('utm_') || TRACKING_PARAMS.has(name);
}
