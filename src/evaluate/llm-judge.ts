import type { LlmClient } from '../llm/client.ts';
import { PROMPT_VERSION } from '../llm/prompt-version.ts';
import type { UsageRecord } from '../llm/usage.ts';
import { checkTurnOfPromptTurn, JUDGE_SYSTEM, judgeUserPrompt } from './llm-judge-prompt.ts';
import { JudgeOutput } from './llm-schemas.ts';
import type { ModelJudge } from './model-roles.ts';
import type { JudgeInput } from './offline-judge.ts';
import type { JudgedAnswer } from './scorecard-model.ts';

/** Checks only code can answer well (timing, counts) stay with the offline judge. */
const MODEL_CHECKS = [
  'greeting',
  'identity-verified',
  'problem-understood',
  'hidden-facts-uncovered',
  'empathy',
  'action-taken',
  'goal-met',
  'no-forbidden-claim',
  'no-data-leak',
  'no-manipulation',
  'feedback-requested',
  'closed-politely',
  'polite',
  'no-blame',
];

/**
 * The model judge: answers the atomic checks with quotes at temperature 0. The scorecard keeps an
 * answer only when code can stand behind it (llm-judge-guard.ts); totals are computed in code.
 */
export class LlmJudge implements ModelJudge {
  constructor(
    private readonly client: LlmClient,
    private readonly model: string,
  ) {}

  async judge(input: JudgeInput): Promise<{ answers: JudgedAnswer[]; judge: string; usage: UsageRecord }> {
    const ids = [
      ...MODEL_CHECKS,
      ...input.scenario.resolution.requiredKnowledge.map((id) => `knowledge:${id}`),
    ];
    const { data, usage } = await this.client.structured({
      role: 'judge',
      model: this.model,
      system: JUDGE_SYSTEM,
      user: judgeUserPrompt(input, ids, input.lang),
      schema: JudgeOutput,
      name: 'scorecard_checks',
      temperature: 0,
    });
    const answers = new Map<string, JudgedAnswer>();
    for (const c of data.checks) {
      if (!ids.includes(c.id) || answers.has(c.id)) continue;
      answers.set(c.id, {
        id: c.id,
        result: c.result,
        turn: c.turn === null ? undefined : checkTurnOfPromptTurn(c.turn),
        quote: c.quote ?? undefined,
      });
    }
    return { answers: [...answers.values()], judge: `llm:${this.model}:${PROMPT_VERSION}`, usage };
  }
}
