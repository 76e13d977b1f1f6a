import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import { MANIPULATION } from '../csc/detectors.ts';
import type { Lang } from '../csc/text.ts';
import type { LlmClient } from '../llm/client.ts';
import { LlmFailure } from '../llm/errors.ts';
import type { UsageRecord } from '../llm/usage.ts';
import { DIFFICULTY } from './difficulty.ts';
import { clampEmotion } from './emotion.ts';
import { customerSystemPrompt, customerTurnPrompt, plannerPrompt } from './llm-prompts.ts';
import { CustomerPlan, CustomerTurnOutput } from './llm-schemas.ts';
import { madeProgress } from './progress.ts';
import { lineHash } from './rng.ts';
import type { ScriptedCustomer } from './scripted.ts';
import type { Customer, CustomerReply, CustomerTurn, OpenedCustomer } from './types.ts';

/** A customer line that breaks character is treated like invalid output. */
const BREAKS_CHARACTER =
  /\b(?:as an ai|i(?:'m| am) an? (?:ai|language model|bot|assistant)|language model|this (?:is a )?simulation)\b|我是(?:一个)?(?:AI|人工智能|语言模型|机器人)|作为(?:一个)?(?:AI|人工智能|语言模型)|模拟(?:训练|对话)/iu;

const MAX_EMOTION_STEP = 1.5;

export interface LlmCustomerOptions {
  client: LlmClient;
  model: string;
  historyTurns: number;
  fallback: ScriptedCustomer;
}

/**
 * The paper's planner + customer assistant + customer: one planner call per drill, then ONE
 * structured call per turn that yields the hidden direction and the line together. Emotion,
 * revealed facts and the end decision are checked by code; any failure falls back to the scripted
 * twin for that turn.
 */
export class LlmCustomer implements Customer {
  constructor(private readonly o: LlmCustomerOptions) {}

  async open(scenario: Scenario, persona: Persona, lang: Lang, seed: number): Promise<OpenedCustomer> {
    const base = this.o.fallback.open(scenario, persona, lang, seed);
    const prompt = plannerPrompt(scenario, persona, lang);
    try {
      const { data, usage } = await this.o.client.structured({
        role: 'planner',
        model: this.o.model,
        system: prompt.system,
        user: prompt.user,
        schema: CustomerPlan,
        name: 'customer_plan',
        temperature: 0.7,
      });
      const opening = data.openingLine.trim();
      if (!opening || BREAKS_CHARACTER.test(opening)) throw new LlmFailure('schema', 'unusable opening line');
      // An easy scenario's customer still volunteers the first fact, as the scripted opening does.
      const text = base.state.revealed.length
        ? `${opening}${lang === 'zh' ? '' : ' '}${scenario.hiddenFacts[0]?.says[lang] ?? ''}`
        : opening;
      return {
        text,
        state: { ...base.state, plan: data.situation.trim().slice(0, 1200), said: [lineHash(text)] },
        usage: [usage],
      };
    } catch (e) {
      return { ...base, fallback: failureNote(e), usage: usageOf(e) };
    }
  }

  async respond(t: CustomerTurn): Promise<CustomerReply> {
    const manipulationByRule = MANIPULATION.test(t.agentText);
    try {
      const recent = await t.history(this.o.historyTurns * 2);
      const { data, usage } = await this.o.client.structured({
        role: 'customer',
        model: this.o.model,
        system: customerSystemPrompt(t.scenario, t.persona, t.lang, t.state.plan),
        user: customerTurnPrompt(t.scenario, t.lang, {
          turn: t.turn,
          maxTurns: t.scenario.maxTurns,
          state: t.state,
          conveyed: t.conveyed,
          resolutionMet: t.resolutionMet,
          recent,
          agentText: t.agentText,
        }),
        schema: CustomerTurnOutput,
        name: 'customer_turn',
        temperature: 0.7,
      });
      const reply = this.validate(t, data);
      return { ...reply, usage: [usage], manipulation: manipulationByRule || data.manipulation };
    } catch (e) {
      if (!(e instanceof LlmFailure)) throw e;
      const reply = this.o.fallback.respond(t);
      return { ...reply, fallback: failureNote(e), usage: usageOf(e), manipulation: manipulationByRule };
    }
  }

  /** The model proposes; code decides what stands. */
  private validate(t: CustomerTurn, out: CustomerTurnOutput): CustomerReply {
    const text = out.text.trim();
    if (!text) throw new LlmFailure('empty', 'the customer line is empty');
    if (BREAKS_CHARACTER.test(text)) throw new LlmFailure('schema', 'the customer broke character');
    if (t.state.said.includes(lineHash(text)))
      throw new LlmFailure('schema', 'the customer repeated a line verbatim');

    const known = new Set(t.scenario.hiddenFacts.map((f) => f.id));
    const revealed = [...new Set(out.revealed)].filter(
      (id) => known.has(id) && !t.state.revealed.includes(id),
    );
    const before = t.state.emotion;
    const proposed = Number.isFinite(out.emotion) ? out.emotion : before;
    const emotion = clampEmotion(
      Math.max(before - MAX_EMOTION_STEP, Math.min(before + MAX_EMOTION_STEP, proposed)),
    );
    const progress = madeProgress(t, revealed.length, 0);
    const state = {
      ...t.state,
      emotion,
      revealed: [...t.state.revealed, ...revealed],
      stalled: progress ? 0 : t.state.stalled + 1,
      furiousTurns: emotion >= 4 ? t.state.furiousTurns + 1 : 0,
      satisfied: t.state.satisfied || (t.resolutionMet && !t.forbiddenClaim),
      wrapUp: t.state.satisfied ? t.state.wrapUp + 1 : t.state.wrapUp,
      identityAsked: t.state.identityAsked,
      said: [...t.state.said, lineHash(text)],
    };
    const patience = Math.max(
      2,
      Math.round(t.persona.patience * DIFFICULTY[t.scenario.difficulty].patienceFactor),
    );
    let end: CustomerReply['end'];
    // A "resolved" ending before the resolution criteria are met is not accepted: the drill goes on.
    if (state.satisfied && (out.finished || state.wrapUp >= 2)) end = 'resolved';
    else if (out.finished && out.reason === 'gave-up' && (emotion >= 3 || state.stalled >= patience))
      end = 'customer-gave-up';
    else if (state.furiousTurns >= 2 || state.stalled >= patience) end = 'customer-gave-up';
    else if (t.turnsLeft <= 0) end = 'max-turns';
    return { text, state, revealed, end };
  }
}

function failureNote(e: unknown): string {
  return e instanceof LlmFailure ? e.kind : 'error';
}

function usageOf(e: unknown): UsageRecord[] | undefined {
  const usage = (e as { usage?: UsageRecord }).usage;
  return usage ? [usage] : undefined;
}
