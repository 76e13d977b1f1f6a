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
});
