import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliver, startCommand, startReplica } from '../test/durable/replicas.ts';
import { type FakeSlack, startFakeSlack } from '../test/support/fake-slack.ts';
import { load } from './slack-path.ts';

const LINES = [
  'Hello, thanks for contacting Huaxin Bank, how can I help you today?',
  "I'm sorry about the trouble. Could you confirm your full name and the phone number on the account?",
  'So your card was blocked after a purchase abroad — did you travel recently?',
  'Our risk control flagged the overseas purchase and set the card to receive only, to protect your money.',
  'To lift it, open the Huaxin app, go to Security Center and complete the face recognition check.',
];

export const ACK_TARGET_MS = 100;
const WARM_UP_DRILLS = 20;

/** Redis for the bench: its own database, emptied first; undefined (with why) when none answers. */
function benchRedis(): { url?: string; why?: string } {
  const url = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/8';
  try {
    execFileSync('redis-cli', ['-u', url, 'flushdb'], { encoding: 'utf8', timeout: 2000 });
    return { url };
  } catch {
    return { why: `no Redis answering at ${url}` };
  }
}

export interface DurableRow {
  store: string;
  drills: number;
  turns: number;
  ackP99?: number;
  ackP99AfterFirstTurn?: number;
  ackP99FirstTurn?: number;
  replyP50?: number;
  replyP99?: number;
  skipped?: string;
}

/**
 * The app in a process of its own, as it is deployed (the load generator here must not share its
 * event loop); a drill is opened with a slash command in a channel of the trainee's own.
 */
async function replicaTarget(slack: FakeSlack, name: string, storeUrl: string) {
  const replica = await startReplica(name, slack, storeUrl);
  const opened = new Map<string, (threadTs: string) => void>();
  const previous = slack.onCall;
  slack.onCall = (c) => {
    previous?.(c);
    const channel = String(c.args.channel);
    const found = c.method === 'chat.postMessage' && c.args.thread_ts ? opened.get(channel) : undefined;
    if (!found) return;
    opened.delete(channel);
    found(String(c.args.thread_ts));
  };
  return {
    url: replica.url,
    channelOf: (user: string) => `C${user}`,
    open: async (user: string, channel: string) => {
      const thread = new Promise<string>((resolve) => opened.set(channel, resolve));
      const status = await deliver(replica, startCommand(user, channel), 'application/x-www-form-urlencoded');
      if (status !== 200) throw new Error(`start for ${user} answered ${status}`);
      return thread;
    },
    close: () => replica.kill(),
  };
}

/**
 * The durable Slack path under load: N drills in parallel, each trainee sending its next line once
 * the customer answered the last, through signed events → the store's queue → the reply posted
 * into the thread (fake Web API on loopback), the app in its own process, for each store.
 */
export async function benchDurable(
  drills = 200,
  only?: string,
): Promise<{ rows: DurableRow[]; load: number[] }> {
  const redis = benchRedis();
  const stores = [
    { store: 'memory', url: 'memory://' },
    { store: 'sqlite', url: `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-bench-')), 'bench.sqlite')}` },
    { store: 'redis', url: redis.url, skipped: redis.why },
  ];
  const rows: DurableRow[] = [];
  const before = loadavg();
  for (const s of stores) {
    if (only && s.store !== only) continue;
    if (!s.url) {
      rows.push({ store: s.store, drills, turns: LINES.length, skipped: s.skipped });
      continue;
    }
    const slack = await startFakeSlack();
    try {
      const bot = await replicaTarget(slack, s.store, s.url);
      try {
        // Warm the process first (JIT, the tagger's tables, keep-alive sockets); only the second load counts.
        await load(bot, slack, WARM_UP_DRILLS, LINES, 'W');
        const r = await load(bot, slack, drills, LINES);
        rows.push({ store: s.store, drills, turns: LINES.length, ...r });
      } finally {
        await bot.close();
      }
    } finally {
      await slack.close();
    }
  }
  return { rows, load: [...before, ...loadavg()] };
}
