import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { reply, startFakeLlmServer, type FakeLlmServer } from '../helpers/fake-llm-server.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { entry, rss } from '../pipeline/cycle-feeds.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// The worker as configured by a user: a feed whose item carries only its headline and lead
// sentence, the article page behind its link (a real news page's chrome around seed 002's text),
// and optionally an OpenAI-compatible endpoint. `once` prints the post it would send.

const PAGE = readFileSync(new URL('../fixtures/articles/id-kabar-dunia.html', import.meta.url));
const TEASER = {
  title: 'Kim Jong Un dan Menhan Rusia Sepakat Tingkatkan Hubungan Militer',
  summary: 'Menteri Pertahanan Rusia Andrei Belousov bertemu dengan Pemimpin Korea Utara Kim Jong Un di Pyongyang, Korea Utara.',
  slug: 'internasional/kim-belousov',
};

describe('summaries from the article page and from an LLM', () => {
  let server: FeedServer;
  let llm: FakeLlmServer;
  const dir = tempDir();

  beforeAll(async () => {
    server = await startFeedServer();
    llm = await startFakeLlmServer();
    // The item links to the page on the same loopback server.
    server.route('/feed.xml', serveFeed(rss([entry(TEASER, 1)], { now: new Date(), site: server.url })));
    server.route(`/${TEASER.slug}`, (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  });
  afterAll(async () => {
    await server.close();
    await llm.close();
    dir.remove();
  });

  function writeConfig(name: string, extra: object): string {
    const file = join(dir.path, `${name}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        feeds: [{ name: 'Kabar Dunia', url: `${server.url}/feed.xml`, language: 'id' }],
        state: { url: `sqlite://${join(dir.path, `${name}.sqlite`)}` },
        limits: { backfill: 5 },
        network: { allowedPrivateHosts: ['127.0.0.1'] },
        logLevel: 'error',
        ...extra,
      }),
    );
    return file;
  }

  it('fetches the article behind the link (on by default) and summarises it', async () => {
    const { code, stdout } = await runCliCaptured(['once', '--config', writeConfig('article', {})]);
    expect(code).toBe(0);
    expect(server.requests.some((r) => r.path === `/${TEASER.slug}`)).toBe(true);
    // Sentences the feed never carried: the article's own.
    expect(stdout).toMatch(/━━ \[default\] Kim Jong Un dan Menhan Rusia/);
    expect(stdout).toMatch(/Jumat \(29\/11\/2024\)|KCNA|keduanya mengecam/);
    expect(stdout).not.toContain(TEASER.summary);
  });

  it('with articles.fetch off, summarises the feed text and fetches no page', async () => {
    const before = server.requests.filter((r) => r.path === `/${TEASER.slug}`).length;
    const { code, stdout } = await runCliCaptured(['once', '--config', writeConfig('feed-only', { articles: { fetch: false } })]);
    expect(code).toBe(0);
    expect(stdout).toContain(TEASER.summary);
    expect(server.requests.filter((r) => r.path === `/${TEASER.slug}`).length).toBe(before);
  });

  it('asks the configured LLM with the article text and posts its summary; falls back when it fails', async () => {
    llm.script(reply.completion('Menhan Rusia Andrei Belousov bertemu Kim Jong Un di Pyongyang. Keduanya sepakat memperkuat kerja sama militer.'));
    const ok = await runCliCaptured(['once', '--config', writeConfig('llm', { summary: { llm: { baseUrl: `${llm.baseUrl}`, model: 'test-model', timeoutMs: 2_000 } } })]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Keduanya sepakat memperkuat kerja sama militer.');
    const sent = JSON.stringify(llm.requests.at(-1)?.body);
    expect(sent).toContain('test-model');
    expect(sent).toMatch(/KCNA/);

    llm.script(reply.serverError());
    const fallback = await runCliCaptured(['once', '--config', writeConfig('llm-down', { summary: { llm: { baseUrl: `${llm.baseUrl}`, model: 'test-model', timeoutMs: 2_000 } } })]);
    expect(fallback.code).toBe(0);
    expect(fallback.stdout).toMatch(/━━ \[default\] Kim Jong Un dan Menhan Rusia/);
    expect(fallback.stdout).not.toContain('Keduanya sepakat memperkuat kerja sama militer.');
    expect(fallback.stdout).toMatch(/Jumat \(29\/11\/2024\)|KCNA|keduanya mengecam/);
  });
});
