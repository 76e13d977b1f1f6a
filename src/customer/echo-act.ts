import type { Plan } from './agenda.ts';
import { echoOf } from './echo.ts';
import type { Act } from './say.ts';
import type { CustomerState } from './state.ts';
import type { CustomerTurn } from './types.ts';
import type { Reading } from './understand/reading.ts';
import { registerOf } from './voice.ts';

/**
 * Whether the agent's answer carried something concrete the customer can take up, and the line
 * that does: only for a real customer, on a turn with substance that was neither wrong, hostile
 * nor already answered with the customer's own facts.
 */
export function echoAct(
  t: CustomerTurn,
  r: Reading,
  state: CustomerState,
  plan: Plan,
  random: () => number,
): Act | undefined {
  if (t.scenario.impostor || !r.substance || t.forbiddenClaim || r.challenges.length) return undefined;
  if (['rude', 'blame', 'dismissive'].some((c) => r.conduct.has(c as never))) return undefined;
  if (r.identity.secretAsked || r.closing || r.step || r.blocked) return undefined;
  if (plan.main.some((a) => a.k !== 'bank' || a.key === 'stepDone')) return undefined;
  const echo = echoOf(t.agentText, t.lang, state, registerOf(t.persona), random, t.persona.id);
  // The customer's own figure said back to them ("keep the 20,000 for emergencies") is nothing new to take up.
  if (!echo || ownWords(t).includes(squeeze(echo.found))) return undefined;
  return { k: 'said', text: echo.text, mark: echo.mark };
}

const squeeze = (s: string) => s.replace(/[\s,，]/g, '').toLowerCase();

/** Everything the customer's story lets them say, squeezed: what they can have said themselves. */
function ownWords(t: CustomerTurn): string {
  const sc = t.scenario;
  const lines = [
    sc.openingLine[t.lang],
    ...sc.upFront.flatMap((u) => u[t.lang]),
    ...sc.hiddenFacts.flatMap((f) => f.says[t.lang]),
  ];
  return squeeze(lines.join('|'));
}
