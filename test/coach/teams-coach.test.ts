import { describe, expect, it } from 'vitest';
import { InboundActivity, parseActivity } from '../../adapters/teams/parse.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import {
  ADA,
  BOB,
  BOT,
  CHANNEL,
  channelMentionOf,
  channelMessage,
  GRACE,
  mentionOf,
  personalMessage,
  submit,
  TEAM,
  type TeamsUser,
} from '../teams/activities.ts';
import { type ConnectorCall, TENANT } from '../teams/fake-bot-framework.ts';
import { directTo, payload, submitData, teamsBotPerTest } from '../teams/harness.ts';

const ctx = teamsBotPerTest({ MANAGERS: `teams:${TENANT}:${GRACE.aadObjectId}` });

const today = () => new Date().toISOString().slice(0, 10);
/** The 1:1 chat the bot opens with a person (the fake names it after the member it was opened with). */
const direct = (user: TeamsUser) => `a:direct-${user.id}`;
const texts = (calls: ConnectorCall[]) => calls.filter((c) => c.body.type === 'message').map(payload);

/** `@CSC Drill <text>` at the top of the channel, `mentions` being the other people or channels it names. */
async function command(text: string, user: TeamsUser, mentions: Record<string, unknown>[] = []) {
  const r = await ctx.bot.send(channelMessage(ctx.fake.serviceUrl, { text, user, mention: true, mentions }));
  expect(r.status).toBe(200);
  await ctx.bot.settle();
}

/** Words typed in the person's 1:1 chat with the bot. */
async function chat(text: string, user: TeamsUser, conversation = direct(user)) {
  const r = await ctx.bot.send(personalMessage(ctx.fake.serviceUrl, { text, user, conversation }));
  expect(r.status).toBe(200);
  await ctx.bot.settle();
}

const assignmentCard = (user: TeamsUser) =>
  ctx.fake.calls.filter(directTo(user)).find((c) => payload(c).includes('"csc":"drill_assignment"'));

/** The assignee clicks Start on their assignment card (an Action.Submit in their 1:1 chat). */
async function clickStart(user: TeamsUser) {
  const card = assignmentCard(user);
  const r = await ctx.bot.send(
    submit(ctx.fake.serviceUrl, {
      data: submitData(card, 'drill_assignment'),
      conversation: direct(user),
      card: String(card?.result?.id),
      user,
      type: 'personal',
    }),
  );
  expect(r.status).toBe(200);
  await ctx.bot.settle();
}

async function playAssignment(user: TeamsUser) {
  await clickStart(user);
  for (const line of COMPETENT_CARD_FROZEN_EN) await chat(line, user);
}

describe('managers on Teams', () => {
  it('assigns a drill by @mention: each person is found in the team roster and gets a 1:1 message with a start button', async () => {
    ctx.fake.roster.push(ADA, BOB, GRACE);
    await command(
      `assign <at>${ADA.name}</at> <at>${BOB.name}</at> card-frozen-after-travel en due ${today()}`,
      GRACE,
      [mentionOf(ADA), mentionOf(BOB)],
    );
    // Teams mentions carry the bot-scoped id only: the team's roster gives the Entra object id.
    const lookups = ctx.fake.calls.filter((c) => c.op === 'getConversationMember');
    expect(lookups.map((c) => [c.conversation, c.activityId])).toEqual([
      [TEAM, ADA.id],
      [TEAM, BOB.id],
    ]);
    const opened = ctx.fake.calls.filter((c) => c.op === 'createConversation');
    expect(opened.flatMap((c) => c.body.members as unknown[])).toEqual(
      expect.arrayContaining([
        { id: ADA.id, name: '' },
        { id: BOB.id, name: '' },
      ]),
    );
    for (const user of [ADA, BOB]) {
      const card = payload(assignmentCard(user));
      expect(card).toContain('Debit card frozen');
      expect(card).toContain(`due ${today()}`);
      expect(card).toContain('"type":"Action.Submit"');
    }
    const notes = texts(ctx.fake.calls.filter(directTo(GRACE))).join('\n');
    expect(notes).toContain('to 2 people');
    expect(notes).toContain('Delivered to 2');
    expect(ctx.fake.calls.some((c) => c.conversation?.startsWith(CHANNEL))).toBe(false);
  });

  it('refuses a trainee politely in a 1:1 message, without looking anyone up', async () => {
    ctx.fake.roster.push(ADA, BOB, GRACE);
    await command(`assign <at>${BOB.name}</at> card-frozen-after-travel`, ADA, [mentionOf(BOB)]);
    expect(texts(ctx.fake.calls.filter(directTo(ADA)))).toEqual([
      expect.stringContaining('only training managers'),
    ]);
    expect(ctx.fake.calls.map((c) => c.op)).toEqual(['createConversation', 'sendToConversation']);
    expect(ctx.fake.calls.some((c) => c.conversation === direct(BOB))).toBe(false);
  });

  it('assigns to everyone in a mentioned channel, read from its roster page by page', async () => {
    ctx.fake.roster.push(ADA, BOB, GRACE);
    await command('assign <at>Support Training</at> defective-blender-refund', GRACE, [
      channelMentionOf(CHANNEL, 'Support Training'),
    ]);
    const pages = ctx.fake.calls.filter((c) => c.op === 'getConversationPagedMembers');
    expect(pages.map((c) => [c.conversation, c.body.continuationToken])).toEqual([
      [CHANNEL, undefined],
      [CHANNEL, 'page-2'],
    ]);
    for (const user of [ADA, BOB, GRACE]) expect(assignmentCard(user)).toBeDefined();
  });

  it('names a mention the roster does not hold (a tag) instead of assigning to it', async () => {
    ctx.fake.roster.push(ADA, GRACE);
    const tag = { id: '29:1Tg9nightshiftTagId', name: 'Night shift' };
    await command(`assign <at>${tag.name}</at> card-frozen-after-travel`, GRACE, [mentionOf(tag)]);
    expect(texts(ctx.fake.calls.filter(directTo(GRACE))).at(-1)).toContain('Nobody known as Night shift');
    expect(ctx.fake.calls.some((c) => payload(c).includes('drill_assignment'))).toBe(false);
  });

  it('runs the assigned drill in the 1:1 chat from its start button to the scorecard; the manager sees the result', async () => {
    ctx.fake.roster.push(ADA, GRACE);
    await command(`assign <at>${ADA.name}</at> card-frozen-after-travel programmer-liu en`, GRACE, [
      mentionOf(ADA),
    ]);
    const before = ctx.fake.calls.length;
    await playAssignment(ADA);
    const inChat = ctx.fake.calls.slice(before).filter(directTo(ADA));
    const messages = texts(inChat);
    expect(messages[0]).toContain('Your briefing');
    expect(messages[1]).toContain('risk control');
    expect(messages.at(-1)).toMatch(/Overall \d+\/100 · (PASS|FAIL)/);
    // The whole drill stayed in the chat: no channel post, no new conversation.
    expect(ctx.fake.calls.slice(before).some((c) => c.op === 'createConversation')).toBe(false);
    await command('assignments', GRACE);
    expect(texts(ctx.fake.calls.filter(directTo(GRACE))).at(-1)).toMatch(
      /Ada Lovelace — Debit card frozen.*: finished \d+\/100 (PASS|FAIL)/,
    );
  });

  it('sends a report to the manager’s 1:1 chat, with the trend chart', async () => {
    ctx.fake.roster.push(ADA, GRACE);
    await command(`assign <at>${ADA.name}</at> card-frozen-after-travel programmer-liu en`, GRACE, [
      mentionOf(ADA),
    ]);
    await playAssignment(ADA);
    const before = ctx.fake.calls.length;
    await command(`report <at>${ADA.name}</at>`, GRACE, [mentionOf(ADA)]);
    const report = ctx.fake.calls.slice(before).filter(directTo(GRACE)).at(-1);
    expect(payload(report)).toContain('Drill report: Ada Lovelace');
    expect(payload(report)).toMatch(/Ada Lovelace: 1 drill, pass rate (100|0)%/);
    expect(payload(report)).toContain('"url":"data:image/png;base64,');
    expect(ctx.fake.calls.slice(before).some((c) => c.conversation?.startsWith(CHANNEL))).toBe(false);
  });

  it('answers `me` typed bare in a 1:1 chat, and links two accounts with `me link`', async () => {
    await chat('me', ADA);
    const profile = texts(ctx.fake.calls.filter(directTo(ADA))).at(-1);
    expect(profile).toContain('Next drill');
    await chat('me link', ADA);
    const code = texts(ctx.fake.calls.filter(directTo(ADA)))
      .at(-1)
      ?.match(/code is ([A-Z0-9]{10})/)?.[1] as string;
    expect(code).toBeDefined();
    await chat(`me link ${code}`, BOB);
    expect(texts(ctx.fake.calls.filter(directTo(BOB))).at(-1)).toContain('Linked');
  });
});

describe('Teams: which 1:1 words are coaching commands', () => {
  const parse = (text: string, mentions: Record<string, unknown>[] = []) =>
    parseActivity(InboundActivity.parse(personalMessage(ctx.fake.serviceUrl, { text, mentions })), BOT.id)
      ?.type;

  it('reads the commands’ own shapes as commands', () => {
    expect(parse('assignments')).toBe('command');
    expect(parse('me link K7Q2M9X4PA')).toBe('command');
    expect(parse('team onboarding leaderboard on')).toBe('command');
    expect(parse('report 7d')).toBe('command');
    expect(parse(`assign <at>${BOB.name}</at> card-frozen-after-travel en exam`, [mentionOf(BOB)])).toBe(
      'command',
    );
  });

  it('takes anything addressed to @CSC Drill as a command, beyond those shapes', () => {
    expect(parse('report onboarding cohort-2')).toBe('message');
    expect(parse('@CSC Drill report onboarding cohort-2')).toBe('command');
  });

  it('keeps a trainee’s reply that starts with one of those words a reply', () => {
    expect(parse('Report it to the police, and we will block the card.')).toBe('message');
    expect(parse('Me too, I understand how stressful this is.')).toBe('message');
    expect(parse('Team leads will call you back today.')).toBe('message');
  });
});
