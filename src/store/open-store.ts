import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvRedis, { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { Inbox } from '../chat/runtime/inbox.ts';
import { MemoryInbox } from '../chat/runtime/memory-inbox.ts';
import type { Atomic } from './atomic.ts';
import { MemoryAtomic } from './memory-atomic.ts';
import { RedisAtomic } from './redis-atomic.ts';
import { RedisInbox } from './redis-inbox.ts';
import { SQLITE_INBOX, SqlInbox } from './sql-inbox.ts';
import { SqliteAtomic } from './sqlite-atomic.ts';

export interface OpenStore {
  kv: Keyv;
  atomic: Atomic;
  /** The durable queue of inbound events (recorded before the platform is answered). */
  inbox: Inbox;
  /** What the store is, for logs and the start-up banner (no credentials). */
  describe: string;
  close(): Promise<void>;
}

export class StoreUrlError extends Error {
  override name = 'StoreUrlError';
}

const NAMESPACE = 'csc';

/**
 * Values here are plain JSON (no Buffers or Dates), so plain JSON is the serialiser: keyv's default
 * one walks every value looking for binary data and cost more than the rest of a turn.
 */
const JSON_CODEC = {
  serialize: (data: unknown) => JSON.stringify(data),
  deserialize: (text: string) => JSON.parse(text),
} as unknown as Pick<ConstructorParameters<typeof Keyv>[0] & object, 'serialize' | 'deserialize'>;

/** Opens the store named by STORE_URL: memory://, sqlite://<file> or redis://… */
export async function openStore(url: string): Promise<OpenStore> {
  if (url === 'memory://' || url === 'memory') {
    // In memory nothing needs serialising; repositories copy what they read through their zod schemas.
    const kv = new Keyv({ namespace: NAMESPACE, serialize: undefined, deserialize: undefined });
    const atomic = new MemoryAtomic();
    const inbox = new MemoryInbox(atomic);
    return { kv, atomic, inbox, describe: 'memory (lost on exit)', close: () => inbox.close() };
  }
  if (url.startsWith('sqlite://')) {
    const file = resolve(url.slice('sqlite://'.length));
    if (!url.slice('sqlite://'.length))
      throw new StoreUrlError(
        'STORE_URL: sqlite:// needs a file path, e.g. sqlite://./data/csc-drill.sqlite',
      );
    mkdirSync(dirname(file), { recursive: true });
    const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, table: 'csc_drill', busyTimeout: 10_000 });
    const kv = new Keyv({ store: sqlite, namespace: NAMESPACE, ...JSON_CODEC });
    await sqlite.query('PRAGMA journal_mode = WAL');
    const inbox = new SqlInbox(
      (sql, params) => sqlite.query(sql, ...params) as Promise<Record<string, unknown>[]>,
      SQLITE_INBOX,
    );
    return {
      kv,
      atomic: new SqliteAtomic(sqlite.query),
      inbox,
      describe: `sqlite ${file}`,
      close: async () => {
        await inbox.close();
        await sqlite.disconnect();
      },
    };
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    const client = createClient({ url });
    await client.connect();
    const kv = new Keyv({
      store: new KeyvRedis(client),
      namespace: NAMESPACE,
      useKeyPrefix: false,
      ...JSON_CODEC,
    });
    const inbox = new RedisInbox(client);
    return {
      kv,
      atomic: new RedisAtomic(client),
      inbox,
      describe: `redis ${new URL(url).host}`,
      close: async () => {
        await inbox.close();
        await client.quit();
      },
    };
  }
  throw new StoreUrlError(`STORE_URL: expected memory://, sqlite://<file> or redis://<host>, got "${url}"`);
}
