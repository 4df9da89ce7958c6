import { FetchError, ParseError } from '../../core/errors.ts';

// Fetch and parse failures, as a sentence for the person who gave the URL. Only the two
// documented failure kinds are described; anything else is a bug and is left to propagate.

/** Why `url` could not be used, or undefined when `error` is not a fetch or parse failure. */
export function describeFetchFailure(error: unknown): string | undefined {
  if (error instanceof FetchError) {
    const detail = withoutPrefixes(error.message);
    switch (error.failure) {
      case 'private-address':
        return `it points into a private or local network, which the bot never fetches from (${detail})`;
      case 'http-status':
        return error.status === 404 ? 'the server answered 404 Not Found' : `the server answered HTTP ${error.status ?? '?'}`;
      case 'timeout':
        return `the server did not answer in time (${detail})`;
      case 'too-large':
        return `it is too large (${detail})`;
      default:
        return detail;
    }
  }
  if (error instanceof ParseError) return withoutPrefixes(error.message);
  return undefined;
}

// "fetcher: GET https://x/y: HTTP 500" → "HTTP 500": the user already knows which URL they gave.
function withoutPrefixes(message: string): string {
  return message.replace(/^(?:fetcher|parser): /, '').replace(/^(?:GET )?https?:\/\/\S+?: /, '');
}
