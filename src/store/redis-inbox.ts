import { Queue, Worker } from 'bullmq';
import type { Inbound } from '../chat/contract/inbound.ts';
import type { ConversationKey } from '../chat/contract/key.ts';
import { DEDUPE_TTL_MS, type Inbox, type InboxItem, RECOVERY_GRACE_MS } from '../chat/runtime/inbox.ts';
import { outageAware, quietAdapter } from './bullmq-adapter.ts';

/** The node-redis client calls this needs (the client itself goes to BullMQ, which adapts it). */
export interface RedisEval {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** A node-redis client: the recovery worker runs on a duplicate of it. */
export interface RedisInboxClient extends RedisEval {
  duplicate(options: { disableOfflineQueue: boolean }): WorkerClient;
}

interface WorkerClient {
  readonly isReady: boolean;
  readonly isOpen: boolean;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
  quit(): Promise<unknown>;
  destroy(): void;
}

/** How long a close waits for the worker before cutting its connection (it waits out an outage). */
const WORKER_CLOSE_MS = 2000;

// Dedupe, numbering and queueing in one step: a retried delivery can never be half recorded.
const RECORD = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
local seq = redis.call('INCR', KEYS[4])
redis.call('ZADD', KEYS[2], seq, ARGV[3])
redis.call('SET', KEYS[3], ARGV[2])
redis.call('INCR', KEYS[5])
return seq`;

const NEXT = `
local first = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
if not first then return false end
local item = ARGV[1] .. first
local payload = redis.call('GET', item)
local attempts = redis.call('INCR', item .. ':attempts')
return {first, payload or '', attempts}`;

const COMPLETE = `
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then redis.call('DECR', KEYS[3]) end
redis.call('DEL', KEYS[2], KEYS[2] .. ':attempts')
return 1`;

export interface RedisInboxOptions {
  prefix?: string;
  graceMs?: number;
  /** How many conversations one process takes over at a time. */
  concurrency?: number;
  onError?: (err: unknown) => void;
}

const QUEUE = 'csc-inbox-recovery';

/**
 * BullMQ's adapter of a node-redis client re-emits the client's errors, and once the queue or worker
 * is closed nobody listens: an outage during shutdown would crash the process. The client's own
 * listener already tells of an outage.
 */
/**
 * The inbox on Redis. Each conversation's unhandled events sit in a sorted set by sequence number
 * (a Lua script records, numbers and deduplicates in one step). BullMQ carries the hand-over: every
 * recorded event also schedules a delayed job for its conversation, added before the event is
 * recorded, so whichever replica is alive when it falls due drains whatever its recorder left.
 * BullMQ's stalled-job check re-runs a job whose replica died while draining.
 */
export class RedisInbox implements Inbox {
  private readonly queue: Queue;
  private worker: Worker | undefined;
  private closing: Promise<void> | undefined;
  private readonly prefix: string;
  private readonly connection: ReturnType<typeof quietAdapter>;
  private workerClient: WorkerClient | undefined;
  private drain: ((key: ConversationKey) => Promise<void>) | undefined;
  private restarting: Promise<void> | undefined;

  constructor(
    private readonly client: RedisInboxClient,
    private readonly o: RedisInboxOptions = {},
  ) {
    this.prefix = o.prefix ?? 'csc:';
    this.connection = quietAdapter(client);
    this.queue = new Queue(QUEUE, { connection: this.connection, prefix: `${this.prefix}bull` });
    // Without a listener BullMQ prints each connection error of an outage on stderr.
    this.queue.on('error', (err) => this.o.onError?.(err));
  }

  private conv = (key: ConversationKey) => `${this.prefix}inbox:conv:${key}`;
  private item = (id: string) => `${this.prefix}inbox:item:${id}`;
  private readonly count = () => `${this.prefix}inbox:pending`;

  async record(id: string, key: ConversationKey, event: Inbound, abandoned?: AbortSignal): Promise<boolean> {
    // The job first: recorded without a job could strand; a job without the event just finds nothing.
    await this.queue.add(
      'drain',
      { key },
      {
        jobId: Buffer.from(id).toString('base64url'),
        delay: this.o.graceMs ?? RECOVERY_GRACE_MS,
        attempts: 20,
        backoff: { type: 'fixed', delay: this.o.graceMs ?? RECOVERY_GRACE_MS },
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
    // Given up on (a hung server answered late): the event stays unrecorded, as its caller was told.
    abandoned?.throwIfAborted();
    const seq = await this.client.eval(RECORD, {
      keys: [
        `${this.prefix}inbox:seen:${id}`,
        this.conv(key),
        this.item(id),
        `${this.prefix}inbox:seq`,
        this.count(),
      ],
      arguments: [String(DEDUPE_TTL_MS), JSON.stringify(event), id],
    });
    return Number(seq) > 0;
  }

  async next(key: ConversationKey): Promise<InboxItem | undefined> {
    const r = (await this.client.eval(NEXT, {
      keys: [this.conv(key)],
      arguments: [`${this.prefix}inbox:item:`],
    })) as [string, string, number] | null;
    if (!r) return undefined;
    const [id, payload, attempts] = r;
    if (!payload) {
      // The event's body is gone (evicted): nothing to handle, and it must not block the conversation.
      await this.complete(id, key);
      return this.next(key);
    }
    return { id, key, event: JSON.parse(payload) as Inbound, attempts: Number(attempts) };
  }

  async complete(id: string, key: ConversationKey): Promise<void> {
    await this.client.eval(COMPLETE, {
      keys: [this.conv(key), this.item(id), this.count()],
      arguments: [id],
    });
  }

  recover(drain: (key: ConversationKey) => Promise<void>): void {
    if (this.closing || this.worker) return;
    this.drain = drain;
    this.startWorker(drain);
  }

  private startWorker(drain: (key: ConversationKey) => Promise<void>): void {
    // The worker gets a connection of its own that queues commands while Redis is down. On the
    // fail-fast one BullMQ takes "the client is offline" for an ordinary error and fetches again at
    // once, without yielding: the process spins and never gets to reconnect.
    const workerClient = this.client.duplicate({ disableOfflineQueue: false });
    // The store's own connection reports the outage; this one would only repeat it.
    workerClient.on('error', () => {});
    // BullMQ's fetch loop does not always pick up again after an outage (an event recorded once Redis
    // was back then waited for good): a worker whose connection came back is replaced by a fresh one.
    let connected = false;
    workerClient.on('ready', () => {
      if (connected) this.restartWorker(workerClient);
      connected = true;
    });
    this.workerClient = workerClient;
    this.worker = new Worker(
      QUEUE,
      async (job) => {
        const key = String((job.data as { key: string }).key);
        await drain(key);
        // Still unhandled (another replica holds the conversation, or the drain failed): try again later.
        if (await this.pendingIn(key)) throw new Error(`conversation ${key} still has unhandled events`);
      },
      {
        connection: outageAware(quietAdapter(workerClient), workerClient),
        prefix: `${this.prefix}bull`,
        concurrency: this.o.concurrency ?? 16,
        lockDuration: 10_000,
        stalledInterval: 5_000,
        // After a dropped connection BullMQ waits this long before fetching again (15 s by default):
        // events recorded once Redis is back would sit that long.
        runRetryDelay: 500,
      },
    );
    this.worker.on('error', (err) => this.o.onError?.(err));
  }

  private restartWorker(from: WorkerClient): void {
    if (this.closing || this.restarting || this.workerClient !== from) return;
    this.restarting = (async () => {
      await this.closeWorker();
      this.worker = undefined;
      this.workerClient = undefined;
      if (!this.closing && this.drain) this.startWorker(this.drain);
    })()
      .catch((err: Error) => this.o.onError?.(err))
      .finally(() => {
        this.restarting = undefined;
      });
  }

  private async pendingIn(key: ConversationKey): Promise<boolean> {
    const r = (await this.client.eval("return redis.call('ZCARD', KEYS[1])", {
      keys: [this.conv(key)],
      arguments: [],
    })) as number;
    return Number(r) > 0;
  }

  async depth(): Promise<number> {
    const r = await this.client.eval("return tonumber(redis.call('GET', KEYS[1]) or '0')", {
      keys: [this.count()],
      arguments: [],
    });
    return Math.max(0, Number(r));
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.restarting;
      await this.closeWorker();
      await this.queue.close();
    })();
    return this.closing;
  }

  private async closeWorker(): Promise<void> {
    const { worker, workerClient } = this;
    if (!worker || !workerClient) return;
    const closed = worker.close();
    // Its commands wait for Redis to come back; cut them off rather than wait out an outage.
    const cut = setTimeout(() => workerClient.destroy(), workerClient.isReady ? WORKER_CLOSE_MS : 0);
    try {
      await closed;
    } finally {
      clearTimeout(cut);
      if (workerClient.isOpen) await workerClient.quit().catch(() => workerClient.destroy());
    }
  }
}
