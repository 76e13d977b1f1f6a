import { createCore } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { DrillService } from '../../src/drill/service.ts';
import { openStore } from '../../src/store/open-store.ts';

/** A clock the test moves by hand: every call advances it a little, like a real conversation. */
export function steppingClock(start = '2026-11-23T09:00:00.000Z', stepMs = 20_000) {
  let now = Date.parse(start);
  const clock = () => {
    now += stepMs;
    return new Date(now);
  };
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

/** The real offline engine over an in-memory store. */
export async function memoryEngine(
  options: { clock?: () => Date; env?: Record<string, string> } = {},
): Promise<DrillService> {
  const store = await openStore('memory://');
  const { service } = await createCore(
    { ...loadConfig(options.env ?? {}), STORE_URL: 'memory://' },
    { store, clock: options.clock },
  );
  return service;
}

export const TRAINEE = { id: 'trainee-1', name: 'Ada' };

/** The drill most tests play: a medium English scenario with an impatient developer as the customer. */
export const CARD_FROZEN_START = {
  trainee: TRAINEE,
  scenarioId: 'card-frozen-after-travel',
  personaId: 'programmer-liu',
  lang: 'en' as const,
  seed: 42,
};

/** Plays a list of trainee replies and returns what happened, stopping when the drill ends. */
export async function play(service: DrillService, drillId: string, lines: readonly string[]) {
  const results = [];
  for (const line of lines) {
    const r = await service.reply(drillId, TRAINEE.id, line);
    results.push(r);
    if (r.ended) break;
  }
  return results;
}

export const COMPETENT_CARD_FROZEN_EN = [
  "Hello, this is Alex from Huaxin Bank. That sounds really stressful with rent due today - I'm here to help.",
  "I'm so sorry, I can see how stressful that is with rent due today. To keep your account safe, could you confirm your full name and the phone number registered on the account?",
  'Thank you. So your card was blocked for transfers after a recent purchase abroad — did you travel recently or make a large overseas purchase?',
  'That explains it. Our risk control flagged a large overseas transaction and set the card to receive only, to protect your money. Did you get a text message from us about it?',
  'To lift the restriction, open the Huaxin app, go to Security Center, choose Lift account restriction and complete the face recognition check.',
  'Once both checks pass the restriction is lifted in real time, and transfers normally work within a few minutes.',
  "I've submitted the unfreeze request on my side and flagged it as urgent; your reference number is UF20261123.",
  'Is everything working now? Is there anything else I can help you with?',
  'Thank you for your patience, have a great day!',
];

export const CURT_CARD_FROZEN_EN = [
  'what',
  'ok just wait',
  'you should have read the terms',
  'nothing I can do',
  'no idea',
];
