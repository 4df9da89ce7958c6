// A small Indonesian RSS feed and a worker config that polls it on loopback, for tests that run
// `newshound start` as a real process.

export interface FeedItem {
  title: string;
  summary: string;
  /** Unique within the feed; becomes the guid and the link's path. */
  slug: string;
  published: Date;
}

const HOUR_MS = 3_600_000;

/** Everyday news: on no topic, so a worker never posts these. */
export function offTopicItems(now: Date): FeedItem[] {
  return [
    {
      title: 'Harga cabai rawit naik dua kali lipat menjelang Lebaran',
      summary: 'Pedagang di pasar tradisional Jakarta menyebut pasokan dari sentra produksi berkurang karena hujan.',
      slug: 'harga-cabai',
      published: new Date(now.getTime() - 2 * HOUR_MS),
    },
    {
      title: 'Timnas Indonesia menang 2-0 atas Vietnam',
      summary: 'Dua gol di babak kedua membawa Indonesia ke puncak klasemen grup.',
      slug: 'timnas-menang',
      published: new Date(now.getTime() - 3 * HOUR_MS),
    },
  ];
}

/** On the default topic, and already in the feed at the first poll: the baseline, never posted. */
export function baselineOnTopicItem(now: Date): FeedItem {
  return {
    title: 'Tentara Korut tewas di Kursk, kata intelijen Ukraina',
    summary: 'Badan intelijen Ukraina menyebut puluhan tentara Korea Utara tewas dalam pertempuran di wilayah Kursk, Rusia.',
    slug: 'tentara-korut-kursk',
    published: new Date(now.getTime() - HOUR_MS),
  };
}

/** On the default topic and new since the baseline: the one item a worker should post. */
export function freshOnTopicItem(now: Date): FeedItem {
  return {
    title: 'Korea Utara Kirim Ribuan Tentara untuk Bantu Rusia di Ukraina',
    summary:
      'Ribuan tentara Korea Utara dikerahkan ke wilayah Kursk untuk membantu pasukan Rusia melawan Ukraina, menurut intelijen Korea Selatan.',
    slug: 'korut-kirim-ribuan-tentara',
    published: now,
  };
}

export function buildRss(origin: string, items: readonly FeedItem[]): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${origin}/berita/${item.slug}</link>
      <guid isPermaLink="false">test-${item.slug}</guid>
      <pubDate>${item.published.toUTCString()}</pubDate>
      <description>${escapeXml(item.summary)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Kabar Uji</title>
    <link>${origin}/</link>
    <description>newshound worker test feed</description>
    <language>id</language>
${entries}
  </channel>
</rss>
`;
}

/**
 * A config file for `newshound start`: one feed on loopback (allowed through the private-address
 * guard by name), the default topic. `minPollIntervalMs: 1000` lets a fast test schedule poll
 * the feed every cycle instead of once a minute. `state` omitted means the default,
 * sqlite://state/newshound.sqlite under the project root.
 */
export function workerConfig(feedUrl: string, options: { stateUrl?: string; schedule?: string } = {}): Record<string, unknown> {
  return {
    feeds: [{ name: 'Kabar Uji', url: feedUrl, language: 'id' }],
    ...(options.schedule ? { schedule: options.schedule } : {}),
    ...(options.stateUrl ? { state: { url: options.stateUrl } } : {}),
    limits: { minPollIntervalMs: 1_000 },
    network: { allowedPrivateHosts: ['127.0.0.1'] },
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
