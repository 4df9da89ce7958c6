import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config.ts';
import { createLogger } from '../adapters/logger.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../adapters/project-paths.ts';
import { readSeedDir } from '../adapters/topic-files.ts';
import { buildDemoFeeds } from '../demo/demo-feeds.ts';
import { createRuntime } from '../main.ts';
import type { CommandIo } from './io.ts';
import { formatCycleReport } from './format-cycle.ts';

export const demoUsage = 'newshound demo';

/**
 * One full cycle, offline, on a throw-away SQLite state: demo feeds (RSS and Atom, built from
 * the seed articles plus off-topic items, and the seed articles' pages) served on loopback, backfill on so the first cycle
 * posts, posts printed, and every skipped item listed with its reason.
 */
export async function demoCommand(args: string[], io: CommandIo): Promise<number> {
  // It takes no options: parsing them anyway makes a typo fail (exit 2) instead of being ignored.
  parseArgs({ args, options: {} });
  const dir = mkdtempSync(join(tmpdir(), 'newshound-demo-'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const feeds = buildDemoFeeds(readSeedDir(DEFAULT_SEEDS_DIR), origin, new Date());
  server.on('request', (request, response) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    const page = feeds.pages.get(path);
    const body = path === '/rss.xml' ? feeds.rss : path === '/atom.xml' ? feeds.atom : page;
    if (body === undefined) return void response.writeHead(404).end();
    const type = path === '/rss.xml' ? 'application/rss+xml; charset=utf-8' : path === '/atom.xml' ? 'application/atom+xml; charset=utf-8' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type }).end(body);
  });

  const configFile = join(dir, 'newshound.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      feeds: [
        { name: 'Demo Kabar Dunia (RSS)', url: `${origin}/rss.xml`, language: 'id' },
        { name: 'Demo World News (Atom)', url: `${origin}/atom.xml`, language: 'en' },
      ],
      topics: [{ name: 'default', seeds: DEFAULT_SEEDS_DIR, tuning: DEFAULT_TUNING_FILE }],
      state: { url: `sqlite://${join(dir, 'demo.sqlite')}` },
      limits: { backfill: 50 },
      network: { allowedPrivateHosts: ['127.0.0.1'] },
      logLevel: 'warn',
    }),
  );
  try {
    const config = loadConfig({ file: configFile, env: {} });
    io.stdout(`newshound demo: 2 feeds on ${origin} (RSS + Atom), state ${join(dir, 'demo.sqlite')}, backfill on\n`);
    io.stdout('Posts it would send (no DISCORD_TOKEN, so printed):\n');
    const runtime = await createRuntime(config, { logger: createLogger('warn'), print: io.stdout });
    const report = await runtime.runOnce({ ignoreSchedule: true });
    await runtime.close();
    io.stdout(formatCycleReport(report));
    return report.published > 0 ? 0 : 1;
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
