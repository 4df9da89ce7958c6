import { describe, expect, it } from 'vitest';
import { describeMembership, findMember } from '../../../src/core/dedup/find-member.ts';
import type { Story, StoryMember } from '../../../src/core/dedup/story.ts';

const member = (id: string, title: string, extra: Partial<StoryMember> = {}): StoryMember => ({ id, title, lang: 'id', kind: 'new', reason: 'no open story shares its lead names', ...extra });

const story: Story = {
  id: 's1',
  createdAt: '2024-11-29T10:00:00.000Z',
  lastAt: '2024-11-29T12:00:00.000Z',
  eventFrom: null,
  eventTo: null,
  members: [
    member('https://tribun.example/a', 'Kim Jong Un: Rusia Punya Hak Bela Diri', { source: 'Tribun', link: 'https://tribun.example/a' }),
    member('https://kompas.example/b', 'Kim Jong Un dan Menhan Rusia Sepakat', { source: 'Kompas', link: 'https://kompas.example/b', kind: 'same-story', reason: 'same story as "Kim Jong Un: Rusia Punya Hak Bela Diri": cosine 0.41 >= 0.25, shares Kim Jong Un, Andrei Belousov' }),
  ],
  entities: {},
  centroids: {},
};

describe('findMember', () => {
  it('finds an item by its key, and by its link with tracking parameters', () => {
    expect(findMember([story], 'https://kompas.example/b')?.position).toBe(1);
    expect(findMember([story], 'https://kompas.example/b?utm_source=twitter#top')?.member.source).toBe('Kompas');
    expect(findMember([story], 'https://elsewhere.example/c')).toBeUndefined();
  });

  it('says which story it joined, how, and who else reported it', () => {
    const lines = describeMembership(findMember([story], 'https://kompas.example/b')!).join('\n');
    expect(lines).toMatch(/story: +s1 "Kim Jong Un: Rusia Punya Hak Bela Diri" \(2 reports/);
    expect(lines).toMatch(/joined: +as same-story .*shares Kim Jong Un, Andrei Belousov/);
    expect(lines).toMatch(/- Tribun: Kim Jong Un: Rusia Punya Hak Bela Diri <https:\/\/tribun.example\/a> \[new\]/);
    const first = describeMembership(findMember([story], 'https://tribun.example/a')!).join('\n');
    expect(first).toMatch(/joined: +started the story \(the report that was posted\)/);
  });
});
