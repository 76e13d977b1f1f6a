import type { CustomerTurn } from './types.ts';

/** Strategies that move a conversation forward, however the customer takes them. */
const FORWARD = ['EM', 'RP', 'PR', 'PS', 'RI', 'IV'] as const;
const PRESENT = 0.3;

/** Whether the trainee's reply moved the conversation forward; otherwise the customer's patience runs down. */
export function madeProgress(t: CustomerTurn, revealedNow: number, identityAnswered: number): boolean {
  const codes = new Set(t.tags.strategies.filter((s) => s.confidence >= PRESENT).map((s) => s.code));
  codes.add(t.tags.primary);
  return (
    t.newlyConveyed.length > 0 ||
    revealedNow > 0 ||
    t.actionNow ||
    identityAnswered > 0 ||
    (t.turn === 0 && codes.has('GT')) ||
    FORWARD.some((c) => codes.has(c))
  );
}
