import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { expectEachTurnOnce, storedTranscript } from './count.ts';
import {
  deliver,
  isThreadPost,
  killOnCall,
  type Replica,
  startCommand,
  startReplica,
  traineeMessage,
  Watch,
} from './replicas.ts';

// A database of its own, emptied first: the replicas' queue must not meet other suites' events.
const REDIS_URL = process.env.TEST_REDIS_URL_DURABLE ?? 'redis://127.0.0.1:6379/7';
const redisUp = (() => {
  try {
    execFileSync('redis-cli', ['-u', REDIS_URL, 'flushdb'], { encoding: 'utf8', timeout: 2000 });
    return true;
  } catch {
    return false;
  }
})();
if (!redisUp) {
  const why = `two-replica Redis suite skipped: no Redis answering at ${REDIS_URL} (apt-get install redis-server; CI starts one)`;
  if (process.env.CI) throw new Error(why.replace('skipped', 'cannot run in CI'));
  console.warn(why);
}

const FORM = 'application/x-www-form-urlencoded';
const DRILLS = 4;
const TURNS = 5;
const LINES = COMPETENT_CARD_FROZEN_EN.slice(0, TURNS);

describe.runIf(redisUp)('two replicas on one Redis', () => {
  let slack: FakeSlack;
  const replicas: Replica[] = [];
  afterEach(async () => {
    for (const r of replicas.splice(0)) await r.kill();
    await slack?.close();
  });

  it('every event delivered to both, one trainee alternating replicas, one replica killed mid-turn: each turn once, in order', async () => {
    slack = await startFakeSlack();
    const watch = new Watch(slack);
    const [a, b] = await Promise.all([
      startReplica('a', slack, REDIS_URL),
      startReplica('b', slack, REDIS_URL),
    ]);
    replicas.push(a, b);
    const both = (body: string, first: Replica, second: Replica, type?: string) =>
      Promise.all([deliver(first, body, type), deliver(second, body, type)]);

    const drills = Array.from({ length: DRILLS }, (_, k) => ({ user: `U${k + 1}`, channel: `C${k + 1}` }));
    for (const [k, d] of drills.entries()) {
      const statuses = await both(startCommand(d.user, d.channel), k % 2 ? a : b, k % 2 ? b : a, FORM);
      expect(statuses).toEqual([200, 200]);
    }
    const opening = (channel: string) =>
      slack.posted().find((c) => c.args.channel === channel && c.args.thread_ts)?.args.thread_ts;
    await watch.until(() => drills.every((d) => opening(d.channel)));
    const threads = drills.map((d) => ({ ...d, threadTs: String(opening(d.channel)) }));

    // The replica posting the first customer reply of turn 3 dies there: that turn stored, others in flight.
    const KILL_TURN = 2;
    let killed: { name: string; turn: number } | undefined;
    const replies = (n: number) =>
      watch.until(() => threads.every((t) => watch.thread(t.channel, t.threadTs).length >= n + 1));
    for (let i = 0; i < TURNS; i++) {
      if (i === KILL_TURN) {
        await replies(KILL_TURN);
        void killOnCall(slack, [a, b], isThreadPost).then((r) => {
          killed = { name: r.name, turn: i };
        });
      }
      await Promise.all(
        threads.map(async (t, k) => {
          const body = traineeMessage({
            text: LINES[i] as string,
            threadTs: t.threadTs,
            user: t.user,
            channel: t.channel,
            eventId: `Ev${k}x${i}`,
          });
          // One trainee's messages go first to one replica, then the other, and always to both.
          const [first, second] = (i + k) % 2 ? [a, b] : [b, a];
          const statuses = await both(body, first, second);
          expect(
            statuses.some((s) => s === 200),
            `turn ${i} of drill ${k} acknowledged`,
          ).toBe(true);
        }),
      );
    }
    await watch.until(() => threads.every((t) => watch.thread(t.channel, t.threadTs).length >= TURNS + 1));
    expect(killed?.turn, 'a replica was killed mid-turn').toBe(KILL_TURN);
    const survivor = killed?.name === 'a' ? 'b' : 'a';
    for (const t of threads) {
      expect(watch.roots(t.channel), `one scenario card in ${t.channel}`).toHaveLength(1);
      const { transcript } = await storedTranscript(REDIS_URL, t.channel, t.threadTs);
      expectEachTurnOnce(LINES, transcript, watch.thread(t.channel, t.threadTs));
    }
    const after = slack.posted().filter((c) => c.replica === survivor && isThreadPost(c));
    expect(after.length, `${survivor} took over`).toBeGreaterThan(0);
  }, 120_000);
});
