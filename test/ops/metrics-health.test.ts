import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentHandler, instrumentStore } from '../../src/app/ops/instrument.ts';
import { createMetrics } from '../../src/app/ops/metrics.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/open-store.ts';
import { GREETING, type OpsApp, opsApp, parseMetrics } from './harness.ts';

describe('operations endpoints', () => {
  let o: OpsApp;
  let base: string;
  let server: ReturnType<typeof createServer>;

  beforeAll(async () => {
    o = await opsApp();
    server = createServer(o.app.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await o.close();
  });

  it('/metrics counts turns, duplicates and store errors in Prometheus text', async () => {
    const thread = await o.start();
    const first = await o.reply(thread, GREETING, 'dup-1');
    expect(first.posts.length).toBe(1);
    expect((await o.reply(thread, GREETING, 'dup-1')).status).toBe('duplicate');

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const m = parseMetrics(await res.text());
    expect(m.get('csc_drill_turn_seconds_count{type="message",outcome="ok"}')).toBe(1);
    expect(m.get('csc_drill_turn_seconds_count{type="command",outcome="ok"}')).toBe(1);
    expect(m.get('csc_drill_dedupe_hits_total')).toBe(1);
    expect(m.get('csc_drill_store_errors_total')).toBeUndefined();
    expect([...m.keys()].some((k) => k.startsWith('csc_drill_process_cpu'))).toBe(true);
  });

  it('/healthz and /readyz answer 200 while the store answers', async () => {
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, store: 'memory (lost on exit)' });
    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toEqual({ ok: true, ready: true });
  });

  it('a queue that reports its depth shows in /metrics, and one not draining makes /readyz 503', async () => {
    o.app.metrics.setQueueProbe(() => ({ depth: 7, draining: false }));
    try {
      const m = parseMetrics(await (await fetch(`${base}/metrics`)).text());
      expect(m.get('csc_drill_queue_depth')).toBe(7);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ready: false, reason: 'queue of 7 is not draining' });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      o.app.metrics.setQueueProbe(undefined);
    }
  });

  it('shutting down makes /readyz 503 while /healthz stays 200', async () => {
    o.app.beginShutdown();
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  it('answers only a request with the bearer token', async () => {
    const o = await opsApp({ METRICS_TOKEN: 'scrape-token-0123456789' });
    const server = createServer(o.app.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    try {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const ok = await fetch(url, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(ok.status).toBe(200);
      expect(parseMetrics(await ok.text()).has('csc_drill_dedupe_hits_total')).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await o.close();
    }
  });
});

describe('log lines of a turn', () => {
  it('carry the event id, and the drill id from the moment the drill is locked', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger('info', { write: (l: string) => void lines.push(JSON.parse(l)) });
    const metrics = createMetrics();
    const store = instrumentStore(await openStore('memory://'), metrics, log);
    const handle = instrumentHandler(async () => {
      log.info('before the lock');
      await store.atomic.withLock('drill:d42', async () => log.info('inside the lock'));
      await Promise.resolve();
      log.info('after the lock');
    }, metrics);
    await handle({
      type: 'message',
      eventId: 'e1',
      key: 'fake:dA',
      actor: { platform: 'fake', user: 'U1' },
      text: 'hi',
      at: new Date().toISOString(),
      where: 'thread',
    });
    log.info('outside any turn');
    expect(lines.map((l) => [l.msg, l.eventId, l.drillId])).toEqual([
      ['before the lock', 'e1', undefined],
      ['inside the lock', 'e1', 'd42'],
      ['after the lock', 'e1', 'd42'],
      ['outside any turn', undefined, undefined],
    ]);
  });
});
