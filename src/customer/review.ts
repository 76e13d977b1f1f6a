import { CARD_ENDING, PHONE } from '../content/customer-rules.ts';
import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { Lang } from '../csc/text.ts';
import type { LlmClient } from '../llm/client.ts';
import { LlmFailure } from '../llm/errors.ts';
import type { UsageRecord } from '../llm/usage.ts';
import { ownIdentity } from './identity-data.ts';
import { CustomerReview } from './llm-schemas.ts';

export interface ReviewInput {
  scenario: Scenario;
  persona: Persona;
  lang: Lang;
  transcript: readonly { speaker: 'customer' | 'agent'; text: string }[];
  /** How the drill ended, when it did. */
  endReason?: string;
}

export type ReviewError = CustomerReview['errors'][number] & { by: 'rules' | 'model' };

export interface ReviewResult {
  errors: ReviewError[];
  customerLines: number;
  /** Errors per customer line. */
  rate: number;
  /** Who reviewed: the rules alone, or the rules and the model (or why the model did not). */
  reviewer: string;
  usage?: UsageRecord;
}

/** Customer lines that sound like the agent: the simulator swapped roles. */
const ROLE_SWAP =
  /\b(?:how (?:can|may) i (?:help|assist) you|is there anything else i can (?:help|do)|thank you for contacting|thanks for calling huaxin|let me check (?:that|your account) for you)\b|请问(?:还)?有什么可以帮您|有什么可以帮您|感谢您的来电|我帮您查一下|为您服务/iu;
const FAREWELL = /\b(?:bye|goodbye|have a (?:nice|good|great|lovely) (?:day|evening))\b|再见|拜拜|祝您/iu;

/** Checks anyone can repeat: role swaps, card or phone numbers that contradict the drill, repeats, an early stop. */
export function ruleReview(input: ReviewInput): ReviewError[] {
  const { scenario, persona, transcript } = input;
  const own = ownIdentity(scenario, persona);
  const cards = new Set([own.cardLastFour, scenario.impostor?.holder.cardLastFour].filter(Boolean));
  const phones = new Set(
    [own.phone, scenario.impostor?.holder.phone].filter(Boolean).map((p) => (p as string).replace(/\D/g, '')),
  );
  const out: ReviewError[] = [];
  const seen = new Set<string>();
  transcript.forEach((e, index) => {
    if (e.speaker !== 'customer') return;
    const quote = (q: string) => ({ index, quote: q, by: 'rules' as const });
    const swap = ROLE_SWAP.exec(e.text);
    if (swap) out.push({ kind: 'role-swap', ...quote(swap[0]), note: 'the customer speaks like the agent' });
    for (const m of e.text.matchAll(CARD_ENDING)) {
      const found = m[1] ?? m[2];
      if (found && !cards.has(found))
        out.push({
          kind: 'contradicted-fact',
          ...quote(m[0]),
          note: `card ending ${found} is not the customer's`,
        });
    }
    for (const m of e.text.matchAll(PHONE)) {
      if (!phones.has(m[0].replace(/\D/g, '')))
        out.push({
          kind: 'contradicted-fact',
          ...quote(m[0]),
          note: 'a phone number that is not the customer’s',
        });
    }
    if (seen.has(e.text)) out.push({ kind: 'repetition', ...quote(e.text), note: 'the same line again' });
    seen.add(e.text);
  });
  const lastAgent = [...transcript].reverse().find((e) => e.speaker === 'agent');
  const last = transcript.at(-1);
  if (
    input.endReason === 'resolved' &&
    last?.speaker === 'customer' &&
    lastAgent &&
    !FAREWELL.test(lastAgent.text)
  )
    out.push({
      kind: 'early-stop',
      index: transcript.length - 1,
      quote: last.text,
      by: 'rules',
      note: 'the customer left before the agent closed',
    });
  return out;
}

function reviewPrompt(input: ReviewInput): { system: string; user: string } {
  const { scenario: sc, lang } = input;
  return {
    system:
      "You review a SIMULATED CUSTOMER in a support-training drill, not the agent. List only the simulator's own errors: a line that contradicts its facts or identity (contradicted-fact), speaks as the agent (role-swap), ends the conversation too early or without reason (early-stop), volunteers a secret or identity data nobody asked for (volunteered-secret), repeats itself (repetition). Quote exact words of the customer line and give its index. No error: an empty list.",
    user: [
      `Scenario: ${sc.title[lang]}`,
      `The customer's facts: ${sc.hiddenFacts.map((f) => f.fact[lang]).join(' / ')}`,
      `Identity: ${JSON.stringify(ownIdentity(input.scenario, input.persona))}`,
      input.endReason ? `Ended: ${input.endReason}` : '',
      '',
      ...input.transcript.map((e, i) => `[${i}] ${e.speaker}: ${e.text}`),
    ]
      .filter((l) => l !== '')
      .join('\n'),
  };
}

/**
 * The end-of-drill review: the rules always, the model when it is configured and answers. A model
 * error counts only when its quote occurs in the customer line it points at.
 */
export async function reviewDrill(
  input: ReviewInput,
  model?: { client: LlmClient; model: string },
): Promise<ReviewResult> {
  const errors = ruleReview(input);
  const customerLines = input.transcript.filter((e) => e.speaker === 'customer').length;
  let reviewer = 'rules';
  let usage: UsageRecord | undefined;
  if (model) {
    const prompt = reviewPrompt(input);
    try {
      const r = await model.client.structured({
        role: 'customer',
        model: model.model,
        system: prompt.system,
        user: prompt.user,
        schema: CustomerReview,
        name: 'customer_review',
        temperature: 0,
      });
      usage = r.usage;
      for (const e of r.data.errors) {
        const line = input.transcript[e.index];
        if (line?.speaker !== 'customer' || !e.quote || !line.text.includes(e.quote)) continue;
        if (errors.some((x) => x.index === e.index && x.kind === e.kind)) continue;
        errors.push({ ...e, by: 'model' });
      }
      reviewer = `rules+llm:${model.model}`;
    } catch (e) {
      if (!(e instanceof LlmFailure)) throw e;
      reviewer = `rules (model review failed: ${e.kind})`;
    }
  }
  errors.sort((a, b) => a.index - b.index);
  return { errors, customerLines, rate: customerLines ? errors.length / customerLines : 0, reviewer, usage };
}
