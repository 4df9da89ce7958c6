// A loopback "feed farm" for the poll benchmark, run as its own process so its memory is not
// counted as the pipeline's: /feed/<n>.xml is an RSS feed of 50 items, generated on request.
// After POST /advance, every tenth feed gains a new item (new ETag); the rest answer 304.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const ITEMS_PER_FEED = 50;
let generation = 0;

const WORDS = ['harga', 'pasar', 'banjir', 'jakarta', 'sekolah', 'pemilu', 'sepak', 'bola', 'ekonomi', 'cuaca', 'kereta', 'bandara', 'festival', 'musik', 'teknologi', 'kesehatan'];

function feedVersion(feed: number): number {
  return generation > 0 && feed % 10 === 0 ? generation : 0;
}

function feedBody(feed: number, version: number): string {
  const items: string[] = [];
  const now = Date.now();
  for (let i = 0; i < ITEMS_PER_FEED + version; i += 1) {
    const w = (k: number) => WORDS[(feed * 7 + i * 3 + k) % WORDS.length];
    const title = `Berita ${w(0)} ${w(1)} ${w(2)} nomor ${i} dari feed ${feed}`;
    const summary = `<p>Laporan tentang ${w(3)} dan ${w(4)} di kota ${w(5)}: warga mengeluhkan ${w(6)} yang ${w(7)} sejak pekan lalu, kata pejabat setempat kepada wartawan.</p>`.repeat(3);
    items.push(`<item><title>${title}</title><link>http://farm.example/${feed}/${i}</link><guid>farm-${feed}-${i}</guid><pubDate>${new Date(now - i * 60_000).toUTCString()}</pubDate><description><![CDATA[${summary}]]></description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Farm ${feed}</title><link>http://farm.example/${feed}</link>${items.join('')}</channel></rss>`;
}

const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/advance') {
    generation += 1;
    response.end('ok');
    return;
  }
  const match = /^\/feed\/(\d+)\.xml$/.exec(request.url ?? '');
  if (!match) return void response.writeHead(404).end();
  const feed = Number(match[1]);
  const version = feedVersion(feed);
  const etag = `"f${feed}-v${version}"`;
  if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
  response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedBody(feed, version));
});
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => process.exit(0));
