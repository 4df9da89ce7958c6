// Validators for a conditional GET. A validator is sent only when the previous 200 gave us one:
// an empty or invented validator would make some servers answer 304 for content we never saw.

export interface Validators {
  etag?: string;
  lastModified?: string;
}

/**
 * Request headers for a conditional GET (RFC 9110 §13.1.1 If-None-Match, §13.1.3
 * If-Modified-Since). Both are sent when both are known: a server that understands
 * If-None-Match must ignore If-Modified-Since (§13.2.2 step 3), and an older server that only
 * knows dates still gets one it can use.
 */
export function conditionalHeaders(validators: Validators): Record<string, string> {
  const headers: Record<string, string> = {};
  const etag = validators.etag?.trim();
  const lastModified = validators.lastModified?.trim();
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  return headers;
}
