import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookKeys } from '../../adapters/webhook/key.ts';
import { InlineReply } from '../../adapters/webhook/schemas.ts';
import { EffectJournal } from '../../src/chat/runtime/effects.ts';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import {
  CLIENT,
  command,
  eventId,
  isSignedBy,
  message,
  post,
  type Receiver,
  SECRET,
  startReceiver,
} from './requests.ts';

const SCENARIO = 'card-frozen-after-travel';
const GREETING = 'Hello, thank you for contacting Huaxin Bank, how can I help you today?';
const person = (user: string) => `webhook:${CLIENT}:${user}`;

describe('webhook: inline answers', () => {
  let running: RunningApp;
  let url: string;

  beforeAll(async () => {
    running = await startApp({ WEBHOOK_CLIENTS: `${CLIENT}:${SECRET}` });
    url = `${running.url}/webhook/v1/events`;
  });
  afterAll(() => running.close());

  it('starts a drill and plays a turn, answering each request with the bot’s messages', async () => {
    const start = await post(url, command('u1', 'c1', 'start', [SCENARIO, 'en']));
    expect(start.status).toBe(200);
    const started = InlineReply.parse(start.body);
    expect(started.messages.length).toBe(2);
    expect(started.messages.every((m) => m.conversationId === 'c1' && m.visibility === 'conversation')).toBe(
      true,
    );
    expect(started.messages[0]?.blocks?.[0]).toMatchObject({ type: 'heading' });
    const opening = started.messages[1]?.text ?? '';
    expect(opening.length).toBeGreaterThan(10);

    const turn = InlineReply.parse((await post(url, message('u1', 'c1', GREETING))).body);
    expect(turn.messages).toHaveLength(1);
    expect(turn.messages[0]?.blocks?.some((b) => b.type === 'tags')).toBe(true);
    const drill = await running.app.service.activeDrill(person('u1'));
    expect(drill?.agentTurns).toBe(1);
  });

  it('answers a retried event id once: the same messages again, and the bot handles it once', async () => {
    await post(url, command('u2', 'c2', 'start', [SCENARIO, 'en']));
    const reply = message('u2', 'c2', GREETING);
    const first = await post(url, reply);
    const again = await post(url, reply);
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
    expect(again.body.messages).toEqual(first.body.messages);
    expect((await running.app.service.activeDrill(person('u2')))?.agentTurns).toBe(1);
  });

  it('keeps ids of different clients and users apart', async () => {
    const notes = InlineReply.parse((await post(url, command('u3', 'c1', 'hint'))).body);
    // u3 has no drill even though u1's drill lives in conversation c1
    expect(notes.messages).toHaveLength(1);
    expect(notes.messages[0]).toMatchObject({ visibility: 'private', userId: 'u3' });
    expect(notes.messages[0]?.text).toMatch(/no drill in progress/);
  });

  it('takes the scorecard’s buttons back as actions: retry starts the same drill again', async () => {
    await post(url, command('u4', 'c4', 'start', [SCENARIO, 'en']));
    const ended = InlineReply.parse((await post(url, command('u4', 'c4', 'end'))).body);
    const buttons = ended.messages
      .flatMap((m) => m.blocks ?? [])
      .flatMap((b) => (b.type === 'buttons' ? b.buttons : []));
    const retry = buttons.find((b) => b.id === 'drill_retry');
    expect(retry).toBeDefined();
    expect(ended.messages.at(-1)?.image).toMatchObject({ contentType: 'image/png' });
    const again = await post(url, {
      type: 'action',
      eventId: eventId(),
      user: { id: 'u4' },
      conversationId: 'c4',
      action: { id: retry?.id, value: retry?.value },
    });
    expect(InlineReply.parse(again.body).messages).toHaveLength(2);
    expect((await running.app.service.activeDrill(person('u4')))?.scenarioId).toBe(SCENARIO);
  });

  it('refuses an invalid body with 400 and one line naming the field', async () => {
    const bad = await post(url, { ...command('u1', 'c1', 'start'), command: { args: [] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid-request' });
    expect((bad.body.error as { message: string }).message).toMatch(/^command\.name: /);
    const notJson = await post(url, '{"type":');
    expect(notJson.status).toBe(400);
  });

  it('mints a sign-in link for the client’s user, which signs them in as that person', async () => {
    const r = await post(`${running.url}/webhook/v1/sign-in-links`, { user: { id: 'u1', name: 'Ada' } });
    expect(r.status).toBe(201);
    const link = String(r.body.url);
    expect(link.startsWith(`${running.url}/#signin=`)).toBe(true);
    const redeemed = await running.app.identity.redeem(link.split('#signin=')[1] as string);
    expect(redeemed?.session.person).toEqual({ id: person('u1'), name: 'Ada' });
  });
});

describe('webhook: late answers go to the callback URL', () => {
  let running: RunningApp;
  let fake: FakeOpenAI;
  let receiver: Receiver;
  let url: string;
  // The customer's model calls wait at this gate while a test holds it shut: a slow customer, no sleeps.
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

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    receiver = await startReceiver();
    running = await startApp(
      {
        WEBHOOK_CLIENTS: `${CLIENT}:${SECRET}`,
        WEBHOOK_REPLY_WITHIN_MS: '300',
        WEBHOOK_CALLBACK_BACKOFF_MS: '5',
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: `${fake.url}/v1`,
        OPENAI_MAX_RETRIES: '0',
      },
      { fetch: gatedFetch },
    );
    url = `${running.url}/webhook/v1/events`;
  });
  afterAll(async () => {
    open();
    await running.close();
    await receiver.close();
    await fake.close();
  });

  it('answers 202 when the customer is slow, then POSTs the reply to callbackUrl, signed', async () => {
    const start = await post(
      url,
      command('s1', 'slow', 'start', [SCENARIO, 'en'], { callbackUrl: receiver.url }),
    );
    expect(start.status).toBe(200);
    shut();
    const r = await post(url, message('s1', 'slow', GREETING));
    expect(r.status).toBe(202);
    expect(r.body).toEqual({ accepted: true });
    expect(receiver.calls).toHaveLength(0);
    open();
    await receiver.waitFor(1);
    const call = receiver.calls[0];
    expect(isSignedBy(call?.headers ?? {}, call?.body ?? '')).toBe(true);
    const delivered = JSON.parse(call?.body ?? '{}');
    expect(delivered.conversationId).toBe('slow');
    expect(delivered.messages[0].text.length).toBeGreaterThan(5);
    expect(delivered.messages[0].blocks.some((b: { type: string }) => b.type === 'tags')).toBe(true);
  });

  it('retries a callback the client does not acknowledge, with fresh signatures, until it does', async () => {
    await post(url, command('s2', 'flaky', 'start', [SCENARIO, 'en'], { callbackUrl: receiver.url }));
    const before = receiver.calls.length;
    receiver.failNext(2, 503);
    shut();
    expect((await post(url, message('s2', 'flaky', GREETING))).status).toBe(202);
    open();
    await receiver.waitFor(before + 3);
    const attempts = receiver.calls.slice(before);
    expect(attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    const ids = attempts.map((a) => JSON.parse(a.body).deliveryId);
    expect(new Set(ids).size).toBe(1);
    expect(new Set(attempts.map((a) => a.headers['x-csc-nonce'])).size).toBe(3);
    expect(attempts.every((a) => isSignedBy(a.headers, a.body))).toBe(true);
  });

  it('a reply the journal never recorded goes out again on replay with the same message id; one it recorded does not', async () => {
    await post(url, command('s4', 'replay', 'start', [SCENARIO, 'en'], { callbackUrl: receiver.url }));
    await running.settle();
    const raw = running.app.channels.get('webhook');
    if (!raw) throw new Error('the webhook channel is not running');
    const kv = new Keyv();
    // The first handling's process dies after the client took the post, before the journal write.
    let crashed = true;
    const journal = new EffectJournal({
      get: (k) => kv.get(k),
      set: (k, v, ttl) => (crashed ? Promise.reject(new Error('process killed')) : kv.set(k, v, ttl)),
    });
    const adapter = journal.wrap(raw);
    const key = webhookKeys.encode({ client: CLIENT, conversation: 'replay' });
    const line = { text: 'The customer says: thanks, that helps.' };
    const handle = (event: string, replay: boolean) =>
      journal.run(event, () => adapter.post(key, line), { replay });
    const before = receiver.calls.length;
    await handle('webhook:e1', false);
    crashed = false;
    await handle('webhook:e1', true);
    // Recorded this time: a third handling of the same event is answered from the journal.
    await handle('webhook:e1', true);
    await handle('webhook:e2', false);
    await receiver.waitFor(before + 3);
    await running.settle();
    const ids = receiver.calls
      .slice(before)
      .map((c) => (JSON.parse(c.body) as { messages: { id: string }[] }).messages[0]?.id);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(
      ids.every((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id ?? ''),
      ),
    ).toBe(true);
  });

  it('answers a retry of a late event 202 without handling it again', async () => {
    await post(url, command('s3', 'dup', 'start', [SCENARIO, 'en'], { callbackUrl: receiver.url }));
    shut();
    const reply = message('s3', 'dup', GREETING, { eventId: eventId() });
    expect((await post(url, reply)).status).toBe(202);
    const retry = await post(url, reply);
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual({ accepted: true, duplicate: true });
    open();
    await running.settle();
    expect((await running.app.service.activeDrill(person('s3')))?.agentTurns).toBe(1);
  });
});
