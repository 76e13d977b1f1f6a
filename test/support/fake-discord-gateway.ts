// The gateway half of the fake Discord: a WebSocket server speaking the real protocol (v10, JSON,
// no compression) — HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats and their ACKs, dispatches
// with sequence numbers, RESUME with replay of what the bot missed, RESUMED.
import { EventEmitter, once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

export const OP = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  reconnect: 7,
  invalidSession: 9,
  hello: 10,
  heartbeatAck: 11,
} as const;

const MESSAGE_CONTENT = 1 << 15;

interface Session {
  id: string;
  seq: number;
  log: { s: number; t: string; d: unknown }[];
  socket?: WebSocket;
}

export interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface GatewayOptions {
  token: string;
  /** READY's `d` for a new session (the resume URL is filled in). */
  ready: () => Record<string, unknown>;
  /** GUILD_CREATE payloads sent right after READY (the bot's guilds with their channels and active threads). */
  guilds: () => Record<string, unknown>[];
}

/** Everything the bot sent, by opcode; `frames` also lists what the fake sent. */
export class FakeGateway extends EventEmitter {
  readonly received: GatewayFrame[] = [];
  readonly identifies: GatewayFrame[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private current?: Session;
  private sessionSeq = 0;
  url = '';
  /** Whether the application has the Message Content intent switched on in the developer portal. */
  messageContentAllowed = true;

  constructor(private readonly o: GatewayOptions) {
    super();
    this.wss.on('connection', (socket: WebSocket, req: IncomingMessage) => this.connected(socket, req));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  private send(socket: WebSocket | undefined, frame: GatewayFrame): void {
    if (socket && socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  }

  private connected(socket: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    if (query.get('v') !== '10' || query.get('encoding') !== 'json') {
      socket.close(4012, 'Invalid API version');
      return;
    }
    socket.on('message', (raw) => this.onFrame(socket, JSON.parse(String(raw)) as GatewayFrame));
    this.send(socket, { op: OP.hello, d: { heartbeat_interval: 41_250, _trace: ['fake-gateway'] } });
  }

  private onFrame(socket: WebSocket, frame: GatewayFrame): void {
    this.received.push(frame);
    const d = frame.d as Record<string, unknown>;
    if (frame.op === OP.heartbeat) this.send(socket, { op: OP.heartbeatAck });
    else if (frame.op === OP.identify) this.identify(socket, frame, d);
    else if (frame.op === OP.resume) this.resume(socket, d);
    this.emit(`op:${frame.op}`, frame);
  }

  private identify(socket: WebSocket, frame: GatewayFrame, d: Record<string, unknown>): void {
    if (d.token !== this.o.token) {
      socket.close(4004, 'Authentication failed');
      return;
    }
    if (!this.messageContentAllowed && (Number(d.intents) & MESSAGE_CONTENT) !== 0) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.identifies.push(frame);
    const session: Session = { id: `session-${++this.sessionSeq}`, seq: 0, log: [], socket };
    this.sessions.set(session.id, session);
    this.current = session;
    this.dispatchTo(session, 'READY', {
      ...this.o.ready(),
      session_id: session.id,
      resume_gateway_url: this.url,
      shard: [0, 1],
    });
    for (const guild of this.o.guilds()) this.dispatchTo(session, 'GUILD_CREATE', guild);
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = this.sessions.get(String(d.session_id));
    if (!session || d.token !== this.o.token) {
      this.send(socket, { op: OP.invalidSession, d: false });
      return;
    }
    session.socket = socket;
    this.current = session;
    for (const e of session.log.filter((e) => e.s > Number(d.seq)))
      this.send(socket, { op: OP.dispatch, s: e.s, t: e.t, d: e.d });
    this.dispatchTo(session, 'RESUMED', { _trace: ['fake-gateway'] });
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    session.log.push({ s, t, d });
    this.send(session.socket, { op: OP.dispatch, s, t, d });
  }

  /** A dispatch to the bot's current session; while it is disconnected the event waits for its RESUME. */
  dispatch(t: string, d: unknown): void {
    if (!this.current) throw new Error('no gateway session: the bot has not identified');
    this.dispatchTo(this.current, t, d);
  }

  /** Resolves with the next frame of this opcode the bot sends. */
  async next(op: number): Promise<GatewayFrame> {
    const [frame] = await once(this, `op:${op}`);
    return frame as GatewayFrame;
  }

  /** Asks the bot for a heartbeat now (op 1), as Discord may; resolves with the heartbeat it answers with. */
  requestHeartbeat(): Promise<GatewayFrame> {
    const answered = this.next(OP.heartbeat);
    this.send(this.current?.socket, { op: OP.heartbeat, d: null });
    return answered;
  }

  /** Drops the bot's connection the way a gateway node failing does (close code 4000: the session can resume). */
  drop(): void {
    const socket = this.current?.socket;
    if (this.current) this.current.socket = undefined;
    socket?.close(4000, 'Unknown error');
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }
}
