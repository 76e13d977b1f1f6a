import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdentityService } from '../../src/auth/identity.ts';
import { openStore } from '../../src/store/open-store.ts';
import { runCli } from '../support/cli.ts';

describe('csc-drill invite', () => {
  it('prints a one-time sign-in link for web:<name>, kept in the server’s store', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'invite-')), 'store.sqlite');
    const env = { STORE_URL: `sqlite://${file}`, PUBLIC_URL: 'https://drill.example.com/' };
    const r = runCli(['invite', 'ada.li'], { env });
    expect(r.status).toBe(0);
    const link = r.stdout.trim();
    expect(link).toMatch(/^https:\/\/drill\.example\.com\/#signin=[\w-]{43}$/);
    expect(r.stderr).toMatch(/web:ada\.li; works once, until \d{4}-/);
    const store = await openStore(`sqlite://${file}`);
    try {
      const identity = new IdentityService({ store, signInTtlMs: 60_000, sessionTtlMs: 60_000 });
      const redeemed = await identity.redeem(link.split('#signin=')[1] as string);
      expect(redeemed?.session.person).toEqual({ id: 'web:ada.li', name: 'ada.li' });
    } finally {
      await store.close();
    }
  });

  it('refuses a bad name and a store that forgets, in one line each', () => {
    const bad = runCli(['invite', 'a b'], { env: { STORE_URL: 'memory://' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^invite: <name> expects .* \(got "a b"\)$/);
    const memory = runCli(['invite', 'ada'], { env: { STORE_URL: 'memory://' } });
    expect(memory.status).toBe(2);
    expect(memory.stderr.trim().split('\n')).toHaveLength(1);
    expect(memory.stderr).toMatch(/^STORE_URL: memory:\/\//);
  });
});
