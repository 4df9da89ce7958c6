import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { isAboutPiece } from '../../../src/core/dedup/about-piece.ts';
import type { ClusterItem } from '../../../src/core/dedup/item-features.ts';
import { StoryIndex } from '../../../src/core/dedup/story-index.ts';

// about-piece.ts and StoryIndexOptions.aboutPieceCutFactor (scripts/story-about-curve.ts measures
// it; MATCH_CUTS keeps 1, off): a headline reporting what was said or explaining meets the
// same-language cut times the factor, and only when no other story meets the item at a cut as low.
describe('isAboutPiece', () => {
  it.each([
    ["World 'surprised' by how quickly Assad's Syria collapsed, Austin says", 'en'],
    ['Who are the different rebel groups in Syria – and what territory do they control?', 'en'],
    ['What Syria Needs in Order to Rebuild', 'en'],
    ['Live updates: U.S. hopes for peaceful transition of power in Syria', 'en'],
    ['Kata Pramono soal Kebakaran Gedung Terra Drone', 'id'],
    ['Begini Kronologi Kebakaran di Kemayoran', 'id'],
    ['Golkar Tanggapi Putusan MKD soal Adies Kadir', 'id'],
  ] as const)('reads %s as a report of what was said or an explainer', (title, lang) => {
    expect(isAboutPiece(title, lang)).toBe(true);
  });
  it.each([
    ['Israel moves troops into the buffer zone with Syria', 'en'],
    ['Man who stabbed two in Sydney is charged', 'en'],
    ['Europe suspends Syrian asylum claims', 'en'],
    ['Kebakaran Gedung di Kemayoran, 22 Orang Tewas', 'id'],
    ['KPK Tetapkan Gubernur Riau Tersangka', 'id'],
  ] as const)('reads %s as an act', (title, lang) => {
    expect(isAboutPiece(title, lang)).toBe(false);
  });
});

const lexicon = loadLexicon();
const background = loadBackground();
const at = new Date('2024-12-09T18:00:00Z');
const item = (id: string, title: string, summary: string, hour: number): ClusterItem => ({ id, lang: 'en', title, summary, published: `2024-12-09T${String(hour).padStart(2, '0')}:00:00Z` });
const fall = item('fall', 'Rebels take Damascus as Assad flees Syria', 'Syrian rebels seized the capital and President Bashar al-Assad fled the country, ending his family rule.', 8);
const nato = item('nato', 'Austin meets allies at a NATO base in Germany', 'Defense Secretary Lloyd Austin told the allies the international community must keep arming Ukraine.', 9);
const reaction = item('reaction', "World surprised by how quickly Assad's rule collapsed, Austin says", 'The defense secretary said the international community was surprised by the rapid collapse of the Assad regime in Syria.', 10);

function assign(items: readonly ClusterItem[], aboutPieceCutFactor: number) {
  const index = new StoryIndex(lexicon, background, { aboutPieceCutFactor });
  return items.map((i) => index.assign(i, at));
}

describe('aboutPieceCutFactor', () => {
  it('keeps a reaction apart at the plain cut, joins it at the lowered one, and says why', () => {
    const [, plain] = assign([fall, reaction], 1);
    expect(plain!.isNew).toBe(true);
    const [cosine, cut] = /cosine (\d\.\d+) < (\d\.\d+)/.exec(plain!.reason)!.slice(1).map(Number) as [number, number];
    const [first, lowered] = assign([fall, reaction], (0.95 * cosine) / cut);
    expect(lowered!.isNew).toBe(false);
    expect(lowered!.storyId).toBe(first!.storyId);
    expect(lowered!.reason).toContain('as its title reports what was said or explains, and no other story meets that cut');
  });

  it('does not join at the lowered cut when another story meets it there too', () => {
    const [, , plain] = assign([fall, nato, reaction], 1);
    expect(plain!.isNew).toBe(true);
    const grouped = assign([fall, nato, reaction], 0.05);
    // The two earlier reports are two stories at the plain cut, and the reaction meets both at 0.05 of it.
    expect(grouped[1]!.isNew).toBe(true);
    expect(grouped[2]!.isNew).toBe(true);
    expect(grouped[2]!.reason).toMatch(/^new story: /);
  });
});
