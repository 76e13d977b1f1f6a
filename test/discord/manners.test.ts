import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { discordKeys } from '../../adapters/discord/key.ts';
import { wouldPing } from '../support/discord-limits.ts';
import {
  BOT,
  CHANNEL_ID,
  channelRef,
  commandInteraction,
  GUILD_ID,
  OBSERVER,
  TRAINEE,
  threadRef,
  userMessage,
} from '../support/discord-payloads.ts';
import { PUBLIC_KEY, postInteraction } from '../support/discord-requests.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeDiscord, type RestCall, startFakeDiscord } from '../support/fake-discord.ts';
import { OP } from '../support/fake-discord-gateway.ts';
import { type Bot, startBot } from './harness.ts';

let discord: FakeDiscord;
let bot: Bot;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord.close());
beforeEach(() => {
  discord.calls.length = 0;
});
afterEach(() => bot?.close());

type Json = Record<string, unknown>;
const START = { subcommand: 'start', options: { scenario: 'card-frozen-after-travel', language: 'en' } };
const isPost = (channel: string) => (c: RestCall) =>
  c.method === 'POST' && c.route === `/channels/${channel}/messages` && c.status === 200;
const threadOf = (calls: RestCall[]) =>
  String((calls.find((c) => c.route.endsWith('/threads'))?.response as Json | undefined)?.id);
const webhookCalls = (calls: RestCall[]) => calls.filter((c) => c.route.startsWith('/webhooks/'));

async function drill(env: Record<string, string> = {}, storeUrl?: string) {
  bot = await startBot(discord, { env, storeUrl });
  const started = await bot.command(START);
  return { ...started, thread: threadOf(started.calls) };
}

describe('Discord: manners', () => {
  it('a reply replayed after a crash carries the same nonce, and Discord creates it once', async () => {
    bot = await startBot(discord);
    const adapter = bot.app.channels.get('discord');
    const key = discordKeys.encode({ guild: GUILD_ID, channel: CHANNEL_ID });
    const message = { text: 'The customer says: thanks, that helps.' };
    const first = await adapter?.post(key, message, { marker: 'effect:discord:1:0' });
    const again = await adapter?.post(key, message, { marker: 'effect:discord:1:0' });
    const other = await adapter?.post(key, message, { marker: 'effect:discord:2:0' });
    expect(again?.messageId).toBe(first?.messageId);
    expect(other?.messageId).not.toBe(first?.messageId);
    const sent = discord.posted(CHANNEL_ID).map((c) => c.body as Json);
    expect(sent.map((b) => b.enforce_nonce)).toEqual([true, true, true]);
    expect(new Set(sent.map((b) => b.nonce)).size).toBe(2);
    expect(sent.every((b) => String(b.nonce).length <= 25)).toBe(true);
  });

  it('a redelivered interaction (same id) is handled and acknowledged once', async () => {
    bot = await startBot(discord);
    const i = commandInteraction(START);
    discord.expectInteraction(i);
    discord.gateway.dispatch('INTERACTION_CREATE', i);
    discord.gateway.dispatch('INTERACTION_CREATE', i);
    await discord.waitFor((c) => c.route.endsWith('/callback'));
    // A later interaction is the barrier: both deliveries of the first were seen before it.
    await bot.command({ subcommand: 'help' });
    expect(discord.calls.filter((c) => c.route === `/interactions/${i.id}/${i.token}/callback`)).toHaveLength(
      1,
    );
    expect(discord.posted(CHANNEL_ID)).toHaveLength(1);
  });

  it('ignores its own messages, echoed by the gateway or written in the thread', async () => {
    const { thread } = await drill();
    const mark = discord.calls.length;
    discord.gateway.dispatch(
      'MESSAGE_CREATE',
      userMessage({ channelId: thread, content: 'I am the bot', user: BOT }),
    );
    await bot.say(thread, COMPETENT_CARD_FROZEN_EN[0] as string);
    // Every card and line the bot posted was echoed back as MESSAGE_CREATE; only the trainee was answered.
    expect(discord.calls.slice(mark).filter(isPost(thread))).toHaveLength(1);
  });

  it("an observer's message in the thread gets nothing; an observer's command gets a private answer", async () => {
    const { thread } = await drill();
    const mark = discord.calls.length;
    discord.gateway.dispatch(
      'MESSAGE_CREATE',
      userMessage({ channelId: thread, content: 'Can I try?', user: OBSERVER }),
    );
    await bot.say(thread, COMPETENT_CARD_FROZEN_EN[0] as string);
    const after = discord.calls.slice(mark);
    expect(after.filter(isPost(thread))).toHaveLength(1);
    expect(webhookCalls(after)).toHaveLength(0);
    const hint = await bot.command({ subcommand: 'hint', user: OBSERVER, channel: threadRef(thread) });
    const note = webhookCalls(hint.calls);
    expect(note).toHaveLength(1);
    expect(String(note[0]?.body.content)).toContain('no drill in progress');
    expect(hint.calls.filter(isPost(thread))).toHaveLength(0);
  });

  it('never pings: @everyone, @here and mentions in trainee text go out with allowed_mentions parse []', async () => {
    const { thread } = await drill();
    // No greeting, so the scorecard quotes the whole line as its evidence.
    await bot.say(thread, '@everyone @here <@1017000000000000102> <@&1017000000000000200> what do you need');
    await bot.command({ subcommand: 'end', channel: threadRef(thread) });
    const sent = discord.calls.filter(
      (c) => c.method !== 'GET' && (c.body.content !== undefined || c.body.embeds),
    );
    expect(JSON.stringify(sent.map((c) => c.body))).toContain('@everyone');
    for (const c of sent.filter((c) => !c.route.endsWith('/callback'))) {
      expect(c.body.allowed_mentions).toEqual({ parse: [] });
      expect(wouldPing(c.body)).toBe(false);
    }
  });

  it('resumes after the gateway drops mid-drill: the reply sent while it was away is answered once', async () => {
    const { thread } = await drill();
    const identified = discord.gateway.identifies.length;
    await bot.say(thread, COMPETENT_CARD_FROZEN_EN[0] as string);
    const beat = await discord.gateway.requestHeartbeat();
    expect(typeof beat.d).toBe('number');
    const resumed = discord.gateway.next(OP.resume);
    discord.gateway.drop();
    const mark = discord.calls.length;
    discord.gateway.dispatch(
      'MESSAGE_CREATE',
      userMessage({ channelId: thread, content: COMPETENT_CARD_FROZEN_EN[1] as string }),
    );
    const resume = await resumed;
    expect(resume.d).toMatchObject({ session_id: `session-${identified}`, seq: expect.any(Number) });
    await discord.waitFor(isPost(thread), mark);
    await bot.settle();
    expect(discord.calls.slice(mark).filter(isPost(thread))).toHaveLength(1);
    expect(discord.gateway.identifies.length).toBe(identified);
    await bot.say(thread, COMPETENT_CARD_FROZEN_EN[2] as string);
  });

  it('a drill survives a bot restart: the new process answers in the same thread', async () => {
    const file = `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-discord-')), 'drills.sqlite')}`;
    const { thread, calls, token } = await drill({}, file);
    expect(calls.find((c) => c.route.endsWith(`${token}/messages/@original`))?.body.content).toContain(
      `<#${thread}>`,
    );
    await bot.say(thread, COMPETENT_CARD_FROZEN_EN[0] as string);
    await bot.close();
    bot = await startBot(discord, { storeUrl: file });
    const answered = await bot.say(thread, COMPETENT_CARD_FROZEN_EN[1] as string);
    expect(answered.filter(isPost(thread))).toHaveLength(1);
    expect(discord.posted(CHANNEL_ID)).toHaveLength(1);
  });

  it('private threads: the card opens a private thread, the trainee is added, nothing lands in the channel', async () => {
    const { calls, thread } = await drill({ DISCORD_THREAD_VISIBILITY: 'private' });
    const opened = calls.find((c) => c.route === `/channels/${CHANNEL_ID}/threads`);
    expect(opened?.body).toMatchObject({ type: 12 });
    expect(
      calls.some((c) => c.method === 'PUT' && c.route === `/channels/${thread}/thread-members/${TRAINEE.id}`),
    ).toBe(true);
    expect(calls.filter(isPost(thread)).length).toBeGreaterThanOrEqual(2);
    expect(discord.posted(CHANNEL_ID)).toHaveLength(0);
    expect(await bot.say(thread, COMPETENT_CARD_FROZEN_EN[0] as string)).toContainEqual(
      expect.objectContaining({ route: `/channels/${thread}/messages` }),
    );
  });

  it('a channel the bot may not post in: the trainee is told privately and no drill is left open', async () => {
    bot = await startBot(discord);
    discord.deny('1017000000000000003');
    const refused = await bot.command({ ...START, channel: channelRef('1017000000000000003') });
    const note = webhookCalls(refused.calls)[0];
    expect(String(note?.body.content)).toContain('could not start');
    const status = await bot.command({ subcommand: 'status' });
    expect(String(webhookCalls(status.calls)[0]?.body.content)).not.toContain('in progress');
  });

  it("waits out a 429 through discord.js's REST queue and still answers", async () => {
    const { thread } = await drill();
    discord.rateLimitNext(new RegExp(`^/channels/${thread}/messages$`));
    const answered = await bot.say(thread, COMPETENT_CARD_FROZEN_EN[0] as string);
    expect(answered.map((c) => c.status)).toEqual(expect.arrayContaining([429, 200]));
    expect(answered.filter(isPost(thread))).toHaveLength(1);
  });
});

describe('Discord: the HTTP interactions endpoint', () => {
  const endpoint = () => `${bot.url}/discord/interactions`;

  it('answers a signed PING and refuses missing, forged and stale signatures with 401', async () => {
    bot = await startBot(discord, { env: { DISCORD_PUBLIC_KEY: PUBLIC_KEY } });
    const ping = { id: '1017000000000000300', application_id: '1', type: 1, token: 't', version: 1 };
    expect(await postInteraction(endpoint(), ping)).toEqual({ status: 200, body: { type: 1 } });
    const start = commandInteraction(START);
    for (const o of [{ unsigned: true }, { forged: true }, { ts: Math.floor(Date.now() / 1000) - 600 }])
      expect((await postInteraction(endpoint(), start, o)).status).toBe(401);
    await bot.settle();
    expect(discord.calls.filter((c) => c.method === 'POST' && c.route !== '/gateway/bot')).toHaveLength(0);
  });

  it('a signed /drill start is deferred in the HTTP answer and completed with follow-ups', async () => {
    bot = await startBot(discord, { env: { DISCORD_PUBLIC_KEY: PUBLIC_KEY } });
    const start = commandInteraction(START);
    discord.expectInteraction(start);
    const r = await postInteraction(endpoint(), start);
    expect(r).toEqual({ status: 200, body: { type: 5, data: { flags: 64 } } });
    discord.answeredOverHttp(start.id, r.body as { type: number });
    await bot.settle();
    const thread = threadOf(discord.calls);
    expect(discord.posted(thread).length).toBeGreaterThanOrEqual(1);
    const done = discord.calls.find(
      (c) => c.method === 'PATCH' && c.route.endsWith(`${start.token}/messages/@original`),
    );
    expect(done?.body.content).toContain(`<#${thread}>`);
  });
});
