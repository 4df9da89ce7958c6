import type { DiscordPublisher } from '../discord/delivery/discord-publisher.ts';
import type { CycleReport } from '../pipeline/cycle-report.ts';
import { Outbox } from '../pipeline/outbox.ts';
import type { StateStore } from '../ports.ts';

// What `once` delivered, told as it went: with Discord, the pipeline "publishes" a post by
// queueing it for every subscribed channel, so the cycle's own count says nothing of whether
// Discord took it. Posts left behind a failed attempt are not posted, whatever the cycle counted.

export interface DeliveryOutcome {
  /** Posts that reached their destination this run (with Discord: messages Discord made). */
  sent: number;
  /** Posts waiting behind a failed attempt, in a channel's queue or the pipeline's outbox. */
  retrying: number;
  /** Posts only waiting their turn (a channel's posts-per-minute pacing): not a failure. */
  paced: number;
  /** Why the last failed attempt failed, naming where ("Discord: 503 Service Unavailable (POST)"). */
  lastError?: string;
}

/** Counts the messages each flush makes from now on (a run's `once` awaits every flush it starts). */
export function countDiscordSends(publisher: DiscordPublisher): () => number {
  let sent = 0;
  publisher.onFlush((report) => {
    sent += report.sent;
  });
  return () => sent;
}

/** After the cycle: what went out, what waits for a retry and why, what waits its turn. */
export async function deliveryOutcome(report: CycleReport, store: StateStore, discord?: { publisher: DiscordPublisher; sent: number }): Promise<DeliveryOutcome> {
  // The outbox keeps a post only when the publisher refused it (it never paces).
  const outboxRetrying = report.publishFailures > 0 ? report.outboxSize : 0;
  const outboxError = outboxRetrying > 0 ? (await new Outbox(store).entries())[0]?.lastError : undefined;
  const outcome: DeliveryOutcome = {
    sent: discord?.sent ?? report.published,
    retrying: outboxRetrying,
    paced: 0,
    ...(outboxError !== undefined ? { lastError: `${discord ? 'Discord' : 'publisher'}: ${outboxError}` } : {}),
  };
  if (discord === undefined) return outcome;
  for (const queue of (await discord.publisher.status()).queues) {
    if (queue.size === 0) continue;
    // A queue's lastError stays until a send succeeds: its posts wait behind that failure.
    if (queue.lastError === undefined) {
      outcome.paced += queue.size;
    } else {
      outcome.retrying += queue.size;
      outcome.lastError ??= `Discord: ${queue.lastError}`;
    }
  }
  return outcome;
}
