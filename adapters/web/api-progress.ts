import { personReport } from '../../src/coach/report.ts';
import { trendSvg } from '../../src/coach/trend-chart.ts';
import { type CoachDeps, langOf, personPayload } from './api-coach.ts';
import type { ApiHandler, OnEnded } from './api-drills.ts';
import { EmptyBody } from './api-schemas.ts';
import { body } from './body.ts';
import { param } from './coach-people.ts';
import { HttpError, sendJson, sendText } from './http-utils.ts';
import type { RateLimits } from './rate-limit.ts';
import { startedView } from './views.ts';

/** Every signed-in trainee's own side of coaching: profile, plan, certifications, assigned drills. */
export function progressRoutes(
  d: CoachDeps,
  limits: RateLimits,
  onEnded: OnEnded,
): [string, RegExp, ApiHandler][] {
  const { coach, service } = d;
  const self = (c: Parameters<ApiHandler>[0]) => ({
    id: c.session.person.id,
    name: c.session.person.name ?? c.session.person.id,
  });
  return [
    [
      'GET',
      /^\/api\/me\/progress$/,
      async (c) => {
        const me = self(c);
        sendJson(c.res, 200, {
          role: await coach.roleOf(me.id),
          ...(await personPayload(d, me, langOf(c.url))),
        });
      },
    ],
    [
      'GET',
      /^\/api\/me\/trend\.svg$/,
      async (c) => {
        const me = self(c);
        const report = personReport(me.id, me.name, await coach.historyOf(me.id));
        sendText(c.res, 200, 'image/svg+xml', trendSvg([report], d.passMark));
      },
    ],
    [
      'POST',
      /^\/api\/me\/assignments\/([^/]+)\/start$/,
      async (c) => {
        await limits.start(c.session.id, c.res);
        await body(c.req, EmptyBody);
        const me = self(c);
        const a = await coach.assignment(param(c.id));
        // Someone else's assignment is as unknown as a missing one.
        if (!a || (await coach.canonical(a.to)) !== (await coach.canonical(me.id)))
          throw new HttpError(404, 'not-found', 'no such assignment for you');
        if (a.status === 'finished')
          throw new HttpError(409, 'assignment-finished', 'this assignment is finished already', {
            zh: '这个练习任务已经完成了。',
            en: 'This assignment is finished already.',
          });
        const started = await service.start({
          trainee: { id: c.session.person.id, name: c.session.person.name },
          scenarioId: a.scenarioId,
          personaId: a.personaId,
          lang: a.lang,
          mode: a.mode,
        });
        if (started.abandoned) await onEnded(started.abandoned.drill.id, started.abandoned.ended);
        await coach.started(a.id, started.drill.id);
        sendJson(c.res, 201, startedView(started));
      },
    ],
  ];
}
