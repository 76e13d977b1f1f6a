import { EventEmitter } from 'node:events';
import Keyv, { type KeyvStoreAdapter, type StoredData } from 'keyv';
import pg from 'pg';
import { JSON_CODEC } from './json-codec.ts';
import { CLAIMS_DDL, PostgresAtomic } from './postgres-atomic.ts';
import { POSTGRES_INBOX, SqlInbox } from './sql-inbox.ts';
import { StoreCheckError } from './sqlite-check.ts';

const TABLE = 'csc_drill';

/** keyv's storage contract over one table of a Postgres database the team already runs. */
class PostgresKv extends EventEmitter implements KeyvStoreAdapter {
  opts = { table: TABLE, dialect: 'postgres' };
  namespace?: string;

  constructor(
    private readonly query: (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>,
  ) {
    super();
  }

  async get<Value>(key: string): Promise<StoredData<Value>> {
    const rows = await this.query(`SELECT value FROM ${TABLE} WHERE key = $1`, [key]);
    return rows[0]?.value as StoredData<Value>;
  }

  async getMany<Value>(keys: string[]): Promise<StoredData<Value | undefined>[]> {
    const rows = await this.query(`SELECT key, value FROM ${TABLE} WHERE key = ANY($1)`, [keys]);
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k) as StoredData<Value | undefined>);
  }

  async set(key: string, value: unknown) {
    await this.query(
      `INSERT INTO ${TABLE} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [key, value],
    );
    return true;
  }

  async delete(key: string) {
    return (await this.query(`DELETE FROM ${TABLE} WHERE key = $1 RETURNING key`, [key])).length > 0;
  }

  async deleteMany(keys: string[]) {
    return (await this.query(`DELETE FROM ${TABLE} WHERE key = ANY($1) RETURNING key`, [keys])).length > 0;
  }

  async has(key: string) {
    return (await this.query(`SELECT 1 FROM ${TABLE} WHERE key = $1`, [key])).length > 0;
  }

  async clear() {
    await this.query(`DELETE FROM ${TABLE} WHERE key LIKE $1`, [
      `${this.namespace ? `${this.namespace}:` : ''}%`,
    ]);
  }

  async disconnect() {}
}

/**
 * Creates the tables in one transaction under an advisory lock: replicas starting together on an
 * empty database would otherwise race in CREATE TABLE IF NOT EXISTS, and the loser fails on the
 * catalogue's unique index instead of finding the table.
 */
async function createSchema(pool: pg.Pool, statements: readonly string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('csc-drill schema'))");
    for (const sql of statements) await client.query(sql);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** What the store is, for logs: host and database, no credentials. */
export const postgresName = (url: string) => `postgres ${new URL(url).host}${new URL(url).pathname}`;

/** Opens postgres://…: checks it answers, creates the tables, and shares one pool between keyv and the claims. */
export async function openPostgres(
  url: string,
  timeoutMs: number,
  namespace: string,
  onRecoveryError?: (err: unknown) => void,
  onLeaseLost?: (key: string) => void,
) {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    max: 10,
  });
  pool.on('error', () => {}); // an idle client dropped by the server; the next query reconnects
  const query = async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows;
  try {
    await createSchema(pool, [
      `CREATE TABLE IF NOT EXISTS ${TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      CLAIMS_DDL,
      ...POSTGRES_INBOX.ddl,
    ]);
  } catch (e) {
    await pool.end().catch(() => {});
    throw new StoreCheckError((e as Error).message.split('\n')[0] ?? String(e));
  }
  const inbox = new SqlInbox((sql, params) => query(sql, [...params]), POSTGRES_INBOX, {
    onError: onRecoveryError,
  });
  return {
    kv: new Keyv({ store: new PostgresKv(query), namespace, throwOnErrors: true, ...JSON_CODEC }),
    atomic: new PostgresAtomic(query, onLeaseLost),
    inbox,
    describe: postgresName(url),
    close: async () => {
      await inbox.close();
      await pool.end();
    },
    ping: () => query('SELECT 1'),
    listKeys: async (prefix: string) =>
      (await query(`SELECT key FROM ${TABLE} WHERE key LIKE $1`, [`${namespace}:${prefix}%`])).map((r) =>
        String(r.key).slice(namespace.length + 1),
      ),
  };
}
