import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR } from '../../src/adapters/project-paths.ts';
import { readSeedDir } from '../../src/adapters/topic-files.ts';
import { assembleTopic } from '../../src/core/topic/assemble-topic.ts';
import { termKey } from '../../src/core/profile/apply-tuning.ts';
import { loadTopicFiles, topicNameOfDir } from '../../src/topics/load-topic.ts';
import { SECOND_TOPIC_DIRS } from '../helpers/topics.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';

// One place assembles a topic (seeds -> learned profile -> tuning -> prepared matcher); the
// commands say which topic and which tuning they used, and never borrow the default's tuning.

const text = { lexicon: loadLexicon(), background: loadBackground() };
const amunisi = termKey('amunisi', text.lexicon)!;
const dir = mkdtempSync(join(tmpdir(), 'newshound-topic-'));

describe('assembleTopic', () => {
  it('learns from seeds, lays the tuning over and prepares the result; the learned profile is kept untouched', () => {
    const topic = assembleTopic({ name: 'nk', seeds: readSeedDir(DEFAULT_SEEDS_DIR), tuning: { boost: { amunisi: 5 }, threshold: 2 } }, text);
    expect(topic.name).toBe('nk');
    expect(topic.learned.name).toBe('nk');
    expect(topic.profile.threshold).toBe(2);
    expect(topic.prepared.profile).toBe(topic.profile);
    expect(topic.prepared.weights.get(amunisi)).toBe(5);
    expect(topic.learned.terms.find((t) => t.key === amunisi)?.weight ?? 0).not.toBe(5);
    // The expected rate is the tuned profile's: a higher threshold flags no more.
    const untuned = assembleTopic({ name: 'nk', seeds: readSeedDir(DEFAULT_SEEDS_DIR), tuning: {} }, text);
    const stricter = assembleTopic({ name: 'nk', seeds: readSeedDir(DEFAULT_SEEDS_DIR), tuning: { threshold: 3 } }, text);
    expect(stricter.report!.expectedPostsPerDay).toBeLessThanOrEqual(untuned.report!.expectedPostsPerDay);
  });

  it('takes a saved profile instead of seeds, renamed to the topic', () => {
    const learned = assembleTopic({ name: 'a', seeds: readSeedDir(DEFAULT_SEEDS_DIR), tuning: {} }, text).learned;
    const topic = assembleTopic({ name: 'b', profile: learned, tuning: { threshold: 3 } }, text);
    expect(topic.profile.name).toBe('b');
    expect(topic.profile.terms).toEqual(learned.terms);
    expect(topic.profile.threshold).toBe(3);
  });
});

describe('loadTopicFiles', () => {
  it('the default topic comes with its own tuning file', () => {
    const topic = loadTopicFiles({}, text);
    expect(topic.name).toBe('default');
    expect(topic.tuningFile).toMatch(/config\/topics\/default\.tuning\.json$/);
    expect(topic.prepared.weights.get(amunisi)).toBe(5);
  });

  it('--seeds never borrows the default topic\'s tuning, even for the default seeds', () => {
    const topic = loadTopicFiles({ seeds: DEFAULT_SEEDS_DIR }, text);
    expect(topic.tuningFile).toBeUndefined();
    expect(topic.prepared.weights.get(amunisi) ?? 0).not.toBe(5);
  });

  it('names a topic after its seed directory (topics/<name>/seeds too)', () => {
    expect(topicNameOfDir(SECOND_TOPIC_DIRS.starship)).toBe('starship');
    expect(topicNameOfDir('/data/topics/id-harga-bbm/seeds/')).toBe('id-harga-bbm');
    expect(topicNameOfDir(DEFAULT_SEEDS_DIR)).toBe('default');
  });

  it('a named tuning file that does not exist is an error naming it', () => {
    expect(() => loadTopicFiles({ seeds: SECOND_TOPIC_DIRS.starship, tuning: join(dir, 'absent.tuning.json') }, text)).toThrow(/^ENOENT: .*absent\.tuning\.json/);
  });
});

describe('commands name the topic and the tuning they used', () => {
  it('eval --seeds DIR: the header names the topic and says "no tuning"', async () => {
    const data = join(dir, 'items.jsonl');
    writeFileSync(data, `${JSON.stringify({ id: 'a', title: 'SpaceX launches Starship again', summary: '', label: 1 })}\n`);
    const human = await runCliCaptured(['eval', '--data', data, '--seeds', SECOND_TOPIC_DIRS.starship]);
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n')[0]).toMatch(/^topic: starship \(\d+ seeds in .*starship\/?; no tuning\)$/);
    const json = JSON.parse((await runCliCaptured(['eval', '--data', data, '--seeds', SECOND_TOPIC_DIRS.starship, '--json'])).stdout);
    expect(json).toMatchObject({ topic: 'starship', tuning: null });
    const byDefault = JSON.parse((await runCliCaptured(['eval', '--data', data, '--json'])).stdout);
    expect(byDefault).toMatchObject({ topic: 'default', tuning: expect.stringMatching(/default\.tuning\.json$/) });
  });

  it('explain: the topic line names the tuning file; a missing one is one line naming it, exit 1', async () => {
    const tuning = join(dir, 'starship.tuning.json');
    writeFileSync(tuning, '{ "threshold": 1.5 }');
    const { code, stdout } = await runCliCaptured(['explain', '--seeds', SECOND_TOPIC_DIRS.starship, '--tuning', tuning, '--text', 'Starship flies']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^topic: +starship \(\d+ seeds in .*; tuning .*starship\.tuning\.json\)$/m);
    const missing = await runCliCaptured(['explain', '--seeds', SECOND_TOPIC_DIRS.starship, '--tuning', join(dir, 'nope.json'), '--text', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^newshound explain: cannot open .*nope\.json: no such file or directory \(ENOENT\)$/m);
  });

  it('learn describes what it learned on stderr and keeps stdout for the profile JSON', async () => {
    const { code, stdout, stderr } = await runCliCaptured(['learn', '--seeds', SECOND_TOPIC_DIRS.starship]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'newshound-profile/1', name: 'starship' });
    expect(stderr).toMatch(/^learned "starship" from \d+ seeds/);
    expect(stderr).toMatch(/^topic: starship \(.*; no tuning\)$/m);
    expect(stderr).toMatch(/^threshold: /m);
    expect(stderr).toMatch(/^expected headlines flagged per day on ordinary English news: \d+\.\d\d/m);
    expect(stderr).not.toMatch(/next to never seen/);
  });

  it('learn warns when a name enough alone is one the English table has next to never seen though the Indonesian one counts it', async () => {
    // Four of the five: Trump is in two titles of five, too few for a names facet (namesTitleShare), and in two of four.
    const five = new URL('../fixtures/topics/en-us-deportations-articles/seeds/', import.meta.url).pathname;
    const seeds = join(dir, 'deportation-seeds');
    mkdirSync(seeds);
    readdirSync(five).filter((name) => name.endsWith('.txt')).sort().filter((_, i) => i !== 3).forEach((name) => copyFileSync(join(five, name), join(seeds, name)));
    const { code, stderr } = await runCliCaptured(['learn', '--seeds', seeds]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: Donald Trump is enough alone, but the English background has next to never seen it though the Indonesian one counts it, so the expected rate above leaves out the headlines it flags alone/m);
  });

  it('learn says which seeds are too short to learn a theme from (a feed summary pasted as a seed), and only those', async () => {
    const short = join(dir, 'short-seeds');
    mkdirSync(short);
    const summaries = [
      ['Starship explodes minutes after launch', 'SpaceX lost its Starship rocket over the Gulf of Mexico.'],
      ['FAA grounds Starship after breakup', 'Debris fell near the Turks and Caicos islands.'],
      ['SpaceX catches Starship booster again', 'The tower arms caught the Super Heavy booster on its return.'],
    ];
    summaries.forEach(([title, summary], i) => writeFileSync(join(short, `0${i + 1}.txt`), `${title}\n${summary}\n`));
    const warned = await runCliCaptured(['learn', '--seeds', short]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/^warning: these seeds are short \(fewer than 10 sentences with the title\): .*paste whole articles, not feed summaries: 01\.txt, 02\.txt, 03\.txt$/m);
    // Whole articles (the default topic's seeds): no such warning.
    const articles = await runCliCaptured(['learn', '--seeds', DEFAULT_SEEDS_DIR]);
    expect(articles.code).toBe(0);
    expect(articles.stderr).not.toMatch(/short/);
  });

  it('learn --feedback FILE says what the headlines added; a file that cannot be read is one line naming it', async () => {
    const feedback = join(dir, 'feedback.jsonl');
    writeFileSync(feedback, ['SpaceX Starship launch scrubbed', 'Starship booster caught by tower', 'Bank rates unchanged'].map((title) => JSON.stringify({ title })).join('\n'));
    const { code, stderr } = await runCliCaptured(['learn', '--seeds', SECOND_TOPIC_DIRS.starship, '--feedback', feedback]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^feedback: \d+ headlines matched; added \d+ keys/m);
    const missing = await runCliCaptured(['learn', '--seeds', SECOND_TOPIC_DIRS.starship, '--feedback', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^newshound learn: cannot open .*nope\.jsonl: no such file or directory \(ENOENT\)$/m);
  });
});
