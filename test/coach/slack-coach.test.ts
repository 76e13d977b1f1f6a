import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../slack/harness.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { blockAction, slashCommand, threadMessage } from '../support/slack-requests.ts';

let slack: FakeSlack;
let bot: Bot;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(() => slack.close());
beforeEach(async () => {
  slack.calls.length = 0;
  bot = await startBot(slack, 'memory://', { MANAGERS: 'slack:T1:U9' });
});
afterEach(() => bot.close());

const today = () => new Date().toISOString().slice(0, 10);
const command = async (text: string, user: string) => {
  expect((await bot.send(slashCommand(text, user), 'form')).status).toBe(200);
  await bot.settle();
};
const ephemeralTo = (user: string) =>
  slack.calls
    .filter((c) => c.method === 'chat.postEphemeral' && c.args.user === user)
    .map((c) => String(c.args.text));
const dmPosts = (user: string) => slack.posted().filter((c) => c.args.channel === `D${user}`);

/** The assignee clicks the start button of their (latest) assignment DM. */
async function clickStart(user: string, id?: string) {
  const dm = dmPosts(user)
    .filter((c) => JSON.stringify(c.args.blocks).includes('drill_assignment'))
    .at(-1);
  const assignmentId =
    id ?? ((JSON.stringify(dm?.args.blocks).match(/"value":"([0-9a-f-]{36})"/) ?? [])[1] as string);
  await bot.send(
    blockAction({
      actionId: 'drill_assignment',
      value: assignmentId,
      messageTs: '1.1',
      channel: `D${user}`,
      user,
    }),
    'form',
  );
  await bot.settle();
  return { assignmentId };
}

/** Starts the assignment and plays the competent card-frozen drill to its scorecard. */
async function playAssignment(user: string) {
  await clickStart(user);
  const opening = slack
    .posted()
    .filter((c) => c.args.channel === `D${user}` && c.args.thread_ts)
    .at(-1);
  const threadTs = String(opening?.args.thread_ts);
  for (const text of COMPETENT_CARD_FROZEN_EN) {
    await bot.send(threadMessage({ text, threadTs, user, channel: `D${user}` }), 'json');
    await bot.settle();
  }
}

describe('managers on Slack', () => {
  it('assigns a drill by @mention: each assignee gets a direct message with the briefing and a start button', async () => {
    await command(`assign <@U1|ada> <@U2|bob> card-frozen-after-travel en due ${today()}`, 'U9');
    expect(
      slack.calls
        .filter((c) => c.method === 'conversations.open')
        .map((c) => c.args.users)
        .sort(),
    ).toEqual(['U1', 'U2']);
    for (const user of ['U1', 'U2']) {
      const [dm] = dmPosts(user);
      expect(JSON.stringify(dm?.args.blocks)).toContain('drill_assignment');
      expect(String(dm?.args.text)).toContain('Debit card frozen');
      expect(String(dm?.args.text)).toContain(`due ${today()}`);
    }
    const notes = ephemeralTo('U9');
    expect(notes.some((n) => n.includes('to 2 people'))).toBe(true);
    expect(notes.some((n) => n.includes('Delivered to 2'))).toBe(true);
  });

  it('refuses a trainee politely and privately, without looking anyone up', async () => {
    await command('assign <@U2|bob> card-frozen-after-travel', 'U1');
    expect(ephemeralTo('U1')).toEqual([expect.stringContaining('only training managers')]);
    expect(
      slack.calls.some((c) => c.method === 'conversations.open' || c.method === 'usergroups.users.list'),
    ).toBe(false);
    expect(slack.posted()).toHaveLength(0);
  });

  it('assigns to a user group and a channel through the platform’s member lists, skipping the bot', async () => {
    await command('assign <!subteam^S1|@support> auto', 'U9');
    expect(slack.calls.filter((c) => c.method === 'conversations.open')).toHaveLength(3);
    slack.calls.length = 0;
    await command('assign <#C7|training> defective-blender-refund', 'U9');
    expect(
      slack.calls
        .filter((c) => c.method === 'conversations.open')
        .map((c) => c.args.users)
        .sort(),
    ).toEqual(['U1', 'U2']);
  });

  it('follows an assignment from the start button to the scorecard, and the manager sees the result', async () => {
    await command('assign <@U1|ada> card-frozen-after-travel programmer-liu en', 'U9');
    const dm = dmPosts('U1')[0];
    const assignmentId = (JSON.stringify(dm?.args.blocks).match(/"value":"([0-9a-f-]{36})"/) ??
      [])[1] as string;
    await bot.send(
      blockAction({
        actionId: 'drill_assignment',
        value: assignmentId,
        messageTs: String(dm?.args.ts ?? '1.1'),
        channel: 'DU1',
      }),
      'form',
    );
    await bot.settle();
    const opening = slack
      .posted()
      .filter((c) => c.args.channel === 'DU1' && c.args.thread_ts)
      .at(-1);
    const threadTs = String(opening?.args.thread_ts);
    for (const text of COMPETENT_CARD_FROZEN_EN) {
      await bot.send(threadMessage({ text, threadTs, user: 'U1', channel: 'DU1' }), 'json');
      await bot.settle();
    }
    expect(JSON.stringify(slack.posted().at(-1)?.args.blocks)).toContain('Overall');
    slack.calls.length = 0;
    await command('assignments', 'U9');
    expect(ephemeralTo('U9').join('\n')).toMatch(/ada — Debit card frozen.*: finished \d+\/100 (PASS|FAIL)/);
  });

  it('sends a report privately to the manager, with a trend chart of the scores', async () => {
    await command('assign <@U1|ada> card-frozen-after-travel programmer-liu en', 'U9');
    await playAssignment('U1');
    slack.calls.length = 0;
    await command('report <@U1|ada>', 'U9');
    const report = dmPosts('U9').at(-1);
    expect(String(report?.args.text)).toContain('Drill report: ada');
    expect(String(report?.args.text)).toMatch(/ada: 1 drill, pass rate (100|0)%, scores \d+/);
    expect(
      slack.calls.filter((c) => c.method === 'files.completeUploadExternal').at(-1)?.args.channel_id,
    ).toBe('DU9');
    expect(slack.calls.some((c) => c.method === 'upload' && Number(c.args.bytes) > 1000)).toBe(true);
  });

  it('refuses managers a report on people outside their teams and assignments', async () => {
    await command('report <@U5|eve>', 'U9');
    expect(ephemeralTo('U9').at(-1)).toContain('Not in your teams or assignments: eve');
    expect(dmPosts('U9')).toHaveLength(0);
  });

  it('gives a trainee the same refusal whatever a manager command names, so nothing leaks', async () => {
    await command('team onboarding add <@U2|bob>', 'U9');
    slack.calls.length = 0;
    for (const text of [
      'team onboarding',
      'team nosuchteam',
      'report foo',
      'report onboarding',
      'assign zzz',
      'leaderboard onboarding',
      'leaderboard nosuchteam',
      'leaderboard o',
    ])
      await command(text, 'U1');
    const notes = ephemeralTo('U1');
    expect(notes).toHaveLength(8);
    expect(new Set(notes)).toEqual(new Set([expect.stringContaining('only training managers')]));
    expect(notes.join()).not.toContain('onboarding');
  });

  it('lets a member see their team’s leaderboard once a manager turns it on', async () => {
    await command('team onboarding add <@U1|ada> <@U2|bob>', 'U9');
    await command('team onboarding leaderboard on', 'U9');
    await command('leaderboard onboarding', 'U1');
    expect(ephemeralTo('U1').at(-1)).toContain('Leaderboard: onboarding');
    await command('team onboarding add <@U3|cy>', 'U1');
    expect(ephemeralTo('U1').at(-1)).toContain('only training managers');
  });

  it('does not start an assignment twice, nor again once finished', async () => {
    await command('assign <@U1|ada> card-frozen-after-travel programmer-liu en', 'U9');
    const { assignmentId } = await clickStart('U1');
    await clickStart('U1', assignmentId);
    expect(ephemeralTo('U1').at(-1)).toContain('already started');
    expect(
      slack
        .posted()
        .filter(
          (c) =>
            c.args.channel === 'DU1' &&
            !c.args.thread_ts &&
            JSON.stringify(c.args.blocks).includes('Your briefing'),
        ),
    ).toHaveLength(1);
  });

  it('links one person across accounts with a one-time code', async () => {
    await command('me link', 'U1');
    const code = (ephemeralTo('U1').at(-1) ?? '').match(/code is ([A-Z0-9]{10})/)?.[1] as string;
    expect(code).toBeDefined();
    expect(ephemeralTo('U1').at(-1)).toContain(`/drill me link ${code}`);
    await command(`me link ${code}`, 'U2');
    expect(ephemeralTo('U2').at(-1)).toContain('Linked');
    await command(`me link ${code}`, 'U3');
    expect(ephemeralTo('U3').at(-1)).toContain('unknown, used or expired');
  });

  it('reminds an assignee once before the due date', async () => {
    await command(`assign <@U1|ada> card-frozen-after-travel en due ${today()}`, 'U9');
    slack.calls.length = 0;
    expect(await bot.app.bot.remind()).toBe(1);
    await bot.settle();
    expect(String(dmPosts('U1').at(-1)?.args.text)).toContain('Reminder');
    expect(await bot.app.bot.remind()).toBe(0);
  });

  it('names the closest scenario for a typo, and refuses a due date in the past or not on the calendar', async () => {
    await command('assign <@U1|ada> card-frozen en', 'U9');
    expect(ephemeralTo('U9').at(-1)).toContain('closest: card-frozen-after-travel');
    await command('assign <@U1|ada> card-frozen-after-travel due 2020-01-01', 'U9');
    expect(ephemeralTo('U9').at(-1)).toContain('in the past');
    await command('assign <@U1|ada> card-frozen-after-travel due 2099-02-31', 'U9');
    expect(ephemeralTo('U9').at(-1)).toContain('due 2026-12-15');
    await command('team exam add <@U1|ada>', 'U9');
    expect(ephemeralTo('U9').at(-1)).toContain('command word');
    expect(slack.calls.some((c) => c.method === 'conversations.open')).toBe(false);
  });

  it('shows a trainee their own profile and next drill with `me`', async () => {
    await command('me', 'U1');
    const note = ephemeralTo('U1').at(-1);
    expect(note).toContain('Next drill');
    expect(note).toContain('first drill');
  });
});
