import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../adapters/slack/transport.ts';
import { routeRequests } from '../../src/app/http.ts';
import type { Inbound } from '../../src/chat/contract/inbound.ts';
import { createLogger } from '../../src/log.ts';
import { SIGNING_SECRET, signed, threadMessage } from '../support/slack-requests.ts';

describe('Slack request checks', () => {
  const accepted: Inbound[] = [];
  const logs: { msg: string; level: number; path?: string }[] = [];
  let base: string;
  let server: ReturnType<typeof createServer>;

  beforeAll(async () => {
    const log = createLogger('info', { write: (l: string) => void logs.push(JSON.parse(l)) });
    const running = startSlack(
      {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: 'http://127.0.0.1:9/',
      },
      {
        accept: async (e) => {
          if (e.type === 'message' && e.text === 'store down') throw new Error('store not answering');
          accepted.push(e);
          return 'queued';
        },
      },
      log,
    );
    server = createServer(routeRequests(running.routes ?? [], log));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const send = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('refuses a timestamp one hour in the future as it refuses one from the past, and logs it', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const ts of [now + 3600, now - 3600]) {
      const body = threadMessage({ text: 'replayed', threadTs: '1700000000.000100' });
      const res = await send('/slack/events', body, signed(body, { ts }));
      expect(res.status, `ts ${ts - now}`).toBe(401);
    }
    expect(accepted).toEqual([]);
    expect(logs.some((l) => l.msg === 'slack request refused: timestamp in the future')).toBe(true);
  });

  it('answers an unknown path under /slack/ 404 with a one-line log, not 500 and a stack', async () => {
    logs.length = 0;
    const body = threadMessage({ text: 'x', threadTs: '1700000000.000100' });
    for (const path of ['/slack/nope', '/slack/events/extra', '/slack/']) {
      const res = await send(path, body, signed(body));
      expect(res.status, path).toBe(404);
      expect((await res.text()).length).toBeLessThan(100);
    }
    expect(logs.map((l) => [l.msg, l.path])).toEqual([
      ['slack: unknown path', '/slack/nope'],
      ['slack: unknown path', '/slack/events/extra'],
      ['slack: unknown path', '/slack/'],
    ]);
    expect(logs.every((l) => JSON.stringify(l).length < 300)).toBe(true);
  });
  it('records a signed message event before answering 200', async () => {
    accepted.length = 0;
    const body = threadMessage({ text: '您好，请问怎么称呼？', threadTs: '1700000000.000100', user: 'U7' });
    const res = await send('/slack/events', body, signed(body));
    expect(res.status).toBe(200);
    expect(accepted).toMatchObject([
      { type: 'message', text: '您好，请问怎么称呼？', where: 'thread', actor: { user: 'U7', isBot: false } },
    ]);
  });

  it('refuses an event with a wrong signature, a tampered body or no signature with 401, and logs why', async () => {
    accepted.length = 0;
    logs.length = 0;
    const body = threadMessage({ text: 'forged', threadTs: '1700000000.000100' });
    const tampered = body.replace('forged', 'forgeD');
    const statuses = [
      (await send('/slack/events', body, signed(body, { secret: 'not-the-secret' }))).status,
      (await send('/slack/events', tampered, signed(body))).status,
      (await send('/slack/events', body, {})).status,
      (await send('/slack/events', body, { ...signed(body), 'x-slack-signature': 'v1=abc' })).status,
    ];
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect(accepted).toEqual([]);
    expect(logs.filter((l) => l.msg === 'slack request refused: signature not verified')).toHaveLength(4);
  });

  it("answers Slack's URL verification with its challenge, signed like any delivery", async () => {
    const body = JSON.stringify({ type: 'url_verification', token: 't', challenge: 'c-123' });
    const res = await send('/slack/events', body, signed(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
    expect((await send('/slack/events', body, signed(body, { secret: 'x' }))).status).toBe(401);
  });

  it('answers a malformed body 400 and one over the size limit 413, recording nothing', async () => {
    accepted.length = 0;
    const broken = '{"type":"event_callback",';
    expect((await send('/slack/events', broken, signed(broken))).status).toBe(400);
    const huge = JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(5 * 1024 * 1024) });
    expect((await send('/slack/events', huge, signed(huge))).status).toBe(413);
    expect(accepted).toEqual([]);
  });

  it('answers 500 when the event cannot be recorded, so Slack delivers it again', async () => {
    logs.length = 0;
    const body = threadMessage({ text: 'store down', threadTs: '1700000000.000100' });
    expect((await send('/slack/events', body, signed(body))).status).toBe(500);
    expect(logs.some((l) => l.msg === 'slack handler failed')).toBe(true);
  });
});
