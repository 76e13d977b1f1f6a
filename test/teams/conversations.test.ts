import { describe, expect, it } from 'vitest';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { ADA, BOB, CHANNEL, channelMessage, GROUP_CHAT, groupMessage } from './activities.ts';
import { directTo, inChain, payload, teamsBotPerTest } from './harness.ts';

const ctx = teamsBotPerTest();

async function send(activity: Record<string, unknown>) {
  expect((await ctx.bot.send(activity)).status).toBe(200);
  await ctx.bot.settle();
}

async function startInChannel() {
  await send(
    channelMessage(ctx.fake.serviceUrl, { text: 'start card-frozen-after-travel en', mention: true }),
  );
  return String(ctx.fake.calls.find((c) => c.op === 'createConversation')?.result?.activityId);
}

describe('Teams: conversations', () => {
  it('runs a drill in a group chat itself, and tells another member privately that it is not theirs', async () => {
    await send(
      groupMessage(ctx.fake.serviceUrl, { text: 'start card-frozen-after-travel en', mention: true }),
    );
    await send(
      groupMessage(ctx.fake.serviceUrl, { text: COMPETENT_CARD_FROZEN_EN[0] as string, mention: true }),
    );
    await send(groupMessage(ctx.fake.serviceUrl, { text: 'Let me help!', user: BOB, mention: true }));
    const chat = ctx.fake.calls.filter((c) => c.conversation === GROUP_CHAT && c.body.type === 'message');
    expect(ctx.fake.calls.some((c) => c.op === 'createConversation' && !c.body.members)).toBe(false);
    expect(chat.map((c) => payload(c).includes('Your briefing'))).toEqual([true, false, false]);
    expect(payload(chat[2])).toMatch(/GT Greeting/);
    expect(payload(ctx.fake.calls.filter(directTo(BOB)).at(-1))).toContain("someone else's drill");
  });

  it('answers a redelivered activity (same id) only once', async () => {
    const root = await startInChannel();
    const reply = channelMessage(ctx.fake.serviceUrl, {
      text: COMPETENT_CARD_FROZEN_EN[0] as string,
      chain: root,
    });
    await send(reply);
    await send(reply);
    const lines = ctx.fake.calls.filter((c) => inChain(root)(c) && c.body.type === 'message');
    expect(lines).toHaveLength(2);
  });

  it('points a trainee who answers at the top of the channel to the drill’s reply chain, once', async () => {
    const root = await startInChannel();
    await send(channelMessage(ctx.fake.serviceUrl, { text: 'Hello, how can I help you today?' }));
    await send(channelMessage(ctx.fake.serviceUrl, { text: 'Hello?' }));
    const notes = ctx.fake.calls.filter(directTo(ADA));
    expect(notes).toHaveLength(1);
    expect(payload(notes[0])).toContain('Your drill runs in its thread');
    expect(ctx.fake.calls.filter(inChain(root))).toHaveLength(1);
    expect(ctx.fake.calls.some((c) => c.conversation === CHANNEL)).toBe(false);
  });
});

describe('Teams: when Teams refuses', () => {
  it('withdraws a drill whose card the channel refused, and tells the trainee privately why', async () => {
    ctx.fake.refuseNext(403, 'BotNotInConversationRoster');
    await send(
      channelMessage(ctx.fake.serviceUrl, { text: 'start card-frozen-after-travel en', mention: true }),
    );
    expect(ctx.fake.calls[0]?.op).toBe('createConversation (403)');
    expect(payload(ctx.fake.calls.filter(directTo(ADA)).at(-1))).toContain('The drill could not start');
    await send(channelMessage(ctx.fake.serviceUrl, { text: 'status', mention: true }));
    expect(payload(ctx.fake.calls.filter(directTo(ADA)).at(-1))).toContain('No finished drills yet');
  });
});
