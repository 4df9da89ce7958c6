import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SubscriptionBook } from '../control/subscriptions.ts';
import { allTopicNames } from '../control/topic-settings.ts';
import type { CycleReport } from '../pipeline/cycle-report.ts';
import type { Logger, StateStore } from '../ports.ts';
import { PROJECT_ROOT } from './project-paths.ts';

// Says at start-up where state lives and where posts go, and warns when stories go nowhere:
// with a Discord token, a story of a topic no channel is subscribed to is recorded as posted
// and reaches no one.

export interface AnnouncedWorker {
  config: { state: { url: string; namespace: string } };
  store: StateStore;
  logger: Logger;
  sources: { configuredTopics: string[] };
  /** Present when the bot posts to Discord (a token is configured). */
  discord?: unknown;
}

/** The version in package.json (the installed newshound). */
export function newshoundVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A Redis URL can carry a password: never shown, nor any part of one holding an '@' (the client splits at the last one). */
export function redactStateUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/)([^/]*)@/, (_all, scheme: string, auth: string) => `${scheme}${auth.includes(':') ? `${auth.split(':')[0]}:***` : '***'}@`);
}

/** Topics (configured and created from Discord) with no working subscribed channel. */
async function unsubscribedTopics(worker: AnnouncedWorker, topics?: readonly string[]): Promise<string[]> {
  const active = (await new SubscriptionBook(worker.store).list()).filter((s) => s.broken === undefined);
  const covered = new Set(active.map((s) => s.topic));
  const names = topics ?? (await allTopicNames(worker.sources.configuredTopics, worker.store));
  return [...new Set(names)].filter((topic) => !covered.has(topic));
}

/** The start-up line (info) and, with Discord, a warning per topic no channel is subscribed to. */
export async function announceWorker(worker: AnnouncedWorker, extra: { heartbeatFile?: string } = {}): Promise<string> {
  const state = `${redactStateUrl(worker.config.state.url)} (namespace ${worker.config.state.namespace})`;
  let posts = 'printed on stdout (no Discord token)';
  if (worker.discord !== undefined) {
    const active = (await new SubscriptionBook(worker.store).list()).filter((s) => s.broken === undefined);
    posts = `to Discord: ${active.length} subscribed ${active.length === 1 ? 'channel' : 'channels'}`;
  }
  const line = `newshound ${newshoundVersion()}: state in ${state}; posts ${posts}${extra.heartbeatFile ? `; heartbeat ${extra.heartbeatFile}` : ''}`;
  worker.logger.info({ state: redactStateUrl(worker.config.state.url), posts, ...(extra.heartbeatFile ? { heartbeat: extra.heartbeatFile } : {}) }, line);
  if (worker.discord !== undefined) {
    for (const topic of await unsubscribedTopics(worker)) {
      worker.logger.warn({ topic }, `no Discord channel is subscribed to topic "${topic}": its stories will be recorded and posted nowhere (subscribe a channel with /subscribe)`);
    }
  }
  return line;
}

/** After a cycle, with Discord: warns about stories queued this cycle for topics no channel is subscribed to. */
export async function warnUnsubscribedStories(worker: AnnouncedWorker, report: Pick<CycleReport, 'decisions'>): Promise<void> {
  if (worker.discord === undefined) return;
  const queued = report.decisions.filter((d) => d.kind === 'queued' && d.topic !== undefined);
  if (queued.length === 0) return;
  for (const topic of await unsubscribedTopics(worker, queued.map((d) => d.topic!))) {
    const count = queued.filter((d) => d.topic === topic).length;
    worker.logger.warn({ topic, stories: count }, `${count} new ${count === 1 ? 'story' : 'stories'} of topic "${topic}" went to no channel: none is subscribed to it (subscribe one with /subscribe)`);
  }
}
