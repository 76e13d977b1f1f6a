import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResultsCsv } from '../../src/coach/export.ts';
import { type Bot, startBot } from '../slack/harness.ts';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { slashCommand } from '../support/slack-requests.ts';
import { seedTeam } from './coach-seed.ts';
import { PageClient } from './session-client.ts';

const SCENARIO = 'card-frozen-after-travel';
const enc = encodeURIComponent;

/** A GET that returns the raw body (SVG, CSV, JSONL downloads). */
async function download(client: PageClient, path: string) {
  const res = await fetch(`${client.base}${path}`, {
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf },
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

describe('the manager page API', () => {
  let running: RunningApp;
  let boss: PageClient;
  let ada: PageClient;
  beforeAll(async () => {
    running = await startApp({ MANAGERS: 'web:boss,web:mia', ADMINS: 'web:root', CERTIFY_STREAK: '2' });
    await seedTeam(running.app);
    boss = new PageClient(running.url);
    await boss.signIn(running.app, { id: 'web:boss', name: 'Boss' });
    ada = new PageClient(running.url);
    await ada.signIn(running.app, { id: 'web:ada', name: 'Ada' });
  });
  afterAll(() => running.close());

  const managerPaths = [
    '/api/coach/teams',
    `/api/coach/teams/${enc('team:onboarding')}`,
    `/api/coach/teams/${enc('team:nonexistent')}`,
    `/api/coach/teams/${enc('team:onboarding')}/trend.svg`,
    `/api/coach/teams/${enc('team:onboarding')}/export.csv`,
    `/api/coach/teams/${enc('team:onboarding')}/export.jsonl`,
    `/api/coach/people/${enc('web:bob')}`,
    `/api/coach/people/${enc('web:nobody')}`,
    `/api/coach/people/${enc('web:bob')}/export.csv`,
    '/api/coach/assignments',
  ];

  it('tells the page who is a manager when it signs in', async () => {
    expect((await boss.call('GET', '/api/session')).body.role).toBe('manager');
    expect((await ada.call('GET', '/api/session')).body.role).toBe('trainee');
  });

  it('refuses trainees the same way whether a team or person exists or not', async () => {
    const answers = [];
    for (const path of managerPaths) {
      const r = await ada.call('GET', path);
      expect(r.status, path).toBe(403);
      answers.push(r.body);
    }
    const assign = await ada.call('POST', '/api/coach/assignments', {
      people: ['web:bob'],
      scenario: SCENARIO,
    });
    expect(assign.status).toBe(403);
    answers.push(assign.body);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].error.code).toBe('not-a-manager');
    expect(await running.app.coach.assignmentsFor('web:bob')).toEqual([]);
  });

  it('refuses signed-out callers, calls without the CSRF token and other sites', async () => {
    const anon = new PageClient(running.url);
    for (const path of [...managerPaths, '/api/me/progress'])
      expect((await anon.call('GET', path)).status, path).toBe(401);
    const noToken = await boss.call('GET', '/api/coach/teams', undefined, { 'x-csrf-token': 'wrong' });
    expect([noToken.status, noToken.body.error.code]).toEqual([403, 'csrf']);
    const bare = await fetch(`${running.url}/api/coach/teams/${enc('team:onboarding')}/export.csv`, {
      headers: { cookie: boss.cookie },
    });
    expect(bare.status).toBe(403);
    const evil = await boss.call(
      'POST',
      '/api/coach/assignments',
      { people: ['web:bob'], scenario: SCENARIO },
      { origin: 'http://evil.example' },
    );
    expect([evil.status, evil.body.error.code]).toEqual([403, 'cross-origin']);
    const crossSite = await boss.call('GET', '/api/coach/teams', undefined, {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    expect(await running.app.coach.assignmentsFor('web:bob')).toEqual([]);
  });

  it('lists the people a manager assigned and the teams they created; an admin sees everyone', async () => {
    const r = await boss.call('GET', '/api/coach/teams');
    expect(r.status).toBe(200);
    expect(r.body.role).toBe('manager');
    expect(r.body.teams).toEqual([
      { id: 'assigned', kind: 'assigned', size: 0 },
      { id: 'team:onboarding', kind: 'team', name: 'onboarding', leaderboard: false, size: 3 },
    ]);
    const root = new PageClient(running.url);
    await root.signIn(running.app, { id: 'web:root', name: 'Root' });
    const all = await root.call('GET', '/api/coach/teams');
    expect(all.body.role).toBe('admin');
    expect(all.body.teams.map((t: { id: string }) => t.id)).toEqual([
      'everyone',
      'assigned',
      'team:onboarding',
    ]);
    expect(all.body.teams[0].size).toBe(Object.keys(await running.app.coach.people()).length);
    const ada = await root.call('GET', `/api/coach/people/${enc('web:ada')}`);
    expect(ada.body.drills).toBe(4);
  });

  it('keeps another manager out of a team and people that are not theirs', async () => {
    const mia = new PageClient(running.url);
    await mia.signIn(running.app, { id: 'web:mia', name: 'Mia' });
    expect((await mia.call('GET', '/api/coach/teams')).body.teams).toEqual([
      { id: 'assigned', kind: 'assigned', size: 0 },
    ]);
    for (const path of [
      `/api/coach/teams/${enc('team:onboarding')}`,
      `/api/coach/teams/${enc('team:onboarding')}/export.csv`,
      '/api/coach/teams/everyone',
      `/api/coach/people/${enc('web:ada')}`,
      `/api/coach/people/${enc('web:ada')}/export.jsonl`,
    ])
      expect((await mia.call('GET', path)).status, path).toBe(404);
    const assign = await mia.call('POST', '/api/coach/assignments', {
      people: ['web:ada'],
      scenario: SCENARIO,
    });
    expect([assign.status, assign.body.error.code]).toEqual([400, 'unknown-person']);
    expect(await running.app.coach.assignmentsFor('web:ada')).toEqual([]);
  });

  it('builds the team table from the stored scorecards', async () => {
    const r = await boss.call('GET', `/api/coach/teams/${enc('team:onboarding')}?lang=en`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ drills: 6, passRate: 0.67, team: { name: 'onboarding' } });
    expect(r.body.people).toEqual([
      {
        id: 'web:ada',
        name: 'Ada',
        drills: 4,
        passRate: 0.5,
        last: [60, 65, 72, 80],
        change: 12,
        weakest: [
          { area: 'identity-verified', label: 'skipped identity checks' },
          { area: 'empathy', label: "did not answer the customer's feelings" },
          { area: 'no-forbidden-claim', label: 'made a forbidden claim' },
        ],
      },
      { id: 'web:bob', name: 'Bob', drills: 2, passRate: 1, last: [90, 88], change: null, weakest: [] },
      { id: 'web:cy', name: 'Cy', drills: 0, passRate: null, last: [], change: null, weakest: [] },
    ]);
    const since = await boss.call('GET', `/api/coach/teams/${enc('team:onboarding')}?since=2030-01-01`);
    expect(since.body.drills).toBe(0);
    expect((await boss.call('GET', `/api/coach/teams/x?since=yesterday`)).status).toBe(400);
    const zh = await boss.call('GET', `/api/coach/teams/${enc('team:onboarding')}?lang=zh`);
    expect(zh.body.people[0].weakest[0].label).toBe('没有先核实身份');
  });

  it('opens a person: profile, strategies, breaches, weakest three with quotes, plan, certifications', async () => {
    const r = await boss.call('GET', `/api/coach/people/${enc('web:ada')}?lang=en`);
    expect(r.status).toBe(200);
    const v = r.body;
    expect(v.person).toEqual({ id: 'web:ada', name: 'Ada' });
    expect(v.qualities.map((q: { id: string }) => q.id)).toEqual([
      'empathy',
      'problem-solving',
      'compliance',
      'communication',
      'efficiency',
    ]);
    const quality = (id: string) => v.qualities.find((q: { id: string }) => q.id === id).score;
    expect(quality('compliance')).toBeLessThan(quality('communication'));
    expect(v.stages.map((s: { label: string }) => s.label)).toHaveLength(5);
    expect(v.strategies).toEqual([
      { code: 'ID', label: expect.any(String), perDrill: 3 },
      { code: 'GT', label: 'Greeting', perDrill: 1 },
    ]);
    expect(v.conductBreaches).toBe(1);
    expect(v.weakest).toEqual([
      expect.objectContaining({
        area: 'identity-verified',
        score: 0.34,
        missed: 3,
        drills: 4,
        label: 'skipped identity checks',
        example: 'quote 3: identity-verified',
      }),
      expect.objectContaining({ area: 'empathy', example: 'quote 2: empathy' }),
      expect.objectContaining({ area: 'no-forbidden-claim', example: 'quote 2: no-forbidden-claim' }),
    ]);
    expect(v.next.reason).toBe(
      'You skipped identity checks in 3 of 4 drills; this scenario works on exactly that.',
    );
    expect(v.certifications).toEqual([
      expect.objectContaining({ family: 'account-transactions', certified: false, streak: 2, needed: 2 }),
    ]);
    expect(v.recent.map((d: { overall: number }) => d.overall)).toEqual([80, 72, 65, 60]);
    const bob = await boss.call('GET', `/api/coach/people/${enc('web:bob')}?lang=zh`);
    expect(bob.body.certifications).toEqual([
      expect.objectContaining({ label: '账户和交易管理', certified: true, streak: 2, personas: 2 }),
    ]);
    expect((await boss.call('GET', `/api/coach/people/${enc('web:nobody')}`)).status).toBe(404);
    expect((await boss.call('GET', `/api/coach/teams/${enc('team:nope')}`)).status).toBe(404);
  });

  it('draws the trend chart as SVG, one line per person with drills', async () => {
    const r = await download(boss, `/api/coach/teams/${enc('team:onboarding')}/trend.svg`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/svg+xml');
    expect(r.text.match(/<polyline /g)).toHaveLength(2);
    expect(r.text).toContain('■ Ada');
  });

  it('exports the team as CSV that reads back to the stored results', async () => {
    const r = await download(boss, `/api/coach/teams/${enc('team:onboarding')}/export.csv`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="csc-drill-team-onboarding-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    // a byte order mark, so spreadsheets read the file as UTF-8
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseResultsCsv(r.text);
    expect(rows.map((x) => [x.person, x.name, x.overall, x.passed])).toEqual([
      ['web:ada', 'Ada', '60', 'false'],
      ['web:ada', 'Ada', '65', 'false'],
      ['web:ada', 'Ada', '72', 'true'],
      ['web:ada', 'Ada', '80', 'true'],
      ['web:bob', 'Bob', '90', 'true'],
      ['web:bob', 'Bob', '88', 'true'],
    ]);
  });

  it('assigns from the page; the trainee sees it, starts it, and the manager sees the result', async () => {
    const r = await boss.call('POST', '/api/coach/assignments?lang=en', {
      people: ['web:ada'],
      scenario: SCENARIO,
      persona: 'programmer-liu',
      lang: 'en',
      mode: 'practice',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ onPage: 1, direct: 0 });
    const id = r.body.assignments[0].id;
    let mine = await ada.call('GET', '/api/me/progress?lang=en');
    expect(mine.body.assignments).toEqual([
      expect.objectContaining({ id, status: 'assigned', title: expect.stringMatching(/^Debit card frozen/) }),
    ]);
    const bob = new PageClient(running.url);
    await bob.signIn(running.app, { id: 'web:bob', name: 'Bob' });
    expect((await bob.call('POST', `/api/me/assignments/${id}/start`, {})).status).toBe(404);

    const started = await ada.call('POST', `/api/me/assignments/${id}/start`, {});
    expect(started.status).toBe(201);
    expect(started.body.drill).toMatchObject({
      scenarioId: SCENARIO,
      personaId: 'programmer-liu',
      lang: 'en',
    });
    mine = await ada.call('GET', '/api/me/progress');
    expect(mine.body.assignments[0].status).toBe('started');
    const drillId = started.body.drill.id;
    for (const text of COMPETENT_CARD_FROZEN_EN.slice(0, 3))
      await ada.call('POST', `/api/drills/${drillId}/messages`, { text });
    const ended = await ada.call('POST', `/api/drills/${drillId}/end`, {});
    const overall = ended.body.ended.scorecard.overall;

    const list = await boss.call('GET', '/api/coach/assignments?lang=en');
    expect(list.body.assignments[0]).toMatchObject({ id, toName: 'Ada', status: 'finished', overall });
    expect((await ada.call('POST', `/api/me/assignments/${id}/start`, {})).status).toBe(409);
    const teams = await boss.call('GET', '/api/coach/teams');
    expect(teams.body.teams.find((t: { id: string }) => t.id === 'assigned').size).toBe(1);
  });

  it('refuses a bad assignment with the closest valid choice, and stores nothing', async () => {
    const before = (await running.app.coach.assignmentsFor('web:bob')).length;
    const typo = await boss.call('POST', '/api/coach/assignments', {
      people: ['web:bob'],
      scenario: 'card-frozen',
    });
    expect(typo.status).toBe(400);
    expect(typo.body.error).toMatchObject({ code: 'unknown-scenario' });
    expect(typo.body.error.message.en).toContain('closest: card-frozen-after-travel');
    expect(typo.body.error.message.zh).toContain('最接近的是 card-frozen-after-travel');
    const past = await boss.call('POST', '/api/coach/assignments', {
      people: ['web:bob'],
      scenario: SCENARIO,
      due: '2020-01-01',
    });
    expect(past.body.error.code).toBe('due-in-past');
    const stranger = await boss.call('POST', '/api/coach/assignments', {
      people: ['web:bob', 'web:bobb'],
      scenario: SCENARIO,
    });
    expect(stranger.body.error.code).toBe('unknown-person');
    expect(stranger.body.error.message.en).toContain('did you mean web:bob');
    const badDate = await boss.call('POST', '/api/coach/assignments', {
      people: ['web:bob'],
      scenario: SCENARIO,
      due: 'tomorrow',
    });
    expect([badDate.status, badDate.body.error.code]).toEqual([400, 'invalid-request']);
    expect((await running.app.coach.assignmentsFor('web:bob')).length).toBe(before);
  });

  it('shows a trainee their own profile, plan and certifications', async () => {
    const r = await ada.call('GET', '/api/me/progress?lang=zh');
    expect(r.status).toBe(200);
    expect(r.body.role).toBe('trainee');
    expect(r.body.person.id).toBe('web:ada');
    expect(r.body.drills).toBe(5);
    expect(r.body.next.reason).toMatch(/次练习中有 \d 次/);
    expect(r.body.qualities[0].label).toBe('共情');
    const svg = await download(ada, '/api/me/trend.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.text.match(/<polyline /g)).toHaveLength(1);
  });

  it('exports whole drills as JSONL with the dialogue, strategies and scorecard', async () => {
    const r = await download(boss, `/api/coach/people/${enc('web:ada')}/export.jsonl`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = r.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    // the seeded results have no stored drill: their result, without a dialogue
    expect(lines[0]).toMatchObject({ id: 'seed-1', dialogue: [], scorecard: null });
    const played = lines[4];
    const history = await running.app.coach.historyOf('web:ada');
    const item = history.find((h) => h.drillId === played.id);
    expect(played).toMatchObject({ person: 'web:ada', scenario: SCENARIO, persona: 'programmer-liu' });
    expect(played.scorecard.overall).toBe(item?.overall);
    expect(played.dialogue[0].role).toBe('customer');
    expect(played.dialogue[1]).toMatchObject({
      role: 'supporter',
      content: COMPETENT_CARD_FROZEN_EN[0],
      strategy: 'GT',
    });
  });
});

describe('assigning from the page to people on Slack', () => {
  let slack: FakeSlack;
  let bot: Bot;
  beforeAll(async () => {
    slack = await startFakeSlack();
    bot = await startBot(slack, 'memory://', { ADMINS: 'web:boss' });
  });
  afterAll(async () => {
    await bot.close();
    await slack.close();
  });

  it('sends the Slack assignee a direct message with the start button (an admin sees everyone)', async () => {
    // ada uses the bot on Slack once, so the manager can find her
    expect((await bot.send(slashCommand('me', 'U1'), 'form')).status).toBe(200);
    await bot.settle();
    const boss = new PageClient(bot.url);
    await boss.signIn(bot.app, { id: 'web:boss', name: 'Boss' });
    const everyone = await boss.call('GET', '/api/coach/teams/everyone');
    expect(everyone.body.people.map((p: { id: string }) => p.id)).toContain('slack:T1:U1');
    const r = await boss.call('POST', '/api/coach/assignments', {
      people: ['slack:T1:U1'],
      scenario: SCENARIO,
      lang: 'en',
    });
    expect(r.body).toMatchObject({ onPage: 0, direct: 1 });
    await bot.settle();
    expect(slack.calls.filter((c) => c.method === 'conversations.open').map((c) => c.args.users)).toEqual([
      'U1',
    ]);
    const dm = slack.posted().find((c) => c.args.channel === 'DU1');
    expect(JSON.stringify(dm?.args.blocks)).toContain(r.body.assignments[0].id);
    expect(String(dm?.args.text)).toContain('Debit card frozen');
  });
});
