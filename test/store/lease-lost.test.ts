import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import type { StoreFault } from '../../src/store/store-guard.ts';
import { sqliteUrl } from './backends.ts';

describe('a lease lost while its work runs', () => {
  it('is told as a store fault naming the lock, so the log and csc_drill_store_errors_total show it', async () => {
    const url = sqliteUrl('lost');
    const store = await openStore(url);
    const faults: StoreFault[] = [];
    const told = new Promise<void>((resolve) =>
      store.faults.on('fault', (f) => {
        faults.push(f);
        if (f.op === 'lease') resolve();
      }),
    );
    const outside = new KeyvSqlite({ uri: url });
    await store.atomic.withLock('drill:d-1', async () => {
      // Another process took the lock after this one stalled past the lease: its token is not ours.
      await outside.query("UPDATE csc_claims SET token = 'someone-else' WHERE key = 'lock:drill:d-1'");
      await told;
    });
    await outside.disconnect();
    await store.close();
    const lost = faults.find((f) => f.op === 'lease');
    expect(lost?.kind).toBe('error');
    expect(lost?.error.message).toMatch(/lost the lease on lock:drill:d-1/);
  });
});
