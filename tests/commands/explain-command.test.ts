import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.ts';

describe('explain command', () => {
  it('prints score, decision, concepts and the deciding terms', async () => {
    const { code, stdout } = await runCliCaptured(['explain', '--title', 'Tentara Korut Tewas di Kursk', '--text', 'Ratusan tentara Korea Utara tewas melawan pasukan Ukraina di wilayah Kursk, Rusia.']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/decision: ON-TOPIC/);
    expect(stdout).toMatch(/score: +\d/);
    expect(stdout).toMatch(/✓ North Korea/);
    expect(stdout).toMatch(/tentara/);
    expect(stdout).toMatch(/North Korea .*\(side\)/);
  });

  it('reads --file and explains an off-topic text', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newshound-explain-')), 'item.txt');
    writeFileSync(file, 'Harga cabai naik menjelang Natal di pasar tradisional Jakarta.');
    const { code, stdout } = await runCliCaptured(['explain', '--file', file, '--json']);
    expect(code).toBe(0);
    const match = JSON.parse(stdout);
    expect(match.decision).toBe(false);
    expect(match.reason).toMatch(/missing concept/);
  });

  it('learn writes a profile that explain can use with --profile', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newshound-learn-')), 'profile.json');
    const learned = await runCliCaptured(['learn', '--seeds', 'config/seeds', '--out', out]);
    expect(learned.code).toBe(0);
    expect(learned.stderr).toMatch(/learned "default" from 5 seeds: \d+ terms, concepts: \[North Korea\] AND \[Russia[^\]]*\]/);
    const { code, stdout } = await runCliCaptured(['explain', '--profile', out, '--text', 'North Korean soldiers killed fighting for Russia in Kursk', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).decision).toBe(true);
  });

  it('asks for exactly one of --text and --file', async () => {
    const { code, stderr } = await runCliCaptured(['explain']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/exactly one of --text or --file/);
  });

  it('a bad tuning file stops with the file and the field', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newshound-tuning-')), 'bad.json');
    writeFileSync(file, '{ "threshold": "high" }');
    const { code, stderr } = await runCliCaptured(['explain', '--text', 'x', '--tuning', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.json: threshold: /);
  });
});
