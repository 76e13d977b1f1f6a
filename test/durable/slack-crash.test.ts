import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { expectEachTurnOnce, storedTranscript } from './count.ts';
import {
  deliver,
  isThreadPost,
  killOnAnswer,
  killOnCall,
  type Replica,
  startCommand,
  startReplica,
  traineeMessage,
  Watch,
} from './replicas.ts';

const FORM = 'application/x-www-form-urlencoded';
const LINES = COMPETENT_CARD_FROZEN_EN.slice(0, 6);

const sqliteUrl = () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-durable-')), 'store.sqlite')}`;

describe('SIGKILL on the Slack path (SQLite): no acknowledged turn lost or doubled', () => {
  let slack: FakeSlack;
  const replicas: Replica[] = [];
  afterEach(async () => {
    for (const r of replicas.splice(0)) await r.kill();
    await slack?.close();
  });

  it('kills the process after a post, after an ack and after a store; each next process finishes the work once', async () => {
    slack = await startFakeSlack();
    const watch = new Watch(slack);
    const url = sqliteUrl();
    const replica = async (name: string) => {
      const r = await startReplica(name, slack, url);
      replicas.push(r);
      return r;
    };

    // After post: the scenario card is out, the process dies as it posts the customer's opening.
    const a = await replica('a');
    const aKilled = killOnCall(slack, a, isThreadPost);
    expect(await deliver(a, startCommand('U1', 'C1'), FORM)).toBe(200);
    await aKilled;
    const b = await replica('b');
    await watch.until(() => slack.posted().some((c) => c.args.channel === 'C1' && c.args.thread_ts));
    const threadTs = String(
      slack.posted().find((c) => c.args.channel === 'C1' && c.args.thread_ts)?.args.thread_ts,
    );
    const thread = () => watch.thread('C1', threadTs);
    expect(watch.roots('C1'), 'one scenario card').toHaveLength(1);

    const send = (r: Replica, i: number) =>
      deliver(
        r,
        traineeMessage({ text: LINES[i] as string, threadTs, user: 'U1', channel: 'C1', eventId: `Ev${i}` }),
      );
    const replies = (n: number) => watch.until(() => thread().length >= n + 1);

    expect(await send(b, 0)).toBe(200);
    await replies(1);

    // After ack: killed the moment Slack has its 200, with the turn somewhere in flight.
    expect(await send(b, 1)).toBe(200);
    await b.kill();
    const c = await replica('c');
    await replies(2);

    // After store: the turn is stored and its customer line is on its way to Slack when the process dies.
    const cKilled = killOnCall(slack, c, isThreadPost);
    expect(await send(c, 2)).toBe(200);
    await cKilled;
    const d = await replica('d');
    await replies(3);

    for (let i = 3; i < LINES.length; i++) {
      expect(await send(d, i)).toBe(200);
      await replies(i + 1);
    }
    const { transcript } = await storedTranscript(url, 'C1', threadTs);
    expectEachTurnOnce(LINES, transcript, thread());
    expect(watch.roots('C1'), 'still one scenario card').toHaveLength(1);
  }, 180_000);

  it('kills the process after Slack took a reply but before it heard back; the next process finds that post instead of sending it again', async () => {
    slack = await startFakeSlack();
    const watch = new Watch(slack);
    const url = sqliteUrl();
    const a = await startReplica('a', slack, url);
    replicas.push(a);
    expect(await deliver(a, startCommand('U1', 'C1'), FORM)).toBe(200);
    await watch.until(() => slack.posted().some((c) => c.args.channel === 'C1' && c.args.thread_ts));
    const threadTs = String(
      slack.posted().find((c) => c.args.channel === 'C1' && c.args.thread_ts)?.args.thread_ts,
    );
    const thread = () => watch.thread('C1', threadTs);
    const send = (r: Replica, i: number) =>
      deliver(
        r,
        traineeMessage({ text: LINES[i] as string, threadTs, user: 'U1', channel: 'C1', eventId: `Ev${i}` }),
      );

    const aKilled = killOnAnswer(slack, a, isThreadPost);
    expect(await send(a, 0)).toBe(200);
    await aKilled;
    slack.swallow = undefined;
    const b = await startReplica('b', slack, url);
    replicas.push(b);
    // b handles the conversation's events oldest first: the unfinished one (its reply is looked up
    // in the thread, not posted again), then the next turn, whose reply is b's first post.
    expect(await send(b, 1)).toBe(200);
    await watch.until(() => thread().some((c) => c.replica === 'b'));
    expect(slack.calls.some((c) => c.method === 'conversations.replies' && c.replica === 'b')).toBe(true);
    const { transcript } = await storedTranscript(url, 'C1', threadTs);
    expectEachTurnOnce(LINES.slice(0, 2), transcript, thread());
  }, 180_000);

  it('kills the process with acknowledged turns of eight drills in flight; none is lost, none doubled', async () => {
    slack = await startFakeSlack();
    const watch = new Watch(slack);
    const url = sqliteUrl();
    const a = await startReplica('a', slack, url);
    replicas.push(a);
    const drills = Array.from({ length: 8 }, (_, k) => ({ user: `U${k + 1}`, channel: `C${k + 1}` }));
    for (const d of drills) expect(await deliver(a, startCommand(d.user, d.channel), FORM)).toBe(200);
    const opening = (channel: string) =>
      slack.posted().find((c) => c.args.channel === channel && c.args.thread_ts)?.args.thread_ts;
    await watch.until(() => drills.every((d) => opening(d.channel)));
    const threads = drills.map((d) => ({ ...d, threadTs: String(opening(d.channel)) }));

    // Slack never sees a reply from a: every turn is acknowledged, then the process dies.
    slack.hold = (c) => c.replica === 'a' && isThreadPost(c);
    const acks = await Promise.all(
      threads.map((t, k) =>
        deliver(
          a,
          traineeMessage({
            text: LINES[0] as string,
            threadTs: t.threadTs,
            user: t.user,
            channel: t.channel,
            eventId: `Ev${k}`,
          }),
        ),
      ),
    );
    expect(acks).toEqual(threads.map(() => 200));
    await a.kill();
    slack.hold = undefined;
    const killedAt = Date.now();
    replicas.push(await startReplica('b', slack, url));
    await watch.until(() => threads.every((t) => watch.thread(t.channel, t.threadTs).length >= 2));
    // Within seconds: the dead process's leases run out, not half a minute.
    expect(Date.now() - killedAt).toBeLessThan(20_000);
    for (const t of threads) {
      const { transcript } = await storedTranscript(url, t.channel, t.threadTs);
      expectEachTurnOnce(LINES.slice(0, 1), transcript, watch.thread(t.channel, t.threadTs));
    }
  }, 120_000);
});
