import type { Inbound } from '../contract/inbound.ts';
import type { ConversationKey } from '../contract/key.ts';
import { DEDUPE_TTL_MS, type Inbox, type InboxItem } from './inbox.ts';

/** Claims a key once for a while: the store's set-if-absent. */
export interface Claims {
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
}

/** The in-process queue of the memory store: nothing survives the process, so there is nothing to recover. */
export class MemoryInbox implements Inbox {
  private readonly pending = new Map<ConversationKey, InboxItem[]>();
  private size = 0;

  /** Claims dedupe the ids when given (a store shared with other parts); a local map otherwise. */
  constructor(private readonly claims: Claims = new LocalClaims()) {}

  async record(id: string, key: ConversationKey, event: Inbound): Promise<boolean> {
    if (!(await this.claims.setIfAbsent(`event:${id}`, DEDUPE_TTL_MS))) return false;
    const items = this.pending.get(key) ?? [];
    items.push({ id, key, event, attempts: 0 });
    this.pending.set(key, items);
    this.size++;
    return true;
  }

  async next(key: ConversationKey): Promise<InboxItem | undefined> {
    const item = this.pending.get(key)?.[0];
    if (!item) return undefined;
    item.attempts++;
    return { ...item };
  }

  async complete(id: string, key: ConversationKey): Promise<void> {
    const items = this.pending.get(key) ?? [];
    const at = items.findIndex((i) => i.id === id);
    if (at < 0) return;
    items.splice(at, 1);
    this.size--;
    if (!items.length) this.pending.delete(key);
  }

  recover(): void {}

  async depth(): Promise<number> {
    return this.size;
  }

  async close(): Promise<void> {}
}

class LocalClaims implements Claims {
  private readonly until = new Map<string, number>();

  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if ((this.until.get(key) ?? 0) > now) return false;
    this.until.set(key, now + ttlMs);
    if (this.until.size > 10_000) for (const [k, t] of this.until) if (t <= now) this.until.delete(k);
    return true;
  }
}
