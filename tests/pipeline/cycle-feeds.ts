// Feeds for the pipeline tests, built in code so their dates can sit a given number of hours
// before the test clock. Every headline and summary here was written for these tests (invented
// reporting, no outlet's text). Byte-exact feeds (charsets, broken XML) live in
// tests/fixtures/cycle/ instead.
import { KURSK_MATCHED_TITLES, KURSK_WITHOUT_KOREA } from '../helpers/kursk-headlines.ts';

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

export interface Article {
  title: string;
  summary: string;
  /** Path of the article on its (example) site; also its guid. */
  slug: string;
}

/** On-topic: North Korea helping Russia in its war on Ukraine, in Indonesian and English. */
export const ON_TOPIC = {
  troopsId: {
    title: 'Ribuan Tentara Korea Utara Dikirim Bantu Rusia Lawan Ukraina',
    summary: 'Intelijen Korea Selatan menyebut Pyongyang mengirim ribuan tentara untuk membantu pasukan Rusia bertempur melawan Ukraina di wilayah Kursk.',
    slug: 'dunia/tentara-korea-utara-bantu-rusia',
  },
  treatyId: {
    title: 'Kim Jong Un dan Putin Teken Perjanjian Pertahanan Bersama',
    summary:
      'Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin menandatangani perjanjian kemitraan strategis yang mewajibkan saling membantu jika diserang, di tengah perang di Ukraina.',
    slug: 'dunia/kim-putin-perjanjian-pertahanan',
  },
  shellsId: {
    title: 'Korea Utara Kirim Peluru Artileri ke Rusia untuk Perang di Ukraina',
    summary: 'Badan intelijen Korea Selatan memperkirakan Pyongyang telah mengirim jutaan peluru artileri yang dipakai pasukan Rusia di garis depan Ukraina.',
    slug: 'dunia/peluru-artileri-korea-utara',
  },
  troopsEn: {
    title: 'North Korean soldiers join Russian assault in Kursk',
    summary: 'Seoul says thousands of North Korean troops are fighting alongside Russian forces against Ukraine in the Kursk region.',
    slug: 'world/north-korean-soldiers-kursk',
  },
  treatyEn: {
    title: 'Kim Jong Un and Putin sign mutual defence treaty',
    summary: 'North Korean leader Kim Jong Un and Russian President Vladimir Putin signed a treaty pledging military assistance as the war in Ukraine continues.',
    slug: 'world/kim-putin-defence-treaty',
  },
} as const satisfies Record<string, Article>;

/** Off-topic: everyday news, and a North Korea–Russia story without the war. */
export const OFF_TOPIC = {
  pricesId: {
    title: 'Harga Beras Naik di Pasar Induk Cipinang',
    summary: 'Pedagang mengeluhkan kenaikan harga beras medium akibat pasokan dari daerah berkurang.',
    slug: 'ekonomi/harga-beras-cipinang',
  },
  sportsId: {
    title: 'Persib Bandung Kalahkan Persija 2-1',
    summary: 'Gol di menit akhir memastikan kemenangan Persib di laga tandang.',
    slug: 'olahraga/persib-persija',
  },
  pricesEn: {
    title: 'Cocoa prices hit record high',
    summary: 'Traders said poor harvests in West Africa pushed cocoa futures to a new record.',
    slug: 'business/cocoa-prices-record',
  },
  tourismTrainEn: {
    title: 'Russia and North Korea launch tourist train to Wonsan',
    summary: 'A new passenger train will carry Russian tourists from Vladivostok to the beach resort of Wonsan, railway officials said.',
    slug: 'world/tourist-train-wonsan',
  },
} as const satisfies Record<string, Article>;

export interface FeedEntry {
  article: Article;
  /** Published this many hours before `now`. */
  ageHours: number;
  /** Overrides the article link (https://<site>/<slug>); null for an item without a link. */
  link?: string | null;
  /** Overrides the guid (the slug); null for an item without a guid. */
  guid?: string | null;
}

export interface FeedOptions {
  now: Date;
  title?: string;
  site?: string;
  /** RSS `<ttl>`, minutes. */
  ttlMinutes?: number;
}

const DEFAULT_SITE = 'https://kabar-benua.example.net';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function entry(article: Article, ageHours: number, extra: Partial<FeedEntry> = {}): FeedEntry {
  return { article, ageHours, ...extra };
}

/** RSS 2.0 bytes, items in the order given. */
export function rss(entries: readonly FeedEntry[], options: FeedOptions): string {
  const site = options.site ?? DEFAULT_SITE;
  const items = entries.map((e) => {
    const link = e.link === undefined ? `${site}/${e.article.slug}` : e.link;
    const guid = e.guid === undefined ? e.article.slug : e.guid;
    return [
      '    <item>',
      `      <title>${escapeXml(e.article.title)}</title>`,
      link === null ? undefined : `      <link>${escapeXml(link)}</link>`,
      guid === null ? undefined : `      <guid isPermaLink="false">${escapeXml(guid)}</guid>`,
      `      <pubDate>${new Date(options.now.getTime() - e.ageHours * HOUR_MS).toUTCString()}</pubDate>`,
      `      <description><![CDATA[<p>${e.article.summary}</p>]]></description>`,
      '    </item>',
    ]
      .filter((line) => line !== undefined)
      .join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(options.title ?? 'Kabar Benua')}</title>
    <link>${site}/</link>
    <description>Feed written for newshound's pipeline tests</description>
${options.ttlMinutes === undefined ? '' : `    <ttl>${options.ttlMinutes}</ttl>\n`}${items.join('\n')}
  </channel>
</rss>
`;
}

/** Atom 1.0 bytes, entries in the order given. */
export function atom(entries: readonly FeedEntry[], options: FeedOptions): string {
  const site = options.site ?? 'https://world-desk.example.org';
  const body = entries.map((e) => {
    const link = e.link === undefined ? `${site}/${e.article.slug}` : e.link;
    return [
      '  <entry>',
      `    <title>${escapeXml(e.article.title)}</title>`,
      link === null ? undefined : `    <link href="${escapeXml(link)}"/>`,
      `    <id>urn:world-desk:${escapeXml(e.guid ?? e.article.slug)}</id>`,
      `    <updated>${new Date(options.now.getTime() - e.ageHours * HOUR_MS).toISOString()}</updated>`,
      `    <summary type="html">${escapeXml(`<p>${e.article.summary}</p>`)}</summary>`,
      '  </entry>',
    ]
      .filter((line) => line !== undefined)
      .join('\n');
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(options.title ?? 'World Desk')}</title>
  <link href="${site}/"/>
  <id>urn:world-desk</id>
  <updated>${options.now.toISOString()}</updated>
${body.join('\n')}
</feed>
`;
}

/** The Kursk headlines (tests/helpers/kursk-headlines.ts) as feed articles: six matches, then the fighting told without North Korea. */
export const KURSK_ARTICLES: Article[] = KURSK_MATCHED_TITLES.map((title, i) => ({ title, summary: 'Pasukan Pyongyang bertempur bersama Rusia di wilayah Kursk.', slug: `dunia/kursk-${i}` }));
export const KURSK_WITHOUT_KOREA_ARTICLE: Article = { title: KURSK_WITHOUT_KOREA, summary: 'Pasukan bertempur di wilayah Kursk.', slug: 'dunia/pertempuran-kursk' };
