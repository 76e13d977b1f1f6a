import { z } from 'zod';
import type { Assignment } from '../../src/coach/ports.ts';
import { personReport } from '../../src/coach/report.ts';
import type { Role } from '../../src/coach/roles.ts';
import type { CoachService } from '../../src/coach/service.ts';
import { trendSvg } from '../../src/coach/trend-chart.ts';
import { type Lang, LangSchema } from '../../src/csc/text.ts';
import type { DrillService } from '../../src/drill/service.ts';
import type { ApiHandler, Call } from './api-drills.ts';
import { AssignBody } from './api-schemas.ts';
import { body } from './body.ts';
import { checkAssignment, reconciled } from './coach-assign.ts';
import { sendCsv, sendJsonl } from './coach-export.ts';
import { group, groups, type Member, member, param, requireManager } from './coach-people.ts';
import { assignmentView, personView, rowView } from './coach-views.ts';
import { HttpError, sendJson, sendText } from './http-utils.ts';

export interface CoachDeps {
  coach: CoachService;
  service: DrillService;
  passMark: number;
  certifyStreak: number;
  /** Assignees on chat platforms get a direct message; web trainees see theirs on the page. */
  deliver: (assignments: readonly Assignment[]) => void;
}

const Since = z.iso.date().optional();
type Me = { id: string; role: Role };
export const langOf = (url: URL): Lang =>
  LangSchema.catch('zh').parse(url.searchParams.get('lang') ?? undefined);

export function sinceOf(url: URL): string | undefined {
  const parsed = Since.safeParse(url.searchParams.get('since') || undefined);
  if (!parsed.success) throw new HttpError(400, 'invalid-request', 'since: expected a date like 2026-11-01');
  return parsed.data;
}

/** A person's view: report, plan, certifications and assignments, for a manager or the person themself. */
export async function personPayload(d: CoachDeps, who: Member, lang: Lang) {
  const { coach } = d;
  const history = await coach.historyOf(who.id);
  const { plan, certified } = await coach.plan(who.id);
  const assignments = await reconciled(coach, d.service, await coach.assignmentsFor(who.id));
  return personView(
    {
      report: personReport(who.id, who.name, history),
      history,
      plan,
      certified,
      assignments,
      certifyStreak: d.certifyStreak,
      names: await coach.people(),
    },
    coach.library,
    lang,
  );
}

/** The manager page's API: every route checks the role before it reads anything. */
export function coachRoutes(d: CoachDeps): [string, RegExp, ApiHandler][] {
  const { coach } = d;
  const manager =
    (fn: (c: Call, me: Me) => Promise<void>): ApiHandler =>
    async (c) => {
      const role = await requireManager(coach, c.session);
      return fn(c, { id: c.session.person.id, role });
    };
  const teamOf = (c: Call, me: Me) => group(coach, me.id, me.role, param(c.id));
  const personOf = (c: Call, me: Me) => member(coach, me.id, me.role, param(c.id));

  return [
    [
      'GET',
      /^\/api\/coach\/teams$/,
      manager(async (c, me) => {
        const teams = (await groups(coach, me.id, me.role)).map(({ members, ...g }) => ({
          ...g,
          size: members.length,
        }));
        sendJson(c.res, 200, { role: me.role, teams });
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/teams\/([^/]+)$/,
      manager(async (c, me) => {
        const since = sinceOf(c.url);
        const g = await teamOf(c, me);
        const lang = langOf(c.url);
        const report = await coach.report(g.members, g.name ?? g.id, since);
        sendJson(c.res, 200, {
          team: { id: g.id, kind: g.kind, name: g.name, leaderboard: g.leaderboard },
          drills: report.drills,
          passRate: report.passRate,
          people: report.people.map((p) => rowView(p, lang)),
        });
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/teams\/([^/]+)\/trend\.svg$/,
      manager(async (c, me) => {
        const g = await teamOf(c, me);
        const report = await coach.report(g.members, g.id, sinceOf(c.url));
        sendText(c.res, 200, 'image/svg+xml', trendSvg(report.people, d.passMark));
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/teams\/([^/]+)\/export\.csv$/,
      manager(async (c, me) => {
        const g = await teamOf(c, me);
        await sendCsv(c.res, coach, g.members, g.id, sinceOf(c.url));
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/teams\/([^/]+)\/export\.jsonl$/,
      manager(async (c, me) => {
        const g = await teamOf(c, me);
        await sendJsonl(c.res, coach, d.service, g.members, g.id, sinceOf(c.url));
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/people\/([^/]+)$/,
      manager(async (c, me) => {
        sendJson(c.res, 200, await personPayload(d, await personOf(c, me), langOf(c.url)));
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/people\/([^/]+)\/trend\.svg$/,
      manager(async (c, me) => {
        const who = await personOf(c, me);
        const report = personReport(who.id, who.name, await coach.historyOf(who.id), sinceOf(c.url));
        sendText(c.res, 200, 'image/svg+xml', trendSvg([report], d.passMark));
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/people\/([^/]+)\/export\.csv$/,
      manager(async (c, me) => {
        const who = await personOf(c, me);
        await sendCsv(c.res, coach, [who], who.id, sinceOf(c.url));
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/people\/([^/]+)\/export\.jsonl$/,
      manager(async (c, me) => {
        const who = await personOf(c, me);
        await sendJsonl(c.res, coach, d.service, [who], who.id, sinceOf(c.url));
      }),
    ],
    [
      'GET',
      /^\/api\/coach\/assignments$/,
      manager(async (c, me) => {
        const lang = langOf(c.url);
        const names = await coach.people();
        const list = await reconciled(coach, d.service, await coach.assignmentsBy(me.id));
        sendJson(c.res, 200, {
          assignments: list
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((a) => assignmentView(a, coach.library, lang, names)),
        });
      }),
    ],
    [
      'POST',
      /^\/api\/coach\/assignments$/,
      manager(async (c, me) => {
        const { people, spec } = await checkAssignment(coach, me, await body(c.req, AssignBody), new Date());
        const made = await coach.assign(me.id, people, spec);
        const direct = made.filter((a) => !a.to.startsWith('web:'));
        d.deliver(direct);
        const lang = langOf(c.url);
        const names = await coach.people();
        sendJson(c.res, 201, {
          assignments: made.map((a) => assignmentView(a, coach.library, lang, names)),
          onPage: made.length - direct.length,
          direct: direct.length,
        });
      }),
    ],
  ];
}
