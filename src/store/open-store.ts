import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvRedis, { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { Inbox } from '../chat/runtime/inbox.ts';
import { MemoryInbox } from '../chat/runtime/memory-inbox.ts';
import type { Atomic } from './atomic.ts';
import { JSON_CODEC } from './json-codec.ts';
import { MemoryAtomic } from './memory-atomic.ts';
import { openPostgres, postgresName } from './postgres-store.ts';
import { RedisAtomic } from './redis-atomic.ts';
import { RedisInbox } from './redis-inbox.ts';
import { SQLITE_INBOX, SqlInbox } from './sql-inbox.ts';
import { SqliteAtomic } from './sqlite-atomic.ts';
import { checkSqliteFile, checkSqliteIntegrity, StoreCheckError } from './sqlite-check.ts';
import { StoreEpoch } from './store-epoch.ts';
import { leaseLost, recoveryFault } from './store-faults.ts';
import { guardAtomic, guarded, guardInbox, guardKv, type StoreFaults } from './store-guard.ts';

export interface OpenStore {
  kv: Keyv;
  atomic: Atomic;
  /** The durable queue of inbound events (recorded before the platform is answered). */
  inbox: Inbox;
  /** What the store is, for logs and the start-up banner (no credentials). */
  describe: string;
  close(): Promise<void>;
  /** Resolves when the store answers a trivial request within the timeout; rejects with why not. */
  ping(): Promise<void>;
  /** The marker that tells a store that came back empty. */
  epoch: StoreEpoch;
  /** Every timed-out or failed store call, for logs and metrics. */
  faults: StoreFaults;
  /** Whether the store was new at start-up (no marker yet). */
  fresh: boolean;
  /** Keys starting with a prefix (say `active:`), without the namespace: a scan, for the idle sweeper. */
  listKeys(prefix: string): Promise<string[]>;
}

export interface StoreOptions {
  /** How long one store call may take before it fails (STORE_TIMEOUT_MS). */
  timeoutMs?: number;
}

export class StoreUrlError extends Error {
  override name = 'StoreUrlError';
}

export { StoreCheckError } from './sqlite-check.ts';
export { StoreUnavailableError } from './store-guard.ts';

export const DEFAULT_STORE_TIMEOUT_MS = 5000;
const NAMESPACE = 'csc';

interface RawStore {
  kv: Keyv;
  atomic: Atomic;
  inbox: Inbox;
  describe: string;
  close(): Promise<void>;
  ping(): Promise<unknown>;
  listKeys(prefix: string): Promise<string[]>;
}

async function openSqlite(url: string, faults: StoreFaults): Promise<RawStore> {
  const path = url.slice('sqlite://'.length);
  if (!path)
    throw new StoreUrlError('STORE_URL: sqlite:// needs a file path, e.g. sqlite://./data/csc-drill.sqlite');
  const file = resolve(path);
  mkdirSync(dirname(file), { recursive: true });
  checkSqliteFile(file);
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, table: 'csc_drill', busyTimeout: 10_000 });
  const inbox = new SqlInbox(
    (sql, params) => sqlite.query(sql, ...params) as Promise<Record<string, unknown>[]>,
    SQLITE_INBOX,
    { onError: recoveryFault(faults, () => `sqlite ${file}`) },
  );
  const close = async () => {
    await inbox.close();
    await sqlite.disconnect();
  };
  try {
    await checkSqliteIntegrity(file, sqlite.query);
    await sqlite.query('PRAGMA journal_mode = WAL');
  } catch (e) {
    await close().catch(() => {});
    if (e instanceof StoreCheckError) throw e;
    throw new StoreCheckError(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  return {
    kv: new Keyv({ store: sqlite, namespace: NAMESPACE, throwOnErrors: true, ...JSON_CODEC }),
    atomic: new SqliteAtomic(
      sqlite.query,
      leaseLost(faults, () => `sqlite ${file}`),
    ),
    inbox,
    describe: `sqlite ${file}`,
    close,
    ping: () => sqlite.query('SELECT 1'),
    listKeys: async (prefix) =>
      (
        (await sqlite.query('SELECT key FROM csc_drill WHERE key LIKE ?', `${NAMESPACE}:${prefix}%`)) as {
          key: string;
        }[]
      ).map((r) => r.key.slice(NAMESPACE.length + 1)),
  };
}

class StoreTimeoutError extends Error {
  override name = 'TimeoutError';
}

/** The command's answer, or a TimeoutError once the store has been silent for timeoutMs. */
function answerWithin<T>(work: Promise<T>, timeoutMs: number, command: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreTimeoutError(`${command} got no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

async function openRedis(url: string, timeoutMs: number, faults: StoreFaults): Promise<RawStore> {
  const client = createClient({
    url,
    // Commands fail at once while the connection is down instead of queueing for the whole outage.
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  let lastError: Error | undefined;
  let up = false;
  client.on('error', (e: Error) => {
    lastError = e;
    if (up) faults.emit('connection', 'down', e.message);
    up = false;
  });
  client.on('ready', () => {
    if (!up && lastError) faults.emit('connection', 'up');
    up = true;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new StoreCheckError(
                `no answer within ${timeoutMs} ms${lastError ? ` (${lastError.message})` : ''}`,
              ),
            ),
          timeoutMs,
        );
      }),
    ]);
    await client.ping();
  } catch (e) {
    client.destroy();
    throw e instanceof StoreCheckError
      ? e
      : new StoreCheckError((e as Error).message.split('\n')[0] ?? String(e));
  } finally {
    clearTimeout(timer);
  }
  const describe = `redis ${new URL(url).host}`;
  const told = recoveryFault(faults, () => describe);
  // While the connection is down BullMQ fails at every reconnect; the drop itself is told once above.
  const inbox = new RedisInbox(client, {
    onError: (e) => {
      if (up) told(e);
    },
  });
  return {
    kv: new Keyv({
      store: new KeyvRedis(client, { throwOnErrors: true }),
      namespace: NAMESPACE,
      useKeyPrefix: false,
      throwOnErrors: true,
      ...JSON_CODEC,
    }),
    // A hung server (connection open, no answers) must not hold a lock attempt forever.
    atomic: new RedisAtomic(
      {
        set: (key, value, options) => answerWithin(client.set(key, value, options), timeoutMs, 'SET'),
        eval: (script, options) => answerWithin(client.eval(script, options), timeoutMs, 'EVAL'),
      },
      undefined,
      leaseLost(faults, () => describe),
    ),
    inbox,
    describe,
    close: async () => {
      await inbox.close();
      if (client.isOpen) await client.quit().catch(() => client.destroy());
      else client.destroy();
    },
    ping: () => client.ping(),
    listKeys: async (prefix) => {
      const keys: string[] = [];
      // keyv-redis writes `namespace::key`
      for await (const batch of client.scanIterator({ MATCH: `${NAMESPACE}::${prefix}*`, COUNT: 500 }))
        for (const k of batch) keys.push(k.slice(NAMESPACE.length + 2));
      return keys;
    },
  };
}

async function openRaw(url: string, timeoutMs: number, faults: StoreFaults): Promise<RawStore> {
  if (url === 'memory://' || url === 'memory') {
    // In memory nothing needs serialising; repositories copy what they read through their zod schemas.
    const kv = new Keyv({ namespace: NAMESPACE, serialize: undefined, deserialize: undefined });
    const atomic = new MemoryAtomic();
    const inbox = new MemoryInbox(atomic);
    return {
      kv,
      atomic,
      inbox,
      describe: 'memory (lost on exit)',
      close: () => inbox.close(),
      ping: async () => {},
      listKeys: async (prefix) =>
        [...(kv.store as Map<string, unknown>).keys()]
          .filter((k) => k.startsWith(`${NAMESPACE}:${prefix}`))
          .map((k) => k.slice(NAMESPACE.length + 1)),
    };
  }
  if (url.startsWith('sqlite://')) return openSqlite(url, faults);
  if (url.startsWith('redis://') || url.startsWith('rediss://')) return openRedis(url, timeoutMs, faults);
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return openPostgres(
      url,
      timeoutMs,
      NAMESPACE,
      recoveryFault(faults, () => postgresName(url)),
      leaseLost(faults, () => postgresName(url)),
    );
  throw new StoreUrlError(
    `STORE_URL: expected memory://, sqlite://<file>, redis://<host> or postgres://<host>/<db>, got "${url}"`,
  );
}

/** Opens the store named by STORE_URL, checks it answers and is whole, and puts every call under a deadline. */
export async function openStore(url: string, options: StoreOptions = {}): Promise<OpenStore> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const faults: StoreFaults = new EventEmitter();
  const raw = await openRaw(url, timeoutMs, faults);
  const kv = guardKv(raw.kv, timeoutMs, raw.describe, faults);
  const epoch = new StoreEpoch(kv);
  let fresh: boolean;
  try {
    fresh = (await epoch.open()).fresh;
  } catch (e) {
    await raw.close().catch(() => {});
    throw e;
  }
  return {
    kv,
    atomic: guardAtomic(raw.atomic, timeoutMs, raw.describe, faults),
    inbox: guardInbox(raw.inbox, timeoutMs, raw.describe, faults),
    describe: raw.describe,
    close: raw.close,
    ping: () => guarded('ping', raw.ping, timeoutMs, raw.describe, faults).then(() => {}),
    epoch,
    faults,
    fresh,
    listKeys: (prefix) => guarded('scan', () => raw.listKeys(prefix), timeoutMs, raw.describe, faults),
  };
}
