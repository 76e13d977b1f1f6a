import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { blockAction, slashCommand, threadMessage } from '../support/slack-requests.ts';
import { type Bot, startBot } from './harness.ts';

let slack: FakeSlack;
let bot: Bot;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(() => slack.close());
beforeEach(async () => {
  slack.calls.length = 0;
  bot = await startBot(slack);
});
afterEach(() => bot.close());

const allText = () => JSON.stringify(slack.calls.map((c) => c.args));

/** Starts a drill with /drill and returns the thread it opened. */
async function startDrill(
  args = 'start card-frozen-after-travel programmer-liu en practice',
  user = 'U1',
  channel = 'C1',
) {
  const r = await bot.send(slashCommand(args, user, channel), 'form');
  expect(r.status).toBe(200);
  await bot.settle();
  const root = slack
    .posted()
    .filter((c) => c.args.channel === channel && !c.args.thread_ts)
    .at(-1);
  const opening = slack
    .posted()
    .filter((c) => c.args.channel === channel && c.args.thread_ts)
    .at(-1);
  const threadTs = String(opening?.args.thread_ts);
  return { root, threadTs };
}

async function reply(
  text: string,
  threadTs: string,
  user = 'U1',
  extra: Parameters<typeof threadMessage>[0] extends infer T ? Partial<T> : never = {},
) {
  const r = await bot.send(threadMessage({ text, threadTs, user, ...extra }), 'json');
  expect(r.status).toBe(200);
  await bot.settle();
}

const threadPosts = (threadTs: string) => slack.posted().filter((c) => c.args.thread_ts === threadTs);

describe('Slack: /drill in a channel', () => {
  it('acknowledges with an ephemeral line, posts the scenario card and opens the thread with the customer', async () => {
    const r = await bot.send(
      slashCommand('start card-frozen-after-travel programmer-liu en practice'),
      'form',
    );
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Working on it'),
    });
    await bot.settle();
    const [card, opening] = slack.posted();
    expect(card?.args).toMatchObject({ channel: 'C1' });
    expect(card?.args.thread_ts).toBeUndefined();
    expect(JSON.stringify(card?.args.blocks)).toContain('Your briefing');
    expect(opening?.args.thread_ts).toBeDefined();
    expect(String(opening?.args.text)).toContain('risk control');
  });

  it('plays a full drill in the thread, with tags on each customer line, to a Block Kit scorecard and radar PNG', async () => {
    const { threadTs } = await startDrill();
    for (const line of COMPETENT_CARD_FROZEN_EN) await reply(line, threadTs);
    const posts = threadPosts(threadTs);
    const customerReplies = posts.slice(1, -1);
    expect(customerReplies.length).toBeGreaterThanOrEqual(COMPETENT_CARD_FROZEN_EN.length - 1);
    expect(JSON.stringify(customerReplies[0]?.args.blocks)).toMatch(/`GT` Greeting/);
    const scorecard = posts.at(-1);
    const blocks = JSON.stringify(scorecard?.args.blocks);
    expect(String(scorecard?.args.text)).toMatch(/^Overall \d+\/100 · PASS/);
    expect(blocks).toContain('Try saying');
    expect(blocks).toContain('drill_retry');
    expect(blocks).toContain('drill_rate_5');
    expect(slack.calls.map((c) => c.method)).toEqual(
      expect.arrayContaining(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']),
    );
    // The radar chart lands in the drill's thread, not the channel.
    expect(slack.calls.find((c) => c.method === 'files.completeUploadExternal')?.args).toMatchObject({
      channel_id: 'C1',
      thread_ts: threadTs,
    });
  });

  it('rating buttons store feedback and retry starts the same drill again', async () => {
    const { threadTs } = await startDrill();
    await bot.send(slashCommand('end'), 'form');
    await bot.settle();
    const scorecard = threadPosts(threadTs).at(-1);
    const drillValue = String(JSON.stringify(scorecard?.args.blocks).match(/"value":"([\w-]+)"/)?.[1]);
    await bot.send(
      blockAction({ actionId: 'drill_rate_4', value: `${drillValue}:4`, messageTs: '1.1', threadTs }),
      'form',
    );
    await bot.settle();
    expect(slack.calls.filter((c) => c.method === 'chat.postEphemeral').at(-1)?.args.text).toContain('★★★★');
    const before = slack.posted().length;
    await bot.send(
      blockAction({ actionId: 'drill_retry', value: drillValue, messageTs: '1.1', threadTs }),
      'form',
    );
    await bot.settle();
    await bot.settle();
    const fresh = slack.posted().slice(before);
    expect(fresh[0]?.args.thread_ts).toBeUndefined();
    expect(String(fresh[1]?.args.text)).toBe(String(slack.posted()[1]?.args.text));
  });

  it('answers /drill with no arguments with a picker, and an unknown argument with the closest valid choice', async () => {
    await bot.send(slashCommand(''), 'form');
    await bot.settle();
    const picker = slack.calls.find((c) => c.method === 'chat.postEphemeral');
    expect(JSON.stringify(picker?.args.blocks)).toContain('static_select');
    await bot.send(slashCommand('start card-frozen'), 'form');
    await bot.settle();
    expect(slack.calls.filter((c) => c.method === 'chat.postEphemeral').at(-1)?.args.text).toContain(
      'closest: card-frozen-after-travel',
    );
    await bot.send(slashCommand('stat'), 'form');
    await bot.settle();
    expect(slack.calls.filter((c) => c.method === 'chat.postEphemeral').at(-1)?.args.text).toContain(
      'Did you mean /drill status?',
    );
  });
});

describe('Slack: platform manners', () => {
  it('a retried event (x-slack-retry-num) never produces a second customer reply', async () => {
    const { threadTs } = await startDrill();
    const body = threadMessage({
      text: 'Hello, thanks for contacting Huaxin Bank.',
      threadTs,
      eventId: 'EvRETRY1',
    });
    const before = threadPosts(threadTs).length;
    expect((await bot.send(body, 'json')).status).toBe(200);
    expect((await bot.send(body, 'json', { retryNum: 1 })).status).toBe(200);
    expect((await bot.send(body, 'json', { retryNum: 2 })).status).toBe(200);
    await bot.settle();
    expect(threadPosts(threadTs).length - before).toBe(1);
  });

  it('refuses a bad signature and a stale timestamp with 401', async () => {
    const body = slashCommand('start');
    expect((await bot.send(body, 'form', { secret: 'wrong' })).status).toBe(401);
    expect((await bot.send(body, 'form', { ts: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    await bot.settle();
    expect(slack.posted()).toHaveLength(0);
  });

  it('ignores the bot’s own messages', async () => {
    const { threadTs } = await startDrill();
    const before = slack.calls.length;
    await reply('I am the bot speaking', threadTs, 'UBOT', { botId: 'BBOT' });
    expect(slack.calls.length).toBe(before);
  });

  it('tells an observer once, privately, that only the trainee counts', async () => {
    const { threadTs } = await startDrill();
    const before = threadPosts(threadTs).length;
    await reply('Can I try?', threadTs, 'U2');
    await reply('Hello?', threadTs, 'U2');
    const notes = slack.calls.filter((c) => c.method === 'chat.postEphemeral' && c.args.user === 'U2');
    expect(notes).toHaveLength(1);
    expect(String(notes[0]?.args.text)).toContain("someone else's drill");
    expect(threadPosts(threadTs).length).toBe(before);
  });

  it('runs two drills in parallel threads without crossing them', async () => {
    const a = await startDrill('start card-frozen-after-travel en', 'U1');
    const b = await startDrill('start face-login-fails-app en', 'U2');
    expect(a.threadTs).not.toBe(b.threadTs);
    await Promise.all([
      reply('Hello, how can I help?', a.threadTs, 'U1'),
      reply('Hi there, how can I help?', b.threadTs, 'U2'),
    ]);
    expect(threadPosts(a.threadTs)).toHaveLength(2);
    expect(threadPosts(b.threadTs)).toHaveLength(2);
  });

  it('escapes <!channel> and never pings the channel, and honours a 429 from the Web API', async () => {
    const { threadTs } = await startDrill();
    slack.rateLimitNext('chat.postMessage');
    await reply('<!channel> <!here> <@U999> hello & welcome', threadTs);
    const sent = allText();
    expect(sent).not.toMatch(/<!channel>|<!here>|<!everyone>/);
    expect(slack.calls.some((c) => c.method === 'chat.postMessage (429)')).toBe(true);
    expect(threadPosts(threadTs).length).toBe(2);
  }, 20_000);

  it('tells the trainee their empty or oversized reply is refused, privately', async () => {
    const { threadTs } = await startDrill();
    await reply('x'.repeat(5000), threadTs);
    const note = slack.calls.filter((c) => c.method === 'chat.postEphemeral').at(-1);
    expect(note?.args).toMatchObject({ user: 'U1', thread_ts: threadTs });
    expect(String(note?.args.text)).toContain('too long');
  });
});

describe('Slack: when Slack refuses or the trainee strays', () => {
  it('tells the person privately when Slack refuses the post, and leaves no drill behind', async () => {
    slack.refuseChannel('C-NOPE', 'not_in_channel');
    await bot.send(slashCommand('start card-frozen-after-travel en', 'U1', 'C-NOPE'), 'form');
    await bot.settle();
    // The ephemeral note cannot reach a channel the bot is not in either: it goes by direct message.
    const dm = slack.posted().filter((c) => c.args.channel === 'DU1');
    expect(dm).toHaveLength(1);
    expect(String(dm[0]?.args.text)).toContain('could not start');
    expect(slack.posted().filter((c) => c.args.channel === 'C-NOPE' && c.args.thread_ts)).toHaveLength(0);
    expect(await bot.app.service.activeDrill('slack:T1:U1')).toBeUndefined();
    // …so a start in a channel the bot can post in works at once.
    const { threadTs } = await startDrill();
    expect(threadPosts(threadTs)).toHaveLength(1);
  });

  it('points a trainee who answers in the channel, not the thread, to the thread — privately, once', async () => {
    const { threadTs } = await startDrill();
    const inChannel = (text: string) => threadMessage({ text, threadTs: '' });
    for (const text of ['Hello, how can I help?', 'Hello?']) {
      const body = JSON.parse(inChannel(text));
      delete body.event.thread_ts;
      await bot.send(JSON.stringify(body), 'json');
    }
    await bot.settle();
    const notes = slack.calls.filter((c) => c.method === 'chat.postEphemeral' && c.args.user === 'U1');
    expect(notes).toHaveLength(1);
    expect(String(notes[0]?.args.text)).toContain('reply to the customer there');
    expect(threadPosts(threadTs)).toHaveLength(1);
  });
});

describe('Slack: a restart mid-drill', () => {
  it('resumes the drill in its thread after the process restarts', async () => {
    await bot.close();
    const file = `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-slack-')), 'drills.sqlite')}`;
    bot = await startBot(slack, file);
    const { threadTs } = await startDrill();
    await reply(COMPETENT_CARD_FROZEN_EN[0] as string, threadTs);
    await bot.close();
    bot = await startBot(slack, file);
    const before = threadPosts(threadTs).length;
    await reply(COMPETENT_CARD_FROZEN_EN[1] as string, threadTs);
    expect(threadPosts(threadTs).length).toBe(before + 1);
  });
});
