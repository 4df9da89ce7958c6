// The CLI's exit codes, in one place (README "Exit codes" lists them).
export const EXIT = {
  ok: 0,
  /** An expected fault: a bad config, a missing or unwritable file, a state store that cannot be used; `health`: unhealthy. */
  failed: 1,
  /** Bad arguments: an unknown command or option, a missing value. */
  usage: 2,
  /** `once`: the cycle itself failed (e.g. the state store stopped answering), or every feed it polled failed. */
  cycleFailed: 3,
  /** `once`: posts could not be delivered (Discord or the publisher failed); they wait for the next run. */
  deliveryFailed: 4,
} as const;
