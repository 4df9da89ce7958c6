import type { NamedSeed } from '../core/profile/learn-profile.ts';
import { DEMO_OFF_TOPIC_ITEMS, DEMO_ON_TOPIC_ENGLISH } from './off-topic-items.ts';

interface DemoItem {
  title: string;
  summary: string;
  slug: string;
  /** The whole article, for the page behind the item's link (seed articles only). */
  body?: string;
}

const HOUR_MS = 3_600_000;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A seed article as a feed item: its headline and its first paragraphs. */
export function seedItem({ name, seed }: NamedSeed): DemoItem {
  const lead = seed.body.split('\n').filter((p) => p.trim() !== '').slice(0, 3).join(' ');
  return { title: seed.title, summary: lead, slug: name.replace(/\.[a-z]+$/, ''), body: seed.body };
}

function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/**
 * Demo feeds served on loopback: an Indonesian RSS 2.0 feed and an English Atom feed, holding
 * the seed articles (as they would arrive from their outlets) among everyday off-topic items.
 * Items are dated in the last hours so none is too old to post.
 */
export function buildDemoFeeds(seeds: readonly NamedSeed[], origin: string, now: Date): { rss: string; atom: string; pages: Map<string, string> } {
  const half = Math.ceil(seeds.length / 2);
  const idItems: DemoItem[] = [
    ...seeds.slice(0, half).map(seedItem),
    ...DEMO_OFF_TOPIC_ITEMS.id.map((i) => ({ ...i, slug: slugOf(i.title) })),
  ];
  const enItems: DemoItem[] = [
    ...seeds.slice(half).map(seedItem),
    ...DEMO_ON_TOPIC_ENGLISH.map((i) => ({ ...i, slug: slugOf(i.title) })),
    ...DEMO_OFF_TOPIC_ITEMS.en.map((i) => ({ ...i, slug: slugOf(i.title) })),
  ];
  const at = (i: number) => new Date(now.getTime() - (i + 1) * HOUR_MS);

  const rssItems = idItems
    .map(
      (item, i) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${origin}/berita/${item.slug}?utm_source=rss</link>
      <guid isPermaLink="false">demo-id-${item.slug}</guid>
      <pubDate>${at(i).toUTCString()}</pubDate>
      <description><![CDATA[<p>${item.summary}</p>]]></description>
    </item>`,
    )
    .join('\n');
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Demo Kabar Dunia</title>
    <link>${origin}/</link>
    <description>newshound demo feed (Indonesian)</description>
    <ttl>5</ttl>
${rssItems}
  </channel>
</rss>
`;

  const atomEntries = enItems
    .map(
      (item, i) => `  <entry>
    <title>${escapeXml(item.title)}</title>
    <link href="${origin}/world/${item.slug}"/>
    <id>urn:newshound-demo:${item.slug}</id>
    <updated>${at(i).toISOString()}</updated>
    <summary type="html">${escapeXml(`<p>${item.summary}</p>`)}</summary>
  </entry>`,
    )
    .join('\n');
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Demo World News</title>
  <link href="${origin}/"/>
  <id>urn:newshound-demo</id>
  <updated>${now.toISOString()}</updated>
${atomEntries}
</feed>
`;
  // The pages behind the seed items' links, so the demo's summaries come from whole articles.
  const pages = new Map<string, string>();
  for (const item of idItems) if (item.body) pages.set(`/berita/${item.slug}`, articlePage(item, 'id', 'Demo Kabar Dunia'));
  for (const item of enItems) if (item.body) pages.set(`/world/${item.slug}`, articlePage(item, 'en', 'Demo World News'));
  return { rss, atom, pages };
}

/** A news page as outlets serve it: navigation, the article, a "read also" box and a footer. */
function articlePage(item: DemoItem, lang: 'id' | 'en', site: string): string {
  const paragraphs = (item.body ?? '').split('\n').filter((p) => p.trim() !== '').map((p) => `      <p>${escapeXml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeXml(item.title)} - ${site}</title></head>
<body>
  <nav><a href="/">${site}</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/tech">Tech</a></nav>
  <main>
    <article>
      <h1>${escapeXml(item.title)}</h1>
${paragraphs}
    </article>
    <aside><h2>${lang === 'id' ? 'Terpopuler' : 'Most read'}</h2><ul><li><a href="/a">Harga emas hari ini</a></li><li><a href="/b">Jadwal liga</a></li></ul></aside>
  </main>
  <footer>© ${site} · <a href="/privacy">Privacy</a> · <a href="/about">About</a></footer>
</body>
</html>
`;
}
