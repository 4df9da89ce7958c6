// The gateway side: a `ws` server sharing the HTTP port. Speaks plain JSON text frames, which
// is what discord.js 14 sends by default (`?v=10&encoding=json`, no `compress` parameter,
// because zlib-sync is an optional dependency that is not installed). A client that asks for
// anything else is refused loudly (close 4012 + a warning) instead of being half-served.
//
// Lifecycle per connection: HELLO → (IDENTIFY → READY + GUILD_CREATE | RESUME → RESUMED),
// heartbeats ACKed, dispatches numbered with an increasing `s`.

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { snowflake } from './snowflake.ts';
import type { FakeState, StateEvent } from './state.ts';

export const GatewayOps = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** A frame the client sent, as recorded in `fake.frames`. */
export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
  at: number;
  /** Which connection it came on (1-based, in connection order). */
  connection: number;
  /** Session id once the connection has identified/resumed. */
  sessionId?: string;
}

export interface GatewayConnectionInfo {
  connection: number;
  /** Path + query the client connected with, e.g. `/?v=10&encoding=json`. */
  url: string;
  query: Record<string, string>;
  at: number;
  closedWith?: number;
}

interface Session {
  socket: WebSocket;
  connection: number;
  sessionId?: string;
  intents: number;
  seq: number;
  identified: boolean;
}

interface SessionMemo {
  seq: number;
  intents: number;
}

export interface GatewayOptions {
  state: FakeState;
  botToken: string;
  heartbeatIntervalMs: number;
  gatewayUrl: () => string;
  warn: (message: string) => void;
}

const OPS_BEFORE_AUTH = new Set<number>([GatewayOps.Heartbeat, GatewayOps.Identify, GatewayOps.Resume]);

export class FakeGateway {
  readonly frames: GatewayFrame[] = [];
  readonly connections: GatewayConnectionInfo[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Set<Session>();
  /** Sessions that may be resumed after a disconnect: id → last sequence + intents. */
  private readonly resumable = new Map<string, SessionMemo>();
  private readonly frameWaiters = new Set<() => void>();

  constructor(private readonly opts: GatewayOptions) {
    this.wss.on('connection', (socket, req) => this.onConnection(socket, req));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** Sends a dispatch to every identified session. Returns how many received it. */
  dispatch(t: string, d: unknown): number {
    let sent = 0;
    for (const session of this.sessions) {
      if (!session.identified) continue;
      this.send(session, { op: GatewayOps.Dispatch, t, s: ++session.seq, d });
      sent += 1;
    }
    return sent;
  }

  /** Forwards a state change to sessions whose intents cover it (as Discord filters by intent). */
  forward(event: StateEvent): void {
    for (const session of this.sessions) {
      if (!session.identified || (session.intents & event.intent) === 0) continue;
      this.send(session, { op: GatewayOps.Dispatch, t: event.t, s: ++session.seq, d: event.d });
    }
  }

  /** Number of identified (ready or resumed) sessions. */
  get readySessions(): number {
    return [...this.sessions].filter((s) => s.identified).length;
  }

  /** Asks clients to reconnect and resume (op 7), as Discord does during rolling restarts. */
  requestReconnect(): void {
    for (const session of this.sessions) this.send(session, { op: GatewayOps.Reconnect, d: null });
  }

  /** Drops every connection with `code` (default 4000, which clients answer by resuming). */
  disconnectAll(code = 4000, reason = 'fake-discord disconnect'): void {
    for (const session of this.sessions) session.socket.close(code, reason);
  }

  onFrame(listener: () => void): () => void {
    this.frameWaiters.add(listener);
    return () => this.frameWaiters.delete(listener);
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  // ------------------------------------------------------------ per connection

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const info: GatewayConnectionInfo = {
      connection: this.connections.length + 1,
      url: `${url.pathname}${url.search}`,
      query: Object.fromEntries(url.searchParams),
      at: Date.now(),
    };
    this.connections.push(info);
    const session: Session = { socket, connection: info.connection, intents: 0, seq: 0, identified: false };
    socket.on('close', (code) => {
      info.closedWith = code;
      this.sessions.delete(session);
      if (session.sessionId) this.resumable.set(session.sessionId, { seq: session.seq, intents: session.intents });
    });
    socket.on('error', (error) => this.opts.warn(`gateway socket error: ${error.message}`));

    const unsupported = this.unsupportedParams(info.query);
    if (unsupported) {
      this.opts.warn(`gateway connection refused: ${unsupported} (${info.url})`);
      socket.close(4012, unsupported.slice(0, 120));
      return;
    }
    this.sessions.add(session);
    socket.on('message', (data, isBinary) => this.onMessage(session, data as Buffer, isBinary));
    this.send(session, { op: GatewayOps.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['["fake-discord",{}]'] } });
  }

  private unsupportedParams(query: Record<string, string>): string | undefined {
    if (query.v !== undefined && query.v !== '10') return `unsupported gateway version v=${query.v}`;
    if ((query.encoding ?? 'json') !== 'json') return `unsupported encoding=${query.encoding} (fake speaks json only)`;
    if (query.compress !== undefined) return `unsupported compress=${query.compress} (fake sends uncompressed frames)`;
    return undefined;
  }

  private onMessage(session: Session, data: Buffer, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown; s?: number | null; t?: string | null };
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(data.toString('utf8')) as typeof payload;
    } catch {
      session.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const op = Number(payload.op);
    this.frames.push({ op, d: payload.d, s: payload.s, t: payload.t, at: Date.now(), connection: session.connection, sessionId: session.sessionId });
    for (const waiter of [...this.frameWaiters]) waiter();

    if (!session.identified && !OPS_BEFORE_AUTH.has(op)) {
      session.socket.close(4003, 'Not authenticated.');
      return;
    }
    switch (op) {
      case GatewayOps.Heartbeat:
        this.send(session, { op: GatewayOps.HeartbeatAck });
        return;
      case GatewayOps.Identify:
        return this.onIdentify(session, (payload.d ?? {}) as Record<string, unknown>);
      case GatewayOps.Resume:
        return this.onResume(session, (payload.d ?? {}) as Record<string, unknown>);
      case GatewayOps.PresenceUpdate:
      case GatewayOps.VoiceStateUpdate:
      case GatewayOps.RequestGuildMembers:
        return; // recorded; nothing to answer for this bot's purposes
      default:
        session.socket.close(4001, 'Unknown opcode.');
    }
  }

  private onIdentify(session: Session, d: Record<string, unknown>): void {
    if (session.identified) {
      session.socket.close(4005, 'Already authenticated.');
      return;
    }
    if (d.token !== this.opts.botToken) {
      session.socket.close(4004, 'Authentication failed.');
      return;
    }
    const { state } = this.opts;
    session.intents = Number(d.intents ?? 0);
    session.sessionId = snowflake().slice(-16) + 'f4ke';
    session.identified = true;
    this.dispatchTo(session, 'READY', {
      v: 10,
      user: state.botUser,
      guilds: [{ id: state.guildId, unavailable: true }],
      session_id: session.sessionId,
      session_type: 'normal',
      resume_gateway_url: this.opts.gatewayUrl(),
      shard: Array.isArray(d.shard) ? d.shard : [0, 1],
      application: { id: state.applicationId, flags: 1 << 23 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["fake-discord",{}]'],
    });
    // GUILD_CREATE needs the Guilds intent; without it Discord never fills in the guild.
    if ((session.intents & 1) !== 0) this.dispatchTo(session, 'GUILD_CREATE', state.guildCreatePayload());
  }

  private onResume(session: Session, d: Record<string, unknown>): void {
    const memo = typeof d.session_id === 'string' ? this.resumable.get(d.session_id) : undefined;
    if (d.token !== this.opts.botToken || !memo) {
      // d:false → not resumable; the client must identify from scratch.
      this.send(session, { op: GatewayOps.InvalidSession, d: false });
      return;
    }
    this.resumable.delete(d.session_id as string);
    session.sessionId = d.session_id as string;
    session.intents = memo.intents;
    session.seq = memo.seq;
    session.identified = true;
    this.dispatchTo(session, 'RESUMED', { _trace: ['["fake-discord",{}]'] });
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    this.send(session, { op: GatewayOps.Dispatch, t, s: ++session.seq, d });
  }

  private send(session: Session, payload: Record<string, unknown>): void {
    if (session.socket.readyState !== session.socket.OPEN) return;
    session.socket.send(JSON.stringify({ s: null, t: null, ...payload }));
  }
}
