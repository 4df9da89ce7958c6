import { describe, expect, it } from 'vitest';
import { matchItem, prepareProfile } from '../../../src/core/match/match-item.ts';
import { LearnError } from '../../../src/core/errors.ts';
import { learnProfile } from '../../../src/core/profile/learn-profile.ts';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../../../src/adapters/topic-files.ts';
import { defaultSeeds, learnFrom, SECOND_TOPIC_DIRS } from '../../helpers/topics.ts';

describe('learnProfile on the default seeds', () => {
  const { profile } = learnFrom(defaultSeeds(), 'default');
  const weightOf = (label: string) => profile.terms.find((t) => t.label.toLowerCase() === label.toLowerCase())?.weight ?? 0;

  it('learns a North Korea side AND a Russia side, not hard-coded', () => {
    expect(profile.concepts).toHaveLength(2);
    const [first, second] = profile.concepts.map((c) => c.countries.sort().join('+'));
    expect([first, second].sort()).toEqual(['kp', 'ru+ua']);
  });

  it('weighs topic words above ordinary news words', () => {
    expect(weightOf('North Korea')).toBeGreaterThan(0);
    expect(weightOf('Andrei Belousov')).toBeGreaterThan(0);
    // Ordinary words are stopwords or fall below the lift cut; either way they carry nothing.
    for (const common of ['yang', 'mengatakan', 'kata', 'tersebut', 'juga']) expect(weightOf(common), common).toBe(0);
    expect(weightOf('North Korea')).toBeGreaterThan(weightOf('presiden'));
  });

  it('holds named entities and multi-word phrases', () => {
    const labels = profile.terms.map((t) => t.label.toLowerCase());
    expect(labels).toContain('kim jong un');
    expect(labels).toContain('north korea');
    expect(profile.terms.some((t) => t.kind === 'phrase')).toBe(true);
  });

  it('learns nothing from the page noise it stripped', () => {
    const labels = profile.terms.map((t) => t.label.toLowerCase());
    for (const noise of ['tiktok', 'hizbullah', 'penulis', 'editor', 'bollywood', 'fotografer']) expect(labels).not.toContain(noise);
  });

  it('is plain JSON that round-trips', () => {
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    expect(profile.format).toBe('newshound-profile/1');
    expect(profile.seeds).toHaveLength(5);
  });
});

describe('leave-one-out on the seeds', () => {
  const seeds = defaultSeeds();
  it.each(seeds.map((s, i) => [s.name, i] as const))('learned from the other four, %s scores above the threshold', (_name, i) => {
    const { prepared, profile } = learnFrom(seeds.filter((_, j) => j !== i));
    const held = seeds[i]!;
    const match = matchItem({ id: held.name, title: held.seed.title, summary: held.seed.body }, prepared);
    expect(match.score).toBeGreaterThan(profile.threshold);
    expect(match.decision, match.reason).toBe(true);
  });
});

describe('a second topic, from other text', () => {
  it('learns a two-sided geopolitical topic (South China Sea: China AND the Philippines)', () => {
    const { profile, prepared } = learnFrom(readSeedDir(SECOND_TOPIC_DIRS.southChinaSea), 'south-china-sea');
    // Two sides (countries), plus the places the seeds' headlines name (a names facet).
    expect(profile.concepts.filter((c) => c.countries.length > 0).map((c) => c.countries.join('+')).sort()).toEqual(['cn', 'ph']);
    const on = matchItem(
      {
        id: 'on',
        title: 'Chinese coast guard blocks Philippine boats at Scarborough Shoal',
        summary: 'Manila protested after Chinese vessels used water cannon against Filipino fishermen near the disputed shoal.',
      },
      prepared,
    );
    expect(on.decision, on.reason).toBe(true);
    const onIndonesian = matchItem(
      {
        id: 'on-id',
        title: 'Kapal penjaga pantai China tembakkan meriam air ke kapal Filipina di Laut China Selatan',
        summary: 'Manila memprotes tindakan kapal China di dekat beting yang disengketakan.',
      },
      prepared,
    );
    expect(onIndonesian.decision, onIndonesian.reason).toBe(true);
    for (const summary of [
      'China reported slower economic growth as exports fell and property prices kept sliding.',
      'A typhoon hit the northern Philippines, forcing thousands to leave their homes.',
      'Harga beras naik di pasar tradisional Jakarta menjelang akhir tahun.',
    ]) {
      const off = matchItem({ id: 'off', title: '', summary }, prepared);
      expect(off.decision, `${summary}: ${off.reason}`).toBe(false);
    }
  });

  it('learns a topic with no shared country from its names and its theme (SpaceX Starship)', () => {
    const { profile, prepared } = learnFrom(readSeedDir(SECOND_TOPIC_DIRS.starship), 'starship');
    expect(profile.concepts.length).toBeGreaterThanOrEqual(1);
    expect(profile.concepts.every((c) => c.countries.length === 0 && c.keys.length > 0)).toBe(true);
    const on = matchItem(
      { id: 'on', title: 'SpaceX sets date for next Starship test flight', summary: 'The Super Heavy booster will again try to land on the launch tower at Starbase.' },
      prepared,
    );
    expect(on.decision, on.reason).toBe(true);
    for (const summary of [
      'The central bank held interest rates steady as inflation eased.',
      'Kim Jong Un met Vladimir Putin in Pyongyang and signed a defence treaty.',
    ]) {
      const off = matchItem({ id: 'off', title: '', summary }, prepared);
      expect(off.decision, `${summary}: ${off.reason}`).toBe(false);
    }
  });
});

describe('seeds with too few words beyond their facets (learn-concepts.ts facetsDecideBelowTerms)', () => {
  const lexicon = loadLexicon();
  /** Three feed items, each about another event, no word but the countries in two of them. */
  const learnFromTitles = (name: string, items: ReadonlyArray<[string, string]>) =>
    learnProfile(items.map(([title, body], i) => ({ name: `${i}.txt`, seed: { title, body, removed: [] } })), lexicon, loadBackground(), { name });

  it('two sides and nothing else to weigh: threshold 0, an item naming both sides passes, one naming one does not', () => {
    // No term scores beyond the sides' own names, so no threshold could ever be reached.
    const profile = learnFromTitles('war', [
      ['Russia returns bodies of Ukrainian prisoners', 'Moscow said the exchange happened near the border on Monday.'],
      ['Ukraine says Russia shelled a market in Kherson', 'Officials counted dozens of wounded shoppers after the morning attack.'],
      ['Russia accuses Ukraine of a drone raid on Kursk', 'Regional governors reported damaged power lines and fires overnight.'],
    ]);
    expect(profile.concepts.map((c) => c.countries.join('+')).sort()).toEqual(['ru', 'ua']);
    expect(profile.threshold).toBe(0);
    const prepared = prepareProfile(profile, lexicon);
    const both = matchItem({ id: 'both', title: 'Zelensky says Russia moved troops to the Ukrainian border', summary: '' }, prepared);
    expect(both.decision, both.reason).toBe(true);
    const one = matchItem({ id: 'one', title: 'Russia raises its key interest rate again', summary: '' }, prepared);
    expect(one.decision, one.reason).toBe(false);
  });

  it('one country and nothing else to weigh beside it: a lone facet keeps a threshold above 0 (a country alone is all its news)', () => {
    const profile = learnFromTitles('ukraine', [
      ['Ukraine opens an embassy in Chile', 'Diplomats from Kyiv cut a ribbon in Santiago on Monday.'],
      ['Ukraine wins the Eurovision song contest', 'The band thanked fans after the final vote in Liverpool.'],
      ['Ukraine reports a record wheat harvest', 'Farmers in the south gathered more grain than in any year before.'],
    ]);
    expect(profile.concepts).toHaveLength(1);
    expect(profile.threshold).toBeGreaterThan(0);
  });
});

describe('bad seeds', () => {
  it('refuses to learn from nothing', () => {
    expect(() => learnProfile([], loadLexicon(), loadBackground(), { name: 'x' })).toThrow(LearnError);
  });

  it('names a seed that is only noise', () => {
    const noise = { name: 'noise.txt', seed: { title: '', body: '', removed: [] } };
    expect(() => learnProfile([noise], loadLexicon(), loadBackground(), { name: 'x' })).toThrow(/noise\.txt/);
  });

  it('names a missing seed directory', () => {
    expect(() => readSeedDir('/nonexistent/seeds')).toThrow(expect.objectContaining({ code: 'ENOENT', path: '/nonexistent/seeds' }));
  });
});
