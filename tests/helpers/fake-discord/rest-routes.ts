// The REST route table: which (method, path) does what to the state. Handlers return a status
// and body or throw ApiError; transport concerns (auth header, faults, rate-limit headers,
// recording) live in rest-server.ts. Paths here are version-less: `/channels/:channel/messages`.

import { errors } from './api-errors.ts';
import type { InteractionLedger } from './interactions.ts';
import type { UploadedFile } from './message-store.ts';
import { Permissions, type Json } from './api-constants.ts';
import { applicationPayload } from './application-payloads.ts';
import type { FakeState } from './state.ts';

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  /** Raw parsed body (arrays for bulk command overwrite). */
  rawBody: unknown;
  files: UploadedFile[];
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface RouteDeps {
  state: FakeState;
  interactions: InteractionLedger;
  gatewayUrl: () => string;
}

export interface Route {
  method: string;
  pattern: string;
  /** Whether the bot token is required (webhook-token and interaction routes are unauthenticated). */
  auth: boolean;
  handle: (ctx: RouteContext) => RouteResult;
}

const ok = (body: unknown): RouteResult => ({ status: 200, body });
const noContent = (): RouteResult => ({ status: 204 });

export function buildRoutes({ state, interactions, gatewayUrl }: RouteDeps): Route[] {
  const route = (method: string, pattern: string, handle: Route['handle'], auth = true): Route => ({ method, pattern, auth, handle });

  /** Webhook/interaction-token routes share paths; the app id + a known interaction token picks the latter. */
  const isInteractionToken = (id: string, token: string) => id === state.applicationId && interactions.get(token) !== undefined;

  const threadTarget = (hookChannelId: string, threadId: string | null): string => {
    if (!threadId) return hookChannelId;
    const thread = state.channel(threadId);
    if (!state.isThread(thread) || thread.parent_id !== hookChannelId) throw errors.unknownChannel();
    return threadId;
  };

  return [
    // ---- gateway & identity (discord.js login calls GET /gateway/bot, nothing else)
    route('GET', '/gateway', () => ok({ url: gatewayUrl() }), false),
    route('GET', '/gateway/bot', () =>
      ok({
        url: gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    ),
    route('GET', '/users/@me', () => ok(state.botUser)),
    route('GET', '/applications/@me', () => ok(applicationPayload({ id: state.applicationId, bot: state.botUser, owner: state.owner }))),

    // ---- guild
    route('GET', '/guilds/:guild', ({ params }) => {
      state.checkGuild(params.guild!);
      const { members: _m, channels: _c, threads: _t, presences: _p, voice_states: _v, ...guild } = state.guildCreatePayload();
      return ok(guild);
    }),
    route('GET', '/guilds/:guild/channels', ({ params }) => {
      state.checkGuild(params.guild!);
      return ok([...state.channels.values()].filter((c) => !state.isThread(c)));
    }),
    route('GET', '/guilds/:guild/members/:user', ({ params }) => {
      state.checkGuild(params.guild!);
      const member = state.members.find((m) => m.user.id === params.user);
      if (!member) throw errors.unknownMember();
      return ok(member);
    }),

    // ---- channels & messages
    // Reading a channel needs View Channel (else 50001); its history also Read Message History,
    // without which Discord answers an empty list rather than an error.
    route('GET', '/channels/:channel', ({ params }) => ok(state.requireBot(state.channel(params.channel!)))),
    route('GET', '/channels/:channel/messages', ({ params, query }) => {
      const channel = state.requireBot(state.channel(params.channel!));
      if (!state.botHas(channel, Permissions.ReadMessageHistory)) return ok([]);
      const limit = Math.min(100, Number(query.get('limit') ?? 50));
      const newestFirst = state.messages.list(params.channel!).map((m) => m.api).reverse();
      return ok(newestFirst.slice(0, limit));
    }),
    route('POST', '/channels/:channel/messages', ({ params, body, files }) => {
      const { message } = state.createMessage(params.channel!, body, files, { kind: 'bot' });
      return ok(message);
    }),
    route('GET', '/channels/:channel/messages/:message', ({ params }) => {
      state.requireBot(state.channel(params.channel!), Permissions.ReadMessageHistory);
      return ok(state.message(params.channel!, params.message!).api);
    }),
    route('PATCH', '/channels/:channel/messages/:message', ({ params, body, files }) => {
      state.requireBot(state.channel(params.channel!));
      const stored = state.message(params.channel!, params.message!);
      if (stored.api.author.id !== state.botUser.id || stored.api.webhook_id) throw errors.cannotEditOthers();
      return ok(state.editMessage(stored, body, files));
    }),
    route('DELETE', '/channels/:channel/messages/:message', ({ params }) => {
      state.requireBot(state.channel(params.channel!));
      const stored = state.message(params.channel!, params.message!);
      // The bot role has no Manage Messages: it may delete only its own messages.
      if (stored.api.author.id !== state.botUser.id) throw errors.missingPermissions();
      state.deleteMessage(stored);
      return noContent();
    }),
    route('POST', '/channels/:channel/typing', ({ params }) => {
      state.channel(params.channel!);
      return noContent();
    }),
    route('POST', '/channels/:channel/threads', ({ params, body, files }) => ({
      status: 201,
      body: state.createThread(params.channel!, body, files),
    })),

    // ---- webhooks (bot-authenticated management)
    route('POST', '/channels/:channel/webhooks', ({ params, body }) => ok(state.createWebhook(params.channel!, body))),
    route('GET', '/channels/:channel/webhooks', ({ params }) => {
      state.requireBot(state.channel(params.channel!), Permissions.ManageWebhooks);
      return ok([...state.webhooks.values()].filter((w) => w.channel_id === params.channel));
    }),
    route('GET', '/webhooks/:webhook', ({ params }) => ok(state.webhook(params.webhook!))),

    // ---- webhooks (token-authenticated execution) + interaction follow-ups on the same paths
    route(
      'GET',
      '/webhooks/:webhook/:token',
      ({ params }) => {
        const { token: _token, ...publicHook } = state.webhook(params.webhook!, params.token!);
        return ok(publicHook);
      },
      false,
    ),
    route(
      'POST',
      '/webhooks/:webhook/:token',
      ({ params, query, body, files }) => {
        if (isInteractionToken(params.webhook!, params.token!)) return ok(interactions.followUp(params.token!, body, files));
        const hook = state.webhook(params.webhook!, params.token!);
        const author = {
          kind: 'webhook' as const,
          webhook: hook,
          username: typeof body.username === 'string' ? body.username : undefined,
          avatarUrl: typeof body.avatar_url === 'string' ? body.avatar_url : undefined,
        };
        const parent = state.channel(hook.channel_id);
        let message;
        if (state.isForum(parent) && !query.get('thread_id')) {
          // Forum webhooks must either target a thread or start one via thread_name.
          if (typeof body.thread_name !== 'string') throw errors.forumNeedsThread();
          const thread = state.createThread(
            hook.channel_id,
            { name: body.thread_name, applied_tags: body.applied_tags, message: body },
            files,
            author,
          );
          message = thread.message;
        } else {
          message = state.createMessage(threadTarget(hook.channel_id, query.get('thread_id')), body, files, author).message;
        }
        // Without ?wait=true Discord answers 204 and the caller never learns the message id.
        return query.get('wait') === 'true' ? ok(message) : noContent();
      },
      false,
    ),
    ...(['GET', 'PATCH', 'DELETE'] as const).map((method) =>
      route(
        method,
        '/webhooks/:webhook/:token/messages/:message',
        ({ params, query, body, files }) => {
          let stored;
          if (isInteractionToken(params.webhook!, params.token!)) {
            stored = interactions.message(params.token!, params.message!);
          } else {
            const hook = state.webhook(params.webhook!, params.token!);
            stored = state.messages.findAnywhere(params.message!);
            const threadId = query.get('thread_id');
            if (!stored || stored.api.webhook_id !== hook.id || (threadId && stored.api.channel_id !== threadId)) {
              throw errors.unknownMessage();
            }
          }
          if (method === 'GET') return ok(stored.api);
          if (method === 'DELETE') {
            state.deleteMessage(stored);
            return noContent();
          }
          return ok(state.editMessage(stored, body, files));
        },
        false,
      ),
    ),

    // ---- application commands (global and per guild)
    ...commandRoutes(state, route),

    // ---- interaction responses
    route(
      'POST',
      '/interactions/:interaction/:token/callback',
      ({ params, query, body, files }) =>
        interactions.callback(params.interaction!, params.token!, body, files, query.get('with_response') === 'true'),
      false,
    ),
  ];
}

function commandRoutes(
  state: FakeState,
  route: (method: string, pattern: string, handle: Route['handle'], auth?: boolean) => Route,
): Route[] {
  const scope = (params: Record<string, string>): string | undefined => {
    state.checkApplication(params.app!);
    if (params.guild) state.checkGuild(params.guild);
    return params.guild;
  };
  return ['/applications/:app/commands', '/applications/:app/guilds/:guild/commands'].flatMap((base) => [
    route('GET', base, ({ params }) => ok(state.commands(scope(params)))),
    route('PUT', base, ({ params, rawBody }) => ok(state.overwriteCommands(rawBody, scope(params)))),
    route('POST', base, ({ params, body }) => {
      const { command, created } = state.upsertCommand(body, scope(params));
      return { status: created ? 201 : 200, body: command };
    }),
    route('GET', `${base}/:command`, ({ params }) => {
      const command = state.commands(scope(params)).find((c) => c.id === params.command);
      if (!command) throw errors.unknownCommand();
      return ok(command);
    }),
    route('DELETE', `${base}/:command`, ({ params }) => {
      state.deleteCommand(params.command!, scope(params));
      return noContent();
    }),
  ]);
}

/** Finds the route for a version-less path; `methodMismatch` when the path exists under another verb. */
export function matchRoute(routes: Route[], method: string, path: string): { route?: Route; params: Record<string, string>; methodMismatch: boolean } {
  let methodMismatch = false;
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    const parts = route.pattern.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const hit = parts.every((part, i) => {
      const seg = segments[i]!;
      if (part.startsWith(':')) {
        params[part.slice(1)] = seg;
        return true;
      }
      return part === seg;
    });
    if (!hit) continue;
    if (route.method === method) return { route, params, methodMismatch: false };
    methodMismatch = true;
  }
  return { params: {}, methodMismatch };
}
