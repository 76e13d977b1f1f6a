import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { slackKeys } from '../adapters/slack/key.ts';
import { startApp } from '../test/support/app-harness.ts';
import { type FakeSlack, startFakeSlack } from '../test/support/fake-slack.ts';
import { SIGNING_SECRET, signed, slashCommand, threadMessage } from '../test/support/slack-requests.ts';
import { median, percentile } from './stats.ts';

const LINES = [
  'Hello, thanks for contacting Huaxin Bank, how can I help you today?',
  "I'm sorry about the trouble. Could you confirm your full name and the phone number on the account?",
  'So your card was blocked after a purchase abroad — did you travel recently?',
];

interface Target {
  url: string;
  /** Opens a conversation for a trainee and resolves to its thread ts. */
  open(user: string, channel: string): Promise<string>;
  /** The channel trainee i drills in (ten shared channels unless the target says otherwise). */
  channelOf?(user: string): string;
  close(): Promise<void>;
}

const REPLY_DEADLINE_MS = 60_000;

/**
 * Waits for the next chat.postMessage into a thread. One waiter per thread (two trainees in one
 * thread would wait on each other's replies), and a reply that never comes fails the run instead
 * of leaving an idle process.
 */
export function nextPost(slack: FakeSlack) {
  const waiting = new Map<string, () => void>();
  const previous = slack.onCall;
  slack.onCall = (c) => {
    previous?.(c);
    if (c.method !== 'chat.postMessage' || !c.args.thread_ts) return;
    const done = waiting.get(String(c.args.thread_ts));
    if (done) {
      waiting.delete(String(c.args.thread_ts));
      done();
    }
  };
  return (threadTs: string) => {
    if (waiting.has(threadTs)) throw new Error(`two trainees wait in one thread ${threadTs}`);
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(threadTs);
        reject(new Error(`no reply in thread ${threadTs} within ${REPLY_DEADLINE_MS} ms`));
      }, REPLY_DEADLINE_MS);
      waiting.set(threadTs, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  };
}

/** The same load against either app: N trainees in parallel, one turn per line, each waiting for its reply. */
export async function load(
  target: Target,
  slack: FakeSlack,
  trainees: number,
  lines: readonly string[] = LINES,
  /** Trainees are `<prefix><i>`: a second load with another prefix opens fresh drills. */
  prefix = 'U',
  /** Mean pause before each turn (uniform 0–2× this, seeded): 0 sends every turn the moment the last reply lands. */
  thinkMs = 0,
) {
  let seed = 12345;
  const pause = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return thinkMs > 0 ? new Promise<void>((r) => setTimeout(r, (2 * thinkMs * seed) / 2 ** 31)) : undefined;
  };
  const wait = nextPost(slack);
  const channelOf = (i: number) => target.channelOf?.(`${prefix}${i}`) ?? `C${i % 10}`;
  const threads = await Promise.all(
    Array.from({ length: trainees }, (_, i) => target.open(`${prefix}${i}`, channelOf(i))),
  );
  const acks: number[] = [];
  /** Acks of turns 2 and later: by then the trainees' turns are spread out by the replies, not sent at one instant. */
  const laterAcks: number[] = [];
  /** Acks of the first turn: every trainee's line arrives at one instant. */
  const firstAcks: number[] = [];
  const replies: number[] = [];
  const cpu0 = process.cpuUsage();
  await Promise.all(
    threads.map(async (threadTs, i) => {
      for (const [turn, text] of lines.entries()) {
        await pause();
        const body = threadMessage({ text, threadTs, user: `${prefix}${i}`, channel: channelOf(i) });
        const posted = wait(threadTs);
        const t0 = performance.now();
        const r = await fetch(`${target.url}/slack/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signed(body) },
          body,
        });
        await r.text();
        const ack = performance.now() - t0;
        acks.push(ack);
        if (turn > 0) laterAcks.push(ack);
        else firstAcks.push(ack);
        await posted;
        replies.push(performance.now() - t0);
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    /** CPU of this whole process (app, fake Slack and load alike) per trainee turn. */
    cpuMsPerTurn: r2((cpu.user + cpu.system) / 1000 / (trainees * lines.length)),
    ackP99: r2(percentile(acks, 99)),
    ackP99AfterFirstTurn: r2(percentile(laterAcks, 99)),
    ackP99FirstTurn: r2(percentile(firstAcks, 99)),
    replyP50: r2(median(replies)),
    replyP99: r2(percentile(replies, 99)),
  };
}

export async function drillBot(slack: FakeSlack, storeUrl: string): Promise<Target> {
  const running = await startApp({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    STORE_URL: storeUrl,
  });
  return {
    url: running.url,
    open: async (user, channel) => {
      const body = slashCommand('start card-frozen-after-travel programmer-liu en', user, channel);
      await fetch(`${running.url}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signed(body) },
        body,
      });
      await running.settle();
      // Several trainees share a channel: the thread is the one this trainee's drill was linked to.
      const drill = await running.app.service.activeDrill(`slack:T1:${user}`);
      const key = drill && (await running.app.repo.threadForDrill(drill.id));
      if (!key) throw new Error(`no drill thread opened for ${user} in ${channel}`);
      return String(slackKeys.decode(key).thread);
    },
    close: () => running.close(),
  };
}

/** A bare Bolt app that only posts back into the thread: what any Slack bot pays. */
export async function bareBolt(slack: FakeSlack): Promise<Target> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  const app = new App({
    token: 'xoxb-test',
    receiver,
    clientOptions: { slackApiUrl: slack.url },
    logLevel: LogLevel.ERROR,
  });
  app.event('message', async ({ event, client }) => {
    const e = event as { channel: string; thread_ts?: string; text?: string };
    await client.chat.postMessage({ channel: e.channel, thread_ts: e.thread_ts, text: `echo: ${e.text}` });
  });
  const server: Server = createServer(receiver.requestListener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  let seq = 0;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    open: async () => `1700000${String(++seq).padStart(3, '0')}.000100`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Mean pause between a reply and the trainee's next turn in the paced runs (people read and type). */
export const PACED_THINK_MS = 2000;

/**
 * Slack path, event → reply in the thread, for the drill bot and a bare Bolt echo under the same
 * load: bursts (every trainee sends the moment its last reply lands, so the process is saturated
 * and latency is mostly queueing) and paced runs (a pause before each turn, as people do).
 */
export async function benchSlackPath(storeUrl = 'memory://') {
  const slack = await startFakeSlack();
  const rows: {
    trainees: number;
    thinkMs: number;
    bare: Awaited<ReturnType<typeof load>>;
    bot: Awaited<ReturnType<typeof load>>;
  }[] = [];
  try {
    // Warm both up (JIT, keep-alive sockets), then measure each load with the two apps in turn.
    const runs: [number, number][] = [
      [20, 0],
      [20, 0],
      [100, 0],
      [200, 0],
      [100, PACED_THINK_MS],
      [200, PACED_THINK_MS],
    ];
    for (const [n, thinkMs] of runs) {
      const bare = await bareBolt(slack);
      const bareFigures = await load(bare, slack, n, undefined, 'U', thinkMs);
      await bare.close();
      const bot = await drillBot(slack, storeUrl);
      const botFigures = await load(bot, slack, n, undefined, 'U', thinkMs);
      await bot.close();
      slack.calls.length = 0;
      rows.push({ trainees: n, thinkMs, bare: bareFigures, bot: botFigures });
    }
  } finally {
    await slack.close();
  }
  return rows.slice(1);
}
