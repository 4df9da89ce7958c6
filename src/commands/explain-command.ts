import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../adapters/lexicon-files.ts';
import { openStateStore } from '../adapters/keyv-store.ts';
import { readTextFile } from '../adapters/read-text-file.ts';
import { loadConfig } from '../config/load-config.ts';
import type { Config } from '../config/schema.ts';
import { allTopicNames } from '../control/topic-settings.ts';
import { readStoredTopicMemory, type StoredTopicMemory } from '../control/topic-memory-view.ts';
import { describeMembership, findMember } from '../core/dedup/find-member.ts';
import { canonicalUrl } from '../core/normalize/canonical-url.ts';
import { itemKey } from '../core/normalize/item-key.ts';
import type { Story } from '../core/dedup/story.ts';
import { ConfigError, UsageError } from '../core/errors.ts';
import { formatMatch } from '../core/match/format-match.ts';
import { matchItem, type PreparedProfile } from '../core/match/match-item.ts';
import { decideOne } from '../core/match/replay-with-memory.ts';
import { dayOfTime, formatStandIns, STAND_INS_SHOWN, type StandIn } from '../core/match/topic-memory.ts';
import type { Match } from '../core/model.ts';
import type { CycleReport } from '../pipeline/cycle-report.ts';
import { stateKeys } from '../pipeline/state-keys.ts';
import type { Logger, StateStore } from '../ports.ts';
import { StoryBook } from '../pipeline/story-book.ts';
import type { CommandIo } from './io.ts';
import { resolveTopic, topicOptionSpec } from './topic-options.ts';
import { topicHeader } from '../topics/load-topic.ts';

export const explainUsage =
  'newshound explain (--text "..." | --file FILE) [--title "..."] [--now] [--stories] [--published ISO] [--json] [--seeds DIR | --profile FILE] [--tuning FILE] [--name NAME] [--feedback FILE] [--config FILE]\n' +
  "             (--now: decided with the topic's memory in the state, as the worker would decide it now)\n" +
  '             newshound explain --item KEY_OR_LINK [--config FILE]';

/**
 * Why an item is (or would be) posted: its topic score and the terms that decided it; with
 * `--stories`, which open story it would join and why; with `--item`, which story an item the
 * worker saw joined, how, and who else reported it (read from the worker's state).
 */
export async function explainCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      text: { type: 'string' },
      file: { type: 'string' },
      title: { type: 'string' },
      json: { type: 'boolean' },
      item: { type: 'string' },
      stories: { type: 'boolean' },
      now: { type: 'boolean' },
      published: { type: 'string' },
      config: { type: 'string' },
      ...topicOptionSpec,
    },
  });
  if (values.item !== undefined) {
    if (values.text !== undefined || values.file !== undefined) throw new UsageError("--item looks an item up in the worker's state; do not combine it with --text or --file");
    if (values.now) throw new UsageError('--now decides a text (--text or --file) with the topic\'s memory; do not combine it with --item');
    // An empty key matches nothing: it would read the state and say "no open story holds ," (exit 1).
    if (values.item.trim() === '') throw new UsageError('--item must name an item key or link, not be empty');
    return explainItem(values.item, values.config, io, env);
  }
  if ((values.text === undefined) === (values.file === undefined)) throw new UsageError('give exactly one of --text or --file (or --item)');
  const body = values.text ?? readTextFile(values.file!);
  const title = values.title ?? '';
  const topic = resolveTopic(values);
  const { prepared } = topic;
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) throw new UsageError(`--published "${values.published}" is not a date (ISO 8601, e.g. 2024-11-29T10:00:00+07:00)`);
  // Like a feed item, the text is dated: by --published, else as arriving now (a date in its
  // dateline would otherwise stand in and may be years old).
  const published = new Date(values.published ?? Date.now()).toISOString();
  const decided = values.now
    ? await decideNow(topic.name, { id: 'explain', title, summary: body }, prepared, dayOfTime(Date.parse(published)), values.config, env)
    : { match: matchItem({ id: 'explain', title, summary: body }, prepared), now: undefined };
  const { match, now } = decided;
  const story = values.stories ? await wouldJoin(prepared.profile.name, { title, summary: body, lang: match.lang, published }, values.config, env, io) : undefined;
  if (values.json) io.stdout(JSON.stringify({ ...match, ...(now === undefined ? {} : { now: { memory: now.memory, standIns: now.standIns } }), ...(story === undefined ? {} : { story }), topic: topic.name, tuning: topic.tuningFile ?? null }));
  else io.stdout([formatMatch(match, topicHeader(topic)), ...(now === undefined ? [] : [formatNow(topic.name, now)]), ...(story === undefined ? [] : [formatWouldJoin(story)])].join('\n'));
  return 0;
}

/** What the topic's memory made of the text: whether the state held one, and the text's words that stand for the topic. */
interface DecidedNow {
  memory: StoredTopicMemory['kind'];
  /** The text's stand-ins, strongest share first (none without a readable memory). */
  standIns: StandIn[];
  /** Why the memory could not be read. */
  problem?: string;
  /** What stands for the topic now, when none of the text's words does. */
  strongest: StandIn[];
}

/**
 * The text decided as the worker would decide it on `day`: the profile's match, then the topic's
 * stored memory (its stand-ins may take a text turned down for a missing facet or a low score),
 * exactly as select-items.ts does. No memory, or one that cannot be read: the profile alone.
 */
async function decideNow(topic: string, item: { id: string; title: string; summary: string }, prepared: PreparedProfile, day: number, configFile: string | undefined, env: NodeJS.ProcessEnv): Promise<{ match: Match; now: DecidedNow }> {
  const stored = await withState(loadConfig({ file: configFile, env }), (store) => readStoredTopicMemory(store, topic, day));
  const { analysed, match } = decideOne(item, prepared, stored.kind === 'stored' ? stored.memory : undefined);
  if (stored.kind !== 'stored') return { match, now: { memory: stored.kind, standIns: [], strongest: [], ...(stored.kind === 'unreadable' ? { problem: stored.problem } : {}) } };
  const standIns = stored.memory.standIns(analysed.memoryKeys);
  return { match, now: { memory: 'stored', standIns, strongest: standIns.length === 0 ? stored.memory.strongest(STAND_INS_SHOWN) : [] } };
}

function formatNow(topic: string, now: DecidedNow): string {
  if (now.memory === 'none') return `now:      no memory of topic ${topic} in the state yet: decided by the profile alone`;
  if (now.memory === 'unreadable') return `now:      the memory of topic ${topic} cannot be read (${now.problem ?? '?'}): decided by the profile alone (the worker starts it afresh)`;
  if (now.standIns.length > 0) return `now:      its words that stand for the topic now: ${formatStandIns(now.standIns)}`;
  return now.strongest.length > 0
    ? `now:      none of its words stands for the topic now (what does: ${formatStandIns(now.strongest)})`
    : `now:      none of its words stands for the topic now (nothing does yet)`;
}

interface WouldJoin {
  storyId: string;
  isNew: boolean;
  kind: string;
  reason: string;
  /** The first title of the story it would join. */
  storyTitle?: string;
}

/**
 * Which open story of the topic the text would join: a throwaway copy of the worker's index
 * decides, exactly as the worker would. The stories are read as the worker reads them
 * (StoryBook): what cannot be read is left out, said in one line on stderr.
 */
async function wouldJoin(topic: string, item: { title: string; summary: string; lang: Match['lang']; published: string }, configFile: string | undefined, env: NodeJS.ProcessEnv, io: CommandIo): Promise<WouldJoin> {
  const index = await withState(loadConfig({ file: configFile, env }), (store) => new StoryBook(store, loadLexicon(), loadBackground(), {}, undefined, corruptStoriesLogger(io)).index(topic));
  const stories = index.stories();
  const assignment = index.assign({ id: 'explain', ...item }, new Date());
  const joined = stories.find((s) => s.id === assignment.storyId);
  return { storyId: assignment.storyId, isNew: assignment.isNew, kind: assignment.kind, reason: assignment.reason, ...(joined ? { storyTitle: joined.members[0]?.title } : {}) };
}

/** The story book's one line about stories it could not read, as explain's own stderr line. */
function corruptStoriesLogger(io: CommandIo): Logger {
  const quiet = () => {};
  return { debug: quiet, info: quiet, warn: quiet, error: (fields) => io.stderr(`newshound explain: stories of topic ${String(fields.topic)}: ${String(fields.error)}; left out`) };
}

function formatWouldJoin(story: WouldJoin): string {
  return story.isNew
    ? `story:    would start a new story (${story.reason})`
    : `story:    would join ${story.storyId} "${story.storyTitle ?? '?'}" as ${story.kind}: ${story.reason}`;
}

async function explainItem(keyOrLink: string, configFile: string | undefined, io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const config = loadConfig({ file: configFile, env });
  const lines = await withState(config, async (store) => {
    // Read as the worker reads them: a story that cannot be read is left out, said in one line.
    const book = new StoryBook(store, loadLexicon(), loadBackground(), {}, undefined, corruptStoriesLogger(io));
    for (const topic of await allTopicNames(config.topics.map((t) => t.name), store)) {
      const found = findMember((await book.index(topic)).stories(), keyOrLink);
      if (found) return [`item:     ${found.member.title}${found.member.link ? ` <${found.member.link}>` : ''}`, `topic:    ${topic}`, ...describeMembership(found)];
    }
    // Not in an open story: the last cycle may still say what was decided about it.
    const last = await store.get<CycleReport>(stateKeys.lastCycle);
    // A decision is keyed by the item key: a link is looked up as the key it makes (`link:<canonical>`).
    const canonical = canonicalUrl(keyOrLink.trim());
    const wanted = new Set([keyOrLink.trim(), ...(canonical === undefined ? [] : [itemKey({ feedId: '', link: canonical })])]);
    const decision = last?.decisions.find((d) => wanted.has(d.itemKey));
    if (decision) return [`item:     ${decision.title}`, `decision: ${decision.kind}${decision.topic ? ` (${decision.topic})` : ''}`, `reason:   ${decision.reason}`, 'story:    none (only posted items join stories)'];
    return undefined;
  });
  if (lines === undefined) {
    // A failure (exit 1) says why on stderr, as every other command's does.
    io.stderr(`newshound explain: no open story holds ${keyOrLink}, and the last cycle did not decide it (stories are kept for their window, default 72 h)`);
    return 1;
  }
  io.stdout(lines.join('\n'));
  return 0;
}

async function withState<T>(config: Config, use: (store: StateStore) => Promise<T>): Promise<T> {
  const store = await openStateStore(config.state.url, { namespace: config.state.namespace, readOnly: true });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
