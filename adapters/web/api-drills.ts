import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Session } from '../../src/auth/identity.ts';
import { hintView } from '../../src/bot/views/hint.ts';
import { statusView } from '../../src/bot/views/status.ts';
import { STRATEGIES } from '../../src/csc/strategies.ts';
import { type Lang, LangSchema } from '../../src/csc/text.ts';
import { DrillError } from '../../src/drill/errors.ts';
import type { DrillService, Ended } from '../../src/drill/service.ts';
import { radarSvg } from '../../src/evaluate/radar.ts';
import type { Scorecard } from '../../src/evaluate/scorecard-model.ts';
import { EmptyBody, MessageBody, RateBody, StartBody } from './api-schemas.ts';
import { body } from './body.ts';
import { HttpError, sendJson, sendText } from './http-utils.ts';
import type { RateLimits } from './rate-limit.ts';
import {
  cardOf,
  drillView,
  endedOf,
  lineOf,
  personaView,
  scenarioView,
  startedView,
  transcriptOf,
} from './views.ts';

export interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  session: Session;
  /** The drill id in the path, if the route has one. */
  id?: string;
}
export type ApiHandler = (c: Call) => Promise<void>;

/**
 * The client's `Idempotency-Key`, scoped to the person: a request resent with the same key (the
 * page retries after a dropped connection) plays its turn or opens its drill once.
 */
function idempotencyKey(c: Call): string | undefined {
  const raw = c.req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || key.length > 200 || !/^[\x21-\x7e]+$/.test(key))
    throw new HttpError(400, 'bad-idempotency-key', 'Idempotency-Key must be 1-200 visible ASCII characters');
  return `web:${c.session.person.id}:${key}`;
}

const langOf = (url: URL): Lang => LangSchema.catch('zh').parse(url.searchParams.get('lang') ?? undefined);

/** Told of every drill that ends through the page (assignments close on it). */
export type OnEnded = (drillId: string, ended: Ended) => Promise<unknown>;

/** The JSON API of the page's drills; every drill id is checked against the session's person. */
export function drillRoutes(service: DrillService, limits: RateLimits, onEnded: OnEnded) {
  const person = (c: Call) => c.session.person.id;

  /** The drill, if it is this person's: another person's drill is as unknown as a missing one. */
  const own = async (c: Call) => {
    const status = await service.status(c.id as string).catch((e: unknown) => {
      if (e instanceof DrillError && e.code === 'not-found') return undefined;
      throw e;
    });
    if (!status || status.drill.trainee.id !== person(c))
      throw new HttpError(404, 'not-found', 'no such drill for you');
    return status;
  };

  const routes: [string, RegExp, ApiHandler][] = [
    [
      'GET',
      /^\/api\/catalog$/,
      async ({ res, url }) => {
        const lang = langOf(url);
        sendJson(res, 200, {
          scenarios: [...service.library.scenarios.values()].map((s) => scenarioView(s, lang)),
          personas: [...service.library.personas.values()].map((p) => personaView(p, lang)),
          strategies: STRATEGIES.map((s) => ({ code: s.code, name: s.name[lang], stage: s.stage })),
        });
      },
    ],
    [
      'GET',
      /^\/api\/history$/,
      async (c) => {
        const lang = langOf(c.url);
        const { active, history } = await service.list(person(c));
        const title = (id: string) => service.library.scenarios.get(id)?.title[lang] ?? id;
        sendJson(c.res, 200, { status: statusView(active, history, lang, title), activeDrillId: active?.id });
      },
    ],
    [
      'POST',
      /^\/api\/drills$/,
      async (c) => {
        await limits.start(c.session.id, c.res);
        const b = await body(c.req, StartBody);
        const { session } = c;
        const started = await service.start({
          trainee: { id: session.person.id, name: session.person.name },
          scenarioId: b.scenario,
          personaId: b.persona,
          lang: b.lang,
          mode: b.mode,
          seed: b.seed,
          eventId: idempotencyKey(c),
        });
        if (started.abandoned) await onEnded(started.abandoned.drill.id, started.abandoned.ended);
        sendJson(c.res, 201, startedView(started));
      },
    ],
    [
      'GET',
      /^\/api\/drills\/([\w-]+)$/,
      async (c) => {
        const { drill, transcript, scorecard } = await own(c);
        const scenario = service.scenario(drill.scenarioId);
        const persona = service.persona(drill.personaId);
        sendJson(c.res, 200, {
          drill: drillView(drill),
          card: cardOf(drill, scenario, persona),
          persona: personaView(persona, drill.lang),
          transcript: transcriptOf(drill, transcript, Boolean(scorecard)),
          ended:
            scorecard && drill.endReason
              ? endedOf(drill, { reason: drill.endReason, scorecard }, scenario)
              : undefined,
        });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/messages$/,
      async (c) => {
        await own(c);
        const b = await body(c.req, MessageBody);
        const r = await service.reply(c.id as string, person(c), b.text, { eventId: idempotencyKey(c) });
        if (r.ended) await onEnded(r.drill.id, r.ended);
        sendJson(c.res, 200, {
          drill: drillView(r.drill),
          timedOut: r.timedOut ?? false,
          customer: r.customer ? lineOf(r.drill, r.customer.text, r.tags, r.customer.emotion) : undefined,
          ended: r.ended ? endedOf(r.drill, r.ended, service.scenario(r.drill.scenarioId)) : undefined,
        });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/hint$/,
      async (c) => {
        const { drill } = await own(c);
        await body(c.req, EmptyBody);
        sendJson(c.res, 200, { hint: hintView(await service.hint(drill.id, person(c)), drill.lang) });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/end$/,
      async (c) => {
        await own(c);
        await body(c.req, EmptyBody);
        const r = await service.end(c.id as string, person(c));
        await onEnded(r.drill.id, r.ended);
        sendJson(c.res, 200, {
          drill: drillView(r.drill),
          ended: endedOf(r.drill, r.ended, service.scenario(r.drill.scenarioId)),
        });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/rating$/,
      async (c) => {
        await own(c);
        const b = await body(c.req, RateBody);
        await service.rate(c.id as string, person(c), b.realism);
        sendJson(c.res, 200, { ok: true });
      },
    ],
    [
      'GET',
      /^\/api\/drills\/([\w-]+)\/radar\.svg$/,
      async (c) => {
        const { drill, scorecard } = await own(c);
        if (!scorecard) throw new HttpError(404, 'not-scored', 'this drill has no scorecard yet');
        sendText(c.res, 200, 'image/svg+xml', radarSvg(scorecard as Scorecard, drill.lang));
      },
    ],
  ];
  return routes;
}
