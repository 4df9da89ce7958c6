// When two feed URLs are one feed. The same feed listed twice was polled twice and each of its
// items handled twice; the URL fetched is never rewritten by this (only compared).

// RFC 3986 §2.3: ALPHA / DIGIT / "-" / "." / "_" / "~".
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The form two spellings of one feed share, or undefined for no URL. The WHATWG parser already
 * lowercases scheme and host, drops a default port and writes an empty path as `/`
 * (RFC 9110 §4.2.3); on top of that the fragment goes (RFC 3986 §3.5: it is never sent, so
 * `feed#latest` fetches the same bytes as `feed`) and percent-encoding is made canonical: an
 * escaped unreserved character is the character, other escapes take upper-case hex (RFC 3986
 * §6.2.2.1-2).
 */
export function normalizeFeedUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href.replace(/%([0-9A-Fa-f]{2})/g, (escape: string, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape.toUpperCase();
  });
}
