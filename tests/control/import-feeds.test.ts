// Which OPML feeds join the added feeds: duplicates (of the config, of added feeds, within the
// file) and URLs a feed may not have are skipped, each with its reason.

import { describe, expect, it } from 'vitest';
import { planFeedImport, type ImportContext } from '../../src/control/import-feeds.ts';

const NOW = new Date('2026-12-05T21:00:00Z');
const context = (overrides: Partial<ImportContext> = {}): ImportContext => ({
  config: {
    feeds: [
      { id: 'wire', name: 'Wire World', url: 'https://wire.example/world.xml', topics: ['default'] },
      { id: 'planet', name: 'Daily Planet', url: 'https://planet.example/rss', topics: ['default'] },
    ],
    network: { allowPrivateAddresses: false, allowedPrivateHosts: [] },
  },
  settings: { added: [{ url: 'https://kabar.example/rss', name: 'Kabar', addedAt: '2026-01-01T00:00:00.000Z' }], removed: ['planet'] },
  now: NOW,
  ...overrides,
});

describe('planFeedImport', () => {
  it('adds new http(s) feeds named by their title (else their host), with their htmlUrl', () => {
    const plan = planFeedImport(
      [
        { xmlUrl: 'https://new.example/feed', title: '  New\n  Feed ', htmlUrl: 'https://new.example/' },
        { xmlUrl: 'http://untitled.example/rss.xml', htmlUrl: 'javascript:alert(1)' },
        { xmlUrl: 'https://long.example/rss', title: 'x'.repeat(150) },
      ],
      context(),
    );
    expect(plan.skipped).toEqual([]);
    expect(plan.added).toEqual([
      { url: 'https://new.example/feed', name: 'New Feed', htmlUrl: 'https://new.example/', addedAt: '2026-12-05T21:00:00.000Z' },
      { url: 'http://untitled.example/rss.xml', name: 'untitled.example', addedAt: '2026-12-05T21:00:00.000Z' },
      { url: 'https://long.example/rss', name: `${'x'.repeat(99)}…`, addedAt: '2026-12-05T21:00:00.000Z' },
    ]);
  });

  it.each([
    ['a configured feed (another spelling)', 'HTTPS://WIRE.example/world.xml', 'already in the config file as Wire World'],
    ['a configured feed switched off', 'https://planet.example/rss', 'already in the config file as Daily Planet (switched off: /feeds add switches it back on)'],
    ['an added feed', 'https://kabar.example/rss', 'already added as Kabar'],
    ['not a URL', 'kabar.example/rss', 'not a URL'],
    ['a file: URL', 'file:///etc/passwd', 'not http or https (file:)'],
    ['an ftp: URL', 'ftp://files.example/feed.xml', 'not http or https (ftp:)'],
    ['a password', 'https://me:secret@feeds.example/rss', "carries a user name or password (put credentials in a configured feed's headers)"],
    ['loopback', 'http://127.0.0.1:8080/rss', 'private address refused: 127.0.0.1 is a loopback address'],
    ['loopback written as a number', 'http://2130706433/rss', 'private address refused: 127.0.0.1 is a loopback address'],
    ['a private network', 'http://10.1.2.3/rss', 'private address refused: 10.1.2.3 is a private address'],
    ['cloud metadata', 'http://169.254.169.254/latest/', 'private address refused: 169.254.169.254 is a link-local address'],
    ['IPv6 loopback', 'http://[::1]/rss', 'private address refused: ::1 is a loopback address'],
    ['localhost', 'http://localhost:3000/rss', 'private address refused: localhost is loopback'],
    ['a .localhost name', 'http://feeds.localhost/rss', 'private address refused: feeds.localhost is loopback'],
  ])('skips %s', (_case, xmlUrl, reason) => {
    expect(planFeedImport([{ xmlUrl }], context())).toEqual({ added: [], skipped: [{ url: xmlUrl, reason }] });
  });

  it('skips a feed listed twice in the file, keeping the first', () => {
    const plan = planFeedImport([{ xmlUrl: 'https://new.example/feed', title: 'First' }, { xmlUrl: 'https://NEW.example/feed', title: 'Second' }], context());
    expect(plan.added.map((a) => a.name)).toEqual(['First']);
    expect(plan.skipped).toEqual([{ url: 'https://NEW.example/feed', reason: 'listed twice in the file (added as First)' }]);
  });

  it('allows the private hosts the config allows', () => {
    const network = { allowPrivateAddresses: false, allowedPrivateHosts: ['127.0.0.1'] };
    const plan = planFeedImport([{ xmlUrl: 'http://127.0.0.1:8080/rss' }, { xmlUrl: 'http://10.0.0.1/rss' }], context({ config: { ...context().config, network } }));
    expect(plan.added.map((a) => a.url)).toEqual(['http://127.0.0.1:8080/rss']);
    expect(plan.skipped.map((s) => s.url)).toEqual(['http://10.0.0.1/rss']);
  });
});
