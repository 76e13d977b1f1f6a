import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { PageClient } from '../web/session-client.ts';

describe('the page API with Idempotency-Key: a resent request plays once', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({});
  });
  afterAll(() => running.close());

  it('a start and each reply resent with their keys (even at once) leave one drill and one turn each', async () => {
    const ada = new PageClient(running.url);
    await ada.signIn(running.app, { id: 'web:idem-ada', name: 'Ada' });
    const start = { scenario: 'card-frozen-after-travel', lang: 'en' };
    const [first, again] = await Promise.all([
      ada.call('POST', '/api/drills', start, { 'idempotency-key': 'start-1' }),
      ada.call('POST', '/api/drills', start, { 'idempotency-key': 'start-1' }),
    ]);
    expect([first.status, again.status]).toEqual([201, 201]);
    const drillId = first.body.drill.id;
    expect(again.body.drill.id).toBe(drillId);

    const lines = COMPETENT_CARD_FROZEN_EN.slice(0, 3);
    const answers: string[] = [];
    for (const [i, text] of lines.entries()) {
      const key = { 'idempotency-key': `reply-${i}` };
      const path = `/api/drills/${drillId}/messages`;
      const [one, two] = await Promise.all([
        ada.call('POST', path, { text }, key),
        ada.call('POST', path, { text }, key),
      ]);
      expect([one.status, two.status]).toEqual([200, 200]);
      expect(two.body.customer.text).toBe(one.body.customer.text);
      const late = await ada.call('POST', path, { text }, key);
      expect(late.body.customer.text, 'resent after it was answered').toBe(one.body.customer.text);
      answers.push(one.body.customer.text);
    }
    const { transcript } = await running.app.service.status(drillId);
    expect(transcript.filter((e) => e.speaker === 'agent').map((e) => e.text)).toEqual(lines);
    expect(
      transcript
        .filter((e) => e.speaker === 'customer')
        .slice(1)
        .map((e) => e.text),
    ).toEqual(answers);
    expect((await running.app.service.list('web:idem-ada')).active?.id, 'one drill, still active').toBe(
      drillId,
    );

    const noKey = await ada.call('POST', `/api/drills/${drillId}/messages`, { text: 'Anything else?' });
    expect(noKey.status, 'a request without a key is played as before').toBe(200);
    const bad = await ada.call(
      'POST',
      `/api/drills/${drillId}/messages`,
      { text: 'x' },
      { 'idempotency-key': 'a b' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad-idempotency-key');
  });
});
