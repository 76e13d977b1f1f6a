import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { Lang } from '../../csc/text.ts';
import type { BotContext } from '../context.ts';
import { strings as coachStrings, strings } from '../strings/index.ts';
import { startInConversation } from './drill-posts.ts';
import { eventKey } from './reply.ts';

/** Buttons and menus: pick or start a scenario, retry, new drill, rate the customer's realism. */
export async function handleAction(bot: BotContext, e: InboundOf<'action'>, lang: Lang): Promise<void> {
  const trainee = bot.trainee(e);
  if (e.actionId === 'drill_pick' || e.actionId === 'drill_start') {
    await startInConversation(bot, e.key, {
      eventId: eventKey(e),
      trainee,
      scenarioId: e.value,
      lang,
    });
    return;
  }
  if (e.actionId === 'drill_plan') {
    const [scenarioId, personaId] = e.value.split(':');
    await startInConversation(bot, e.key, {
      eventId: eventKey(e),
      trainee,
      scenarioId,
      personaId,
      lang,
    });
    return;
  }
  if (e.actionId === 'drill_assignment') return startAssignment(bot, e, trainee);
  const [drillId, extra] = e.value.split(':');
  const drill = await bot.service.drill(drillId as string);
  const channelKey = drill.channelKey ?? e.key;
  if (e.actionId === 'drill_retry') {
    const { scenarioId, personaId, mode, seed } = drill;
    await startInConversation(bot, channelKey, {
      eventId: eventKey(e),
      trainee,
      scenarioId,
      personaId,
      lang: drill.lang,
      mode,
      seed,
    });
    return;
  }
  if (e.actionId === 'drill_new') {
    await startInConversation(bot, channelKey, {
      eventId: eventKey(e),
      trainee,
      lang: drill.lang,
      mode: drill.mode,
    });
    return;
  }
  if (e.actionId.startsWith('drill_rate_')) {
    await bot.service.rate(drill.id, trainee.id, Number(extra));
    return bot.tell(e, { text: strings(drill.lang).rated('★'.repeat(Number(extra))) });
  }
  bot.o.log.warn({ actionId: e.actionId }, 'unknown action');
}

/** The assignee's start button: the drill runs where they clicked (their direct conversation). */
async function startAssignment(
  bot: BotContext,
  e: InboundOf<'action'>,
  trainee: { id: string; name?: string },
) {
  const coach = bot.o.coach;
  const a = coach ? await coach.assignment(e.value) : undefined;
  if (!coach || !a) return;
  const t = coachStrings(a.lang);
  if ((await coach.canonical(trainee.id)) !== (await coach.canonical(a.to)))
    return bot.tell(e, { text: t.notYourAssignment });
  if (a.status === 'finished') return bot.tell(e, { text: t.assignmentDone });
  // A second click (or a retry) while its drill runs must not abandon that drill and overwrite the result.
  if (a.status === 'started' && a.drillId && (await bot.service.activeDrill(trainee.id))?.id === a.drillId)
    return bot.tell(e, { text: t.assignmentRunning });
  const started = await startInConversation(bot, e.key, {
    eventId: eventKey(e),
    trainee,
    scenarioId: a.scenarioId,
    personaId: a.personaId,
    lang: a.lang,
    mode: a.mode,
  });
  await coach.started(a.id, started.drill.id);
}
