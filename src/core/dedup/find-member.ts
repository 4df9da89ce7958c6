import { canonicalUrl } from '../normalize/canonical-url.ts';
import type { Story, StoryMember } from './story.ts';

export interface FoundMember {
  story: Story;
  member: StoryMember;
  /** Its place in the story: 0 is the first report, the one that was posted. */
  position: number;
}

/**
 * The story an item joined, looked up by its item key or its link (canonicalised the way feed
 * links are, so a pasted URL with utm parameters still finds it).
 */
export function findMember(stories: readonly Story[], keyOrUrl: string): FoundMember | undefined {
  const wanted = new Set([keyOrUrl.trim()]);
  const canonical = canonicalUrl(keyOrUrl.trim());
  if (canonical !== undefined) wanted.add(canonical);
  for (const story of stories) {
    const position = story.members.findIndex((m) => wanted.has(m.id) || (m.link !== undefined && wanted.has(m.link)));
    if (position >= 0) return { story, member: story.members[position]!, position };
  }
  return undefined;
}

/** How a found member's story reads in `explain`: which story, how the item joined it, and who else reported it. */
export function describeMembership(found: FoundMember): string[] {
  const { story, member, position } = found;
  const first = story.members[0]!;
  const lines = [
    `story:    ${story.id} "${first.title}" (${story.members.length} report${story.members.length === 1 ? '' : 's'}, last ${story.lastAt})`,
    position === 0
      ? `joined:   started the story (the report that was posted): ${member.reason}`
      : `joined:   as ${member.kind} (recorded as "also reported by" on the posted report): ${member.reason}`,
  ];
  const others = story.members.filter((m) => m !== member);
  if (others.length > 0) lines.push('others:', ...others.map((m) => `  - ${m.source ?? '?'}: ${m.title}${m.link ? ` <${m.link}>` : ''} [${m.kind}]`));
  return lines;
}
