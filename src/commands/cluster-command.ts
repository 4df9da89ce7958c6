import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../adapters/lexicon-files.ts';
import { clusterInOrder, type Clustered } from '../core/dedup/cluster-items.ts';
import { StoryIndex } from '../core/dedup/story-index.ts';
import type { Story } from '../core/dedup/story.ts';
import type { EvalItem } from '../core/eval/parse-eval-data.ts';
import type { CommandIo } from './io.ts';
import { readEvalFile } from './read-eval-file.ts';

export const clusterUsage = 'newshound cluster --data FILE.jsonl [--json]';

/**
 * Groups items (eval format, one JSON object a line, `published` optional) into stories,
 * in file order, exactly as the worker's story index would: each item at its published time,
 * an undated one at the latest time seen so far. Stories are not pruned during a run: a file
 * need not be in time order, and the window is applied to every comparison anyway.
 */
export function clusterCommand(args: string[], io: CommandIo): number {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, json: { type: 'boolean' } } });
  const items = readEvalFile(values.data, clusterUsage);
  const index = new StoryIndex(loadLexicon(), loadBackground());
  const clustered = clusterInOrder(items, index);
  const stories = index.stories();
  if (values.json) {
    io.stdout(JSON.stringify({ stories: stories.map((story) => ({ id: story.id, members: story.members.map((m) => m.id) })) }));
  } else {
    io.stdout(formatStories(stories, clustered));
  }
  return 0;
}

function formatStories(stories: readonly Story[], clustered: ReadonlyArray<Clustered<EvalItem>>): string {
  const byId = new Map(clustered.map((c) => [c.item.id, c]));
  const joined = clustered.filter((c) => !c.assignment.isNew);
  const nearDuplicates = joined.filter((c) => c.assignment.kind === 'near-duplicate').length;
  const lines = [
    `${clustered.length} items, ${stories.length} stories; ${joined.length} joined a story (${nearDuplicates} near-duplicates, ${joined.length - nearDuplicates} same story)`,
  ];
  // Stories of several items first: they are what clustering decided.
  const ordered = [...stories.filter((s) => s.members.length > 1), ...stories.filter((s) => s.members.length === 1)];
  for (const story of ordered) {
    lines.push('', `${story.id}  (${story.members.length} ${story.members.length === 1 ? 'item' : 'items'}, last ${story.lastAt})`);
    for (const member of story.members) {
      const entry = byId.get(member.id);
      const item = entry?.item;
      const title = member.title !== '' ? member.title : `${(item?.summary ?? '').slice(0, 80)}…`;
      const where = [item?.source, item?.published].filter((part) => part !== undefined && part !== '').join(', ');
      lines.push(`  - ${member.id}: ${title}${where === '' ? '' : `  (${where})`}`);
      lines.push(`      ${member.kind}: ${entry?.assignment.reason ?? member.reason}`);
    }
  }
  return lines.join('\n');
}
