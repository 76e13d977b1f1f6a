import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../discord/harness.ts';
import {
  CHANNEL_ID,
  CY,
  type DiscordUser,
  dmRef,
  GUILD_ID,
  MANAGER,
  OBSERVER,
  PRIVATE_CHANNEL_ID,
  SUPPORT_ROLE,
  TRAINEE,
} from '../support/discord-payloads.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeDiscord, type RestCall, startFakeDiscord } from '../support/fake-discord.ts';

let discord: FakeDiscord;
let bot: Bot;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord.close());
beforeEach(async () => {
  discord.calls.length = 0;
  discord.membersIntent = true;
  bot = await startBot(discord, { env: { MANAGERS: `discord:${MANAGER.id}` } });
});
afterEach(() => bot.close());

const today = () => new Date().toISOString().slice(0, 10);
const text = (c?: RestCall) => JSON.stringify(c?.body ?? {});
/** What the person was told privately: the deferral's edits and follow-ups of their interactions. */
const privately = (calls: RestCall[], token: string) =>
  calls
    .filter(
      (c) =>
        (c.method === 'PATCH' && c.route.endsWith(`/${token}/messages/@original`)) ||
        (c.method === 'POST' && c.route.endsWith(`/${token}`)),
    )
    .map((c) => String(c.body.content ?? text(c)));
const opened = () =>
  discord.calls
    .filter((c) => c.method === 'POST' && c.route === '/users/@me/channels')
    .map((c) => c.body.recipient_id);
const memberLists = () => discord.calls.filter((c) => c.route === `/guilds/${GUILD_ID}/members`);
const dmOf = (user: DiscordUser) => discord.dmWith(user.id) as string;
/** Who got an assignment in their DM, among the calls since they were last cleared. */
const assignedTo = () =>
  [TRAINEE, OBSERVER, MANAGER, CY]
    .filter((u) => dmOf(u) && discord.posted(dmOf(u)).some((c) => text(c).includes('drill_assignment:')))
    .map((u) => u.id)
    .sort();
const assignmentPost = (user: DiscordUser) =>
  discord.posted(dmOf(user)).find((c) => text(c).includes('drill_assignment:'));

/** `/drill <subcommand>` with typed options; resolves once every DM it caused has gone out. */
async function drill(
  user: DiscordUser,
  subcommand: string,
  options: Parameters<Bot['command']>[0]['options'] = {},
) {
  const r = await bot.command({ subcommand, options, user });
  await bot.settle();
  return { ...r, told: privately(discord.calls, r.token) };
}

/** The assignee clicks Start on the assignment in their DM. */
async function clickStart(user: DiscordUser) {
  const post = assignmentPost(user);
  const customId = text(post).match(/"custom_id":"(drill_assignment:[0-9a-f-]{36})"/)?.[1] as string;
  return bot.click({
    customId,
    messageId: String((post?.response as { id?: string } | undefined)?.id),
    channel: dmRef(dmOf(user)),
    user,
  });
}

async function playAssignment(user: DiscordUser) {
  const click = await clickStart(user);
  for (const line of COMPETENT_CARD_FROZEN_EN) await bot.say(dmOf(user), line, user, { dm: true });
  return click;
}

describe('managers on Discord', () => {
  it('assigns a drill with typed options: each picked person gets a DM with the briefing and a start button', async () => {
    const r = await drill(MANAGER, 'assign', {
      scenario: 'card-frozen-after-travel',
      user: { user: TRAINEE },
      user2: { user: CY },
      language: 'en',
      due: today(),
    });
    expect(opened().sort()).toEqual([TRAINEE.id, CY.id].sort());
    for (const user of [TRAINEE, CY]) {
      const dm = assignmentPost(user);
      expect(text(dm)).toContain('Debit card frozen');
      expect(text(dm)).toContain(`due ${today()}`);
      expect(text(dm)).toMatch(/"type":2,.*"custom_id":"drill_assignment:/);
    }
    expect(r.told.join('\n')).toContain('to 2 people');
    expect(r.told.join('\n')).toContain('Delivered to 2');
    expect(discord.posted(CHANNEL_ID)).toHaveLength(0);
  });

  it('refuses a trainee privately, without looking anyone up', async () => {
    const r = await drill(TRAINEE, 'assign', {
      scenario: 'card-frozen-after-travel',
      user: { user: OBSERVER },
      role: { role: SUPPORT_ROLE },
    });
    expect(r.told).toEqual([expect.stringContaining('only training managers')]);
    expect(opened()).toEqual([]);
    expect(memberLists()).toEqual([]);
    expect(discord.posted()).toHaveLength(0);
  });

  it('assigns to a role and to everyone who can see a channel, from the guild’s member list, never the bot', async () => {
    await drill(MANAGER, 'assign', { scenario: 'auto', role: { role: SUPPORT_ROLE } });
    expect(memberLists()[0]?.query.get('limit')).toBe('1000');
    expect(assignedTo()).toEqual([TRAINEE.id, CY.id].sort());
    discord.calls.length = 0;
    await drill(MANAGER, 'assign', {
      scenario: 'defective-blender-refund',
      channel: { channel: { id: PRIVATE_CHANNEL_ID, name: 'trainees-only', type: 0 } },
    });
    // @everyone may not see the channel; the support role may: Ada and Cy, not Bob, Grace or the bot.
    expect(assignedTo()).toEqual([TRAINEE.id, CY.id].sort());
    discord.calls.length = 0;
    await drill(MANAGER, 'assign', {
      scenario: 'defective-blender-refund',
      channel: { channel: { id: CHANNEL_ID, name: 'support-training', type: 0 } },
    });
    expect(assignedTo()).toEqual([TRAINEE.id, OBSERVER.id, MANAGER.id, CY.id].sort());
  });

  it('says what to switch on when Discord will not list the members (Server Members Intent)', async () => {
    discord.membersIntent = false;
    const r = await drill(MANAGER, 'assign', { scenario: 'auto', role: { role: SUPPORT_ROLE } });
    expect(r.told.at(-1)).toContain('Server Members Intent');
    expect(opened()).toEqual([]);
  });

  it('runs the assigned drill in the DM from its start button to the scorecard; the manager sees the result', async () => {
    await drill(MANAGER, 'assign', {
      scenario: 'card-frozen-after-travel',
      persona: 'programmer-liu',
      user: { user: TRAINEE },
      language: 'en',
    });
    const mark = discord.calls.length;
    const click = await playAssignment(TRAINEE);
    const inDm = discord.posted(dmOf(TRAINEE)).filter((c) => discord.calls.indexOf(c) >= mark);
    expect(text(inDm[0])).toContain('Your briefing');
    expect(text(inDm[1])).toContain('risk control');
    expect(text(inDm.at(-1))).toMatch(/Overall \d+\/100 · (PASS|FAIL)/);
    expect(inDm.at(-1)?.files).toEqual([expect.objectContaining({ name: 'scorecard.png' })]);
    // No thread in a DM, nothing in the guild, and the click's deferral points below rather than to a channel.
    expect(discord.calls.slice(mark).some((c) => c.route.endsWith('/threads'))).toBe(false);
    expect(discord.posted(CHANNEL_ID)).toHaveLength(0);
    expect(privately(discord.calls, click.token)).toEqual(['👇 See below']);
    const list = await drill(MANAGER, 'assignments');
    expect(list.told.at(-1)).toMatch(/Ada — Debit card frozen.*: finished \d+\/100 (PASS|FAIL)/);
  });

  it('sends a report to the manager by DM, with the trend chart attached', async () => {
    await drill(MANAGER, 'assign', {
      scenario: 'card-frozen-after-travel',
      persona: 'programmer-liu',
      user: { user: TRAINEE },
      language: 'en',
    });
    await playAssignment(TRAINEE);
    const r = await drill(MANAGER, 'report', { user: { user: TRAINEE }, since: '7d' });
    const report = discord.posted(dmOf(MANAGER)).at(-1);
    expect(text(report)).toContain('Drill report: Ada');
    expect(text(report)).toMatch(/Ada: 1 drill, pass rate (100|0)%/);
    expect(report?.files).toEqual([expect.objectContaining({ name: 'trend.png', type: 'image/png' })]);
    expect(r.told).toEqual(['📬 Sent to you by direct message']);
  });

  it('builds a team from typed options, and its member reads the leaderboard once it is on', async () => {
    await drill(MANAGER, 'team', { name: 'onboarding', action: 'add', user: { user: TRAINEE } });
    const on = await drill(MANAGER, 'team', { name: 'onboarding', action: 'leaderboard on' });
    expect(on.told.at(-1)).toMatch(/onboarding/);
    const board = await drill(TRAINEE, 'leaderboard', { team: 'onboarding' });
    expect(board.told.at(-1)).toContain('Leaderboard: onboarding');
  });

  it('shows a trainee their profile with `/drill me`, and links two accounts with a code', async () => {
    const me = await drill(TRAINEE, 'me');
    expect(me.told.at(-1)).toContain('Next drill');
    const link = await drill(TRAINEE, 'me', { link: true });
    const code = link.told.at(-1)?.match(/code is ([A-Z0-9]{10})/)?.[1] as string;
    expect(code).toBeDefined();
    const redeemed = await drill(OBSERVER, 'me', { code });
    expect(redeemed.told.at(-1)).toContain('Linked');
  });

  it('offers auto first among the scenarios of /drill assign', async () => {
    const r = await bot.command({
      subcommand: 'assign',
      options: { scenario: 'au' },
      focused: 'scenario',
      user: MANAGER,
    });
    const answer = r.calls.find((c) => c.route.endsWith('/callback'))?.body as {
      data: { choices: { value: string }[] };
    };
    expect(answer.data.choices[0]?.value).toBe('auto');
  });
});
