import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { DistressKind } from '../csc/distress.ts';
import type { Lang } from '../csc/text.ts';
import type { DifficultyProfile } from './difficulty.ts';
import type { CustomerState } from './state.ts';
import type { Reading } from './understand/reading.ts';

/** Where each baseline emotion sits on the 0 (calm) … 4 (furious) scale. */
export const BASELINE_LEVEL: Record<Persona['baselineEmotion'], number> = {
  calm: 0,
  satisfied: 0,
  confused: 1,
  worried: 1,
  anxious: 1.5,
  embarrassed: 1,
  skeptical: 1,
  impatient: 1.5,
  frustrated: 2,
  demanding: 2,
  distressed: 2.5,
  angry: 3,
};

export const EMOTION_LABELS = {
  zh: ['平静', '不安', '烦躁', '生气', '暴怒'],
  en: ['calm', 'uneasy', 'upset', 'angry', 'furious'],
} as const;

export const emotionLabel = (level: number, lang: Lang): string =>
  EMOTION_LABELS[lang][Math.max(0, Math.min(4, Math.floor(level)))] as string;

export const clampEmotion = (x: number): number => Math.max(0, Math.min(4, Math.round(x * 2) / 2));

const PERSONA_FEELING: Partial<Record<Persona['baselineEmotion'], DistressKind>> = {
  angry: 'anger',
  frustrated: 'anger',
  demanding: 'anger',
  impatient: 'urgency',
  anxious: 'worry',
  worried: 'worry',
  confused: 'worry',
  distressed: 'worry',
  embarrassed: 'worry',
};

/** The mood the customer opens with: the persona's, raised by what the situation itself weighs. */
export function openingEmotion(persona: Persona, scenario: Scenario): number {
  const m = scenario.mood;
  if (!m) return clampEmotion(BASELINE_LEVEL[persona.baselineEmotion]);
  const situation = Math.max(m.anger, m.worry * 0.8, m.urgency * 0.8, m.grief * 0.7);
  // The scenario's story wins: a short-fused persona in a calm errand starts a little edgy, not angry.
  return clampEmotion(
    Math.max(situation, Math.min(BASELINE_LEVEL[persona.baselineEmotion], situation + 0.5)),
  );
}

/** What the customer feels, strongest first: empathy has to answer one of these to calm them. */
export function feelingsOf(persona: Persona, scenario: Scenario, state: CustomerState): DistressKind[] {
  const m = scenario.mood ?? { anger: 0, worry: 0, urgency: 0, grief: 0 };
  const ranked = (['grief', 'urgency', 'worry', 'anger'] as const)
    .map((k) => ({ k, v: m[k] }))
    .filter((x) => x.v > 0)
    .sort((a, b) => b.v - a.v)
    .map((x) => x.k);
  const own = PERSONA_FEELING[persona.baselineEmotion];
  if (own && !ranked.includes(own)) ranked.push(own);
  if (state.emotion >= 2.5 && !ranked.includes('anger')) ranked.push('anger');
  return ranked.length ? ranked : ['worry'];
}

export interface EmotionInput {
  reading: Reading;
  state: CustomerState;
  profile: DifficultyProfile;
  persona: Persona;
  impostor: boolean;
  latencyMs: number;
  forbiddenClaim: boolean;
  jargon: boolean;
  /** Knowledge conveyed or an action carried out in this reply. */
  helped: boolean;
  progress: boolean;
}

export const SLOW_MS = 120_000;
export const VERY_SLOW_MS = 300_000;

/**
 * How the agent's turn moves the customer. Rudeness and blame always hurt; comfort with nothing in
 * it does not help; empathy helps only when it fits the feeling, and less each time it repeats
 * without anything else. An impostor is pleased by leaks and annoyed by firm refusals.
 */
export function emotionDelta(i: EmotionInput): number {
  const { reading: r, profile, state } = i;
  const up = (x: number) => x * profile.sensitivity;
  const down = (x: number) => x * profile.calming;
  let d = 0;
  if (r.conduct.has('rude')) d += Math.max(1, up(1));
  if (r.conduct.has('blame')) d += Math.max(0.5, up(1));
  if (r.conduct.has('dismissive')) d += Math.max(0.5, up(0.5));
  // A promise offered for a secret ("read it to me and I'll stop the payment") is part of the request.
  const promise = r.conduct.has('overpromise') && !r.conduct.has('asks-secret');
  if (promise || i.forbiddenClaim) d += i.impostor ? -0.5 : up(0.5);
  if (r.challenges.length) d += up(0.5);
  // Asked again, the customer questions the request again (it does not rage at each repeat).
  if (r.conduct.has('asks-secret') && !i.impostor && state.codeAsks <= 1 && !state.codeGiven) d += up(0.5);
  if (i.jargon) d += up(0.5);
  if (i.latencyMs > VERY_SLOW_MS) d += up(1);
  else if (i.latencyMs > SLOW_MS) d += up(0.5);
  const hostile = r.conduct.has('rude') || r.conduct.has('blame') || r.conduct.has('dismissive');
  if (i.impostor) {
    if (r.conduct.has('discloses-data')) d -= 0.5;
    if (!i.progress) d += up(0.5);
    return d;
  }
  // Comfort with nothing in it ("别着急，我们会尽力的") is not empathy that fits.
  const hollow = r.emptyComfort && !r.substance;
  if (!hostile && !hollow) {
    if (r.empathy && r.fits && state.emotion >= 1 && state.emptyRun < 2) d -= down(1);
    else if (r.fits && !r.emptyComfort && state.emotion >= 1 && state.emptyRun < 1) d -= down(0.5);
    if (r.codes.has('RP') && !r.emptyComfort) d -= down(0.5);
    if (i.helped || r.needsMet.length || r.facts.length) d -= down(0.5);
  }
  // A goodbye or "anything else?" moves nothing forward, but it is no stalling either.
  if (!i.progress && !r.closing && !r.feedback) d += up(0.5);
  return d;
}
