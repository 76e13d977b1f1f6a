import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingSink } from '../kit/recording-sink.ts';
import { message, post, signHeaders } from './requests.ts';
import { webhookWireHarness } from './wire-harness.ts';

describe('webhook request signatures', () => {
  const sink = new RecordingSink();
  const logs: { msg: string; reason?: string }[] = [];
  const log = pino(
    { level: 'warn' },
    new Writable({
      write(chunk, _enc, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  let h: Awaited<ReturnType<typeof webhookWireHarness>>;
  const now = () => Math.floor(Date.now() / 1000);
  const body = () => message('u1', 'c1', 'hello');

  beforeAll(async () => {
    h = await webhookWireHarness(sink, { log });
  });
  afterAll(() => h.close());

  /** Posts, and expects a refusal that was logged with its reason and never reached the sink. */
  async function refused(payload: unknown, o: Parameters<typeof post>[2], reason: RegExp) {
    const events = sink.events.length;
    const logged = logs.length;
    const r = await post(h.url, payload, o);
    expect(r.status).toBe(401);
    expect(r.body.error).toMatchObject({ code: 'unauthorized' });
    expect(sink.events).toHaveLength(events);
    expect(logs.slice(logged)).toEqual([expect.objectContaining({ msg: 'webhook request refused' })]);
    expect(logs.at(-1)?.reason).toMatch(reason);
  }

  it('accepts a request signed with the client secret', async () => {
    const r = await post(h.url, body());
    expect(r.status).toBe(200);
    expect(sink.events.at(-1)).toMatchObject({ type: 'message', text: 'hello' });
  });

  it('refuses a wrong signature and a body changed after signing', async () => {
    await refused(body(), { secret: 'some-other-secret-0000' }, /does not match/);
    const text = JSON.stringify(body());
    const headers = signHeaders(text);
    const res = await fetch(h.url, { method: 'POST', headers, body: text.replace('hello', 'HELLO') });
    expect(res.status).toBe(401);
  });

  it('refuses a request missing the signature, the timestamp or the nonce', async () => {
    await refused(body(), { omit: 'x-csc-signature' }, /missing/);
    await refused(body(), { omit: 'x-csc-timestamp' }, /missing/);
    await refused(body(), { omit: 'x-csc-nonce' }, /missing/);
  });

  it('refuses timestamps more than 300 s in the past or the future, and accepts them within', async () => {
    await refused(body(), { ts: now() - 301 }, /300 s/);
    await refused(body(), { ts: now() + 301 }, /300 s/);
    expect((await post(h.url, body(), { ts: now() - 250 })).status).toBe(200);
    expect((await post(h.url, body(), { ts: now() + 250 })).status).toBe(200);
  });

  it('refuses a nonce seen before, even on a freshly signed request', async () => {
    const nonce = randomUUID();
    expect((await post(h.url, body(), { nonce })).status).toBe(200);
    await refused(body(), { nonce }, /nonce already used/);
  });
});
