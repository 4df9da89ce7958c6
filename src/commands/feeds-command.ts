import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openStateStore } from '../adapters/keyv-store.ts';
import { readTextFile } from '../adapters/read-text-file.ts';
import { acquireStateLock } from '../adapters/state-lock.ts';
import { loadConfig } from '../config/load-config.ts';
import type { Config } from '../config/schema.ts';
import { FeedSettingsBook, type FeedSettings } from '../control/feed-settings.ts';
import { planFeedImport, type FeedImport } from '../control/import-feeds.ts';
import { OpmlError, UsageError } from '../core/errors.ts';
import { readOpml, type OpmlFeed } from '../core/opml/read-opml.ts';
import { writeOpml, type OpmlOutline } from '../core/opml/write-opml.ts';
import type { CommandIo } from './io.ts';

// `feeds export` and `feeds import`: the feed list in and out as OPML, the file every feed
// reader moves subscriptions with. The config file is never rewritten (as from Discord): an
// import adds to the feeds added with /feeds add, kept in the state store, and an export writes
// the feeds the next cycle polls, the config's (those not switched off) and the added ones.

export const feedsUsage = 'newshound feeds export [--out FILE] [--config FILE] | newshound feeds import FILE.opml [--config FILE] [--wait]';

export async function feedsCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'export') return exportFeeds(rest, io, env);
  if (action === 'import') return importFeeds(rest, io, env);
  throw new UsageError(action === undefined ? 'feeds: say export or import' : `feeds: unknown action "${action}": say export or import`);
}

async function exportFeeds(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, config: { type: 'string' } } });
  const config = loadConfig({ file: values.config, env });
  // Only reads: a state that does not exist yet is not created (no feed was added from Discord).
  const store = await openStateStore(config.state.url, { namespace: config.state.namespace, readOnly: true });
  let settings: FeedSettings;
  try {
    settings = await new FeedSettingsBook(store).get();
  } finally {
    await store.close();
  }
  const feeds = watchedFeeds(config, settings);
  const opml = writeOpml({ title: 'newshound feeds', dateCreated: new Date(), feeds });
  if (values.out === undefined) io.stdout(opml);
  else {
    writeFileSync(values.out, opml);
    io.stderr(`wrote ${feeds.length} feed(s) to ${values.out}`);
  }
  return 0;
}

/** What the next cycle polls, in its order (resolveFeeds): the config's not switched off, then the added ones. */
function watchedFeeds(config: Config, settings: FeedSettings): OpmlOutline[] {
  const removed = new Set(settings.removed);
  const feeds: OpmlOutline[] = config.feeds.filter((f) => !removed.has(f.id)).map((f) => ({ title: f.name, xmlUrl: f.url }));
  const urls = new Set(feeds.map((f) => f.xmlUrl));
  for (const added of settings.added) {
    if (urls.has(added.url)) continue;
    urls.add(added.url);
    feeds.push({ title: added.name, xmlUrl: added.url, ...(added.htmlUrl ? { htmlUrl: added.htmlUrl } : {}) });
  }
  return feeds;
}

async function importFeeds(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { config: { type: 'string' }, wait: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new UsageError(`import: name one OPML file${positionals.length > 1 ? `, not ${positionals.length}` : ''}`);
  const file = positionals[0]!;
  const feeds = readOpmlFile(file);
  const config = loadConfig({ file: values.config, env });
  // The feed list is a read-modify-write record the worker's /feeds add also writes: like
  // `once`, the import takes the state for itself, so the two can never overwrite each other.
  const lock = await acquireStateLock(config.state.url, {
    namespace: config.state.namespace,
    // Not `once`'s reason (stories posted twice): what an import and a worker share is the feed list.
    reason: 'the feed list is also written by its /feeds add, and one would undo the other\'s additions',
    ...(values.wait !== undefined ? { wait: values.wait } : {}),
  });
  let result: FeedImport;
  try {
    const store = await openStateStore(config.state.url, { namespace: config.state.namespace });
    try {
      result = await new FeedSettingsBook(store).change((settings) => {
        const plan = planFeedImport(feeds, { config, settings, now: new Date() });
        settings.added.push(...plan.added);
        return plan;
      });
    } finally {
      await store.close();
    }
  } finally {
    await lock.release();
  }
  io.stdout(
    [
      ...result.added.map((a) => `added ${a.name} <${a.url}>`),
      ...result.skipped.map((s) => `skipped ${s.url}: ${s.reason}`),
      `added ${result.added.length}, skipped ${result.skipped.length} (of ${feeds.length} in ${file}); polled from the next cycle on`,
    ].join('\n'),
  );
  return 0;
}

/** The file's feeds; a file that is not OPML is said in one line naming it. */
function readOpmlFile(file: string): OpmlFeed[] {
  const text = readTextFile(file);
  try {
    return readOpml(text);
  } catch (error) {
    if (error instanceof OpmlError) throw new OpmlError(`${file}: ${error.message.replace(/^opml: /, '')}`, { cause: error });
    throw error;
  }
}
