import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../adapters/lexicon-files.ts';
import { clusterInOrder, finalGrouping, type Clustered } from '../core/dedup/cluster-items.ts';
import { StoryIndex } from '../core/dedup/story-index.ts';
import type { Story } from '../core/dedup/story.ts';
import { parseStoryJsonl, type StoryEvalItem } from '../core/eval/parse-eval-data.ts';
import { formatStoryScores, scoreStories, type StoryScores } from '../core/eval/story-metrics.ts';
import { EvalDataError, NewshoundError, UsageError } from '../core/errors.ts';
import type { CommandIo } from './io.ts';
import { readEvalFile } from './read-eval-file.ts';

export const clusterUsage = 'newshound cluster --data FILE.jsonl [--decision cuts|model] [--json]';

/**
 * Groups items (eval format, one JSON object a line, `published` and `label` optional) into
 * stories, in file order, exactly as the worker's story index would: each item at its published
 * time, an undated one at the latest time seen so far, and, when the dated items are in published
 * order, the window pruned as the worker prunes it (clusterInOrder); a file out of order is never
 * pruned. The stories listed are the pruned ones and those left in the window: every item is in
 * exactly one. When items
 * carry a `story` label, the clustering is scored against it: pair and B-cubed
 * precision/recall/F1 over the labelled items. `--decision model` judges same-language items with
 * the fitted story model (story-model.ts) instead of the default cuts.
 */
export function clusterCommand(args: string[], io: CommandIo): number {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, decision: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.decision !== undefined && values.decision !== 'cuts' && values.decision !== 'model') {
    throw new UsageError(`--decision must be cuts or model, not ${JSON.stringify(values.decision)}`);
  }
  const items = readStoryFile(values.data);
  const index = new StoryIndex(loadLexicon(), loadBackground(), { decision: values.decision ?? 'cuts' });
  const { clustered, stories } = replayFile(items, index);
  const scores = scoreAgainstLabels(clustered);
  if (values.json) {
    const listed = stories.map((story) => ({ id: story.id, members: story.members.map((m) => m.id) }));
    io.stdout(JSON.stringify(scores === undefined ? { stories: listed } : { stories: listed, scores }));
  } else {
    io.stdout([formatStories(stories, clustered), ...(scores === undefined ? [] : ['', formatScores(scores)])].join('\n'));
  }
  return 0;
}

/**
 * clusterInOrder, keeping the stories the window drops on the way (oldest first, before the ones
 * left in it): a file of days far apart is pruned as it is replayed, and index.stories() alone
 * would lose every earlier day's stories.
 */
function replayFile(items: readonly StoryEvalItem[], index: StoryIndex): { clustered: Array<Clustered<StoryEvalItem>>; stories: Story[] } {
  const pruned: Story[] = [];
  const clustered = clusterInOrder(items, index, (stories) => pruned.push(...stories));
  return { clustered, stories: [...pruned, ...index.stories()] };
}

function readStoryFile(path: string | undefined): StoryEvalItem[] {
  try {
    return readEvalFile(path, parseStoryJsonl);
  } catch (error) {
    // The file and line say where; the eval format's own stage ("eval:") would read as another command.
    if (error instanceof EvalDataError) throw new NewshoundError('cluster', error.message.replace(/^eval: /, ''), { cause: error });
    throw error;
  }
}

/** Scores over the items that carry a `story` label; undefined when none does. */
function scoreAgainstLabels(clustered: ReadonlyArray<Clustered<StoryEvalItem>>): StoryScores | undefined {
  const gold = new Map<string, string>();
  for (const { item } of clustered) if (item.story !== undefined) gold.set(item.id, item.story);
  if (gold.size === 0) return undefined;
  // The final grouping: a bridge merge (bridge-merge.ts) moves earlier items into the story they were merged into.
  return scoreStories(gold, finalGrouping(clustered));
}

function formatScores(scores: StoryScores): string {
  const p = scores.pairs;
  return [
    `scored against the story labels: ${scores.items} labelled items, ${scores.stories} labelled stories, ${scores.clusters} clusters`,
    `  ${formatStoryScores(scores)}`,
    `  (pairs: ${p.correctPairs} of ${p.predictedPairs} predicted same-story pairs right, of ${p.truePairs} labelled; B3 = B-cubed, per item, averaged)`,
  ].join('\n');
}

function formatStories(stories: readonly Story[], clustered: ReadonlyArray<Clustered<StoryEvalItem>>): string {
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
