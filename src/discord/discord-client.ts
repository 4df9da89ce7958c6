import { Client, DiscordAPIError, GatewayIntentBits, HTTPError, type RESTOptions } from 'discord.js';
import { DiscordError } from '../core/errors.ts';
import type { Logger } from '../ports.ts';

/** Login gives up when the gateway has not said READY by then. */
const READY_TIMEOUT_MS = 60_000;

export interface DiscordClientOptions {
  token: string;
  logger: Logger;
  /**
   * REST options passed to discord.js: `api` points it at another Discord (the loopback fake in
   * tests); `timeout` and `retries` bound how long a request may hang before the outbox retries it.
   */
  rest?: Partial<Pick<RESTOptions, 'api' | 'timeout' | 'retries'>>;
}

/**
 * A discord.js client with the Guilds intent only: enough for channels, roles, threads and
 * slash-command interactions; no message content, members or presences are asked for. Rate
 * limits (429, Retry-After, the global limit) are handled by discord.js's REST manager.
 */
export function createDiscordClient(options: DiscordClientOptions): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { timeout: 15_000, retries: 2, ...options.rest },
    // Posts mention only what a subscription asks for, never @everyone by accident.
    allowedMentions: { parse: [] },
  });
  client.rest.on('rateLimited', (info) => options.logger.info({ route: info.route, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope }, 'discord rate limit: waiting'));
  client.on('warn', (message) => options.logger.warn({}, `discord: ${message}`));
  client.on('error', (error) => options.logger.error({ error: error.message }, 'discord client error'));
  return client;
}

/** Logs in and waits until the gateway says READY; the token never appears in an error. */
export async function loginDiscord(client: Client, token: string, readyTimeoutMs = READY_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once('clientReady', () => resolve());
    timer = setTimeout(() => reject(new DiscordError(`login: the gateway did not say READY within ${readyTimeoutMs / 1000} s`)), readyTimeoutMs);
  });
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    if (error instanceof DiscordError) throw error;
    const message = (error as Error).message.split(token).join('***');
    throw new DiscordError(`login failed: ${message}`, { cause: error, tokenRejected: isTokenRejected(error) });
  } finally {
    clearTimeout(timer);
  }
}

/** Discord said the token is wrong: retrying cannot help (unlike a network error or a 5xx). */
function isTokenRejected(error: unknown): boolean {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return error.status === 401 || error.status === 403;
  const code = (error as { code?: unknown }).code;
  return code === 'TokenInvalid' || code === 4004 || /invalid token|unauthori[sz]ed|authentication failed/i.test(String((error as Error).message));
}
