// `newshound feeds export` and `feeds import`, in-process against a real SQLite state: an import
// adds beside the feeds added with /feeds add (the store the worker reads), skipping one line per
// refused feed; an export writes what the next cycle polls; a file that is not OPML is one line.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { acquireStateLock } from '../../src/adapters/state-lock.ts';
import { FeedSettingsBook, type FeedSettings } from '../../src/control/feed-settings.ts';
import { readOpml } from '../../src/core/opml/read-opml.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

const cli = (argv: string[]) => runCliCaptured(argv, {});

const SUBSCRIPTIONS = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>From another reader</title></head><body>
  <outline text="News">
    <outline type="rss" text="Kabar Pagi" xmlUrl="https://kabar.example/rss?edition=pagi&amp;lang=id" htmlUrl="https://kabar.example/"/>
    <outline text="Duplicates">
      <outline type="rss" text="Wire again" xmlUrl="HTTPS://wire.example/world.xml"/>
      <outline type="rss" text="Kabar twice" xmlUrl="https://kabar.example/rss?edition=pagi&amp;lang=id"/>
    </outline>
  </outline>
  <outline type="rss" text="Router admin" xmlUrl="http://192.168.1.1/feed"/>
  <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
  <outline type="rss" title="Planet Atom" xmlUrl="https://atom.example/feed.atom"/>
</body></opml>`;

let dir: ReturnType<typeof tempDir>;
let config: string;
let state: string;
beforeEach(() => {
  dir = tempDir();
  state = join(dir.path, 'state', 'newshound.sqlite');
  config = join(dir.path, 'config.json');
  writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Wire World', url: 'https://wire.example/world.xml' }], state: { url: `sqlite://${state}` }, logLevel: 'error' }));
});
afterEach(() => dir.remove());

const write = (name: string, text: string) => {
  const file = join(dir.path, name);
  writeFileSync(file, text);
  return file;
};

async function storedFeeds(): Promise<FeedSettings> {
  const store = await openStateStore(`sqlite://${state}`, { namespace: 'newshound' });
  try {
    return await new FeedSettingsBook(store).get();
  } finally {
    await store.close();
  }
}

describe('feeds import', () => {
  it('adds the new feeds (folders too), skips the rest with one line each, and sums up', async () => {
    const file = write('subs.opml', SUBSCRIPTIONS);
    const result = await cli(['feeds', 'import', file, '--config', config]);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'added Kabar Pagi <https://kabar.example/rss?edition=pagi&lang=id>',
      'added Planet Atom <https://atom.example/feed.atom>',
      'skipped HTTPS://wire.example/world.xml: already in the config file as Wire World',
      'skipped https://kabar.example/rss?edition=pagi&lang=id: listed twice in the file (added as Kabar Pagi)',
      'skipped http://192.168.1.1/feed: private address refused: 192.168.1.1 is a private address',
      'skipped file:///etc/passwd: not http or https (file:)',
      `added 2, skipped 4 (of 6 in ${file}); polled from the next cycle on`,
    ]);
    expect((await storedFeeds()).added).toEqual([
      { url: 'https://kabar.example/rss?edition=pagi&lang=id', name: 'Kabar Pagi', htmlUrl: 'https://kabar.example/', addedAt: expect.any(String) },
      { url: 'https://atom.example/feed.atom', name: 'Planet Atom', addedAt: expect.any(String) },
    ]);
  });

  it('adds nothing twice when the same file is imported again', async () => {
    const file = write('subs.opml', SUBSCRIPTIONS);
    await cli(['feeds', 'import', file, '--config', config]);
    const again = await cli(['feeds', 'import', file, '--config', config]);

    expect(again.stdout).toContain('skipped https://atom.example/feed.atom: already added as Planet Atom');
    expect(again.stdout.trimEnd().split('\n').at(-1)).toBe(`added 0, skipped 6 (of 6 in ${file}); polled from the next cycle on`);
    expect((await storedFeeds()).added).toHaveLength(2);
  });

  it.each([
    ['not XML', 'https://kabar.example/rss\n', 'not an OPML file: no XML element in it'],
    ['a feed instead of OPML', '<rss version="2.0"><channel><title>x</title></channel></rss>', 'not an OPML file: its root element is <rss>, not <opml>'],
    ['no outlines', '<opml version="2.0"><head/><body/></opml>', 'no <outline> in it: an OPML file lists its feeds as <outline xmlUrl="..."> in its <body>'],
  ])('refuses a file that is %s in one line, exit 1, and stores nothing', async (_case, text, reason) => {
    const file = write('bad.opml', text);
    const result = await cli(['feeds', 'import', file, '--config', config]);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newshound feeds: opml: ${file}: ${reason}\n`);
    expect(result.stdout).toBe('');
    expect(existsSync(state)).toBe(false);
  });

  it('names a missing file in one line, exit 1', async () => {
    const result = await cli(['feeds', 'import', join(dir.path, 'nowhere.opml'), '--config', config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^newshound feeds: cannot open \S+nowhere\.opml: no such file or directory \(ENOENT\)\n$/);
  });

  it('refuses while another newshound holds the state, as `once` does, saying why an import cannot share it', async () => {
    const file = write('subs.opml', SUBSCRIPTIONS);
    const lock = await acquireStateLock(`sqlite://${state}`, { namespace: 'newshound' });
    try {
      const result = await cli(['feeds', 'import', file, '--config', config]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^newshound feeds: state: .* is in use by another newshound \(host .*, pid \d+, since .*\): the feed list is also written by its \/feeds add, and one would undo the other's additions; stop that one first, or pass --wait to wait for it\n$/);
      // `once`'s reason (stories posted twice) is not an import's.
      expect(result.stderr).not.toContain('stories twice');
    } finally {
      await lock.release();
    }
    expect((await storedFeeds()).added).toEqual([]);
  });

  it.each([
    [['feeds'], 'say export or import'],
    [['feeds', 'sync'], 'unknown action "sync": say export or import'],
    // Not `newshound feeds: feeds import: ...`, the command said twice.
    [['feeds', 'import'], 'import: name one OPML file'],
    [['feeds', 'import', 'a.opml', 'b.opml'], 'import: name one OPML file, not 2'],
    [['feeds', 'export', '--format', 'json'], "Unknown option '--format'"],
  ])('%j is bad arguments: exit 2 with the usage', async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`newshound feeds: ${message}`);
    expect(result.stderr).toContain('usage: newshound feeds export [--out FILE]');
  });
});

describe('feeds export', () => {
  it('writes the configured feeds as OPML 2.0 without creating a state', async () => {
    const result = await cli(['feeds', 'export', '--config', config]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<opml version="2\.0">/);
    expect(readOpml(result.stdout)).toEqual([{ title: 'Wire World', xmlUrl: 'https://wire.example/world.xml' }]);
    expect(existsSync(join(dir.path, 'state'))).toBe(false);
  });

  it('writes what the next cycle polls, added feeds with their htmlUrl, to --out; another setup imports it whole', async () => {
    await cli(['feeds', 'import', write('subs.opml', SUBSCRIPTIONS), '--config', config]);
    const out = join(dir.path, 'export.opml');
    const result = await cli(['feeds', 'export', '--out', out, '--config', config]);

    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`wrote 3 feed(s) to ${out}\n`);
    const exported = readOpml(readFileSync(out, 'utf8'));
    expect(exported).toEqual([
      { title: 'Wire World', xmlUrl: 'https://wire.example/world.xml' },
      { title: 'Kabar Pagi', xmlUrl: 'https://kabar.example/rss?edition=pagi&lang=id', htmlUrl: 'https://kabar.example/' },
      { title: 'Planet Atom', xmlUrl: 'https://atom.example/feed.atom' },
    ]);

    const other = join(dir.path, 'other.json');
    writeFileSync(other, JSON.stringify({ feeds: [{ name: 'Elsewhere', url: 'https://elsewhere.example/rss' }], state: { url: `sqlite://${join(dir.path, 'other.sqlite')}` }, logLevel: 'error' }));
    const imported = await cli(['feeds', 'import', out, '--config', other]);
    expect(imported.stdout.trimEnd().split('\n').at(-1)).toBe(`added 3, skipped 0 (of 3 in ${out}); polled from the next cycle on`);
  });
});
