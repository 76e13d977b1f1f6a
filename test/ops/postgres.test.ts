import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type OpenStore, openStore } from '../../src/store/open-store.ts';
import { GREETING, opsApp } from './harness.ts';

const URL = process.env.TEST_POSTGRES_URL ?? 'postgres://csc_drill:csc_drill@127.0.0.1:5432/csc_drill_test';
const shown = URL.replace(/\/\/[^@/]*@/, '//…@');

let why = '';
const reachable = await openStore(URL, { timeoutMs: 3000 }).then(
  async (s) => {
    await s.close();
    return true;
  },
  (e: Error) => {
    why = e.message;
    return false;
  },
);
if (!reachable) {
  const message = `Postgres store suite skipped: no PostgreSQL answering at ${shown} (${why}). Set TEST_POSTGRES_URL, or: apt-get install postgresql; pg_ctlcluster 15 main start; create role csc_drill (password csc_drill) and database csc_drill_test — scripts/ci-postgres.sh does this`;
  if (process.env.CI) throw new Error(message.replace('skipped', 'cannot run in CI'));
  console.warn(message);
}

describe.runIf(reachable)('Postgres store (real PostgreSQL)', () => {
  const opened: OpenStore[] = [];
  const open = async () => {
    const s = await openStore(URL);
    opened.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it('two replicas starting together on an empty database both come up, and claims work at once', async () => {
    // A schema of its own, so the other suites sharing this database keep their tables.
    const schema = `fresh_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = `${URL}${URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const both = await Promise.all([openStore(url), openStore(url)]);
      opened.push(...both);
      const claims = await Promise.all(both.map((s) => s.atomic.setIfAbsent('first-event', 60_000)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      const tables = await admin.query('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1', [
        schema,
      ]);
      expect(tables.rows.map((r) => r.tablename)).toEqual(['csc_claims', 'csc_drill', 'csc_inbox']);
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
      await admin.end();
    }
  });

  it('keeps values as JSON and lists keys by prefix', async () => {
    const s = await open();
    const id = `pg-${Date.now()}`;
    await s.kv.set(`active:${id}`, { a: [1, 'x'], b: null, zh: '验证码' });
    expect(await s.kv.get(`active:${id}`)).toEqual({ a: [1, 'x'], b: null, zh: '验证码' });
    expect(await s.kv.getMany([`active:${id}`, 'missing'])).toEqual([
      { a: [1, 'x'], b: null, zh: '验证码' },
      undefined,
    ]);
    expect(await s.listKeys('active:pg-')).toContain(`active:${id}`);
    expect(await s.kv.delete(`active:${id}`)).toBe(true);
    expect(await s.kv.get(`active:${id}`)).toBeUndefined();
  });

  it('two replicas claim an event once and run one drill at a time, in order', async () => {
    const [one, two] = [await open(), await open()];
    const key = `event-${Math.random()}`;
    const claims = await Promise.all([one, two, one, two].map((s) => s.atomic.setIfAbsent(key, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);

    const order: string[] = [];
    let inside = 0;
    const turn = (s: OpenStore, name: string) =>
      s.atomic.withLock(`drill:pg-${key}`, async () => {
        inside++;
        expect(inside).toBe(1);
        order.push(name);
        await s.kv.get('anything');
        inside--;
      });
    await Promise.all([turn(one, 'a'), turn(two, 'b'), turn(one, 'c'), turn(two, 'd')]);
    expect(order.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('plays a drill and the sweeper ends it; a wiped database is noticed', async () => {
    const o = await opsApp({ STORE_URL: URL, IDLE_TIMEOUT_MINUTES: '5' });
    try {
      const thread = await o.start();
      expect((await o.reply(thread, GREETING)).posts).toHaveLength(1);
      o.advance(6 * 60_000);
      expect(await o.app.sweepIdle()).toBeGreaterThanOrEqual(1);
      expect(await o.app.checkStore()).toBe(false);

      const client = new pg.Client({ connectionString: URL });
      await client.connect();
      await client.query('TRUNCATE csc_drill');
      await client.end();
      expect(await o.app.checkStore()).toBe(true);
      expect(o.logs.some((l) => /^store came back empty/.test(l.msg))).toBe(true);
    } finally {
      await o.close();
    }
  });
});
