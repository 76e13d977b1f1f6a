import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWeChatApi {
  url: string;
  /** Customer-service messages accepted, in order. */
  sent: { touser: string; content: string }[];
  tokenFetches: number;
  /** WeChat revokes the current token: the next send answers 40001. */
  revokeToken(): void;
  waitForSent(n: number): Promise<void>;
  close(): Promise<void>;
}

/** WeChat's server API as far as the bot uses it: /cgi-bin/token and /cgi-bin/message/custom/send. */
export async function startFakeWeChatApi(appId: string, secret: string): Promise<FakeWeChatApi> {
  let token = '';
  let waiters: { n: number; resolve: () => void }[] = [];
  const api = {
    sent: [] as FakeWeChatApi['sent'],
    tokenFetches: 0,
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/cgi-bin/token') {
      const q = url.searchParams;
      if (
        q.get('grant_type') !== 'client_credential' ||
        q.get('appid') !== appId ||
        q.get('secret') !== secret
      )
        return json({ errcode: 40125, errmsg: 'invalid appsecret' });
      api.tokenFetches++;
      token = `ACCESS_TOKEN_${api.tokenFetches}`;
      return json({ access_token: token, expires_in: 7200 });
    }
    if (url.pathname === '/cgi-bin/message/custom/send' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      if (!token || url.searchParams.get('access_token') !== token)
        return json({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (body.msgtype !== 'text' || typeof body.text?.content !== 'string')
        return json({ errcode: 40008, errmsg: 'invalid message type' });
      api.sent.push({ touser: body.touser, content: body.text.content });
      for (const w of waiters.filter((w) => api.sent.length >= w.n)) w.resolve();
      waiters = waiters.filter((w) => api.sent.length < w.n);
      return json({ errcode: 0, errmsg: 'ok' });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return Object.assign(api, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    revokeToken: () => {
      token = 'revoked';
    },
    waitForSent: (n: number) =>
      api.sent.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve })),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  });
}
