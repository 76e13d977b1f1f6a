import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { HttpRoute } from '../../src/chat/contract/adapter.ts';
import { STRATEGIES } from '../../src/csc/strategies.ts';
import { type Lang, LangSchema } from '../../src/csc/text.ts';
import { DrillError, type DrillErrorCode } from '../../src/drill/errors.ts';
import type { DrillService } from '../../src/drill/service.ts';
import { radarSvg } from '../../src/evaluate/radar.ts';
import type { Scorecard } from '../../src/evaluate/scorecard-model.ts';
import { MessageBody, RateBody, StartBody, TraineeBody } from './api-schemas.ts';
import { HttpError, readJson, sendJson, sendText } from './http-utils.ts';
import { drillView, endedView, entryView, personaView, scenarioView, tagsView } from './views.ts';

const STATIC: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/app.css': 'app.css',
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const STATUS_OF: Partial<Record<DrillErrorCode, number>> = {
  'not-found': 404,
  'not-yours': 403,
  'not-active': 409,
};

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[], url: URL) => Promise<void>;

async function body<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJson(req));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new HttpError(400, 'invalid-request', `${i?.path.join('.') || 'body'}: ${i?.message}`);
  }
  return parsed.data;
}

/** The local practice page and its JSON API, served for every path no other adapter claims. */
export function practiceRoute(service: DrillService, log: Logger): HttpRoute {
  const staticFiles = new Map(
    Object.entries(STATIC).map(([route, file]) => [
      route,
      readFileSync(new URL(`./static/${file}`, import.meta.url)),
    ]),
  );
  const langOf = (url: URL): Lang => LangSchema.catch('zh').parse(url.searchParams.get('lang') ?? undefined);

  const routes: [string, RegExp, Handler][] = [
    [
      'GET',
      /^\/api\/catalog$/,
      async (_req, res, _p, url) => {
        const lang = langOf(url);
        sendJson(res, 200, {
          scenarios: [...service.library.scenarios.values()].map((s) => scenarioView(s, lang)),
          personas: [...service.library.personas.values()].map((p) => personaView(p, lang)),
          strategies: STRATEGIES.map((s) => ({ code: s.code, name: s.name[lang], stage: s.stage })),
        });
      },
    ],
    [
      'POST',
      /^\/api\/drills$/,
      async (req, res) => {
        const b = await body(req, StartBody);
        const started = await service.start({
          trainee: b.trainee,
          scenarioId: b.scenario,
          personaId: b.persona,
          lang: b.lang,
          mode: b.mode,
          seed: b.seed,
        });
        const lang = started.drill.lang;
        sendJson(res, 201, {
          drill: drillView(started.drill),
          scenario: scenarioView(started.scenario, lang),
          persona: personaView(started.persona, lang),
          opening: entryView(started.opening, lang, false),
          abandoned: started.abandoned
            ? { drillId: started.abandoned.drill.id, ended: endedView(started.abandoned.ended, lang) }
            : undefined,
        });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/messages$/,
      async (req, res, [id]) => {
        const b = await body(req, MessageBody);
        const r = await service.reply(id as string, b.trainee.id, b.text);
        const lang = r.drill.lang;
        sendJson(res, 200, {
          drill: drillView(r.drill),
          timedOut: r.timedOut ?? false,
          tags: r.tags ? tagsView(r.tags, lang) : undefined,
          customer: r.customer ? entryView(r.customer, lang, false) : undefined,
          ended: r.ended ? endedView(r.ended, lang, service.scenario(r.drill.scenarioId)) : undefined,
        });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/hint$/,
      async (req, res, [id]) => {
        const b = await body(req, TraineeBody);
        sendJson(res, 200, { hint: await service.hint(id as string, b.trainee.id) });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/end$/,
      async (req, res, [id]) => {
        const b = await body(req, TraineeBody);
        const r = await service.end(id as string, b.trainee.id);
        sendJson(res, 200, {
          drill: drillView(r.drill),
          ended: endedView(r.ended, r.drill.lang, service.scenario(r.drill.scenarioId)),
        });
      },
    ],
    [
      'POST',
      /^\/api\/drills\/([\w-]+)\/rating$/,
      async (req, res, [id]) => {
        const b = await body(req, RateBody);
        await service.rate(id as string, b.trainee.id, b.realism);
        sendJson(res, 200, { ok: true });
      },
    ],
    [
      'GET',
      /^\/api\/drills\/([\w-]+)$/,
      async (_req, res, [id], url) => {
        const { drill, transcript, scorecard } = await service.status(id as string);
        if (drill.trainee.id !== url.searchParams.get('trainee')) {
          throw new HttpError(403, 'not-yours', 'pass ?trainee=<id> of the drill’s trainee');
        }
        const showTags = drill.mode === 'practice' || Boolean(scorecard);
        sendJson(res, 200, {
          drill: drillView(drill),
          transcript: transcript.map((e) => entryView(e, drill.lang, showTags)),
          ended:
            scorecard && drill.endReason
              ? endedView(
                  { reason: drill.endReason, scorecard },
                  drill.lang,
                  service.scenario(drill.scenarioId),
                )
              : undefined,
        });
      },
    ],
    [
      'GET',
      /^\/api\/drills\/([\w-]+)\/radar\.svg$/,
      async (_req, res, [id], url) => {
        const { drill, scorecard } = await service.status(id as string);
        if (drill.trainee.id !== url.searchParams.get('trainee')) {
          throw new HttpError(403, 'not-yours', 'pass ?trainee=<id> of the drill’s trainee');
        }
        if (!scorecard) throw new HttpError(404, 'not-scored', 'this drill has no scorecard yet');
        sendText(res, 200, 'image/svg+xml', radarSvg(scorecard as Scorecard, langOf(url)));
      },
    ],
    ['GET', /^\/healthz$/, async (_req, res) => sendJson(res, 200, { ok: true })],
  ];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const file = req.method === 'GET' ? staticFiles.get(url.pathname) : undefined;
      if (file) return sendText(res, 200, TYPES[extname(STATIC[url.pathname] as string)] as string, file);
      for (const [method, pattern, handler] of routes) {
        const m = pattern.exec(url.pathname);
        if (!m) continue;
        if (req.method !== method) continue;
        return await handler(req, res, m.slice(1), url);
      }
      throw new HttpError(404, 'not-found', `no route for ${req.method} ${url.pathname}`);
    } catch (e) {
      if (e instanceof HttpError)
        return sendJson(res, e.status, { error: { code: e.code, message: e.message } });
      if (e instanceof DrillError) {
        return sendJson(res, STATUS_OF[e.code] ?? 400, { error: { code: e.code, message: e.userMessage } });
      }
      log.error({ err: e, path: url.pathname }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'internal error' } });
    }
  };
  return { prefix: '/', handle };
}
