import type { JudgeInput } from '../evaluate/offline-judge.ts';
import { buildScorecard } from '../evaluate/scorecard.ts';
import type { JudgedAnswer, Scorecard } from '../evaluate/scorecard-model.ts';
import { LlmFailure } from '../llm/errors.ts';
import type { DrillContext } from './context.ts';
import type { Drill, EndReason } from './model.ts';

export interface Ended {
  reason: EndReason;
  scorecard: Scorecard;
}

/** Ends the drill, scores it (model judge when configured, offline rules otherwise) and files it in history. */
export async function finishDrill(ctx: DrillContext, drill: Drill, reason: EndReason): Promise<Ended> {
  const { repo } = ctx;
  const ended: Drill = { ...drill, status: 'ended', endReason: reason, updatedAt: ctx.clock().toISOString() };
  await repo.put(ended);
  const input: JudgeInput = {
    scenario: ctx.o.catalogue.scenario(drill.scenarioId),
    lang: drill.lang,
    transcript: await repo.transcript(ended),
    endReason: reason,
  };
  let judged: { answers: JudgedAnswer[]; judge: string } | undefined;
  let judgeNote: string | undefined;
  if (ctx.o.judge) {
    try {
      judged = await ctx.o.judge.judge(input);
    } catch (e) {
      if (!(e instanceof LlmFailure)) throw e;
      judgeNote = e.kind;
    }
  }
  const scorecard = buildScorecard(ctx.o.tagger, input, { passMark: ctx.o.passMark, judged });
  if (judgeNote) scorecard.judge = `${scorecard.judge} (model judge failed: ${judgeNote})`;
  await repo.putScorecard(drill.id, scorecard);
  await repo.put({ ...ended, status: 'scored' });
  await repo.addHistory(drill.trainee.id, {
    drillId: drill.id,
    scenarioId: drill.scenarioId,
    personaId: drill.personaId,
    mode: drill.mode,
    endReason: reason,
    overall: scorecard.overall,
    passed: scorecard.passed,
    endedAt: ended.updatedAt,
    ...coachingSummary(scorecard),
    lang: drill.lang,
  });
  if ((await repo.activeDrillId(drill.trainee.id)) === drill.id)
    await repo.setActiveDrill(drill.trainee.id, undefined);
  return { reason, scorecard };
}

/** The compact part of a scorecard that profiles and reports read, so they never load transcripts. */
function coachingSummary(card: Scorecard) {
  const strategies: Record<string, number> = {};
  for (const t of card.timeline) strategies[t.primary] = (strategies[t.primary] ?? 0) + 1;
  return {
    fatal: card.fatal,
    strategies,
    checks: card.checks.flatMap((c) =>
      c.result === 'na'
        ? []
        : [
            {
              id: c.id,
              section: c.section,
              result: c.result,
              ...(c.quote ? { quote: c.quote.slice(0, 200) } : {}),
            },
          ],
    ),
  };
}

/** The ending of a drill that was already scored (a retried request after it ended). */
export async function endedOf(ctx: DrillContext, drill: Drill): Promise<Ended | undefined> {
  const scorecard = await ctx.repo.getScorecard<Scorecard>(drill.id);
  return scorecard && drill.endReason ? { reason: drill.endReason, scorecard } : undefined;
}
