// IPv6 targets are fetched only inside 2000::/3, the block IANA allocates as global unicast.
// ipaddr.js calls some addresses outside it "unicast" (`::127.0.0.1`, IPv4-compatible and
// deprecated; `c000::1`, unassigned), so the guard checked them past the address check and
// tried to connect. Each is refused here before any connection: a refusal names the range.
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../../src/adapters/http-fetcher.ts';
import { FetchError } from '../../src/core/errors.ts';

const fetcher = createHttpFetcher({ allowedPrivateHosts: [], connectTimeoutMs: 300, totalTimeoutMs: 600 });
afterAll(() => fetcher.close());

async function failure(url: string): Promise<FetchError> {
  const error = await fetcher.fetch({ url }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('address guard: IPv6 only in 2000::/3', () => {
  it.each([
    ['IPv4-compatible loopback', 'http://[::127.0.0.1]/feed'],
    ['IPv4-compatible private', 'http://[::10.0.0.1]/feed'],
    ['unassigned space ipaddr.js calls unicast', 'http://[c000::1]/feed'],
    ['IPv4-compatible ::2', 'http://[::2]:9/feed'],
  ])('refuses %s before connecting', async (_name, url) => {
    const error = await failure(url);
    expect(error.failure).toBe('private-address');
    expect(error.message).toContain('outside 2000::/3');
  });

  it('still refuses named ranges inside 2000::/3 (6to4 carrying a private IPv4)', async () => {
    const error = await failure('http://[2002:7f00:1::1]/feed');
    expect(error.failure).toBe('private-address');
    expect(error.message).toContain('6to4');
  });

  it('lets a global unicast IPv6 address through the guard (the connection itself may then fail)', async () => {
    const error = await fetcher.fetch({ url: 'http://[2001:4860:4860::8888]:9/feed' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // No network here: whatever happens, it is not the address guard.
    if (error !== undefined) expect((error as FetchError).failure).not.toBe('private-address');
  });
});
