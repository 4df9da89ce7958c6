import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmSummarizer, type LlmSummarizerOptions } from '../../src/adapters/llm-summarizer.ts';
import type { Logger, Summarizer, SummaryRequest } from '../../src/ports.ts';
import { type FakeLlmReply, type FakeLlmServer, reply, startFakeLlmServer, unusedPort } from '../helpers/fake-llm-server.ts';

const API_KEY = 'sk-test-SECRET-4f9a1c77e2';
const EXTRACTIVE = 'The extractive summary.';
const WARNING = 'llm summary failed; using the extractive summary';

const STORY: SummaryRequest = {
  title: 'North Korea sends troops to Russia',
  texts: [
    'Seoul said on Monday that North Korea has sent troops to Russia.\n\nThe intelligence service gave no numbers.',
    'Pyongyang has deployed soldiers, an outlet reported.\n\nA second paragraph that must not be sent.',
    'A third outlet also reported the move.',
    'A fourth outlet, beyond the two allowed.',
  ],
  lang: 'en',
};

interface Recorded {
  fallback: Summarizer;
  fallbackCalls: SummaryRequest[];
  logger: Logger;
  logs: Array<{ level: string; fields: Record<string, unknown>; message: string }>;
}

function recorders(): Recorded {
  const fallbackCalls: SummaryRequest[] = [];
  const logs: Recorded['logs'] = [];
  const log = (level: string) => (fields: Record<string, unknown>, message: string) => void logs.push({ level, fields, message });
  return {
    fallback: { summarize: async (request) => (fallbackCalls.push(request), EXTRACTIVE) },
    fallbackCalls,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    logs,
  };
}

let server: FakeLlmServer;
let rec: Recorded;
const closers: Array<() => Promise<void>> = [];

function make(options: Partial<LlmSummarizerOptions> = {}): Summarizer {
  const summarizer = createLlmSummarizer({ baseUrl: server.baseUrl, model: 'fake-model', apiKey: API_KEY, ...options }, rec.fallback, rec.logger);
  closers.push(summarizer.close);
  return summarizer;
}

beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await server.close();
});
beforeEach(() => {
  server.reset();
  rec = recorders();
});

type Message = { role: string; content: string };
const sentBody = (index = 0) => server.requests[index]?.body as { messages: Message[] } & Record<string, unknown>;
const sentMessage = (role: string) => sentBody().messages.find((message) => message.role === role)?.content ?? '';

/** The summary came from the fallback, after one warning whose reason matches; no log line holds the key. */
function expectFellBack(summary: string, request: SummaryRequest, reason: RegExp, status?: number): void {
  expect(summary).toBe(EXTRACTIVE);
  expect(rec.fallbackCalls).toEqual([request]);
  const warnings = rec.logs.filter((entry) => entry.level === 'warn');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]!.message).toBe(WARNING);
  expect(String(warnings[0]!.fields.reason)).toMatch(reason);
  expect(warnings[0]!.fields.status).toBe(status);
  expect(JSON.stringify(rec.logs)).not.toContain(API_KEY);
}

function expectUsedLlm(): void {
  expect(rec.fallbackCalls).toEqual([]);
  expect(rec.logs.filter((entry) => entry.level === 'warn')).toEqual([]);
}

describe('createLlmSummarizer: the request', () => {
  it('POSTs a non-streaming chat completion with the bearer key, model, temperature and max_tokens', async () => {
    await make().summarize(STORY);
    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent.headers['content-type']).toMatch(/^application\/json/);
    expect(sent.body).toMatchObject({ model: 'fake-model', temperature: 0.2, max_tokens: 300, stream: false });
    expect(sentBody().messages.map((message) => message.role)).toEqual(['system', 'user']);
  });

  it('sends no Authorization header without a key, and tolerates a trailing slash on baseUrl', async () => {
    await make({ apiKey: undefined, baseUrl: `${server.baseUrl}/`, temperature: 0.7 }).summarize(STORY);
    expect(server.requests[0]!.path).toBe('/v1/chat/completions');
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
    expect(sentBody().temperature).toBe(0.7);
    expectUsedLlm();
  });

  it('puts the title, the first report and two other reports\' first paragraphs in the user message', async () => {
    await make().summarize(STORY);
    const user = sentMessage('user');
    expect(user).toContain(STORY.title);
    expect(user).toContain('Seoul said on Monday that North Korea has sent troops to Russia.');
    expect(user).toContain('The intelligence service gave no numbers.'); // the first report is sent whole
    expect(user).toMatch(/other outlet's report[^\n]*\n<report>\nPyongyang has deployed soldiers, an outlet reported\./i);
    expect(user).toContain('A third outlet also reported the move.');
    expect(user).not.toContain('must not be sent');
    expect(user).not.toContain('fourth outlet');
  });

  it.each([
    { lang: 'id' as const, wanted: /Indonesian/, unwanted: /\bEnglish\b/ },
    { lang: 'en' as const, wanted: /\bEnglish\b/, unwanted: /Indonesia/ },
  ])('asks for a 2-3 sentence, plain, factual summary in the article language ($lang)', async ({ lang, wanted, unwanted }) => {
    await make().summarize({ ...STORY, lang });
    const system = sentMessage('system');
    expect(system).toMatch(wanted);
    expect(system).not.toMatch(unwanted);
    expect(system).toMatch(/2 to 3 sentences/);
    expect(system).toMatch(/plain text/);
    expect(system).toMatch(/no preamble/);
    expect(system).toMatch(/no opinions/);
  });

  it('cuts a long report at a word boundary to maxInputChars', async () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' ');
    await make({ maxInputChars: 1_000 }).summarize({ ...STORY, texts: [words] });
    const report = /Report:\n<report>\n([\s\S]*?)\n<\/report>/.exec(sentMessage('user'))![1]!;
    expect(report.length).toBeLessThanOrEqual(1_000);
    expect(report.length).toBeGreaterThan(900);
    expect(report).toMatch(/ word\d+…$/); // a whole word, then the ellipsis
    expect(words.split(' ')).toContain(report.slice(report.lastIndexOf(' ') + 1, -1));
  });

  it('does not call the model for a story with no text', async () => {
    const request = { ...STORY, texts: ['', '  \n '] };
    expectFellBack(await make().summarize(request), request, /no article text/);
    expect(server.requests).toEqual([]);
  });
});

describe('createLlmSummarizer: the reply', () => {
  it('returns the reply trimmed, on one line', async () => {
    server.script(reply.completion('  \n North Korea has sent troops to Russia.\nSeoul confirmed it.  \n'));
    expect(await make().summarize(STORY)).toBe('North Korea has sent troops to Russia. Seoul confirmed it.');
    expectUsedLlm();
  });

  it('strips simple markdown (bold, italic, code) instead of failing', async () => {
    server.script(reply.markdown());
    expect(await make().summarize(STORY)).toBe('North Korea sent troops to Russia, officials said. The move was confirmed by Seoul on Monday.');
    server.script(reply.completion('__Seoul__ cited `NIS` data and Yonhap. It gave 2*3*4 as a code.'));
    expect(await make().summarize(STORY)).toBe('Seoul cited NIS data and Yonhap. It gave 2*3*4 as a code.');
    expectUsedLlm();
  });

  it('cuts the summary to maxChars at a sentence boundary', async () => {
    const sentence = (n: number) => `Sentence number ${n} says something about the troops that were sent.`; // 66 chars
    server.script(reply.completion([1, 2, 3].map(sentence).join(' ')));
    const summary = await make({ maxChars: 150 }).summarize(STORY);
    expect(summary).toBe(`${sentence(1)} ${sentence(2)}`);
    expectUsedLlm();
  });

  it('drops a last sentence cut off without a full stop (max_tokens reached)', async () => {
    server.script(reply.completion('North Korea has sent troops to Russia. Seoul said the soldiers were', 'length'));
    expect(await make().summarize(STORY)).toBe('North Korea has sent troops to Russia.');
  });

  it('leaves out a reasoning model\'s <think> block', async () => {
    server.script(reply.completion('<think>\nThe user wants a summary.\n- list\n</think>\nNorth Korea has sent troops to Russia.'));
    expect(await make().summarize(STORY)).toBe('North Korea has sent troops to Russia.');
    expectUsedLlm();
  });
});

const MAX_CHARS = 600;
const faults: Array<{ name: string; script: FakeLlmReply; reason: RegExp; status?: number }> = [
  { name: 'HTTP 500', script: reply.serverError(), reason: /HTTP 500: internal error/, status: 500 },
  { name: 'HTTP 429', script: reply.rateLimited(), reason: /HTTP 429/, status: 429 },
  { name: 'a redirect (not followed)', script: reply.status(302, '', { location: 'http://example.com/' }), reason: /HTTP 302/, status: 302 },
  { name: 'malformed JSON', script: reply.malformed(), reason: /not JSON/ },
  { name: 'empty content', script: reply.emptyContent(), reason: /no content/ },
  { name: 'null content', script: reply.nullContent(), reason: /no content/ },
  { name: 'whitespace content', script: reply.completion(' \n\t '), reason: /no content/ },
  { name: 'JSON that is no chat completion', script: { kind: 'raw', body: '{"object":"list","data":[]}' }, reason: /not a chat completion: choices/ },
  { name: 'no choices', script: { kind: 'raw', body: '{"choices":[]}' }, reason: /not a chat completion: choices/ },
  { name: 'markdown headings', script: reply.completion('## Summary\nNorth Korea has sent troops.'), reason: /headings/ },
  { name: 'a bulleted list', script: reply.completion('- North Korea sent troops.\n- Seoul confirmed it.'), reason: /list/ },
  { name: 'a numbered list', script: reply.completion('1. North Korea sent troops.\n2. Seoul confirmed it.'), reason: /list/ },
  { name: 'a reply over twice maxChars', script: reply.completion('Troops were sent. '.repeat(70)), reason: /too long/ },
  { name: 'a connection dropped mid-body', script: reply.reset(), reason: /request failed/ },
  { name: 'a body over 1 MB', script: reply.oversize(2 * 1024 * 1024), reason: /too large/ },
];

describe('createLlmSummarizer: falling back to the extractive summary', () => {
  it.each(faults)('falls back on $name', async ({ script, reason, status }) => {
    server.script(script);
    const summary = await make({ maxChars: MAX_CHARS }).summarize(STORY);
    expect(server.requests).toHaveLength(1);
    expectFellBack(summary, STORY, reason, status);
  });

  it('falls back when the server never answers, after timeoutMs', async () => {
    server.script(reply.hang());
    const started = performance.now();
    const summary = await make({ timeoutMs: 200 }).summarize(STORY);
    const elapsedMs = performance.now() - started;
    expectFellBack(summary, STORY, /timed out after 200 ms/);
    expect(elapsedMs).toBeGreaterThanOrEqual(150);
    expect(elapsedMs).toBeLessThan(5_000);
  });

  it('falls back when the body trickles in past timeoutMs (the timeout covers the body too)', async () => {
    server.script(reply.trickle(50));
    const started = performance.now();
    const summary = await make({ timeoutMs: 300 }).summarize(STORY);
    expectFellBack(summary, STORY, /timed out after 300 ms/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('falls back when the connection is refused', async () => {
    const port = await unusedPort();
    const summary = await make({ baseUrl: `http://127.0.0.1:${port}/v1` }).summarize(STORY);
    expectFellBack(summary, STORY, /ECONNREFUSED/);
  });

  it('falls back on a baseUrl that is not a URL', async () => {
    expectFellBack(await make({ baseUrl: 'not a url' }).summarize(STORY), STORY, /Invalid URL/);
  });

  it('never logs the key, even when the server quotes it back', async () => {
    server.script((request) => reply.status(401, JSON.stringify({ error: { message: `Incorrect API key provided: ${String(request.headers.authorization)}` } })));
    const summary = await make().summarize(STORY);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expectFellBack(summary, STORY, /HTTP 401: Incorrect API key provided: Bearer \[redacted\]/, 401);
  });

  it('keeps using the model after a failure', async () => {
    const summarizer = make();
    server.script(reply.serverError());
    expect(await summarizer.summarize(STORY)).toBe(EXTRACTIVE);
    expect(await summarizer.summarize(STORY)).toBe('North Korea has sent troops to Russia. Seoul confirmed the deployment on Monday.');
    expect(rec.fallbackCalls).toHaveLength(1);
  });
});

afterEach(() => {
  // A failing case must not leave a scripted reply behind for the next.
  server.reset();
});
