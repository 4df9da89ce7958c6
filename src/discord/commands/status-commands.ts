import type { ItemDecision } from '../../core/model.ts';
import type { CycleReport } from '../../pipeline/cycle-report.ts';
import { peekOutbox } from '../../control/outbox-view.ts';
import { CorruptEntryError, unlessCorrupt } from '../../core/errors.ts';
import { stateKeys } from '../../pipeline/state-keys.ts';
import { readRecentDecisions, type RecentDecision } from '../../control/recent-decisions-view.ts';
import { clipped, clippedProse, numberOption, requiredString } from './command-input.ts';
import type { CommandContext, CommandReply, CommandRequest } from './command-types.ts';
import { UNREADABLE_STATE, feedEntries, readFeedState } from './feed-catalog.ts';
import { discordTime, listLines, plural, reply } from './reply-format.ts';
import { requireTopic } from './topic-catalog.ts';
import { escapeMarkdown } from '../delivery/post-message.ts';

// /status and /preview: what the worker has been doing, read from the state store it writes.

export const PREVIEW_COUNT = { min: 1, max: 20, default: 10 } as const;

export async function status(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const last = await lastCycle(context);
  const outbox = await peekOutbox(context.store);
  const delivery = await context.deliveryStatus?.();
  const feeds = (await feedEntries(context)).filter((e) => e.active);
  const failing: string[] = [];
  for (const feed of feeds) {
    const state = await readFeedState(context, feed.id);
    if (state instanceof CorruptEntryError) {
      failing.push(`• **${escapeMarkdown(feed.name)}**: ${UNREADABLE_STATE}`);
      continue;
    }
    const health = state?.health;
    if (health?.status === 'failing') failing.push(`• **${escapeMarkdown(feed.name)}**: ${plural(health.consecutiveFailures, 'failure')}, last: ${clippedProse(health.lastError ?? '?', 120)}`);
  }
  const broken = (await context.subscriptions.list())
    .filter((s) => s.guildId === request.guildId && s.broken !== undefined)
    .map((s) => `• <#${s.channelId}> \`${s.topic}\`: ${clippedProse(s.broken!.reason, 120)} (${discordTime(s.broken!.at)})`);
  const head = outbox.entries[0]?.lastError;
  // A corrupt outbox is the worker's to set aside (at its next cycle); here it is only said.
  const corrupt = outbox.bad.length > 0 ? `; the outbox is corrupt: ${clippedProse(outbox.problem ?? '?', 120)} (set aside at the next cycle)` : '';
  const waiting = `${plural(outbox.entries.length, 'post')} in the outbox${delivery ? `, ${delivery.queued} in channel queues` : ''}${head ? ` (last error: ${clippedProse(head, 120)})` : ''}${corrupt}`;
  const report = last === 'unreadable' ? undefined : last;
  const opening = last === 'unreadable' ? `The last cycle's report cannot be read; ${NEXT_REPORT}.` : last ? `Last cycle finished ${discordTime(last.finishedAt)}.` : 'No cycle has run yet.';
  return reply(opening, [
    {
      title: 'newshound status',
      fields: [
        { name: 'Last cycle', value: report ? cycleLine(report) : last === 'unreadable' ? `its report cannot be read; ${NEXT_REPORT}` : 'none yet' },
        { name: 'Items seen', value: report ? itemsLine(report) : '—' },
        { name: 'Posts sent today', value: delivery ? String(delivery.postsToday) : 'unknown: Discord delivery is not running', inline: true },
        { name: 'Waiting to be posted', value: waiting, inline: true },
        { name: `Failing feeds (${failing.length} of ${feeds.length})`, value: failing.length > 0 ? listLines(failing, 1_000) : 'none' },
        { name: `Broken subscriptions (${broken.length})`, value: broken.length > 0 ? listLines(broken, 1_000) : 'none' },
      ],
    },
  ]);
}

export async function preview(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = (await requireTopic(context, requiredString(request, 'topic'))).name;
  const count = numberOption(request, 'count', { ...PREVIEW_COUNT, integer: true }) ?? PREVIEW_COUNT.default;
  const feeds = (await feedEntries(context)).filter((e) => e.active);
  const names = new Map(feeds.map((f) => [f.id, f.name]));
  const feeding = new Set(feeds.filter((f) => f.topics === undefined || f.topics.includes(topic)).map((f) => f.id));
  // Unreadable, they are none yet: the next cycle starts them afresh (and logs it).
  const recent = await readRecentDecisions(context.store, () => {});
  const picked = latestPerItem(recent.filter((d) => d.topic === topic || feeding.has(d.feedId)), topic).slice(0, count);
  if (picked.length === 0) return reply(`No items decided for \`${topic}\` yet: decisions are recorded as its feeds are polled.`);
  const lines = picked.map((d) => `${KIND_MARK[d.kind]} **${escapeMarkdown(clipped(d.title || d.itemKey, 90))}** · ${escapeMarkdown(names.get(d.feedId) ?? d.feedId)} · ${discordTime(d.at)}\n   ${why(d, topic)}`);
  return reply(`The last ${plural(picked.length, 'item')} for \`${topic}\`, newest first, and why each was or was not posted.`, [{ title: `Preview: ${topic}`, description: listLines(lines) }]);
}

const KIND_MARK: Record<ItemDecision['kind'], string> = { queued: '📨', 'same-story': '🔗', baseline: '📥', duplicate: '♻️', 'too-old': '⌛', 'off-topic': '🚫' };

/** Newest first, one line per item: the decision about this topic when there is one. */
function latestPerItem(decisions: readonly RecentDecision[], topic: string): RecentDecision[] {
  const byItem = new Map<string, RecentDecision>();
  for (let i = decisions.length - 1; i >= 0; i--) {
    const d = decisions[i]!;
    const held = byItem.get(d.itemKey);
    if (held === undefined || (held.topic !== topic && d.topic === topic && held.at === d.at)) byItem.set(d.itemKey, d);
  }
  return [...byItem.values()];
}

function why(d: RecentDecision, topic: string): string {
  const score = d.score !== undefined ? `score ${d.score}` : '';
  const reason = clippedProse(d.reason, 140);
  switch (d.kind) {
    case 'queued':
      return d.topic === topic ? `queued for posting (${score})` : `posted to \`${d.topic}\`, not matched by this topic`;
    case 'same-story':
      return d.topic === topic ? `same story as an earlier post: added to it as another report (${reason})` : `same story as a \`${d.topic}\` post`;
    case 'baseline':
      return 'first-run baseline: recorded when its feed was first polled, not posted';
    case 'duplicate':
      return `duplicate: ${reason}`;
    case 'too-old':
      return `too old: ${reason}`;
    case 'off-topic':
      return d.topic === topic || d.topic === undefined ? `off-topic, ${score || 'no score'}: ${reason}` : `off-topic (closest topic \`${d.topic}\`, ${score})`;
  }
}

const NEXT_REPORT = 'the next cycle writes a new one';

/**
 * The last cycle's report; 'unreadable' when it is not JSON or not a report (the worker replaces
 * it every cycle). Read as it was, it failed /status until then.
 */
async function lastCycle(context: CommandContext): Promise<CycleReport | 'unreadable' | undefined> {
  // Not JSON reads as no object at all, so as not a report.
  const stored = await unlessCorrupt<unknown>(context.store.get<unknown>(stateKeys.lastCycle), () => 'not JSON');
  if (stored === undefined || stored === null) return undefined;
  const report = stored as Partial<CycleReport>;
  const usable =
    typeof stored === 'object' && typeof report.finishedAt === 'string' && Array.isArray(report.feeds) && typeof report.decisionCounts === 'object' && report.decisionCounts !== null;
  return usable ? (report as CycleReport) : 'unreadable';
}

function cycleLine(last: CycleReport): string {
  const polled = last.feeds.filter((f) => f.outcome !== 'not-due');
  const failed = polled.filter((f) => f.outcome === 'failed').length;
  return `${discordTime(last.startedAt, 'f')} → ${discordTime(last.finishedAt)} · ${plural(polled.length, 'feed')} polled${failed > 0 ? `, ${failed} failed` : ''} · ${last.published} published`;
}

function itemsLine(last: CycleReport): string {
  const counts = last.decisionCounts;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  return `${total} in the last cycle${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
