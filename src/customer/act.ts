import type { PhraseKey } from './phrases.ts';
import type { AskedField } from './understand/identity.ts';

/** One thing the customer does in a line; several make a line, in order. */
export type Act =
  | { k: 'bank'; key: PhraseKey }
  | { k: 'fact'; id: string; again?: boolean }
  | { k: 'identity'; fields: AskedField[] }
  | { k: 'code'; n: number }
  | { k: 'step'; id: string; blocked?: boolean }
  | { k: 'upfront'; index: number }
  | { k: 'objection'; id: string }
  | { k: 'challenge'; id: string; again?: boolean }
  | { k: 'answer'; id: string }
  | { k: 'need'; id: string }
  | { k: 'evasion' }
  | { k: 'reaction'; key: ReactionKey }
  /** A line built from what the agent just said (a leak repeated back, a step echoed). */
  | { k: 'said'; text: string; mark?: string };

export type ReactionKey = 'pressure' | 'thanks' | 'leave' | 'goodbye' | 'doing';
export const FALLBACK: Record<ReactionKey, PhraseKey> = {
  pressure: 'upset',
  thanks: 'satisfied',
  leave: 'gaveUp',
  goodbye: 'goodbye',
  doing: 'actionRequest',
};
/** Acts a filler ("那个……", "Look,") may stand in front of: the customer's own content, not a reaction. */
/** Lines a signature remark would spoil: doing a step, questioning a code request, snapping back. */
export const NO_ASIDE = new Set<PhraseKey>([
  'stepDone',
  'codeHesitate',
  'codeHesitateAgain',
  'codeNever',
  'codeRefuse',
  'griefDismissed',
  'relief',
]);
export const FILLABLE = new Set<Act['k']>([
  'fact',
  'identity',
  'need',
  'upfront',
  'objection',
  'challenge',
  'answer',
]);
