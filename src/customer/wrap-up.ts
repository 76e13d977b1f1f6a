import type { Act } from './say.ts';
import type { CustomerState } from './state.ts';
import type { CustomerEnding } from './types.ts';

/**
 * What a satisfied customer says to an agent who talks on without closing: one bare "ok"; a second
 * in a row would be filler, so it says goodbye and the talk ends resolved.
 */
export function ackOrGoodbye(state: CustomerState): [Act[], CustomerEnding?] {
  if (state.used.includes('acked-wrap-up')) return [[{ k: 'reaction', key: 'goodbye' }], 'resolved'];
  state.used.push('acked-wrap-up');
  return [[{ k: 'bank', key: 'wrapUpAck' }]];
}
