import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { Lang } from '../csc/text.ts';
import type { LlmClient } from '../llm/client.ts';
import { LlmFailure } from '../llm/errors.ts';
import type { UsageRecord } from '../llm/usage.ts';
import { openNeeds } from './agenda.ts';
import { patienceOf } from './difficulty.ts';
import { clampEmotion, feelingsOf } from './emotion.ts';
import { customerSystemPrompt, customerTurnPrompt, plannerPrompt } from './llm-prompts.ts';
import { CustomerPlan, CustomerTurnOutput } from './llm-schemas.ts';
import { type ReviewInput, type ReviewResult, reviewDrill } from './review.ts';
import { lineHash } from './rng.ts';
import { unsafeReason } from './safety.ts';
import type { ScriptedCustomer } from './scripted.ts';
import type { Customer, CustomerReply, CustomerTurn, OpenedCustomer } from './types.ts';
import { readTurn } from './understand/reading.ts';

/** A customer line that breaks character is treated like invalid output. */
const BREAKS_CHARACTER =
  /\b(?:as an ai|i(?:'m| am) an? (?:ai|language model|bot|assistant)|language model|this (?:is a )?simulation)\b|我是(?:一个)?(?:AI|人工智能|语言模型|机器人)|作为(?:一个)?(?:AI|人工智能|语言模型)|模拟(?:训练|对话)/iu;

const MAX_EMOTION_STEP = 1.5;
/** A satisfied customer leaves after this many exchanges even if the agent never closes. */
const WAIT_FOR_CLOSE = 3;
/** One model call per turn, and one retry when it fails or its line is unsafe; then the twin answers. */
const ATTEMPTS = 2;

export interface LlmCustomerOptions {
  client: LlmClient;
  model: string;
  historyTurns: number;
  fallback: ScriptedCustomer;
}

/**
 * The paper's planner + customer assistant + customer: one planner call per drill, then ONE
 * structured call per turn that yields the hidden direction and the line together. The model
 * decides what the customer says and whether it is satisfied; code checks only safety (no data or
 * code volunteered, one fact per question, no satisfaction after a breach). A failed or unsafe
 * call is retried once; after that the scripted twin answers the turn and the drill says so.
 */
export class LlmCustomer implements Customer {
  constructor(private readonly o: LlmCustomerOptions) {}

  async open(scenario: Scenario, persona: Persona, lang: Lang, seed: number): Promise<OpenedCustomer> {
    const base = this.o.fallback.open(scenario, persona, lang, seed);
    const prompt = plannerPrompt(scenario, persona, lang);
    const usage: UsageRecord[] = [];
    let failure: LlmFailure | undefined;
    let tries = 0;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      tries++;
      try {
        const r = await this.o.client.structured({
          role: 'planner',
          model: this.o.model,
          system: prompt.system,
          user: prompt.user,
          schema: CustomerPlan,
          name: 'customer_plan',
          temperature: 0.7,
        });
        usage.push(r.usage);
        const text = r.data.openingLine.trim();
        if (!text || BREAKS_CHARACTER.test(text)) throw new LlmFailure('schema', 'unusable opening line');
        return {
          text,
          state: { ...base.state, plan: r.data.situation.trim().slice(0, 1200), said: [lineHash(text)] },
          usage,
        };
      } catch (e) {
        failure = this.failed(e, usage);
        if (failure.kind === 'circuit-open') break;
      }
    }
    return { ...base, fallback: note(failure, tries), usage: usage.length ? usage : undefined };
  }

  async respond(t: CustomerTurn): Promise<CustomerReply> {
    const recent = await t.history(this.o.historyTurns * 2);
    const usage: UsageRecord[] = [];
    let failure: LlmFailure | undefined;
    let tries = 0;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      tries++;
      try {
        const r = await this.o.client.structured({
          role: 'customer',
          model: this.o.model,
          system: customerSystemPrompt(t.scenario, t.persona, t.lang, t.state.plan),
          user: customerTurnPrompt(t.scenario, t.lang, {
            turn: t.turn,
            maxTurns: t.scenario.maxTurns,
            state: t.state,
            openNeeds: openNeeds(t.scenario, t.state),
            recent,
            agentText: t.agentText,
          }),
          schema: CustomerTurnOutput,
          name: 'customer_turn',
          temperature: 0.7,
        });
        usage.push(r.usage);
        return { ...this.accept(t, r.data), usage };
      } catch (e) {
        failure = this.failed(e, usage);
        if (failure.kind === 'circuit-open') break;
      }
    }
    const twin = this.o.fallback.respond(t);
    return { ...twin, fallback: note(failure, tries), usage: usage.length ? usage : undefined };
  }

  /** The end-of-drill review of the simulator's own errors (offline checks, plus the model's when it answers). */
  review(input: ReviewInput): Promise<ReviewResult> {
    return reviewDrill(input, { client: this.o.client, model: this.o.model });
  }

  private failed(e: unknown, usage: UsageRecord[]): LlmFailure {
    if (!(e instanceof LlmFailure)) throw e;
    const u = (e as { usage?: UsageRecord }).usage;
    if (u) usage.push(u);
    return e;
  }

  /** The model proposes; code keeps only what is safe. */
  private accept(t: CustomerTurn, out: CustomerTurnOutput): CustomerReply {
    const text = out.text.trim();
    if (!text) throw new LlmFailure('empty', 'the customer line is empty');
    if (BREAKS_CHARACTER.test(text)) throw new LlmFailure('schema', 'the customer broke character');
    if (t.state.said.includes(lineHash(text)))
      throw new LlmFailure('schema', 'the customer repeated a line verbatim');
    const r = readTurn(t, feelingsOf(t.persona, t.scenario, t.state));
    const warned = t.state.secretWarned || r.identity.secretWarned;
    const unsafe = unsafeReason(text, t, r, warned);
    if (unsafe) throw new LlmFailure('rejected', unsafe);
    const codeRead = /(?<!\d)\d{6}(?!\d)/.test(text);

    const questions = r.sentences.filter((s) => s.act !== 'statement').length;
    const known = new Set(t.scenario.hiddenFacts.map((f) => f.id));
    const revealed = [...new Set(out.revealed)]
      .filter((id) => known.has(id) && !t.state.revealed.includes(id))
      .slice(0, Math.max(1, questions));
    const before = t.state.emotion;
    const proposed = Number.isFinite(out.emotion) ? out.emotion : before;
    const emotion = clampEmotion(
      Math.max(before - MAX_EMOTION_STEP, Math.min(before + MAX_EMOTION_STEP, proposed)),
    );
    const progress = r.substance || revealed.length > 0 || (t.turn === 0 && r.codes.has('GT'));
    const safeToSatisfy = !t.breach && !t.forbiddenClaim && !r.identity.secretAsked;
    const satisfied = (t.state.satisfied || out.satisfied) && safeToSatisfy;
    const state = {
      ...t.state,
      emotion,
      revealed: [...t.state.revealed, ...revealed],
      needsMet: [...new Set([...t.state.needsMet, ...r.needsMet])],
      needsHeard: [...new Set([...t.state.needsHeard, ...r.needsHeard])],
      stalled: progress ? 0 : t.state.stalled + 1,
      furiousTurns: emotion >= 4 ? t.state.furiousTurns + 1 : 0,
      secretWarned: warned,
      codeGiven: t.state.codeGiven || codeRead,
      satisfied,
      wrapUp: t.state.satisfied && satisfied ? t.state.wrapUp + 1 : t.state.wrapUp,
      identityAsked: t.state.identityAsked || r.identity.fields.length > 0,
      said: [...t.state.said, lineHash(text)],
    };
    const patience = patienceOf(t.persona, t.scenario);
    let end: CustomerReply['end'];
    // Endings wait for the agent's close: "resolved" stands only when satisfied and the agent said goodbye.
    if (satisfied && (r.closing || state.wrapUp >= WAIT_FOR_CLOSE)) end = 'resolved';
    else if (out.finished && out.reason === 'gave-up' && (emotion >= 3 || state.stalled >= patience))
      end = 'customer-gave-up';
    else if (!satisfied && (state.furiousTurns >= 2 || state.stalled >= patience)) end = 'customer-gave-up';
    else if (t.turnsLeft <= 0) end = 'max-turns';
    const flags = codeRead ? ['code-disclosed'] : undefined;
    return {
      text,
      state,
      revealed: end === 'customer-gave-up' ? [] : revealed,
      end,
      ...(flags ? { flags } : {}),
      manipulation: r.conduct.has('manipulation') || out.manipulation,
    };
  }
}

/** What the drill shows when the twin answered: why, and that the call was retried first. */
function note(failure: LlmFailure | undefined, tries: number): string {
  const kind = failure?.kind ?? 'error';
  return tries > 1 ? `${kind}, retried once` : kind;
}
