import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrillRepository } from '../../src/store/drill-repository.ts';
import { openStore } from '../../src/store/open-store.ts';
import { ROOT } from '../support/cli.ts';
import { CLIENT, command, message, post, SECRET } from '../webhook/requests.ts';
import { GREETING, SCENARIO } from './harness.ts';

/** A model server that holds each request until the test lets it go (then fails it: the offline twin answers). */
function heldModel() {
  const held: ServerResponse[] = [];
  let holding = false;
  const events = new (class extends EventTarget {})();
  const server = createServer((req, res) => {
    req.resume();
    if (!holding) return void res.writeHead(500).end('{"error":{"message":"down"}}');
    held.push(res);
    events.dispatchEvent(new Event('held'));
  });
  return {
    server,
    hold: () => {
      holding = true;
    },
    /** Resolves when a request is being held. */
    nextHeld: () => (held.length ? Promise.resolve() : once(events, 'held')),
    release: () => {
      holding = false;
      for (const res of held.splice(0)) res.writeHead(500).end('{"error":{"message":"down"}}');
    },
  };
}

describe('graceful shutdown', () => {
  it('on SIGTERM stops intake, finishes the turn in flight, releases its lock and exits 0', async () => {
    const model = heldModel();
    await new Promise<void>((r) => model.server.listen(0, '127.0.0.1', r));
    const file = join(mkdtempSync(join(tmpdir(), 'csc-shutdown-')), 'store.sqlite');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'csc-drill.js'), 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        STORE_URL: `sqlite://${file}`,
        PORT: '0',
        LOG_LEVEL: 'info',
        DEFAULT_LANG: 'en',
        WEBHOOK_CLIENTS: `${CLIENT}:${SECRET}`,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: `http://127.0.0.1:${(model.server.address() as AddressInfo).port}/v1`,
        OPENAI_MAX_RETRIES: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const logged = (msg: string) =>
      new Promise<void>((resolve) => {
        const check = () => stderr.includes(`"msg":"${msg}`) && resolve();
        check();
        child.stderr.on('data', check);
      });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    let stdout = '';
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /practice page: (http:\/\/\S+?)\/\s/.exec(stdout);
        if (m) resolve((m[1] as string).replace('localhost', '127.0.0.1'));
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    const url = `${base}/webhook/v1/events`;
    try {
      expect((await post(url, command('u1', 'c1', 'start', [SCENARIO, 'en']))).status).toBe(200);
      model.hold();
      const turn = post(url, message('u1', 'c1', GREETING));
      await model.nextHeld(); // the turn is in flight, inside the drill's lock

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await logged('shutting down: intake stopped');
      await expect(fetch(`${base}/readyz`)).rejects.toThrow(); // no new connections
      model.release();
      await turn.catch(() => undefined);
      const [code] = await exited;
      expect(code, stderr).toBe(0);
      expect(stderr).toContain('"msg":"shut down cleanly"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      model.server.close();
    }

    const store = await openStore(`sqlite://${file}`);
    try {
      const repo = new DrillRepository(store.kv, store.atomic);
      const drillId = (await repo.activeDrillId(`webhook:${CLIENT}:u1`)) as string;
      const drill = await repo.get(drillId);
      expect(drill?.agentTurns).toBe(1);
      const lines = await repo.transcript(drill as NonNullable<typeof drill>);
      expect(lines.map((l) => l.speaker)).toEqual(['customer', 'agent', 'customer']);
      // The lock was released: taking it again does not wait out the dead process's lease.
      const started = Date.now();
      await store.atomic.withLock(`drill:${drillId}`, async () => {});
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await store.close();
    }
  });
});
