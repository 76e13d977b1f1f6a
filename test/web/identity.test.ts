import { describe, expect, it } from 'vitest';
import { IdentityService } from '../../src/auth/identity.ts';
import { openStore } from '../../src/store/open-store.ts';

describe('identity service', () => {
  const setup = async () => {
    const store = await openStore('memory://');
    let now = Date.parse('2026-12-01T10:00:00Z');
    const identity = new IdentityService({
      store,
      signInTtlMs: 15 * 60_000,
      sessionTtlMs: 12 * 3_600_000,
      clock: () => new Date(now),
    });
    return { store, identity, advance: (ms: number) => (now += ms) };
  };

  it('a sign-in token works once, and only before it expires', async () => {
    const { identity, advance } = await setup();
    const a = await identity.mintSignIn({ id: 'web:ada' });
    const b = await identity.mintSignIn({ id: 'web:bob' }, { view: 'scorecard', drillId: 'd1' });
    expect(await identity.redeem('not-a-token-at-all-xxxxxxxx')).toBeUndefined();
    const first = await identity.redeem(a.token);
    expect(first?.session.person.id).toBe('web:ada');
    expect(await identity.redeem(a.token)).toBeUndefined();
    advance(16 * 60_000);
    expect(await identity.redeem(b.token)).toBeUndefined();
  });

  it('sessions are found by id until they expire, and end on sign-out', async () => {
    const { identity, advance } = await setup();
    const { session } = (await identity.redeem((await identity.mintSignIn({ id: 'web:ada' })).token)) ?? {};
    expect(session?.csrf).toMatch(/^[\w-]{43}$/);
    expect((await identity.session(session?.id))?.person.id).toBe('web:ada');
    expect(await identity.session('someone-elses-guess')).toBeUndefined();
    advance(11 * 3_600_000);
    expect(await identity.session(session?.id)).toBeDefined();
    advance(2 * 3_600_000);
    expect(await identity.session(session?.id)).toBeUndefined();
    const again = await identity.redeem((await identity.mintSignIn({ id: 'web:ada' })).token);
    await identity.endSession(again?.session.id as string);
    expect(await identity.session(again?.session.id)).toBeUndefined();
  });

  it('stores hashes, never the tokens themselves', async () => {
    const { store, identity } = await setup();
    const { token } = await identity.mintSignIn({ id: 'web:ada' });
    const redeemed = await identity.redeem((await identity.mintSignIn({ id: 'web:bob' })).token);
    expect(await store.kv.get(`signin:${token}`)).toBeUndefined();
    expect(await store.kv.get(`session:${redeemed?.session.id}`)).toBeUndefined();
  });
});
