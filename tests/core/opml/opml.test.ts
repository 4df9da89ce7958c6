// OPML read and written: folders flattened, attribute names in any case, entities decoded; what
// is written reads back the same; a file that is not OPML is said in one line.

import { describe, expect, it } from 'vitest';
import { OpmlError } from '../../../src/core/errors.ts';
import { readOpml } from '../../../src/core/opml/read-opml.ts';
import { writeOpml } from '../../../src/core/opml/write-opml.ts';

const READER_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by a reader -->
<opml version="2.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="World">
      <outline type="rss" text="Wire &amp; World" title="Wire &amp; World" xmlUrl="https://wire.example/world.xml?a=1&amp;b=2" htmlUrl="https://wire.example/"/>
      <outline text="Asia">
        <outline type="rss" text="Kabar &#8212; Pagi" xmlUrl="https://kabar.example/rss"/>
      </outline>
    </outline>
    <outline type="rss" title="Old style, title only" xmlurl="http://old.example/feed"></outline>
    <OUTLINE TEXT="Shouting" XMLURL="https://loud.example/atom" HTMLURL=" "/>
  </body>
</opml>`;

describe('readOpml', () => {
  it('lists every feed in document order, nested folders flattened, names and entities as a reader writes them', () => {
    expect(readOpml(READER_EXPORT)).toEqual([
      { xmlUrl: 'https://wire.example/world.xml?a=1&b=2', title: 'Wire & World', htmlUrl: 'https://wire.example/' },
      { xmlUrl: 'https://kabar.example/rss', title: 'Kabar — Pagi' },
      { xmlUrl: 'http://old.example/feed', title: 'Old style, title only' },
      { xmlUrl: 'https://loud.example/atom', title: 'Shouting' },
    ]);
  });

  it('reads a file with a byte-order mark', () => {
    expect(readOpml(`\uFEFF<opml><body><outline xmlUrl="https://a.example/"/></body></opml>`)).toEqual([{ xmlUrl: 'https://a.example/' }]);
  });

  it.each([
    ['empty', '', 'opml: not an OPML file: no XML element in it'],
    ['plain text', 'https://a.example/feed\nhttps://b.example/feed', 'opml: not an OPML file: no XML element in it'],
    ['JSON', '{"feeds": ["https://a.example/"]}', 'opml: not an OPML file: no XML element in it'],
    ['a feed, not OPML', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', 'opml: not an OPML file: its root element is <rss>, not <opml>'],
    ['no outlines', '<opml version="2.0"><head/><body></body></opml>', 'opml: no <outline> in it: an OPML file lists its feeds as <outline xmlUrl="..."> in its <body>'],
    ['folders only', '<opml><body><outline text="News"><outline text="Empty"/></outline></body></opml>', 'opml: no feeds in it: none of its 2 outline(s) has an xmlUrl'],
  ])('refuses %s in one line', (_case, text, message) => {
    const read = () => readOpml(text);
    expect(read).toThrow(OpmlError);
    expect(read).toThrow(message);
    expect(message).not.toContain('\n');
  });
});

describe('writeOpml', () => {
  it('writes OPML 2.0 with text, title, xmlUrl and htmlUrl when known', () => {
    const opml = writeOpml({
      title: 'newshound feeds',
      dateCreated: new Date('2026-12-05T21:00:00Z'),
      feeds: [{ title: 'Wire World', xmlUrl: 'https://wire.example/world.xml', htmlUrl: 'https://wire.example/' }, { title: 'Planet', xmlUrl: 'https://planet.example/rss' }],
    });
    expect(opml.split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<opml version="2.0">',
      '  <head>',
      '    <title>newshound feeds</title>',
      '    <dateCreated>Sat, 05 Dec 2026 21:00:00 GMT</dateCreated>',
      '  </head>',
      '  <body>',
      '    <outline type="rss" text="Wire World" title="Wire World" xmlUrl="https://wire.example/world.xml" htmlUrl="https://wire.example/"/>',
      '    <outline type="rss" text="Planet" title="Planet" xmlUrl="https://planet.example/rss"/>',
      '  </body>',
      '</opml>',
      '',
    ]);
  });

  it('escapes what XML needs escaped, so names and URLs read back as they were', () => {
    const feeds = [
      { title: 'Tom & Jerry\'s "News" <daily>\tedition', xmlUrl: 'https://a.example/rss?x=1&y=<2>', htmlUrl: 'https://a.example/?q="a"' },
      { title: 'Bell\u0007 and line\nbreak', xmlUrl: 'https://b.example/f' },
    ];
    expect(readOpml(writeOpml({ title: 'x & y', feeds }))).toEqual([
      feeds[0],
      // A control character cannot be written in XML at all; a line break can, as a reference.
      { title: 'Bell and line\nbreak', xmlUrl: 'https://b.example/f' },
    ]);
  });
});
