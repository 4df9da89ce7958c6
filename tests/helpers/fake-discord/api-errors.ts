// Discord's JSON error bodies ({ message, code, errors? }) so discord.js builds a real
// DiscordAPIError with the right `code`/`status`, exactly as it would against discord.com.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return this.errors
      ? { message: this.message, code: this.code, errors: this.errors }
      : { message: this.message, code: this.code };
  }
}

/** Messages Discord uses for the codes this fake emits (also used to fill in scripted faults). */
export const ERROR_MESSAGES: Record<number, string> = {
  0: 'General error',
  10002: 'Unknown Application',
  10003: 'Unknown Channel',
  10004: 'Unknown Guild',
  10007: 'Unknown Member',
  10008: 'Unknown Message',
  10015: 'Unknown Webhook',
  10062: 'Unknown interaction',
  10063: 'Unknown application command',
  50027: 'Invalid Webhook Token',
  40060: 'Interaction has already been acknowledged.',
  50001: 'Missing Access',
  50005: 'Cannot edit a message authored by another user',
  50006: 'Cannot send an empty message',
  50008: 'Cannot send messages in a non-text channel',
  50013: 'Missing Permissions',
  50035: 'Invalid Form Body',
  50083: 'Operation cannot be performed on an archived thread',
  160005: 'Thread is locked',
  220001: 'Webhooks posted to forum channels must have a thread_name or thread_id',
};

export function apiError(status: number, code: number): ApiError {
  return new ApiError(status, code, ERROR_MESSAGES[code] ?? `${status}: error`);
}

export const errors = {
  unauthorized: () => new ApiError(401, 0, '401: Unauthorized'),
  notFound: () => new ApiError(404, 0, '404: Not Found'),
  unknownChannel: () => apiError(404, 10003),
  unknownMember: () => apiError(404, 10007),
  unknownMessage: () => apiError(404, 10008),
  unknownWebhook: () => apiError(404, 10015),
  unknownInteraction: () => apiError(404, 10062),
  invalidWebhookToken: () => apiError(401, 50027),
  unknownApplication: () => apiError(404, 10002),
  unknownCommand: () => apiError(404, 10063),
  missingAccess: () => apiError(403, 50001),
  missingPermissions: () => apiError(403, 50013),
  cannotEditOthers: () => apiError(403, 50005),
  emptyMessage: () => apiError(400, 50006),
  nonTextChannel: () => apiError(400, 50008),
  alreadyAcknowledged: () => apiError(400, 40060),
  forumNeedsThread: () => apiError(400, 220001),
  invalidForm: (errs: Record<string, unknown>) => new ApiError(400, 50035, 'Invalid Form Body', errs),
};

/**
 * Adds one field error in Discord's nested shape, e.g. path ['embeds', 0, 'title'] →
 * { embeds: { '0': { title: { _errors: [{ code, message }] } } } }.
 */
export function addFieldError(
  into: Record<string, unknown>,
  path: Array<string | number>,
  code: string,
  message: string,
): void {
  let node = into;
  for (const key of path) {
    const k = String(key);
    node[k] ??= {};
    node = node[k] as Record<string, unknown>;
  }
  const list = (node._errors ??= []) as Array<{ code: string; message: string }>;
  list.push({ code, message });
}
