import type { Scenario } from '../../content/scenario.ts';
import { detectConduct } from '../../csc/conduct.ts';
import type { Check } from '../scorecard-model.ts';
import type { Secret } from '../try-saying.ts';

/** What a failed compliance or conduct check was, for its own line of advice. */
export type Breach =
  | { kind: 'asks-secret'; secret: Secret }
  | { kind: 'leak' }
  | { kind: 'promise' }
  | { kind: 'blame' }
  | { kind: 'rude' }
  | { kind: 'manipulation' }
  | { kind: 'claim' };

const SECRET_WORDS: [Secret, RegExp][] = [
  ['cvv', /cvv|cvc|security code|three digits|3 digits|安全码|背面.{0,4}(?:三|3)位|后三位/iu],
  ['pin', /\bpin\b|password|passcode|密码/iu],
  ['code', /code|otp|验证码|动态码|校验码/iu],
];

const secretIn = (text: string): Secret | undefined => SECRET_WORDS.find(([, re]) => re.test(text))?.[0];

/** The breach a failed check stands for, read from its id, the scenario's claim and the quoted words. */
export function breachOf(c: Check, scenario: Scenario): Breach | undefined {
  if (c.result !== 'no') return undefined;
  const quote = c.quote ?? '';
  if (c.id === 'no-data-leak') return { kind: 'leak' };
  if (c.id === 'no-blame') return { kind: 'blame' };
  if (c.id === 'no-manipulation') return { kind: 'manipulation' };
  if (c.id === 'polite') return quote ? { kind: 'rude' } : undefined;
  // A wrong fact is corrected, not treated as a forbidden statement.
  // Stalling is advised on like any missed step: it says nothing that must not be said.
  if (c.id === 'no-wrong-fact' || c.id === 'no-stalling' || !c.id.startsWith('no-')) return undefined;
  const claim = scenario.forbiddenClaims.find((f) => f.id === (c.ref ?? c.note));
  if (claim) return claimBreach(claim.id, claim.reason.en, quote);
  // No scenario claim behind it: what the quoted words do decides.
  const conduct = quote
    ? detectConduct(quote)
        .filter((t) => t.confidence >= 0.5)
        .map((t) => t.label)
    : [];
  if (conduct.includes('asks-secret')) return { kind: 'asks-secret', secret: secretIn(quote) ?? 'code' };
  if (conduct.includes('discloses-data')) return { kind: 'leak' };
  if (conduct.includes('overpromise')) return { kind: 'promise' };
  if (conduct.includes('blame')) return { kind: 'blame' };
  if (/dismiss|rude/iu.test(c.id) || conduct.includes('rude') || conduct.includes('dismissive'))
    return { kind: 'rude' };
  return { kind: 'claim' };
}

/** A scenario's forbidden claim, by what its id and reason say it is. */
function claimBreach(id: string, reason: string, quote: string): Breach {
  if (/secret|credential|ask-(?:sms|card|code|pin|cvv|otp)/iu.test(id))
    return { kind: 'asks-secret', secret: secretIn(quote) ?? secretIn(reason) ?? 'code' };
  if (/disclos|leak|reveal/iu.test(id)) return { kind: 'leak' };
  if (/blame/iu.test(id)) return { kind: 'blame' };
  if (/promise|guarantee|waive|waiver/iu.test(id) || /\bpromis/iu.test(reason)) return { kind: 'promise' };
  return { kind: 'claim' };
}
