import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsKeys } from '../../adapters/teams/key.ts';
import { RecordingSink } from '../kit/recording-sink.ts';
import { ADA, CHANNEL, executeAction, personalMessage } from './activities.ts';
import { type FakeBotFramework, startFakeBotFramework, TENANT } from './fake-bot-framework.ts';
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

  it('edits a posted card in place, and opens a 1:1 chat with a member once their tenant has been seen', async () => {
    const h = await teamsWireHarness(fake, new RecordingSink());
    try {
      const sent = await h.adapter.post(h.conversation, {
        text: 'Pick one',
        blocks: [{ type: 'heading', text: 'Pick one' }],
      });
      await h.adapter.update?.(sent, { text: 'Picked', blocks: [{ type: 'heading', text: 'Picked' }] });
      const edit = fake.calls.at(-1);
      expect(edit).toMatchObject({
        method: 'PUT',
        op: 'updateActivity',
        conversation: CHANNEL,
        activityId: sent.messageId,
      });
      expect(JSON.stringify(edit?.body)).toContain('Picked');

      const actor = { platform: 'teams', tenant: TENANT, user: ADA.aadObjectId };
      await expect(h.adapter.openDirect?.(actor)).rejects.toThrow(/no conversation with this tenant/);
      await h.deliverMessage(sent.key, 'hello');
      const direct = teamsKeys.decode(String(await h.adapter.openDirect?.(actor)));
      // Opened with the roster id Ada's message carried, not her Entra object id.
      expect(direct).toMatchObject({
        type: 'personal',
        tenant: TENANT,
        conversation: `a:direct-${ADA.id}`,
      });
    } finally {
      await h.close();
    }
  });

  it('names what Teams refused, so the trainee can be told', async () => {
    const h = await teamsWireHarness(fake, new RecordingSink());
    try {
      fake.refuseNext(403, 'BotNotInConversationRoster');
      await expect(h.adapter.post(h.conversation, { text: 'hello' })).rejects.toMatchObject({
        name: 'PlatformError',
        reason: '403 BotNotInConversationRoster',
      });
    } finally {
      await h.close();
    }
  });
});
