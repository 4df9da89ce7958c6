// startFakeDiscord(): one loopback HTTP server that is both Discord's REST API (under /api and
// /api/v10) and its gateway (WebSocket upgrade on the same port). Point a real discord.js
// Client at it with `rest: { api: fake.apiUrl }`; the gateway URL is discovered by the client
// from GET /gateway/bot, exactly as in production.

import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultQueue, requestMatches, type Fault, type RequestMatch } from './faults.ts';
import { FakeGateway, type GatewayConnectionInfo, type GatewayFrame } from './gateway.ts';
import { InteractionLedger, type InteractionRecord } from './interactions.ts';
import type { UploadedFile } from './message-store.ts';
import type { ApiCommand } from './application-payloads.ts';
import type { ApiChannel, ApiRole, ApiUser, PermissionOverwrite } from './guild-payloads.ts';
import {
  autocompleteInteraction,
  chatInputInteraction,
  type ApiInteraction,
  type AutocompleteInput,
  type ChatInputInput,
} from './interaction-payloads.ts';
import type { ApiAttachment, ApiEmbed, ApiMessage, ApiWebhook } from './message-payloads.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limits.ts';
import { buildRoutes } from './rest-routes.ts';
import { createRestHandler, type RecordedRequest } from './rest-server.ts';
import { FakeState, type NamedChannels } from './state.ts';

export interface FakeDiscordOptions {
  /** Token the bot must log in with (REST `Authorization: Bot …` and gateway IDENTIFY). Default 'fake-token'. */
  botToken?: string;
  /** HELLO heartbeat_interval in ms. Default 41250 (Discord's); lower it to see heartbeats in a test. */
  heartbeatIntervalMs?: number;
  /** Time allowed between INTERACTION_CREATE and its callback. Default 3000 ms (Discord's). */
  interactionDeadlineMs?: number;
  /** How long an interaction's token edits its reply and sends follow-ups. Default 15 minutes (Discord's). */
  interactionTokenMs?: number;
  /** How long enforce_nonce de-duplicates. Default 5 minutes. */
  nonceWindowMs?: number;
  /** Bucket limits behind the X-RateLimit-* headers. Default 50 per 1000 ms, enforced. */
  rateLimit?: RateLimitOptions;
}

/** A stored message, flattened for assertions. */
export interface FakeMessage {
  id: string;
  channelId: string;
  content: string;
  embeds: ApiEmbed[];
  components: unknown[];
  attachments: ApiAttachment[];
  flags: number;
  ephemeral: boolean;
  nonce: string | number | undefined;
  authorId: string;
  /** Display name: the bot's username, or for webhooks the per-message `username` override (else the webhook's name). */
  authorName: string;
  webhookId: string | undefined;
  /** Webhook `avatar_url` override sent with this message. */
  avatarUrl: string | undefined;
  interactionId: string | undefined;
  edited: boolean;
  editCount: number;
  /** Set when the channel is a thread (e.g. a forum post). */
  thread: { id: string; name: string; parentId: string } | null;
  createdAt: number;
  /** The API object as Discord would return it now. */
  raw: ApiMessage;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  payload: ApiInteraction;
  /** Resolves with the answered POST /interactions/:id/:token/callback request for this interaction. */
  callback(timeoutMs?: number): Promise<RecordedRequest>;
  /** Every REST request made with this interaction's token so far (callback, @original edits, follow-ups). */
  requests(): RecordedRequest[];
  /** What the fake knows: response type, flags, autocomplete choices, original/follow-up ids. */
  record(): InteractionRecord;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Only consider requests/frames at or after this index (e.g. `fake.requests.length` before acting). */
  since?: number;
}

export interface FakeDiscord {
  /** http://127.0.0.1:<port> */
  restUrl: string;
  /** `${restUrl}/api` — pass as discord.js `rest.api` (it appends `/v10`). */
  apiUrl: string;
  /** ws://127.0.0.1:<port> — also returned by GET /gateway/bot and as READY's resume_gateway_url. */
  gatewayUrl: string;
  botToken: string;
  applicationId: string;
  botUser: ApiUser;
  guild: { id: string; name: string; ownerId: string; roles: { everyone: ApiRole; news: ApiRole; bot: ApiRole } };
  /** Ids of the seeded channels: news + alerts (text), forum (type 15), locked (bot may not post: 403/50013). */
  channels: NamedChannels;
  /** Every REST request received, in arrival order (including faulted ones). */
  requests: RecordedRequest[];
  /** Every gateway frame received from clients, in arrival order. */
  frames: GatewayFrame[];
  /** Gateway connections (URL/query the client used, close code). */
  gatewayConnections: GatewayConnectionInfo[];
  /** Things the fake could not serve (unknown routes, refused gateway params). Assert it stays empty. */
  warnings: string[];

  messages(channelId: string, opts?: { includeDeleted?: boolean }): FakeMessage[];
  channel(id: string): ApiChannel | undefined;
  /** `overwrites`: the channel's permission overwrites (see `botOverwrite` / `everyoneOverwrite`). */
  addChannel(input: { name: string; type?: number; botCanPost?: boolean; topic?: string; overwrites?: PermissionOverwrite[] }): ApiChannel;
  /** Replaces a channel's permission overwrites, as an admin editing the channel would (CHANNEL_UPDATE unless `silent`). */
  setOverwrites(id: string, overwrites: PermissionOverwrite[], opts?: { silent?: boolean }): void;
  /** Deletes a channel; later REST calls get 404/10003. `silent` skips the CHANNEL_DELETE dispatch. */
  deleteChannel(id: string, opts?: { silent?: boolean }): void;
  /**
   * Seeds a webhook directly, as the bot would make it for a subscription (owned by the
   * application), or with `byUser` as a member would in the channel settings; returns it with its token.
   */
  createWebhook(channelId: string, name?: string, opts?: { byUser?: boolean }): ApiWebhook;
  commands(guildId?: string): ApiCommand[];

  /** Queue a fault for the next `times` (default 1) requests matching `match`. */
  failNext(match: RequestMatch, fault: Fault, times?: number): void;
  clearFaults(): void;
  /** While on, every REST request answers 503 (text/plain, like an upstream outage). */
  setOutage(on: boolean): void;

  /** Send any dispatch to every identified gateway session; returns how many got it. */
  dispatch(t: string, d: unknown): number;
  /** Registers the interaction (so its token works) and sends INTERACTION_CREATE. */
  dispatchInteraction(payload: ApiInteraction): DispatchedInteraction;
  /** Chat-input interaction payload with the fake's ids filled in (channel defaults to `channels.news`, user to the guild owner). */
  chatInput(input: Omit<ChatInputInput, 'applicationId' | 'guildId' | 'channel'> & { channelId?: string }): ApiInteraction;
  /** Autocomplete interaction payload (type 4) with the fake's ids filled in. */
  autocomplete(input: Omit<AutocompleteInput, 'applicationId' | 'guildId' | 'channel'> & { channelId?: string }): ApiInteraction;
  /** Op 7 to all sessions (client should reconnect + RESUME). */
  requestReconnect(): void;
  /** Close all gateway connections with `code` (default 4000: resumable). */
  disconnectGateway(code?: number): void;
  /** Identified gateway sessions right now. */
  readySessions(): number;

  /** First answered request matching `match` (already recorded or future). */
  waitForRequest(match: RequestMatch | ((r: RecordedRequest) => boolean), opts?: WaitOptions): Promise<RecordedRequest>;
  /** First client frame with this op (already recorded or future). */
  waitForFrame(op: number, opts?: WaitOptions): Promise<GatewayFrame>;
  requestsMatching(match: RequestMatch): RecordedRequest[];

  /** Escape hatches for unusual tests. */
  state: FakeState;
  interactions: InteractionLedger;

  /** Ends hanging requests, drops gateway sockets, closes the server. */
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const botToken = options.botToken ?? 'fake-token';
  const state = new FakeState({ nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000 });
  const interactions = new InteractionLedger(state, options.interactionDeadlineMs ?? 3000, options.interactionTokenMs ?? 15 * 60_000);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const changeListeners = new Set<() => void>();
  let origin = '';

  const gateway = new FakeGateway({
    state,
    botToken,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    gatewayUrl: () => origin.replace(/^http/, 'ws'),
    warn,
  });
  state.onEvent = (event) => gateway.forward(event);

  const rest = createRestHandler({
    routes: buildRoutes({ state, interactions, gatewayUrl: () => origin.replace(/^http/, 'ws') }),
    faults,
    limiter: new RateLimiter(options.rateLimit),
    botToken,
    requests,
    onChange: () => {
      for (const listener of [...changeListeners]) listener();
    },
    warn,
  });

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    rest.handle(req, res).catch((error: unknown) => {
      warn(`fake-discord crashed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Polls on every request/answer (and frame) until `find` returns something or time runs out. */
  function waitFor<T>(find: () => T | undefined, subscribe: (l: () => void) => () => void, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const hit = find();
      if (hit !== undefined) return resolve(hit);
      const timer = setTimeout(() => {
        unsubscribe();
        const seen = requests.slice(-8).map((r) => `${r.method} ${r.path} → ${r.status ?? '…'}`);
        reject(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}; last requests: ${seen.join(', ') || 'none'}`));
      }, timeoutMs);
      const unsubscribe = subscribe(() => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(found);
      });
    });
  }
  const onRequestChange = (listener: () => void) => {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  };

  const toFakeMessage = (stored: ReturnType<FakeState['messages']['list']>[number]): FakeMessage => {
    const { api, meta } = stored;
    const channel = state.channels.get(api.channel_id);
    const thread =
      channel && state.isThread(channel)
        ? { id: channel.id, name: String(channel.name ?? ''), parentId: String(channel.parent_id ?? '') }
        : null;
    return {
      id: api.id,
      channelId: api.channel_id,
      content: api.content,
      embeds: api.embeds,
      components: Array.isArray(api.components) ? api.components : [],
      attachments: api.attachments,
      flags: api.flags,
      ephemeral: (api.flags & 64) !== 0,
      nonce: meta.nonce,
      authorId: api.author.id,
      authorName: api.author.username,
      webhookId: typeof api.webhook_id === 'string' ? api.webhook_id : undefined,
      avatarUrl: meta.avatarUrl,
      interactionId: meta.interactionId,
      edited: api.edited_timestamp !== null,
      editCount: meta.editCount,
      thread,
      createdAt: meta.createdAt,
      raw: api,
    };
  };

  const fake: FakeDiscord = {
    restUrl: origin,
    apiUrl: `${origin}/api`,
    gatewayUrl: origin.replace(/^http/, 'ws'),
    botToken,
    applicationId: state.applicationId,
    botUser: state.botUser,
    guild: { id: state.guildId, name: state.guildName, ownerId: state.owner.id, roles: state.roles },
    channels: state.named,
    requests,
    frames: gateway.frames,
    gatewayConnections: gateway.connections,
    warnings,
    state,
    interactions,

    messages: (channelId, opts = {}) => state.messages.list(channelId, opts.includeDeleted).map(toFakeMessage),
    channel: (id) => state.channels.get(id),
    addChannel: (input) => state.addChannel(input),
    deleteChannel: (id, opts) => void state.deleteChannel(id, opts),
    setOverwrites: (id, overwrites, opts) => void state.setOverwrites(id, overwrites, opts),
    createWebhook: (channelId, name = 'newshound-hook', opts = {}) => state.createWebhook(channelId, { name }, { seeded: true, ...opts }),
    commands: (guildId) => state.commands(guildId),

    failNext: (match, fault, times = 1) => faults.add(match, fault, times),
    clearFaults: () => faults.clear(),
    setOutage: (on) => {
      faults.outage = on;
    },

    dispatch: (t, d) => gateway.dispatch(t, d),
    dispatchInteraction(payload) {
      interactions.register(payload);
      gateway.dispatch('INTERACTION_CREATE', payload);
      const mine = (r: RecordedRequest) => r.path.includes(payload.token);
      return {
        id: payload.id,
        token: payload.token,
        payload,
        callback: (timeoutMs = 5000) =>
          fake.waitForRequest((r) => mine(r) && r.method === 'POST' && r.path.endsWith('/callback'), { timeoutMs }),
        requests: () => requests.filter(mine),
        record: () => interactions.get(payload.token)!,
      };
    },
    chatInput: ({ channelId, ...input }) =>
      chatInputInteraction({ ...defaultsFor(channelId), ...input }),
    autocomplete: ({ channelId, ...input }) =>
      autocompleteInteraction({ ...defaultsFor(channelId), ...input }),
    requestReconnect: () => gateway.requestReconnect(),
    disconnectGateway: (code) => gateway.disconnectAll(code),
    readySessions: () => gateway.readySessions,

    waitForRequest(match, opts = {}) {
      const test = typeof match === 'function' ? match : (r: RecordedRequest) => requestMatches(match, r.method, r.path);
      const find = () => requests.slice(opts.since ?? 0).find((r) => r.status !== undefined && test(r));
      return waitFor(find, onRequestChange, `request ${typeof match === 'function' ? '(predicate)' : String(match)}`, opts.timeoutMs ?? 5000);
    },
    waitForFrame(op, opts = {}) {
      const find = () => gateway.frames.slice(opts.since ?? 0).find((f) => f.op === op);
      return waitFor(find, (l) => gateway.onFrame(l), `gateway op ${op}`, opts.timeoutMs ?? 5000);
    },
    requestsMatching: (match) => requests.filter((r) => requestMatches(match, r.method, r.path)),

    async close() {
      for (const res of rest.hanging) (res as ServerResponse).destroy();
      await gateway.close();
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function defaultsFor(channelId: string | undefined) {
    const channel = state.channels.get(channelId ?? state.named.news);
    if (!channel) throw new Error(`fake-discord: no channel ${channelId}`);
    return {
      applicationId: state.applicationId,
      guildId: state.guildId,
      channel,
      // What Discord sends as app_permissions: the bot's permissions in this channel.
      appPermissions: state.botPermissions(channel).toString(),
      user: state.owner,
      roles: [state.roles.news.id],
    };
  }

  return fake;
}

export type { RecordedRequest, GatewayFrame, GatewayConnectionInfo, UploadedFile, RequestMatch, Fault };
