import type { Act } from './say.ts';
import type { CustomerState } from './state.ts';
import type { CustomerEnding } from './types.ts';
import type { Reading } from './understand/reading.ts';

/**
 * What a satisfied customer says to an agent who talks on without closing: the fact asked for
 * again, a yes to an offer, a word back to small talk, else one bare "ok"; a second "ok" would be
 * filler, so it says goodbye and the talk ends.
 */
export function waitingLine(state: CustomerState, r: Reading): [Act[], CustomerEnding?] {
  // "Which day suits you for the pickup?" gets a day, not a bare "okay, thanks".
  if (r.preference) return [[{ k: 'answer', id: r.preference }]];
  if (r.askedAgain[0] || r.facts[0])
    return [[{ k: 'fact', id: (r.facts[0] ?? r.askedAgain[0]) as string, again: !r.facts[0] }]];
  // "Shall I stay on while you note it?" is answered yes; "going anywhere for the holiday?" with a word back.
  if (r.offer && !state.used.includes('wait-accepted')) {
    state.used.push('wait-accepted');
    return [[{ k: 'bank', key: 'accept' }]];
  }
  if (r.offTopic && !r.substance && !state.used.includes('small-talk-back')) {
    state.used.push('small-talk-back');
    return [[{ k: 'bank', key: 'smallTalkBack' }]];
  }
  if (state.used.includes('acked-wrap-up')) return [[{ k: 'reaction', key: 'goodbye' }], 'resolved'];
  state.used.push('acked-wrap-up');
  return [[{ k: 'bank', key: r.situationAsked ? 'nothingBeyond' : 'wrapUpAck' }]];
}
