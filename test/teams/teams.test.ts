import { describe, expect, it } from 'vitest';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import {
  ADA,
  BOB,
  CHANNEL,
  channelMessage,
  executeAction,
  installedInTeam,
  personalChat,
  personalMessage,
  submit,
  TEAM,
} from './activities.ts';
import { APP_ID } from './fake-bot-framework.ts';
import { directTo, inChain, payload, submitData, teamsBotPerTest } from './harness.ts';

const ctx = teamsBotPerTest();

/** `@CSC Drill start …` in the channel; returns the root of the reply chain the drill opened. */
async function startDrill(args = 'card-frozen-after-travel programmer-liu en practice', user = ADA) {
  const r = await ctx.bot.send(
    channelMessage(ctx.fake.serviceUrl, { text: `start ${args}`, user, mention: true }),
  );
  expect(r.status).toBe(200);
  await ctx.bot.settle();
  const created = ctx.fake.calls.filter((c) => c.op === 'createConversation' && c.result?.activityId).at(-1);
  return String(created?.result?.activityId);
}

async function reply(text: string, root: string, user = ADA) {
  const r = await ctx.bot.send(channelMessage(ctx.fake.serviceUrl, { text, chain: root, user }));
  expect(r.status).toBe(200);
  await ctx.bot.settle();
}

describe('Teams: a drill in a channel', () => {
  it('posts the scenario card as a new conversation and the customer’s opening as a reply in its chain', async () => {
    const root = await startDrill();
    const [card, opening, ...rest] = ctx.fake.calls;
    expect(card).toMatchObject({ op: 'createConversation', body: { isGroup: true } });
    expect(card?.body.channelData).toMatchObject({ channel: { id: CHANNEL } });
    expect(payload(card)).toContain('application/vnd.microsoft.card.adaptive');
    expect(payload(card)).toContain('Your briefing');
    expect(opening).toMatchObject({ op: 'sendToConversation', conversation: `${CHANNEL};messageid=${root}` });
    expect(payload(opening)).toContain('risk control');
    expect(rest).toEqual([]);
    // Every call carried the connector token the login issued for the bot's app id.
    expect(ctx.fake.tokenRequests[0]).toMatchObject({ client_id: APP_ID, grant_type: 'client_credentials' });
    expect(ctx.fake.calls.every((c) => c.authorization?.startsWith('Bearer connector-token-'))).toBe(true);
  });

  it('plays a full drill in the chain, typing before each customer line, to an Adaptive Card scorecard', async () => {
    const root = await startDrill();
    for (const line of COMPETENT_CARD_FROZEN_EN) await reply(line, root);
    const chain = ctx.fake.calls.filter(
      (c) => c.conversation === `${CHANNEL};messageid=${root}` && c.op === 'sendToConversation',
    );
    const typing = chain.filter((c) => c.body.type === 'typing');
    expect(typing).toHaveLength(COMPETENT_CARD_FROZEN_EN.length);
    const lines = chain.filter((c) => c.body.type === 'message');
    expect(payload(lines[1])).toMatch(/\*\*GT Greeting\*\*/);
    const scorecard = lines.at(-1);
    const text = payload(scorecard);
    expect(text).toMatch(/Overall \d+\/100 · PASS/);
    expect(text).toContain('Try saying');
    expect(text).toMatch(/#\d+ «/);
    expect(text).toContain('"url":"data:image/png;base64,');
    expect(submitData(scorecard, 'drill_retry')).toMatchObject({ csc: 'drill_retry' });
    expect(submitData(scorecard, 'drill_rate_5').value).toMatch(/:5$/);
  });

  it('answers a rating click privately and a retry with the same drill in a new conversation', async () => {
    const root = await startDrill();
    await ctx.bot.send(channelMessage(ctx.fake.serviceUrl, { text: 'end', chain: root, mention: true }));
    await ctx.bot.settle();
    const scorecard = ctx.fake.calls.filter(inChain(root)).at(-1);
    const conversation = `${CHANNEL};messageid=${root}`;
    const card = String(scorecard?.result?.id);

    const rated = await ctx.bot.send(
      submit(ctx.fake.serviceUrl, { data: submitData(scorecard, 'drill_rate_4'), conversation, card }),
    );
    expect(rated).toMatchObject({ status: 200 });
    await ctx.bot.settle();
    expect(payload(ctx.fake.calls.filter(directTo(ADA)).at(-1))).toContain('★★★★');

    const before = ctx.fake.calls.length;
    await ctx.bot.send(
      submit(ctx.fake.serviceUrl, { data: submitData(scorecard, 'drill_retry'), conversation, card }),
    );
    await ctx.bot.settle();
    const [again, opening] = ctx.fake.calls.slice(before);
    expect(again?.op).toBe('createConversation');
    expect(payload(opening)).toBe(payload(ctx.fake.calls[1]));
  });

  it('answers a click that arrives as an adaptiveCard/action invoke with an invoke response', async () => {
    const root = await startDrill();
    await ctx.bot.send(channelMessage(ctx.fake.serviceUrl, { text: 'end', chain: root, mention: true }));
    await ctx.bot.settle();
    const scorecard = ctx.fake.calls.filter(inChain(root)).at(-1);
    const r = await ctx.bot.send(
      executeAction(ctx.fake.serviceUrl, {
        data: submitData(scorecard, 'drill_rate_5'),
        conversation: `${CHANNEL};messageid=${root}`,
        card: String(scorecard?.result?.id),
      }),
    );
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    await ctx.bot.settle();
    expect(payload(ctx.fake.calls.filter(directTo(ADA)).at(-1))).toContain('★★★★★');
  });

  it('sends the picker privately, and a scenario picked there starts in the channel it was asked in', async () => {
    await ctx.bot.send(channelMessage(ctx.fake.serviceUrl, { text: '', mention: true }));
    await ctx.bot.settle();
    const picker = ctx.fake.calls.filter(directTo(ADA)).at(-1);
    expect(payload(picker)).toContain('Input.ChoiceSet');
    expect(ctx.fake.calls.some((c) => c.conversation?.startsWith(CHANNEL))).toBe(false);
    const data = { ...submitData(picker, 'drill_pick'), drill_pick: 'face-login-fails-app' };
    await ctx.bot.send(
      submit(ctx.fake.serviceUrl, {
        data,
        conversation: `a:direct-${ADA.id}`,
        card: String(picker?.result?.id),
        type: 'personal',
      }),
    );
    await ctx.bot.settle();
    const created = ctx.fake.calls.filter((c) => c.op === 'createConversation').at(-1);
    expect(created?.body.channelData).toMatchObject({ channel: { id: CHANNEL } });
  });

  it('tells a mistyped command privately what was meant, with the mention spelling', async () => {
    await ctx.bot.send(channelMessage(ctx.fake.serviceUrl, { text: 'stat', mention: true }));
    await ctx.bot.settle();
    expect(payload(ctx.fake.calls.filter(directTo(ADA)).at(-1))).toContain('Did you mean @CSC Drill status?');
  });
});

describe('Teams: chats and installation', () => {
  it('runs the whole drill in a personal chat, commands without a mention', async () => {
    const send = async (text: string) => {
      expect((await ctx.bot.send(personalMessage(ctx.fake.serviceUrl, { text }))).status).toBe(200);
      await ctx.bot.settle();
    };
    await send('start card-frozen-after-travel programmer-liu en');
    await send(COMPETENT_CARD_FROZEN_EN[0] as string);
    await send('hint');
    const chat = ctx.fake.calls.filter((c) => c.conversation === personalChat(ADA));
    expect(ctx.fake.calls.some((c) => c.op === 'createConversation')).toBe(false);
    const messages = chat.filter((c) => c.body.type === 'message');
    expect(payload(messages[0])).toContain('Your briefing');
    expect(payload(messages[1])).toContain('risk control');
    expect(payload(messages[2])).toMatch(/GT Greeting/);
    expect(payload(messages[3])).toContain('Hint');
  });

  it('welcomes whoever installs it in a team privately, with the commands, and posts nothing in the team', async () => {
    const r = await ctx.bot.send(installedInTeam(ctx.fake.serviceUrl));
    expect(r.status).toBe(200);
    await ctx.bot.settle();
    expect(ctx.fake.calls.some((c) => c.conversation === TEAM)).toBe(false);
    expect(ctx.fake.calls.find((c) => c.op === 'createConversation')?.body.members).toEqual([
      { id: ADA.id, name: '' },
    ]);
    expect(payload(ctx.fake.calls.filter(directTo(ADA)).at(-1))).toContain('@CSC Drill start');
  });
});

describe('Teams: inbound authentication', () => {
  const activity = () =>
    channelMessage(ctx.fake.serviceUrl, { text: 'start card-frozen-after-travel en', mention: true });
  const now = Math.floor(Date.now() / 1000);

  it.each([
    ['no token', null],
    ['a token that is not a JWT', 'not-a-jwt'],
    ['a forged signature under the known key id', () => ctx.fake.token({}, { forged: true })],
    ['an expired token', () => ctx.fake.token({ nbf: now - 7200, exp: now - 3600 })],
    ['a token not valid yet', () => ctx.fake.token({ nbf: now + 3600, exp: now + 7200 })],
    ['a token for another app id', () => ctx.fake.token({ aud: '0f9e8d7c-6b5a-4d3c-8b2a-1f0e9d8c7b6a' })],
    [
      'a token for another service URL',
      () => ctx.fake.token({ serviceurl: 'https://smba.trafficmanager.net/emea/' }),
    ],
    ['a token from another issuer', () => ctx.fake.token({ iss: 'https://api.botframework.com' })],
  ])('refuses %s with a bare 401 that never reaches the drill', async (_, token) => {
    const r = await ctx.bot.send(activity(), { token: typeof token === 'function' ? token() : token });
    expect(r).toEqual({ status: 401, text: '' });
    await ctx.bot.settle();
    expect(ctx.fake.calls).toEqual([]);
  });
});

describe('Teams: manners', () => {
  it('tells an observer once, in a 1:1 chat, that only the trainee counts', async () => {
    const root = await startDrill();
    const before = ctx.fake.calls.filter(inChain(root)).length;
    await reply('Can I try?', root, BOB);
    await reply('Hello?', root, BOB);
    const notes = ctx.fake.calls.filter(directTo(BOB));
    expect(notes).toHaveLength(1);
    expect(payload(notes[0])).toContain("someone else's drill");
    expect(payload(notes[0])).toContain('@CSC Drill start');
    expect(ctx.fake.calls.filter(inChain(root))).toHaveLength(before);
  });

  it('runs two drills in parallel reply chains without crossing them', async () => {
    const a = await startDrill('card-frozen-after-travel en', ADA);
    const b = await startDrill('face-login-fails-app en', BOB);
    expect(a).not.toBe(b);
    await Promise.all([
      ctx.bot.send(
        channelMessage(ctx.fake.serviceUrl, { text: 'Hello, how can I help?', chain: a, user: ADA }),
      ),
      ctx.bot.send(
        channelMessage(ctx.fake.serviceUrl, { text: 'Hi there, how can I help?', chain: b, user: BOB }),
      ),
    ]);
    await ctx.bot.settle();
    for (const root of [a, b]) {
      const chain = ctx.fake.calls.filter(inChain(root));
      expect(chain.map((c) => c.body.type)).toEqual(['message', 'typing', 'message']);
    }
  });

  it('waits out a 429 from the connector (Retry-After) and posts the customer’s line once', async () => {
    const root = await startDrill();
    ctx.fake.rateLimitNext(1);
    await reply(COMPETENT_CARD_FROZEN_EN[0] as string, root);
    const chain = ctx.fake.calls.filter((c) => c.conversation === `${CHANNEL};messageid=${root}`);
    expect(chain.map((c) => c.op)).toContain('sendToConversation (429)');
    expect(chain.filter((c) => c.op === 'sendToConversation' && c.body.type === 'message')).toHaveLength(2);
  }, 20_000);
});
