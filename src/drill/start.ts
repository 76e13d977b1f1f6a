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

/** Opens a drill: picks scenario and persona, ends the trainee's previous open drill, stores the customer's opening. */
export async function startDrill(ctx: DrillContext, req: StartRequest): Promise<Started> {
  const { catalogue, customer } = ctx.o;
  if (req.scenarioId) catalogue.scenario(req.scenarioId);
  if (req.personaId) catalogue.persona(req.personaId);
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
    id: randomUUID(),
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
