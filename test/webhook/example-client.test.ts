import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { CLIENT, SECRET } from './requests.ts';

const SCRIPT = fileURLToPath(new URL('../../examples/miniapp-client/client.mjs', import.meta.url));

function run(
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('the reference mini-app client', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ WEBHOOK_CLIENTS: `${CLIENT}:${SECRET}` });
  });
  afterAll(() => running.close());

  it('runs a drill through the webhook from the outside and prints the replies', async () => {
    const r = await run({ CSC_URL: running.url, CSC_CLIENT_SECRET: SECRET }, [
      'card-frozen-after-travel',
      'en',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.startsWith('[me] '))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('[inline] ')).length).toBeGreaterThanOrEqual(5);
    expect(r.out).toMatch(/\[inline\] Overall \d+\/100/);
    expect(r.out).toMatch(new RegExp(`\\[sign-in link\\] ${running.url}/#signin=[\\w-]+`));
  });

  it('says in one line what is missing without a secret', async () => {
    const r = await run({ CSC_URL: running.url, CSC_CLIENT_SECRET: '' }, []);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^CSC_CLIENT_SECRET: /);
  });
});
