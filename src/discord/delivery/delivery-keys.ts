// State keys of the Discord delivery, in one place so a reader can see everything it keeps.

export const deliveryKeys = {
  /** One subscription's queue: its waiting entries, recent send times, last error. */
  queue: (subscriptionId: string) => `discord:queue:${subscriptionId}`,
  /** Where a post landed in one subscription's channel (the message an update edits). */
  delivered: (postId: string, subscriptionId: string) => `discord:delivered:${postId}:${subscriptionId}`,
  /** Which subscription of a channel posts an item there (channel-claims.ts): a channel subscribed to two topics gets the item once. */
  channelItem: (channelId: string, itemKey: string) => `discord:channel-item:${channelId}:${itemKey}`,
  /** Messages delivered on one local day (YYYY-MM-DD in the configured time zone), for /status. */
  postsOnDay: (day: string) => `discord:stats:posts:${day}`,
};

/** How long a delivered message is remembered: updates to a story arrive within days, not months. */
export const DELIVERED_TTL_MS = 30 * 24 * 3_600_000;

/** A day's counter outlives the day by a week: /status shows only today, a week allows a look back. */
export const DAY_STATS_TTL_MS = 8 * 24 * 3_600_000;
