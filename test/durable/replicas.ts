import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeSlack, SlackCall } from '../support/fake-slack.ts';
import { SIGNING_SECRET, signed, slashCommand, threadMessage } from '../support/slack-requests.ts';

const CHILD = fileURLToPath(new URL('./app-child.ts', import.meta.url));

export interface Replica {
  name: string;
  url: string;
  proc: ChildProcess;
  /** SIGKILL, resolved once the process is gone. */
  kill(): Promise<void>;
}

/** A real process serving the app (node with tsx as a loader, so SIGKILL hits the process that holds the store). */
export function startReplica(name: string, slack: FakeSlack, storeUrl: string): Promise<Replica> {
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url.replace(/\/api\/$/, `/${name}/api/`),
    STORE_URL: storeUrl,
  };
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(env)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = out.split('\n')[0];
      if (out.includes('\n') && url)
        resolve({
          name,
          url,
          proc,
          kill: async () => {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
            await exited;
          },
        });
    });
    proc.once('exit', (code, signal) =>
      reject(new Error(`replica ${name} exited ${code ?? signal}: ${err}`)),
    );
  });
}

/** Posts a signed Slack request to a replica; the HTTP status is Slack's view of the acknowledgement. */
export async function deliver(replica: Replica, body: string, type = 'application/json'): Promise<number> {
  try {
    const r = await fetch(`${replica.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': type, ...signed(body) },
      body,
    });
    await r.text();
    return r.status;
  } catch {
    return 0; // the replica is gone: Slack would see no answer and deliver again elsewhere
  }
}

export const startCommand = (user: string, channel: string) =>
  slashCommand('start card-frozen-after-travel programmer-liu en', user, channel);

export const traineeMessage = (o: {
  text: string;
  threadTs: string;
  user: string;
  channel: string;
  eventId: string;
}) => threadMessage(o);

/** Everything the fake Slack answered, watched: resolves waits when the posts they name have arrived. */
export class Watch {
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  constructor(private readonly slack: FakeSlack) {
    slack.onCall = () => {
      this.waiters = this.waiters.filter((w) => {
        if (!w.test()) return true;
        w.resolve();
        return false;
      });
    };
  }

  /** Messages posted into a thread (replies), in the order Slack took them. */
  thread(channel: string, threadTs: string): SlackCall[] {
    return this.slack
      .posted()
      .filter((c) => c.args.channel === channel && String(c.args.thread_ts) === threadTs);
  }

  /** Top-level posts in a channel (scenario cards). */
  roots(channel: string): SlackCall[] {
    return this.slack.posted().filter((c) => c.args.channel === channel && !c.args.thread_ts);
  }

  until(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

/**
 * Kills the first of the replicas (SIGKILL) to make a call that matches, the moment it makes it,
 * leaving that call unanswered; resolves to the one killed once its process is gone. Calls it had
 * in flight as it died stay unanswered too (Slack never got them); the others are answered as ever.
 */
export function killOnCall(
  slack: FakeSlack,
  among: Replica | readonly Replica[],
  matches: (c: SlackCall) => boolean,
): Promise<Replica> {
  const candidates = Array.isArray(among) ? among : [among as Replica];
  return new Promise((resolve) => {
    let victim: Replica | undefined;
    slack.hold = (c) => {
      if (victim) return c.replica === victim.name;
      const r = candidates.find((x) => x.name === c.replica);
      if (!r || !matches(c)) return false;
      victim = r;
      void r.kill().then(() => resolve(r));
      return true;
    };
  });
}

/** Kills the replica the moment Slack has taken its first matching post, before the answer reaches it. */
export function killOnAnswer(
  slack: FakeSlack,
  replica: Replica,
  matches: (c: SlackCall) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    let killed = false;
    slack.swallow = (c) => {
      if (killed) return c.replica === replica.name;
      if (c.replica !== replica.name || !matches(c)) return false;
      killed = true;
      void replica.kill().then(() => resolve());
      return true;
    };
  });
}

/** A reply into a thread (not a scenario card at the top of the channel). */
export const isThreadPost = (c: SlackCall) => c.method === 'chat.postMessage' && Boolean(c.args.thread_ts);
