// What a failed Discord call means for delivery. discord.js has already done what it can by the
// time an error reaches us: it waited out 429s (Retry-After, the global limit) and retried 5xx
// and timeouts `rest.retries` times. What is left is one of three things:
//   broken — the channel (or webhook) is gone or forbids the bot: waiting will not help, the
//            subscription is marked broken and its queue dropped;
//   drop   — this one entry can never succeed (its message was deleted, Discord refuses the body);
//   retry  — Discord or the network is unwell: keep the entry and try again after a backoff.
// Codes: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
import { DiscordAPIError, HTTPError } from 'discord.js';
import type { Subscription } from '../../control/subscriptions.ts';

export type DeliveryOperation = 'create' | 'edit';

export type FailureVerdict =
  | { kind: 'broken'; reason: string }
  | { kind: 'drop'; reason: string }
  | { kind: 'retry'; reason: string };

const UNKNOWN_CHANNEL = 10003;
const UNKNOWN_MESSAGE = 10008;
const UNKNOWN_WEBHOOK = 10015;
const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;
/** Sending into a thread that is archived and locked (a bot may reopen an archived thread only by posting in it, which locking forbids). */
const ARCHIVED_THREAD = 50083;
const LOCKED_THREAD = 160005;

export function judgeFailure(error: unknown, operation: DeliveryOperation, subscription: Subscription): FailureVerdict {
  if (!(error instanceof DiscordAPIError)) return { kind: 'retry', reason: describe(error) };
  const status = error.status;
  const detail = `${status} ${error.message}, code ${error.code}`;
  const channel = `channel ${subscription.channelId}`;

  if (operation === 'edit') {
    // The message (or a forum post's whole thread) was deleted, most likely by a moderator:
    // there is nothing left to edit, and the channel itself may be fine.
    if (error.code === UNKNOWN_MESSAGE) return { kind: 'drop', reason: `the message to edit is gone (${detail})` };
    if (error.code === UNKNOWN_CHANNEL && subscription.delivery.kind === 'forum') {
      return { kind: 'drop', reason: `the forum post to edit is gone (${detail})` };
    }
  }
  if (error.code === UNKNOWN_CHANNEL) return { kind: 'broken', reason: `${channel} no longer exists (${detail})` };
  if (error.code === UNKNOWN_WEBHOOK) return { kind: 'broken', reason: `the webhook of ${channel} no longer exists (${detail})` };
  if (error.code === MISSING_ACCESS) return { kind: 'broken', reason: `the bot cannot see ${channel} (${detail})` };
  if (error.code === MISSING_PERMISSIONS) return { kind: 'broken', reason: `the bot may not post in ${channel} (${detail})` };
  // Every later post to the thread would be refused alike: broken, shown in /subscriptions, not
  // one "entry dropped" per story forever. (An edit in such a thread only loses that edit, below.)
  if (operation === 'create' && (error.code === ARCHIVED_THREAD || error.code === LOCKED_THREAD)) {
    return { kind: 'broken', reason: `the thread ${channel} is archived or locked (${detail})` };
  }
  if (status === 429 || status >= 500 || status === 401) {
    // 401: the token was revoked or rotated; every channel fails alike, and an operator fixing
    // the token should find the posts still waiting.
    return { kind: 'retry', reason: detail };
  }
  if (status === 403 || status === 404) {
    if (operation === 'edit') return { kind: 'drop', reason: `the message cannot be edited (${detail})` };
    return { kind: 'broken', reason: `Discord refuses posts to ${channel} (${detail})` };
  }
  // Any other 4xx refuses this message as sent (an invalid form body, say): a resend is refused alike.
  return { kind: 'drop', reason: `Discord refused the message (${detail})` };
}

// Never the request URL: a webhook's URL carries its token.
function describe(error: unknown): string {
  if (error instanceof HTTPError) return `${error.status} ${error.message} (${error.method})`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
    const name = error.name === 'Error' ? '' : `${error.name}: `;
    return `${name}${error.message}${typeof code === 'string' ? ` (${code})` : ''}`;
  }
  return String(error);
}
