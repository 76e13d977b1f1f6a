import type { CustomerTurn } from './types.ts';

/**
 * The turn as the customer hears it. The judge counts a request for a secret as a forbidden claim
 * (a claim whose `act` is "asks-secret"); the customer answers that request itself (it questions
 * the code or reads it out) and must not also hear it as a wrong promise or fact, which would anger
 * it twice and make it doubt a promise nobody made.
 */
export function heardTurn(t: CustomerTurn): CustomerTurn {
  if (!t.forbiddenClaim) return t;
  const secretClaim = t.scenario.forbiddenClaims.some((c) => c.act === 'asks-secret');
  const asked = (t.tags.conduct ?? []).some((c) => c.label === 'asks-secret');
  return secretClaim && asked ? { ...t, forbiddenClaim: false } : t;
}
