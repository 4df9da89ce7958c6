// A feed URL carrying `user:password@` authenticated nothing (undici sends no Authorization
// from a URL's userinfo) and put the password in every log line, `status`, the stored feed
// health and Discord's /feeds list and /feeds status, which any member may run. /feeds add
// already refused such URLs; the config file now does too, pointing at `headers`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { ConfigError } from '../../src/core/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'newshound-feed-creds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(feeds: unknown[]): unknown {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ feeds }));
  try {
    return loadConfig({ file, env: {}, root: dir });
  } catch (error) {
    return error;
  }
}

describe('feed URLs with credentials in them', () => {
  it.each([
    ['user and password', 'https://reader:hunter2-secret@feeds.example.com/rss'],
    ['user only', 'https://token-abcdef123@feeds.example.com/rss'],
  ])('refuses one with %s, naming the field, never the secret', (_name, url) => {
    const error = load([{ name: 'Private', url }]);
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/feeds\.0\.url: must not carry a user name or password/);
    expect(message).toMatch(/headers/);
    expect(message).not.toMatch(/hunter2-secret|token-abcdef123/);
  });

  it('still takes a plain URL and an Authorization header', () => {
    const config = load([{ name: 'Private', url: 'https://feeds.example.com/rss', headers: { Authorization: 'Basic cmVhZGVyOmh1bnRlcjI=' } }]);
    expect(config).not.toBeInstanceOf(Error);
  });
});
