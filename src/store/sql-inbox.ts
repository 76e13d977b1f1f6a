import type { Inbound } from '../chat/contract/inbound.ts';
import type { ConversationKey } from '../chat/contract/key.ts';
import { DEDUPE_TTL_MS, type Inbox, type InboxItem, RECOVERY_GRACE_MS } from '../chat/runtime/inbox.ts';
import { GroupCommit } from './group-commit.ts';

/** One statement with `?` placeholders and its parameters; resolves to the rows it returned. */
export type SqlQuery = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * What differs between SQL engines: the table's DDL (an auto-numbered `seq`) and placeholders.
 * Everything else is plain SQL that SQLite (3.35+) and PostgreSQL both run, RETURNING included.
 */
export interface SqlDialect {
  ddl: readonly string[];
  /** Rewrites `?` placeholders into the driver's own (`$1, $2` on PostgreSQL). */
  placeholders?: (sql: string) => string;
}

export const SQLITE_INBOX: SqlDialect = {
  ddl: [
    `CREATE TABLE IF NOT EXISTS csc_inbox (
       seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, conv TEXT NOT NULL,
       payload TEXT NOT NULL, recorded INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0,
       attempts INTEGER NOT NULL DEFAULT 0)`,
    'CREATE INDEX IF NOT EXISTS csc_inbox_conv ON csc_inbox (conv, done, seq)',
    'CREATE INDEX IF NOT EXISTS csc_inbox_open ON csc_inbox (done, recorded)',
  ],
};

export const POSTGRES_INBOX: SqlDialect = {
  ddl: [
    `CREATE TABLE IF NOT EXISTS csc_inbox (
       seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, conv TEXT NOT NULL,
       payload TEXT NOT NULL, recorded BIGINT NOT NULL, done INTEGER NOT NULL DEFAULT 0,
       attempts INTEGER NOT NULL DEFAULT 0)`,
    'CREATE INDEX IF NOT EXISTS csc_inbox_conv ON csc_inbox (conv, done, seq)',
    'CREATE INDEX IF NOT EXISTS csc_inbox_open ON csc_inbox (done, recorded)',
  ],
  placeholders: (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  },
};

export interface SqlInboxOptions {
  graceMs?: number;
  pollMs?: number;
  clock?: () => number;
  /** A recovery poll that failed (the store is unreachable): told once per run of failures, tried again next time. */
  onError?: (err: unknown) => void;
}

const PRUNE_EVERY = 500;

interface InboxRow {
  id: string;
  key: ConversationKey;
  payload: string;
  recorded: number;
}

/**
 * The inbox as one table: INSERT … ON CONFLICT DO NOTHING RETURNING both records and deduplicates
 * in one statement, `seq` orders each conversation, `done` marks handled events (kept for the
 * dedupe window, then pruned). A poll hands conversations a dead process left over to this one.
 */
export class SqlInbox implements Inbox {
  private ready: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private pollFailing = false;
  private recorded = 0;
  private readonly clock: () => number;
  /** Deliveries recorded together share one commit (one wait for the disk). */
  private readonly inserts = new GroupCommit<InboxRow, boolean>((rows) => this.insert(rows));

  constructor(
    private readonly run: SqlQuery,
    private readonly dialect: SqlDialect,
    private readonly o: SqlInboxOptions = {},
  ) {
    this.clock = o.clock ?? Date.now;
  }

  private async q(sql: string, ...params: unknown[]): Promise<Record<string, unknown>[]> {
    await this.init();
    return this.run(this.dialect.placeholders?.(sql) ?? sql, params);
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      for (const ddl of this.dialect.ddl) await this.run(ddl, []);
    })();
    return this.ready;
  }

  async record(id: string, key: ConversationKey, event: Inbound, abandoned?: AbortSignal): Promise<boolean> {
    const now = this.clock();
    if (++this.recorded % PRUNE_EVERY === 0)
      await this.q('DELETE FROM csc_inbox WHERE done = 1 AND recorded < ?', now - DEDUPE_TTL_MS);
    abandoned?.throwIfAborted();
    return this.inserts.add({ id, key, payload: JSON.stringify(event), recorded: now });
  }

  /** One statement for the rows; each is fresh unless its id was recorded before (or earlier in the rows). */
  private async insert(rows: readonly InboxRow[]): Promise<boolean[]> {
    const inserted = await this.q(
      `INSERT INTO csc_inbox (id, conv, payload, recorded) VALUES ${rows.map(() => '(?, ?, ?, ?)').join(', ')}
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      ...rows.flatMap((r) => [r.id, r.key, r.payload, r.recorded]),
    );
    const fresh = new Set(inserted.map((r) => String(r.id)));
    const seen = new Set<string>();
    return rows.map((r) => {
      const first = !seen.has(r.id);
      seen.add(r.id);
      return first && fresh.has(r.id);
    });
  }

  async next(key: ConversationKey): Promise<InboxItem | undefined> {
    const [row] = await this.q(
      `UPDATE csc_inbox SET attempts = attempts + 1
       WHERE seq = (SELECT MIN(seq) FROM csc_inbox WHERE conv = ? AND done = 0)
       RETURNING id, payload, attempts`,
      key,
    );
    if (!row) return undefined;
    return {
      id: String(row.id),
      key,
      event: JSON.parse(String(row.payload)) as Inbound,
      attempts: Number(row.attempts),
    };
  }

  async complete(id: string): Promise<void> {
    await this.q('UPDATE csc_inbox SET done = 1 WHERE id = ?', id);
  }

  recover(drain: (key: ConversationKey) => Promise<void>): void {
    const grace = this.o.graceMs ?? RECOVERY_GRACE_MS;
    const poll = async () => {
      if (this.polling) return;
      this.polling = true;
      try {
        const rows = await this.q(
          'SELECT DISTINCT conv FROM csc_inbox WHERE done = 0 AND recorded <= ?',
          this.clock() - grace,
        );
        this.pollFailing = false;
        // Not awaited: one long turn must not hold up the other conversations' take-over.
        for (const r of rows) void drain(String(r.conv));
      } catch (err) {
        if (!this.pollFailing) this.o.onError?.(err);
        this.pollFailing = true;
      } finally {
        this.polling = false;
      }
    };
    this.timer = setInterval(() => void poll(), this.o.pollMs ?? 500);
    this.timer.unref();
  }

  async depth(): Promise<number> {
    const [row] = await this.q('SELECT COUNT(*) AS n FROM csc_inbox WHERE done = 0');
    return Number(row?.n ?? 0);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
  }
}
