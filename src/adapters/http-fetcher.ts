// The real HttpFetcher: undici with our own redirect loop, decompression, size cap, timeouts,
// concurrency limits and a private-address guard. Feed URLs come from users, so every request
// is treated as hostile: it must not reach the bot's own network, nor hold it up forever.

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';
import { FetchError } from '../core/errors.ts';
import { conditionalHeaders } from '../core/fetch/conditional-headers.ts';
import type { FetchMeta, FetchRequest, FetchResult, HttpFetcher } from '../ports.ts';
import { createKeyedLimiter, createLimiter } from './concurrency-limit.ts';

export interface HttpFetcherOptions {
  connectTimeoutMs: number;
  /** The whole fetch, redirects and body included, counted from when it first gets a slot. */
  totalTimeoutMs: number;
  /** Cap on the decoded body, so a small gzip bomb is caught too. */
  maxBodyBytes: number;
  maxRedirects: number;
  userAgent: string;
  maxConcurrency: number;
  maxPerHost: number;
  allowPrivateAddresses: boolean;
  /** Hostnames or IPs that may resolve to / be private addresses (e.g. '127.0.0.1' in tests). */
  allowedPrivateHosts: readonly string[];
}

export const HTTP_FETCHER_DEFAULTS = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'newshound/0.1 (+https://github.com/newshound/newshound; news monitoring bot)',
  maxConcurrency: 16,
  maxPerHost: 2,
  allowPrivateAddresses: false,
  allowedPrivateHosts: [] as string[],
} as const satisfies HttpFetcherOptions;

// Only what the parser reads (RSS, RDF, Atom): a server that negotiates would answer a client
// naming application/feed+json with a JSON Feed, which no poll could then read.
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';
// No deflate: servers label raw DEFLATE (RFC 1951) "deflate" as often as the zlib-wrapped form
// RFC 9110 §8.4.1.2 means, and every server that has it has gzip. One sent unasked is still read.
const ACCEPT_ENCODING = 'gzip, br';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Host must match the address we checked; the rest are hop-by-hop or drive our own decoding.
const PROTECTED_HEADERS = new Set(['host', 'accept-encoding', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade']);
// Statuses whose number alone does not tell a user what to do about the feed (RFC 9110 §15).
const STATUS_MEANINGS = new Map([
  [401, 'Unauthorized: the feed needs a login newshound does not have'],
  [403, 'Forbidden: the server refuses newshound (a login, its address or its User-Agent)'],
  [410, 'Gone: the publisher has removed this feed for good'],
  [429, 'Too Many Requests: the server asks to be polled less often'],
]);
// Fetch standard, HTTP-redirect fetch: credentials are not carried to another origin.
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Thrown from the DNS hook (it does not know the URL); turned into a FetchError by the caller. */
class RefusedAddress extends Error {
  constructor(readonly host: string, readonly address: string, readonly range: string) {
    super(host === address ? `${host} is ${describeRange(range)}` : `${host} resolves to ${address}, ${describeRange(range)}`);
  }
}

type Hop = { kind: 'redirect'; location: string } | { kind: 'done'; result: FetchResult };

export function createHttpFetcher(options: Partial<HttpFetcherOptions> = {}): HttpFetcher & { close(): Promise<void> } {
  const config: HttpFetcherOptions = { ...HTTP_FETCHER_DEFAULTS, ...options };
  const guard = addressGuard(config);
  // Checking the address inside the connect-time lookup means the address we check is the one
  // we connect to: no window for DNS rebinding between a check and a second resolution.
  const agent = new Agent({ connect: { timeout: config.connectTimeoutMs, lookup: guard.lookup } });
  const globalLimit = createLimiter(config.maxConcurrency);
  const hostLimit = createKeyedLimiter(config.maxPerHost);

  async function fetchOnce(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<Hop> {
    guard.checkLiteral(url.hostname);
    const response = await request(url, { dispatcher: agent, method: 'GET', headers, signal });
    const meta = readMeta(url, response.statusCode, response.headers);
    if (response.statusCode === 200) {
      const body = await readBody(url, response.headers, response.body, config.maxBodyBytes);
      return { kind: 'done', result: { kind: 'ok', body, contentType: header(response.headers, 'content-type'), ...meta } };
    }
    // Drain (bounded) rather than destroy, so the keep-alive connection can be reused.
    await response.body.dump().catch(() => undefined);
    if (response.statusCode === 304) {
      // RFC 9110 §15.4.5: a 304 answers a conditional request. To one without validators (a
      // feed's first poll) it stands for no body we kept; taken as "unchanged", the feed would
      // read as healthy and never be read at all.
      if (headers['if-none-match'] === undefined && headers['if-modified-since'] === undefined) {
        throw new FetchError('http-status', `GET ${url.href}: HTTP 304 (not modified) to a request that sent no validators: no body to read`, { status: 304 });
      }
      return { kind: 'done', result: { kind: 'not-modified', ...meta } };
    }
    const location = header(response.headers, 'location');
    if (REDIRECT_STATUSES.has(response.statusCode) && location) return { kind: 'redirect', location };
    const meaning = STATUS_MEANINGS.get(response.statusCode);
    throw new FetchError('http-status', `GET ${url.href}: HTTP ${response.statusCode}${meaning ? ` ${meaning}` : ''}`, {
      status: response.statusCode,
      retryAfter: meta.retryAfter,
    });
  }

  async function fetchFeed(feedRequest: FetchRequest, signal?: AbortSignal): Promise<FetchResult> {
    let url = parseHttpUrl(feedRequest.url);
    signal?.throwIfAborted();
    const controller = new AbortController();
    const onCallerAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const startClock = () => {
      timer ??= setTimeout(() => {
        timedOut = true;
        controller.abort(new Error('total timeout'));
      }, config.totalTimeoutMs);
    };
    const headers = requestHeaders(feedRequest, config.userAgent);
    const visited = new Set([url.href]);
    try {
      for (let redirects = 0; ; redirects += 1) {
        const current = url;
        // Per-host slot first, then a global one, both per hop: a redirect to another host
        // queues for that host, and requests waiting on a busy host hold no global slot.
        const hop = await hostLimit.run(
          current.hostname,
          () =>
            globalLimit.run(() => {
              startClock();
              return fetchOnce(current, headers, controller.signal);
            }, controller.signal),
          controller.signal,
        );
        if (hop.kind === 'done') return hop.result;
        const next = parseHttpUrl(hop.location, current);
        if (visited.has(next.href)) throw new FetchError('too-many-redirects', `GET ${current.href}: redirect loop: back to ${next.href}`);
        if (redirects >= config.maxRedirects) {
          throw new FetchError('too-many-redirects', `GET ${feedRequest.url}: more than ${config.maxRedirects} redirects: next was ${next.href}`);
        }
        if (next.origin !== current.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
        visited.add(next.href);
        url = next;
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw toFetchError(error, url, timedOut, config);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  return { fetch: fetchFeed, close: () => agent.close() };
}

/** Refuses every address that is not global unicast, unless the host or address is allowed. */
function addressGuard(config: HttpFetcherOptions): { lookup: LookupFunction; checkLiteral(hostname: string): void } {
  const allowed = new Set(config.allowedPrivateHosts.map((host) => bare(host).toLowerCase()));
  const refusal = (host: string, address: string): RefusedAddress | undefined => {
    if (config.allowPrivateAddresses || allowed.has(host.toLowerCase()) || allowed.has(address)) return undefined;
    const range = addressRange(address);
    return range === 'unicast' ? undefined : new RefusedAddress(host, address, range);
  };
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, []);
      // One bad address refuses the host: a public name that also points inward is not a feed.
      const refused = addresses.map((entry) => refusal(hostname, entry.address)).find(Boolean);
      if (refused) return callback(refused, []);
      if (lookupOptions.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname}: no addresses`), { code: 'ENOTFOUND' }), []);
      return callback(null, first.address, first.family);
    });
  };
  // net.connect skips the lookup for an IP literal, so literals are checked here, before connecting.
  const checkLiteral = (hostname: string) => {
    const host = bare(hostname);
    const refused = isIP(host) ? refusal(host, host) : undefined;
    if (refused) throw refused;
  };
  return { lookup, checkLiteral };
}

/**
 * Why a URL's host is refused before any connection, for a URL stored now and fetched later
 * (`feeds import`): an IP literal outside global unicast, or a localhost name (RFC 6761 §6.3:
 * always loopback). Undefined for other names, which the fetcher checks as it connects.
 */
export function refusedHost(hostname: string, options: Pick<HttpFetcherOptions, 'allowPrivateAddresses' | 'allowedPrivateHosts'>): string | undefined {
  const host = bare(hostname).toLowerCase();
  if (options.allowPrivateAddresses || options.allowedPrivateHosts.some((allowed) => bare(allowed).toLowerCase() === host)) return undefined;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is loopback`;
  if (!isIP(host)) return undefined;
  const range = addressRange(host);
  return range === 'unicast' ? undefined : `${host} is ${describeRange(range)}`;
}

/** ipaddr.js range names that do not read as words once split at their capitals. */
const RANGE_WORDS = new Map([
  ['carrierGradeNat', 'a carrier-grade NAT address'],
  ['ipv4Mapped', 'an IPv4-mapped address'],
  ['rfc6145', 'an RFC 6145 address'],
  ['rfc6052', 'an RFC 6052 address'],
]);

/**
 * An ipaddr.js range name as a reader says it: "a loopback address", "a link-local address", "an
 * address outside 2000::/3" (the names are camelCase identifiers, not words).
 */
export function describeRange(range: string): string {
  const named = RANGE_WORDS.get(range);
  if (named !== undefined) return named;
  if (range.startsWith('outside ')) return `an address ${range}`;
  if (range === 'unparseable') return 'an address that cannot be parsed';
  const words = range.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return `${/^(?:[aeio]|u(?!ni))/.test(words) ? 'an' : 'a'} ${words} address`;
}

/** The only IPv6 block IANA hands out as global unicast (RFC 4291 2.4; IANA IPv6 address space). */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * ipaddr.js range name; IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 it carries.
 * Any other IPv6 address outside 2000::/3 is refused whatever ipaddr.js calls it: it names
 * `::127.0.0.1` (IPv4-compatible, deprecated by RFC 4291) or `c000::1` "unicast", and some
 * stacks route the former to the IPv4 it carries.
 */
function addressRange(address: string): string {
  try {
    const parsed = ipaddr.process(address);
    if (parsed.kind() === 'ipv6' && !(parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6)) {
      const range = parsed.range();
      return range === 'unicast' ? 'outside 2000::/3' : range;
    }
    return parsed.range();
  } catch {
    return 'unparseable';
  }
}

function bare(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (error) {
    throw new FetchError('bad-url', `GET ${raw}: not a URL`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `GET ${url.href}: unsupported scheme: only http: and https: are fetched`);
  }
  url.hash = '';
  return url;
}

function requestHeaders(feedRequest: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': userAgent, accept: ACCEPT, 'accept-encoding': ACCEPT_ENCODING };
  for (const [name, value] of Object.entries(feedRequest.headers ?? {})) {
    if (!PROTECTED_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  }
  return { ...headers, ...conditionalHeaders({ etag: feedRequest.etag, lastModified: feedRequest.lastModified }) };
}

type ResponseHeaders = Record<string, string | string[] | undefined>;

function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function readMeta(url: URL, status: number, headers: ResponseHeaders): FetchMeta {
  return {
    url: url.href,
    status,
    etag: header(headers, 'etag'),
    lastModified: header(headers, 'last-modified'),
    cacheControl: header(headers, 'cache-control'),
    expires: header(headers, 'expires'),
    retryAfter: header(headers, 'retry-after'),
    date: header(headers, 'date'),
  };
}

/** Reads and decodes the body, counting decoded bytes as they arrive and stopping at the cap. */
async function readBody(url: URL, headers: ResponseHeaders, body: Readable, maxBodyBytes: number): Promise<Uint8Array> {
  const tooLarge = (detail: string) => new FetchError('too-large', `GET ${url.href}: body too large: ${detail}`);
  const declared = Number(header(headers, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBodyBytes) {
    body.destroy();
    throw tooLarge(`Content-Length ${declared} exceeds ${maxBodyBytes} bytes`);
  }
  const decoders = contentDecoders(url, header(headers, 'content-encoding'));
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow: FetchError | undefined;
  try {
    await pipeline([
      body,
      ...decoders,
      async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > maxBodyBytes) throw (overflow = tooLarge(`more than ${maxBodyBytes} bytes`));
          chunks.push(chunk);
        }
      },
    ]);
  } catch (error) {
    // Tearing down a decoder chain can surface an AbortError before our own reason.
    throw overflow ?? error;
  }
  return Buffer.concat(chunks, size);
}

/** Decoders for Content-Encoding (RFC 9110 §8.4), applied in the reverse of the listed order. */
function contentDecoders(url: URL, contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '').split(',').map((coding) => coding.trim().toLowerCase()).filter(Boolean);
  return codings.reverse().flatMap((coding): Transform[] => {
    if (coding === 'identity') return [];
    if (coding === 'gzip' || coding === 'x-gzip') return [createGunzip()];
    if (coding === 'deflate') return [createInflate()]; // "deflate" is zlib-wrapped (RFC 9110 §8.4.1.2)
    if (coding === 'br') return [createBrotliDecompress()];
    throw new FetchError('network', `GET ${url.href}: unsupported Content-Encoding: ${coding}`);
  });
}

function toFetchError(error: unknown, url: URL, timedOut: boolean, config: HttpFetcherOptions): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof RefusedAddress) {
    return new FetchError('private-address', `GET ${url.href}: private address refused: ${error.message}`);
  }
  if (timedOut) return new FetchError('timeout', `GET ${url.href}: timed out after ${config.totalTimeoutMs} ms`, { cause: error });
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new FetchError('timeout', `GET ${url.href}: connect timed out after ${config.connectTimeoutMs} ms`, { cause: error });
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new FetchError('timeout', `GET ${url.href}: ${String(code)}`, { cause: error });
  }
  const detail = [typeof code === 'string' ? code : undefined, (error as Error | null)?.message].filter(Boolean).join(' ');
  return new FetchError('network', `GET ${url.href}: request failed: ${detail || String(error)}`, { cause: error });
}
