import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingSink } from '../kit/recording-sink.ts';
import { CHANNEL, executeAction, personalMessage } from './activities.ts';
import { type FakeBotFramework, startFakeBotFramework } from './fake-bot-framework.ts';
import { teamsWireHarness } from './wire-harness.ts';

let fake: FakeBotFramework;
beforeAll(async () => {
  fake = await startFakeBotFramework({ trustInProcess: true });
});
afterAll(() => fake.close());

describe('Teams transport', () => {
  it('has recorded the event by the time it answers', async () => {
    const sink = new RecordingSink();
    const h = await teamsWireHarness(fake, sink);
    try {
      const sent = await h.adapter.post(h.conversation, { text: 'root' }, { openThread: true });
      expect(await h.deliverMessage(sent.key, 'Hello, how can I help?')).toBe(200);
      expect(sink.events).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('answers a card action invoke with an invoke response, and other invokes without one of ours', async () => {
    const sink = new RecordingSink();
    const h = await teamsWireHarness(fake, sink);
    try {
      const post = (activity: Record<string, unknown>) =>
        fetch(h.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.token()}` },
          body: JSON.stringify(activity),
        });
      const conversation = `${CHANNEL};messageid=1712000000100`;
      const click = executeAction(fake.serviceUrl, {
        data: { csc: 'drill_rate_3', value: 'd1:3' },
        conversation,
        card: '1712000000100',
      });
      const r = await post(click);
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
      });
      expect(sink.events.at(-1)).toMatchObject({ type: 'action', actionId: 'drill_rate_3', value: 'd1:3' });
      const other = await post({ ...click, name: 'task/fetch', value: {} });
      expect(other.status).toBe(200);
      expect(sink.events).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('refuses what is not a Bot Framework activity before looking further', async () => {
    const h = await teamsWireHarness(fake, new RecordingSink());
    try {
      const auth = { authorization: `Bearer ${fake.token()}`, 'content-type': 'application/json' };
      expect((await fetch(h.endpoint, { method: 'GET' })).status).toBe(405);
      expect((await fetch(h.endpoint, { method: 'POST', headers: auth, body: '{not json' })).status).toBe(
        400,
      );
      const noConversation = { ...personalMessage(fake.serviceUrl, { text: 'hi' }), conversation: undefined };
      expect(
        (await fetch(h.endpoint, { method: 'POST', headers: auth, body: JSON.stringify(noConversation) }))
          .status,
      ).toBe(400);
    } finally {
      await h.close();
    }
  });
});
