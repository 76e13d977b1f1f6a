import { randomInt, randomUUID } from 'node:crypto';
import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { Lang, LocalizedText } from '../csc/text.ts';
import { chooseDrill } from './choose.ts';
import type { DrillContext } from './context.ts';
import { type Ended, finishDrill } from './finish.ts';
import { FALLBACK_NOTICE, NOTICE_SUBJECT } from './messages.ts';
import type { Drill, DrillMode, TranscriptEntry } from './model.ts';

export interface StartRequest {
  trainee: { id: string; name?: string };
  scenarioId?: string;
  personaId?: string;
  lang?: Lang;
  mode?: DrillMode;
  seed?: number;
  channelKey?: string;
  /** The event that asked for the drill: the same event again returns the drill it opened. */
  eventId?: string;
}

export interface Started {
  drill: Drill;
  scenario: Scenario;
  persona: Persona;
  opening: TranscriptEntry;
  notices?: LocalizedText[];
  /** A drill the trainee left open, ended as abandoned by this start. */
  abandoned?: { drill: Drill; ended: Ended };
}

/**
 * Opens a drill: picks scenario and persona, ends the trainee's previous open drill, stores the
 * customer's opening. Under the trainee's lock, so two starts at once (two replicas, a double
 * click) leave one active drill, not two that both think they are.
 */
export async function startDrill(ctx: DrillContext, req: StartRequest): Promise<Started> {
  const { catalogue } = ctx.o;
  if (req.scenarioId) catalogue.scenario(req.scenarioId);
  if (req.personaId) catalogue.persona(req.personaId);
  return ctx.o.locks.withLock(`trainee:${req.trainee.id}`, async () => {
    // The id is promised to the event before anything is stored, so a crash half way resumes this drill.
    const promised = req.eventId ? await ctx.repo.drillStartedBy(req.eventId) : undefined;
    const earlier = promised ? await ctx.repo.get(promised) : undefined;
    if (earlier) return startedBefore(ctx, earlier);
    const id = promised ?? randomUUID();
    if (req.eventId && !promised) await ctx.repo.markStartedBy(req.eventId, id);
    return openDrill(ctx, req, id);
  });
}

/** What a start returned the first time, rebuilt from the store (its notices are not kept). */
async function startedBefore(ctx: DrillContext, drill: Drill): Promise<Started> {
  const [opening] = await ctx.repo.transcript({ ...drill, entries: Math.min(drill.entries, 1) });
  if (!opening) throw new Error(`drill ${drill.id} has no opening line`);
  if (drill.status === 'active' && !(await ctx.repo.activeDrillId(drill.trainee.id)))
    await ctx.repo.setActiveDrill(drill.trainee.id, drill.id);
  const { catalogue } = ctx.o;
  return {
    drill,
    scenario: catalogue.scenario(drill.scenarioId),
    persona: catalogue.persona(drill.personaId),
    opening,
  };
}

async function openDrill(ctx: DrillContext, req: StartRequest, id: string): Promise<Started> {
  const { catalogue, customer } = ctx.o;
  const seed = req.seed ?? randomInt(2 ** 31);
  const history = await ctx.repo.history(req.trainee.id);
  const { scenario, personaId } = chooseDrill(
    catalogue.library,
    history,
    seed,
    req.scenarioId,
    req.personaId,
  );
  const persona = catalogue.persona(personaId);

  const abandoned = await abandonPrevious(ctx, req.trainee.id);
  const now = ctx.clock().toISOString();
  const lang = req.lang ?? ctx.o.defaultLang;
  const opened = await customer.open(scenario, persona, lang, seed);
  const drill: Drill = {
    id,
    trainee: req.trainee,
    scenarioId: scenario.id,
    personaId: persona.id,
    lang,
    mode: req.mode ?? 'practice',
    seed,
    status: 'created',
    createdAt: now,
    updatedAt: now,
    lastCustomerAt: now,
    entries: 0,
    agentTurns: 0,
    customer: opened.state,
    conveyed: [],
    actionTaken: false,
    compliance: [],
    leaks: [],
    channelKey: req.channelKey,
  };
  const opening: TranscriptEntry = {
    speaker: 'customer',
    text: opened.text,
    at: now,
    emotion: opened.state.emotion,
  };
  if (opened.state.revealed.length) opening.revealed = opened.state.revealed;
  if (opened.fallback) opening.fallback = opened.fallback;
  if (opened.usage) opening.usage = opened.usage;
  await ctx.repo.appendEntry(drill, opening);
  drill.entries = 1;
  drill.status = 'active';
  await ctx.repo.put(drill);
  await ctx.repo.setActiveDrill(req.trainee.id, drill.id);
  const notices = opened.fallback ? [FALLBACK_NOTICE(NOTICE_SUBJECT.opening, opened.fallback)] : undefined;
  return { drill, scenario, persona, opening, abandoned, notices };
}

async function abandonPrevious(ctx: DrillContext, traineeId: string): Promise<Started['abandoned']> {
  const previous = await ctx.repo.activeDrillId(traineeId);
  if (!previous) return undefined;
  const old = await ctx.repo.get(previous);
  if (old?.status !== 'active') return undefined;
  const ended = await ctx.locked(old.id, async () => finishDrill(ctx, await ctx.load(old.id), 'abandoned'));
  return { drill: await ctx.load(old.id), ended };
}

/** Forgets a drill whose start could not be shown to the trainee (the platform refused the post). */
export async function cancelStart(ctx: DrillContext, drill: Drill): Promise<void> {
  if ((await ctx.repo.activeDrillId(drill.trainee.id)) === drill.id)
    await ctx.repo.setActiveDrill(drill.trainee.id, undefined);
  await ctx.repo.put({
    ...drill,
    status: 'ended',
    endReason: 'abandoned',
    updatedAt: ctx.clock().toISOString(),
  });
}
