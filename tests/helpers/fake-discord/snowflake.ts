// Discord-shaped ids. discord.js buckets REST routes by matching 17–19 digit ids
// (`/channels/(\d{17,19})`), so short fake ids like "1" would silently put every channel in one
// rate-limit bucket and hide bugs. Real snowflakes also encode a timestamp, which the
// nonce window and discord.js's "message older than 14 days" logic rely on.

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake for `at` (ms since Unix epoch); unique within this process. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const worker = 1n << 17n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | worker | increment).toString();
}

/** Unix ms encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Webhook / interaction tokens: Discord's are 68 url-safe chars; discord.js's URL parser insists on that. */
export function fakeToken(length = 68): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}
