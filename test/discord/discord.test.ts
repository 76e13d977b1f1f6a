import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_ID, GUILD_ID, OBSERVER, threadRef } from '../support/discord-payloads.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeDiscord, type RestCall, startFakeDiscord } from '../support/fake-discord.ts';
import { type Bot, inChannel, startBot } from './harness.ts';

let discord: FakeDiscord;
let bot: Bot;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord.close());
beforeEach(async () => {
  discord.calls.length = 0;
  bot = await startBot(discord);
});
afterEach(() => bot.close());

type Json = Record<string, unknown>;
const START = {
  subcommand: 'start',
  options: {
    scenario: 'card-frozen-after-travel',
    persona: 'programmer-liu',
    language: 'en',
    mode: 'practice',
  },
};
const isPost = (channel: string) => (c: RestCall) =>
  c.method === 'POST' && c.route === `/channels/${channel}/messages` && c.status === 200;
const original = (token: string) => (c: RestCall) =>
  c.method === 'PATCH' && c.route.endsWith(`/${token}/messages/@original`);
const idOf = (c?: RestCall) => String((c?.response as Json | undefined)?.id);
const embeds = (c?: RestCall) => (c?.body.embeds as Json[] | undefined) ?? [];
const customIds = (c?: RestCall) =>
  ((c?.body.components as { components: { custom_id: string }[] }[] | undefined) ?? []).flatMap((r) =>
    r.components.map((x) => x.custom_id),
  );

/** Starts the drill; returns the card, the thread it opened and the command's own calls. */
async function startDrill(options = START) {
  const r = await bot.command(options);
  const card = r.calls.find(isPost(CHANNEL_ID));
  const opened = r.calls.find((c) => c.route.endsWith('/threads'));
  const thread = idOf(opened);
  return { ...r, card, opened, thread };
}

describe('Discord: /drill start', () => {
  it('defers privately, posts the scenario card as an embed, opens a public thread on it with the opening, and points there', async () => {
    const { calls, token, card, opened, thread } = await startDrill();
    const callback = calls.find((c) => c.route.endsWith('/callback'));
    expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(embeds(card)[0]).toMatchObject({ title: expect.stringContaining('practice') });
    expect(JSON.stringify(embeds(card))).toContain('Your briefing');
    expect(opened?.route).toBe(`/channels/${CHANNEL_ID}/messages/${idOf(card)}/threads`);
    expect(opened?.body).toMatchObject({
      name: expect.stringContaining('practice'),
      auto_archive_duration: 1440,
    });
    const opening = calls.find(isPost(thread));
    expect(String(opening?.body.content)).toContain('risk control');
    expect(calls.find(original(token))?.body.content).toContain(`<#${thread}>`);
    // The deferral went out before anything was posted, well within Discord's 3 seconds.
    expect(calls.indexOf(callback as RestCall)).toBeLessThan(calls.indexOf(card as RestCall));
  });

  it('plays a full drill in the thread, with tags under each customer line, to an embed scorecard with the radar attached', async () => {
    const { thread } = await startDrill();
    const replies: RestCall[] = [];
    for (const line of COMPETENT_CARD_FROZEN_EN)
      replies.push(...(await bot.say(thread, line)).filter(isPost(thread)));
    expect(String(replies[0]?.body.content)).toMatch(/-# .*`GT` Greeting/);
    const scorecard = replies.find((c) => embeds(c).some((e) => String(e.title).startsWith('Overall')));
    expect(embeds(scorecard)[0]).toMatchObject({
      title: expect.stringMatching(/^Overall \d+\/100 · PASS/),
      image: { url: 'attachment://scorecard.png' },
    });
    expect(scorecard?.files).toEqual([expect.objectContaining({ name: 'scorecard.png', type: 'image/png' })]);
    expect(JSON.stringify(embeds(scorecard))).toContain('Try saying');
    const ids = replies.flatMap(customIds);
    expect(ids).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^drill_retry:/),
        expect.stringMatching(/^drill_rate_5:.+:5$/),
      ]),
    );
    // Every post went to the drill's thread: nothing more in the channel than the card.
    expect(discord.posted(CHANNEL_ID)).toHaveLength(1);
  });

  it('`/drill end` completes its deferral with a pointer while the scorecard goes to the thread', async () => {
    const { thread } = await startDrill();
    await bot.say(thread, COMPETENT_CARD_FROZEN_EN[0] as string);
    const end = await bot.command({ subcommand: 'end', channel: threadRef(thread) });
    const scorecard = end.calls.find(isPost(thread));
    expect(embeds(scorecard)[0]?.title).toMatch(/^Overall \d+\/100/);
    expect(end.calls.find(original(end.token))?.body.content).toContain(`<#${thread}>`);
    expect(end.calls.filter((c) => c.route.startsWith('/webhooks/') && c.method === 'POST')).toHaveLength(0);
  });

  it('rating answers privately; retry opens a new thread with the same customer', async () => {
    const { thread, calls } = await startDrill();
    const opening = String(calls.find(isPost(thread))?.body.content);
    const end = await bot.command({ subcommand: 'end', channel: threadRef(thread) });
    const scorecard = end.calls.filter(isPost(thread)).find((c) => customIds(c).length);
    const rate = customIds(scorecard).find((id) => id.startsWith('drill_rate_4:')) as string;
    const messageId = idOf(scorecard);
    const rated = await bot.click({ customId: rate, messageId, channel: threadRef(thread) });
    expect(rated.calls.find(original(rated.token))?.body.content).toContain('★★★★');
    expect(rated.calls.filter(isPost(thread))).toHaveLength(0);
    const retry = customIds(scorecard).find((id) => id.startsWith('drill_retry:')) as string;
    const again = await bot.click({ customId: retry, messageId, channel: threadRef(thread) });
    const card = again.calls.find(isPost(CHANNEL_ID));
    const fresh = idOf(again.calls.find((c) => c.route.endsWith('/threads')));
    expect(card).toBeDefined();
    expect(fresh).not.toBe(thread);
    expect(String(again.calls.find(isPost(fresh))?.body.content)).toBe(opening);
    expect(again.calls.find(original(again.token))?.body.content).toContain(`<#${fresh}>`);
  });

  it('`/drill start` with no options answers privately with a scenario menu; picking one starts it', async () => {
    const picker = await bot.command({ subcommand: 'start' });
    const menu = picker.calls.find(original(picker.token));
    const rows = (menu?.body.components ?? []) as { components: Json[] }[];
    const select = rows[0]?.components[0];
    expect(select).toMatchObject({ type: 3, custom_id: 'drill_pick' });
    expect(((select?.options ?? []) as Json[]).length).toBeLessThanOrEqual(25);
    expect(discord.posted()).toHaveLength(0);
    const picked = await bot.click({
      customId: 'drill_pick',
      values: ['face-login-fails-app'],
      messageId: '1017000000000000500',
      channel: inChannel(),
    });
    expect(embeds(picked.calls.find(isPost(CHANNEL_ID)))[0]?.title).toBeDefined();
  });

  it('autocompletes scenarios and personas in the user’s language', async () => {
    const zh = await bot.command({
      subcommand: 'start',
      options: { scenario: '卡' },
      focused: 'scenario',
      locale: 'zh-CN',
    });
    const answer = zh.calls.find((c) => c.route.endsWith('/callback'))?.body as {
      type: number;
      data: { choices: { name: string; value: string }[] };
    };
    expect(answer.type).toBe(8);
    expect(answer.data.choices.length).toBeGreaterThan(0);
    expect(answer.data.choices.length).toBeLessThanOrEqual(25);
    expect(answer.data.choices.every((c) => /\p{Script=Han}/u.test(c.name))).toBe(true);
    const en = await bot.command({ subcommand: 'start', options: { persona: 'liu' }, focused: 'persona' });
    const personas = ((en.calls.find((c) => c.route.endsWith('/callback'))?.body ?? {}) as typeof answer).data
      .choices;
    expect(personas.map((c) => c.value)).toContain('programmer-liu');
  });

  it('help, list, status and an unknown option value are private answers, in the user’s language', async () => {
    const help = await bot.command({ subcommand: 'help', locale: 'zh-CN' });
    expect(String(help.calls.find(original(help.token))?.body.content)).toContain('/drill start');
    expect(String(help.calls.find(original(help.token))?.body.content)).toMatch(/开始练习/);
    const bad = await bot.command({ subcommand: 'start', options: { scenario: 'card-frozen' } });
    expect(String(bad.calls.find(original(bad.token))?.body.content)).toContain(
      'closest: card-frozen-after-travel',
    );
    const status = await bot.command({ subcommand: 'status', user: OBSERVER });
    expect(String(status.calls.find(original(status.token))?.body.content)).toContain('No finished drills');
    expect(discord.posted()).toHaveLength(0);
  });
});

describe('Discord: the channel adapter', () => {
  it('edits a message it posted in place', async () => {
    const channel = bot.app.modules.find((m) => m.module.id === 'discord')?.running?.channel;
    const key = channel?.keys.encode({ guild: GUILD_ID, channel: CHANNEL_ID }) as string;
    const sent = await channel?.post(key, { text: 'first' });
    await channel?.update?.(sent as NonNullable<typeof sent>, { text: 'second **draft**' });
    const edit = discord.calls.find(
      (c) => c.method === 'PATCH' && c.route === `/channels/${CHANNEL_ID}/messages/${sent?.messageId}`,
    );
    expect(edit?.body).toMatchObject({
      content: 'second \\*\\*draft\\*\\*',
      allowed_mentions: { parse: [] },
    });
  });

  it('a thread key names the guild, the parent channel and the thread', async () => {
    const { thread } = await startDrill();
    const link = await bot.app.repo.drillForThread(
      bot.app.modules
        .find((m) => m.module.id === 'discord')
        ?.running?.channel?.keys.encode({
          guild: GUILD_ID,
          channel: CHANNEL_ID,
          thread,
        }) as string,
    );
    expect(link).toBeDefined();
  });
});
