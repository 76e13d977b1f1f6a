import { HONEST_LIMIT } from './agenda.ts';
import { spokenDate } from './phrases.ts';
import type { Act } from './say.ts';
import type { CustomerState } from './state.ts';
import type { CustomerTurn } from './types.ts';
import type { Reading } from './understand/reading.ts';

/** Brushing a loss off: "people pass away all the time", "哭也没用". */
const GRIEF_BRUSH_OFF =
  /\b(?:(?:people|everyone|everybody) (?:die|dies|pass(?:es)? away)|happens (?:to everyone|all the time)|no point (?:getting|being) (?:emotional|upset)|(?:just )?(?:get|move) over it|it'?s (?:just )?(?:life|paperwork|routine)|calm down|don'?t (?:be|get) (?:so )?emotional)\b|人都会(?:走|死)|谁家都会|生老病死|哭(?:也)?没用|别太(?:激动|情绪化)|没必要(?:难过|激动|哭)|很正常的事|冷静(?:一点|点)|这种事多了/iu;

/** News that weighs on the customer even while the case moves on: the money is gone, it was fraud. */
export const BAD_NEWS =
  /\b(?:was|is|were) (?:a )?(?:fraud(?:ulent)?|scam|unauthori[sz]ed)\b|\b(?:money|funds|payment|it) (?:is|has) (?:already )?(?:gone|been (?:taken|transferred|withdrawn|moved|spent))\b(?! back\b| in(?:to)? your\b| to your\b)|\b(?:can(?:no|')?t|cannot|unlikely to|may not|might not) (?:be )?(?:recover|get (?:it|the money) back|reverse|refund)|\bnot (?:be )?(?:recoverable|refundable|reversible)\b|\b(?:has|have) (?:most )?(?:likely |probably |almost certainly )?(?:already )?(?:gone through|been (?:paid out|processed|debited|charged|taken))\b|被骗|诈骗|被盗刷|(?:很可能|大概率|应该|估计)?已经(?:扣款成功|支付成功|付出去|转出去|扣走|被扣|成功扣款)|(?:确认|认定|属于|就是|确实是)盗刷|已经被(?:转走|划走|取走|扣走|花掉)|(?:追不回|要不回|拿不回|无法追回|很难追回|不一定能追回)|不能退|无法退|撤不回/iu;

const squeeze = (s: string) => s.replace(/[\s-]/g, '').toLowerCase();

/** The account holder's data an agent has just let slip to an impostor. */
export function leakedHolderData(t: CustomerTurn): boolean {
  const holder = t.scenario.impostor?.holder;
  if (!holder) return false;
  const text = squeeze(t.agentText);
  const values = [
    holder.phone.replace(/\D/g, ''),
    holder.cardLastFour,
    spokenDate(holder.dateOfBirth, t.lang),
    holder.dateOfBirth,
  ].map(squeeze);
  return values.some((v) => v.length >= 4 && text.includes(v));
}

/**
 * A lead that answers how the conversation is going rather than one line: sustained hostility or
 * stalling ends in a request for a supervisor, a brushed-off loss is called out, an impostor
 * pounces on leaked data, and a fix brings relief.
 */
export function pressureLead(
  r: Reading,
  t: CustomerTurn,
  state: CustomerState,
  before: number,
): Act | undefined {
  const bank = (key: Extract<Act, { k: 'bank' }>['key']): Act => ({ k: 'bank', key });
  const hostile = r.conduct.has('rude') || r.conduct.has('blame') || r.conduct.has('dismissive');
  const grief = (t.scenario.mood?.grief ?? 0) >= 2;
  if (t.scenario.impostor) {
    if (r.conduct.has('discloses-data') || leakedHolderData(t)) return bank('pounce');
    return undefined;
  }
  if (grief && GRIEF_BRUSH_OFF.test(t.agentText)) return bank('griefDismissed');
  // Stalling means this turn stalls too (hold on, chit-chat, empty comfort), not that the customer missed the point.
  const stalling = !r.substance && (r.hold || r.offTopic || r.emptyComfort) && !state.settled;
  const fedUp = (hostile && state.hostileTurns >= 3) || (stalling && state.stalled >= 3);
  if (fedUp && !state.used.includes('asked-supervisor')) {
    state.used.push('asked-supervisor');
    return bank('supervisor');
  }
  const fixed =
    (t.actionNow || r.done) &&
    (r.needsMet.length > 0 || t.resolutionMet) &&
    !hostile &&
    !t.forbiddenClaim &&
    !r.identity.secretAsked &&
    // "I can't promise it will be recovered" is sobering news, not a relief; nor is hearing the money is gone.
    !HONEST_LIMIT.test(t.agentText) &&
    !BAD_NEWS.test(t.agentText) &&
    before >= 1;
  if (fixed && !state.used.some((u) => u.startsWith('bank:relief'))) return bank('relief');
  return undefined;
}

/** Whether the agent brushed a loss off in a grief scenario (it hurts like rudeness). */
export const brushesGriefOff = (t: CustomerTurn): boolean =>
  (t.scenario.mood?.grief ?? 0) >= 2 && GRIEF_BRUSH_OFF.test(t.agentText);

/** "No more niceties, talk sense." in front of the customer's own goodbye: a line at odds with itself. */
export const snapsAtGoodbye = (lead: Act | undefined, follow: Act | undefined): boolean =>
  follow?.k === 'reaction' && follow.key === 'goodbye' && lead?.k === 'bank' && lead.key === 'emptyComfort';
