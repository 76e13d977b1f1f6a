import type { z } from 'zod';
import type { Assignment } from '../../src/coach/ports.ts';
import type { Role } from '../../src/coach/roles.ts';
import type { AssignSpec, CoachService } from '../../src/coach/service.ts';
import { closest } from '../../src/csc/closest.ts';
import { DrillError } from '../../src/drill/errors.ts';
import type { DrillService } from '../../src/drill/service.ts';
import type { AssignBody } from './api-schemas.ts';
import { groups, type Member } from './coach-people.ts';
import { HttpError } from './http-utils.ts';

const invalid = (code: string, zh: string, en: string) => new HttpError(400, code, en, { zh, en });

/**
 * What a manager asked for, checked whole before anything is stored: every person within their scope,
 * the scenario (or auto) and persona in the library, a due date not in the past.
 */
export async function checkAssignment(
  coach: CoachService,
  me: { id: string; role: Role },
  b: z.output<typeof AssignBody>,
  now: Date,
): Promise<{ people: Member[]; spec: AssignSpec }> {
  const { library } = coach;
  const scenarioId = b.scenario.toLowerCase();
  if (scenarioId !== 'auto' && !library.scenarios.has(scenarioId)) {
    const guess = closest(scenarioId, [...library.scenarios.keys(), 'auto']);
    throw invalid(
      'unknown-scenario',
      `没有“${b.scenario}”这个场景${guess ? `，最接近的是 ${guess}` : ''}。`,
      `There is no scenario "${b.scenario}"${guess ? ` — closest: ${guess}` : ''}.`,
    );
  }
  if (b.persona && !library.personas.has(b.persona)) {
    const guess = closest(b.persona, [...library.personas.keys()]);
    throw invalid(
      'unknown-persona',
      `没有“${b.persona}”这个客户${guess ? `，最接近的是 ${guess}` : ''}。`,
      `There is no persona "${b.persona}"${guess ? ` — closest: ${guess}` : ''}.`,
    );
  }
  if (b.due && b.due < now.toISOString().slice(0, 10))
    throw invalid('due-in-past', `截止日期 ${b.due} 已经过去了。`, `The due date ${b.due} is in the past.`);
  const known = new Map<string, Member>();
  for (const g of await groups(coach, me.id, me.role)) for (const m of g.members) known.set(m.id, m);
  const people: Member[] = [];
  for (const id of new Set(b.people)) {
    const m = known.get(id);
    if (!m) {
      const guess = closest(id, [...known.keys()], 4);
      throw invalid(
        'unknown-person',
        `不认识“${id}”${guess ? `，你是不是想选 ${guess}？` : '。'}`,
        `"${id}" is not someone you can assign to${guess ? ` — did you mean ${guess}?` : '.'}`,
      );
    }
    people.push(m);
  }
  return {
    people,
    spec: {
      scenarioId,
      personaId: b.persona,
      lang: b.lang ?? 'zh',
      mode: b.mode ?? 'practice',
      due: b.due,
    },
  };
}

/**
 * A started assignment whose drill has been scored elsewhere (an idle timeout, another tab) is
 * closed when it is next read, so the page never shows a finished drill as in progress.
 */
export async function reconciled(
  coach: CoachService,
  service: DrillService,
  list: readonly Assignment[],
): Promise<Assignment[]> {
  return Promise.all(
    list.map(async (a) => {
      if (a.status !== 'started' || !a.drillId) return a;
      const status = await service.status(a.drillId).catch((e: unknown) => {
        if (e instanceof DrillError && e.code === 'not-found') return undefined;
        throw e;
      });
      if (status?.drill.status !== 'scored' || !status.scorecard) return a;
      return (await coach.finished(a.drillId, status.scorecard.overall, status.scorecard.passed)) ?? a;
    }),
  );
}
