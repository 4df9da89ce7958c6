// A feed read in part or by guessing is still read, and the worker says so: one
// 'feed read with repairs' warning per read, naming the skipped items and the guesses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFeed } from '../helpers/feed-server.ts';
import { createHarness, feedReport, type Harness } from './cycle-harness.ts';

let h: Harness;
let warnings: Array<{ fields: Record<string, unknown>; message: string }>;
beforeEach(async () => {
  h = await createHarness();
  warnings = [];
  h.ports.logger = { ...h.ports.logger, warn: (fields, message) => warnings.push({ fields, message }) };
});
afterEach(async () => {
  await h.close();
});

// Latin-1 bytes with no charset anywhere; the second item's inline <p> holds a control
// character that rss-parser's rebuild of the markup throws on.
const body = Buffer.from(
  '<rss version="2.0"><channel><title>Not\u00edcias</title>' +
    '<item><title>\u00daltimas Not\u00edcias</title><link>https://uol.example/1</link></item>' +
    '<item><title>two</title><link>https://uol.example/2</link><description><p>a\u000bb</p></description></item>' +
    '<item><title>S\u00e3o Paulo</title><link>https://uol.example/3</link></item>' +
    '</channel></rss>',
  'latin1',
);

describe('runCycle: a feed read with repairs', () => {
  it('reads what it can and logs the skipped item and the charset guess once', async () => {
    h.server.route('/uol.xml', serveFeed(body, { contentType: 'application/rss+xml' }));
    const report = await h.run([h.feed('/uol.xml', 'UOL')]);
    expect(feedReport(report, 'UOL')).toMatchObject({ outcome: 'updated', items: 2 });
    expect(warnings).toEqual([
      { fields: { feed: 'UOL', notes: ['1 item(s) skipped: unreadable', 'charset: undeclared and not UTF-8: read as windows-1252'] }, message: 'feed read with repairs' },
    ]);
  });

  it('logs nothing for a clean feed', async () => {
    h.server.route('/clean.xml', serveFeed(Buffer.from('<rss version="2.0"><channel><item><title>a</title><link>https://x.example/a</link></item></channel></rss>'), { contentType: 'application/rss+xml' }));
    await h.run([h.feed('/clean.xml', 'Clean')]);
    expect(warnings).toEqual([]);
  });
});
