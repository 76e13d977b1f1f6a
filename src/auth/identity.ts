import { z } from 'zod';
import { newToken, tokenHash } from './tokens.ts';

/** Who is signed in: the core's person id (`web:ada`, `webhook:acme:u1`, `wechat:wx1:o6_…`) and a name to show. */
export const Person = z.object({ id: z.string().min(1).max(300), name: z.string().max(128).optional() });
export type Person = z.infer<typeof Person>;

/** Where the page goes after signing in, e.g. one drill's scorecard. */
export const Landing = z.object({ view: z.enum(['scorecard']), drillId: z.string().min(1).max(64) });
export type Landing = z.infer<typeof Landing>;

const SignIn = z.object({ person: Person, landing: Landing.optional(), expiresAt: z.iso.datetime() });
const Session = z.object({ person: Person, csrf: z.string(), expiresAt: z.iso.datetime() });
export type Session = z.infer<typeof Session> & { id: string };

/** The slice of the store this needs: keyv-style values with a TTL, and the store's set-if-absent. */
export interface IdentityStore {
  kv: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown, ttlMs?: number): Promise<unknown>;
    delete(key: string): Promise<unknown>;
  };
  atomic: { setIfAbsent(key: string, ttlMs: number): Promise<boolean> };
}

export interface IdentityOptions {
  store: IdentityStore;
  signInTtlMs: number;
  sessionTtlMs: number;
  clock?: () => Date;
}

/**
 * Sign-in tokens and sessions, kept in the store (so every replica and a restart see them). A
 * sign-in token works once and briefly; it becomes a session with its own CSRF token.
 */
export class IdentityService {
  private readonly clock: () => Date;

  constructor(private readonly o: IdentityOptions) {
    this.clock = o.clock ?? (() => new Date());
  }

  private expiry(ttlMs: number): string {
    return new Date(this.clock().getTime() + ttlMs).toISOString();
  }

  /** A one-time sign-in token for a person; only its hash is stored. */
  async mintSignIn(person: Person, landing?: Landing): Promise<{ token: string; expiresAt: string }> {
    const token = newToken();
    const expiresAt = this.expiry(this.o.signInTtlMs);
    const record = SignIn.parse({ person: Person.parse(person), landing, expiresAt });
    await this.o.store.kv.set(`signin:${tokenHash(token)}`, record, this.o.signInTtlMs);
    return { token, expiresAt };
  }

  /** Trades a sign-in token for a session; undefined when it is unknown, used or expired. */
  async redeem(token: string): Promise<{ session: Session; landing?: Landing } | undefined> {
    const hash = tokenHash(token);
    const parsed = SignIn.safeParse(await this.o.store.kv.get(`signin:${hash}`));
    if (!parsed.success || Date.parse(parsed.data.expiresAt) <= this.clock().getTime()) return undefined;
    // Two tabs opening the same link: only one of them gets the session.
    if (!(await this.o.store.atomic.setIfAbsent(`signin-used:${hash}`, this.o.signInTtlMs))) return undefined;
    await this.o.store.kv.delete(`signin:${hash}`);
    const id = newToken();
    const session = {
      person: parsed.data.person,
      csrf: newToken(),
      expiresAt: this.expiry(this.o.sessionTtlMs),
    };
    await this.o.store.kv.set(`session:${tokenHash(id)}`, session, this.o.sessionTtlMs);
    return { session: { ...session, id }, landing: parsed.data.landing };
  }

  /** The live session with this id (the cookie's value), if any. */
  async session(id: string | undefined): Promise<Session | undefined> {
    if (!id) return undefined;
    const parsed = Session.safeParse(await this.o.store.kv.get(`session:${tokenHash(id)}`));
    if (!parsed.success || Date.parse(parsed.data.expiresAt) <= this.clock().getTime()) return undefined;
    return { ...parsed.data, id };
  }

  async endSession(id: string): Promise<void> {
    await this.o.store.kv.delete(`session:${tokenHash(id)}`);
  }
}
