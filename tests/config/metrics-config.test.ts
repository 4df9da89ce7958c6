import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// metrics.port / metrics.host: off by default; NEWSHOUND_METRICS_PORT sets the port; a bad
// value is reported with its field like any other.

const dir = tempDir();
afterAll(() => dir.remove());
const file = (name: string, extra: object) => {
  const path = join(dir.path, `${name}.json`);
  writeFileSync(path, JSON.stringify({ feeds: [{ name: 'F', url: 'https://example.org/feed.xml' }], ...extra }));
  return path;
};

describe('metrics config', () => {
  it('absent: no port, all interfaces', () => {
    expect(loadConfig({ file: file('none', {}), env: {} }).metrics).toEqual({ host: '0.0.0.0' });
  });

  it('from the file, and NEWSHOUND_METRICS_PORT over it', () => {
    const path = file('set', { metrics: { port: 9464, host: '127.0.0.1' } });
    expect(loadConfig({ file: path, env: {} }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ file: path, env: { NEWSHOUND_METRICS_PORT: '9100' } }).metrics).toEqual({ port: 9100, host: '127.0.0.1' });
  });

  it.each([
    [{ metrics: { port: 70_000 } }, {}, /metrics\.port: must be <= 65535/],
    [{ metrics: { port: 9464, path: '/m' } }, {}, /metrics: .*path/],
    [{}, { NEWSHOUND_METRICS_PORT: 'ninety' }, /metrics\.port/],
  ])('refuses %j %j', (extra, env, message) => {
    expect(() => loadConfig({ file: file('bad', extra), env })).toThrow(message);
  });
});
