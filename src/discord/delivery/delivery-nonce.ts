// Discord's enforce_nonce: a message created with a nonce that the same author already used in
// the same channel within a few minutes is not created again; the earlier one is returned
// (https://discord.com/developers/docs/resources/message#create-message, "enforce_nonce").
// A resend after a crash or a lost answer therefore needs the very same nonce, so it is derived
// from what is being delivered, never random.
import { createHash } from 'node:crypto';

/** Discord refuses a string nonce over 25 characters (50035). */
export const NONCE_MAX_LENGTH = 25;

/**
 * The nonce of one post in one subscription's channel: the first 128 bits of
 * SHA-256(post id, subscription id) in base 36, at most 25 characters (36^25 > 2^128).
 */
export function deliveryNonce(postId: string, subscriptionId: string): string {
  const digest = createHash('sha256').update(`${postId}\n${subscriptionId}`).digest();
  return BigInt(`0x${digest.subarray(0, 16).toString('hex')}`).toString(36);
}
