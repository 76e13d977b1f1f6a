import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { CHANNEL, channelMessage } from './activities.ts';
import {
  type ConnectorCall,
  type FakeBotFramework,
  startFakeBotFramework,
  TLS_CERT,
} from './fake-bot-framework.ts';

const CHILD = fileURLToPath(new URL('./app-child.ts', import.meta.url));

let fake: FakeBotFramework;
beforeAll(async () => {
  // No in-process trust here: only the child, through NODE_EXTRA_CA_CERTS, can reach the login.
  fake = await startFakeBotFramework();
});
afterAll(() => fake.close());

/** Starts the bot in its own Node process (tsx as a loader, so SIGKILL hits the process holding the store). */
function startChild(storeUrl: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, JSON.stringify({ ...fake.env, STORE_URL: storeUrl })],
      {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: fileURLToPath(TLS_CERT) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve({ url: out.trim(), child });
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`bot exited ${code}: ${err}`));
    });
  });
}

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

async function send(url: string, activity: Record<string, unknown>) {
  const r = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.token()}` },
    body: JSON.stringify(activity),
  });
  expect(r.status).toBe(200);
}

describe('Teams: a restart mid-drill', () => {
  it('a new process on the same SQLite file continues the drill in its reply chain', async () => {
    const store = `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-teams-')), 'drills.sqlite')}`;
    const lines = (root: string) => (c: ConnectorCall) =>
      c.op === 'sendToConversation' &&
      c.conversation === `${CHANNEL};messageid=${root}` &&
      c.body.type === 'message';

    let bot = await startChild(store);
    await send(
      bot.url,
      channelMessage(fake.serviceUrl, {
        text: 'start card-frozen-after-travel programmer-liu en',
        mention: true,
      }),
    );
    await fake.waitFor((c) => c.op === 'createConversation');
    const root = String(fake.calls.find((c) => c.op === 'createConversation')?.result?.activityId);
    await fake.waitFor(lines(root), 1);
    const [first, ...rest] = COMPETENT_CARD_FROZEN_EN;
    await send(bot.url, channelMessage(fake.serviceUrl, { text: first as string, chain: root }));
    await fake.waitFor(lines(root), 2);
    await kill(bot.child);

    bot = await startChild(store);
    try {
      for (const [i, line] of rest.entries()) {
        await send(bot.url, channelMessage(fake.serviceUrl, { text: line, chain: root }));
        await fake.waitFor(lines(root), 3 + i);
      }
      await fake.waitFor((c) => lines(root)(c) && JSON.stringify(c.body).includes('Overall'));
    } finally {
      await kill(bot.child);
    }
    const chain = fake.calls.filter(lines(root));
    expect(JSON.stringify(chain.at(-1)?.body)).toMatch(/Overall \d+\/100 · PASS/);
    // Both processes fetched their own connector token from the login (over https, trusted through the CA file).
    expect(fake.tokenRequests.length).toBeGreaterThanOrEqual(2);
  }, 90_000);
});
