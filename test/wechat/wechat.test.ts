import { decrypt, encrypt } from '@wecom/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEnvelope } from '../../adapters/wechat/signature.ts';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { type FakeWeChatApi, startFakeWeChatApi } from './fake-wechat-api.ts';
import { clickXml, msgId, push, readXml, sha1Sorted, textXml } from './requests.ts';

// WeChat's own sample values (the official message-encryption sample code).
const SAMPLE = {
  token: 'spamtest',
  appId: 'wx2c2769f8efd9abc2',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  timestamp: '1409735669',
  nonce: '1320562132',
  signature: '16120ec1b8dbb870f510d87ce6bc2463eae6ca1a',
  msgSignature: '5d197aaffba7e9b25a30732f161a50dee96bd5fa',
  encrypt:
    'hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=',
};
const SECRET = 'app-secret-for-tests';
const SCENARIO = 'card-frozen-after-travel';
const person = (openid: string) => `wechat:${SAMPLE.appId}:${openid}`;

describe('WeChat: signatures with the documented sample values', () => {
  let running: RunningApp;
  let api: FakeWeChatApi;
  beforeAll(async () => {
    api = await startFakeWeChatApi(SAMPLE.appId, SECRET);
    running = await startApp({
      WECHAT_TOKEN: SAMPLE.token,
      WECHAT_APP_ID: SAMPLE.appId,
      WECHAT_APP_SECRET: SECRET,
      WECHAT_API_URL: api.url,
    });
  });
  afterAll(async () => {
    await running.close();
    await api.close();
  });

  it('echoes echostr for the sample signature, and nothing for a wrong one', async () => {
    const q = (signature: string) =>
      `${running.url}/wechat?signature=${signature}&timestamp=${SAMPLE.timestamp}&nonce=${SAMPLE.nonce}&echostr=shr5ch`;
    const good = await fetch(q(SAMPLE.signature));
    expect(good.status).toBe(200);
    expect(await good.text()).toBe('shr5ch');
    const bad = await fetch(q(SAMPLE.signature.replace(/^1/, '2')));
    expect(bad.status).toBe(401);
    expect(await bad.text()).not.toContain('shr5ch');
  });

  it('opens the sample safe-mode message whose msg_signature matches', () => {
    expect(sha1Sorted(SAMPLE.token, SAMPLE.timestamp, SAMPLE.nonce, SAMPLE.encrypt)).toBe(
      SAMPLE.msgSignature,
    );
    const xml = openEnvelope(SAMPLE.aesKey, SAMPLE.appId, SAMPLE.encrypt);
    expect(xml).toContain('<Content><![CDATA[abcdteT]]></Content>');
    expect(() => openEnvelope(SAMPLE.aesKey, 'wx0000000000000000', SAMPLE.encrypt)).toThrow(/AppID/);
  });

  it('refuses a pushed message with a bad signature', async () => {
    const res = await fetch(`${running.url}/wechat?signature=0&timestamp=1&nonce=1`, {
      method: 'POST',
      body: textXml({ from: 'o-bad', content: '开始练习' }),
    });
    expect(res.status).toBe(401);
    expect(await running.app.service.activeDrill(person('o-bad'))).toBeUndefined();
  });
});

describe('WeChat: messages in and out', () => {
  let running: RunningApp;
  let api: FakeWeChatApi;
  let fake: FakeOpenAI;
  let gate: Promise<void> = Promise.resolve();
  let open = () => {};
  const shut = () => {
    gate = new Promise<void>((r) => {
      open = r;
    });
  };
  const gatedFetch: typeof fetch = async (input, init) => {
    await gate;
    return fetch(input, init);
  };
  const send = (xml: string) => push(running.url, SAMPLE.token, xml);

  beforeAll(async () => {
    api = await startFakeWeChatApi(SAMPLE.appId, SECRET);
    fake = await startFakeOpenAI();
    running = await startApp(
      {
        WECHAT_TOKEN: SAMPLE.token,
        WECHAT_APP_ID: SAMPLE.appId,
        WECHAT_APP_SECRET: SECRET,
        WECHAT_API_URL: api.url,
        // WeChat's own window (the default): a shorter one made the quick replies miss it on a busy machine.
        WECHAT_REPLY_WITHIN_MS: '4500',
        PUBLIC_URL: 'https://drill.example.com',
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: `${fake.url}/v1`,
        OPENAI_MAX_RETRIES: '0',
      },
      { fetch: gatedFetch },
    );
  });
  afterAll(async () => {
    open();
    await running.close();
    await api.close();
    await fake.close();
  });

  it('starts a drill from plain words and answers with one passive XML text reply', async () => {
    // 开始练习 is Chinese, so the drill is too (the app's default language is English here)
    const r = await send(textXml({ from: 'o-ada', content: `开始练习 ${SCENARIO}` }));
    expect(r.status).toBe(200);
    const reply = readXml(r.body);
    expect(reply).toMatchObject({ ToUserName: 'o-ada', FromUserName: 'gh_10f6c3c3ac5a', MsgType: 'text' });
    // the scenario card and the customer's first line, in one message
    expect(reply.Content).toMatch(/【.+】/);
    expect(reply.Content?.split('\n\n').length).toBeGreaterThanOrEqual(2);
    expect(Buffer.byteLength(reply.Content ?? '')).toBeLessThanOrEqual(2048);
    expect((await running.app.service.activeDrill(person('o-ada')))?.lang).toBe('zh');
  });

  it('handles a message WeChat pushes twice (same MsgId) once', async () => {
    const id = msgId();
    const xml = textXml({ from: 'o-ada', content: '您好，这里是华信银行，请问有什么可以帮您？', id });
    const first = await send(xml);
    expect(readXml(first.body).Content?.length).toBeGreaterThan(3);
    const again = await send(xml);
    expect(again.body).toBe('success');
    expect((await running.app.service.activeDrill(person('o-ada')))?.agentTurns).toBe(1);
  });

  it('answers "success" when the customer is slow, then sends the reply by the customer-service API', async () => {
    await send(textXml({ from: 'o-bob', content: `start ${SCENARIO} en` }));
    const before = api.sent.length;
    shut();
    const r = await send(
      textXml({ from: 'o-bob', content: 'Hello, thanks for calling Huaxin Bank, how can I help?' }),
    );
    expect(r.body).toBe('success');
    open();
    await api.waitForSent(before + 1);
    expect(api.sent.at(-1)?.touser).toBe('o-bob');
    expect(api.sent.at(-1)?.content.length).toBeGreaterThan(5);
    expect(api.tokenFetches).toBe(1);

    // the cached token is reused; a revoked one is fetched again once
    api.revokeToken();
    shut();
    expect(
      (await send(textXml({ from: 'o-bob', content: 'Could you tell me your card number?' }))).body,
    ).toBe('success');
    open();
    await api.waitForSent(before + 2);
    expect(api.tokenFetches).toBe(2);
  });

  it('ends with a short scorecard and a sign-in link to the page’s scorecard view', async () => {
    const r = await send(clickXml('o-ada', 'end'));
    const content = readXml(r.body).Content ?? '';
    expect(content).toMatch(/总分 \d+\/100/);
    expect(content).not.toMatch(/试着说/);
    const link = /https:\/\/drill\.example\.com\/#signin=([\w-]+)/.exec(content);
    expect(link).not.toBeNull();
    const redeemed = await running.app.identity.redeem(link?.[1] as string);
    expect(redeemed?.session.person.id).toBe(person('o-ada'));
    expect(redeemed?.landing).toMatchObject({ view: 'scorecard' });
  });

  it('treats a reply that starts with a command word as a reply', async () => {
    await send(textXml({ from: 'o-cy', content: `start ${SCENARIO} en` }));
    await send(textXml({ from: 'o-cy', content: 'start by telling me what happened, please' }));
    expect((await running.app.service.activeDrill(person('o-cy')))?.agentTurns).toBe(1);
  });
});

describe('WeChat: safe mode', () => {
  let running: RunningApp;
  let api: FakeWeChatApi;
  beforeAll(async () => {
    api = await startFakeWeChatApi(SAMPLE.appId, SECRET);
    running = await startApp({
      WECHAT_TOKEN: SAMPLE.token,
      WECHAT_APP_ID: SAMPLE.appId,
      WECHAT_APP_SECRET: SECRET,
      WECHAT_ENCODING_AES_KEY: SAMPLE.aesKey,
      WECHAT_API_URL: api.url,
    });
  });
  afterAll(async () => {
    await running.close();
    await api.close();
  });

  it('takes an encrypted message and answers encrypted, signed over the ciphertext', async () => {
    const ciphertext = encrypt(SAMPLE.aesKey, textXml({ from: 'o-sec', content: 'help' }), SAMPLE.appId);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '424242';
    const q = new URLSearchParams({
      signature: sha1Sorted(SAMPLE.token, timestamp, nonce),
      timestamp,
      nonce,
      encrypt_type: 'aes',
      msg_signature: sha1Sorted(SAMPLE.token, timestamp, nonce, ciphertext),
    });
    const body = `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[${ciphertext}]]></Encrypt></xml>`;
    const res = await fetch(`${running.url}/wechat?${q}`, { method: 'POST', body });
    const reply = readXml(await res.text());
    expect(
      sha1Sorted(SAMPLE.token, reply.TimeStamp as string, reply.Nonce as string, reply.Encrypt as string),
    ).toBe(reply.MsgSignature);
    const inner = readXml(decrypt(SAMPLE.aesKey, reply.Encrypt as string).message);
    expect(inner).toMatchObject({ ToUserName: 'o-sec', MsgType: 'text' });
    expect(inner.Content).toMatch(/start/);

    q.set('msg_signature', sha1Sorted(SAMPLE.token, timestamp, nonce, `${ciphertext}x`));
    const forged = await fetch(`${running.url}/wechat?${q}`, { method: 'POST', body });
    expect(forged.status).toBe(401);
  });
});
