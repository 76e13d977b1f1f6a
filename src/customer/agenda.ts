import type { Scenario } from '../content/scenario.ts';
import { factsToTell } from './asked-facts.ts';
import { DIFFICULTY } from './difficulty.ts';
import type { Act, Speaker } from './say.ts';
import type { CustomerState } from './state.ts';
import type { CustomerTurn } from './types.ts';
import type { Reading } from './understand/reading.ts';

/** What the customer does this turn, before it is worded. */
/** A check the holder must be there for: a visit, a branch, face to face. */
const IN_PERSON =
  /上门|当面|面签|本人(?:到场|在场|来|去)|(?:去|到|来)网点|视频(?:核验|认证)|\b(?:in person|home visit|visit (?:her|him|them|your)|at (?:a|the|your) branch|video (?:call|check|verification)|face to face)\b/iu;

export interface Plan {
  lead?: Act;
  main: Act[];
  follow?: Act;
  revealed: string[];
  flags: string[];
  /** A reaction to the concrete content of the agent's answer, said instead of a bare "so what now?". */
  echo?: Act;
}

/** Needs only talked about, not confirmed: they stop the asking but do not satisfy the customer. */
export const unconfirmedNeeds = (sc: Scenario, state: CustomerState): string[] =>
  sc.needs
    .filter((n) => state.needsHeard.includes(n.id) && !state.needsMet.includes(n.id))
    .filter((n) => !n.after || state.revealed.includes(n.after))
    .map((n) => n.id);

/** Needs the customer still has: those whose fact is out (or that need none) and that nobody addressed. */
export function openNeeds(sc: Scenario, state: CustomerState): string[] {
  return sc.needs
    .filter(
      (n) =>
        !state.needsMet.includes(n.id) &&
        !state.needsHeard.includes(n.id) &&
        (!n.after || state.revealed.includes(n.after)),
    )
    .map((n) => n.id);
}

const DECLINE =
  /\b(?:can(?:no|')?t|cannot|unable to|not able to|won'?t be able|not allowed|not permitted|only the account holder|only she|has to be (?:her|the holder)|we don'?t disclose)\b|不能|无法|没办法|不可以|不允许|只能由|必须(?:由)?(?:她|本人|持有人)|不方便透露/iu;

export const HONEST_LIMIT =
  /\b(?:not|no|nothing|never|can'?t|cannot|won'?t|isn'?t|aren'?t)\b[^.?!]{0,20}\b(?:guarantee|guaranteed|promise|certain)|(?:不能|无法|没法|不|没有|不会)[^，。？！]{0,6}(?:保证|承诺|打包票)/iu;

/** A question about the situation ("what happened when…?"), not a yes/no aside. */
const WH = /\b(?:what|when|where|which|how|why|who)\b|什么|怎么|哪|多少|几|为什么|为啥|啥/iu;

/** Asking again for something already asked for, without naming it. */
const STILL_ASKING =
  /报给我|告诉我|念给我|发给我|说给我|念一下|报一下|发过来|\b(?:read (?:it|me|them)|tell me|give (?:it|me)|send (?:it|me)|just say)\b/iu;

/** A customer who was just scammed through a code (a phishing or fraud call) never reads one out again. */
export const scammedByCode = (sc: Scenario): boolean => sc.topic === 'risk-security' && !sc.impostor;

/** The lead reaction: at most one, the strongest thing the agent's words did to the customer. */
export function leadFor(
  r: Reading,
  t: CustomerTurn,
  before: number,
  after: number,
  slow: boolean,
): Act | undefined {
  const bank = (key: Extract<Act, { k: 'bank' }>['key']): Act => ({ k: 'bank', key });
  if (r.conduct.has('manipulation')) return bank('confused');
  // Blame is the more specific hurt: a blaming line the tagger also finds rude is answered as blame.
  if (r.conduct.has('blame')) return bank('blamed');
  if (r.conduct.has('rude')) return bank('rude');
  if (r.conduct.has('dismissive')) return bank('dismissed');
  if (slow) return bank('slowReply');
  // "Nothing is guaranteed" is an honest limit, not a promise to doubt.
  const promise = t.forbiddenClaim || (r.conduct.has('overpromise') && !HONEST_LIMIT.test(t.agentText));
  if (promise && !t.scenario.impostor) return bank('doubt');
  if (r.offTopic && !r.substance) return bank('offTopic');
  if (r.emptyComfort && !r.substance && !r.hold && before >= 1.5) return bank('emptyComfort');
  if (r.fits && r.empathy && before >= 1.5 && after < before) {
    const grief = (t.scenario.mood?.grief ?? 0) >= 2;
    return bank(grief ? 'griefAck' : 'empathyAck');
  }
  if (after >= 3.5 && after > before) return bank('furious');
  if (after >= 3 && after > before) return bank('angry');
  return undefined;
}

/** Answers to what the agent asked: secrets, identity, facts, wrong claims. */
export function answersFor(
  r: Reading,
  t: CustomerTurn,
  state: CustomerState,
  speaker: Speaker,
  plan: Plan,
): void {
  const sc = t.scenario;
  const profile = DIFFICULTY[sc.difficulty];
  const hostile = r.conduct.has('rude') || r.conduct.has('blame');
  const guarded = profile.hidden === 'guarded' && hostile;
  const id = r.identity;
  if (id.secretWarned) state.secretWarned = true;
  // "Just read it to me" after a request for the code the customer questioned is the same request.
  if (!id.secretAsked && state.codeAsks > 0 && !id.fields.length && STILL_ASKING.test(t.agentText))
    id.secretAsked = 'code';
  if (id.secretAsked) {
    // An impostor reads out any code he is sent: that is what he called for.
    if (sc.impostor && id.secretAsked !== 'code') plan.main.push({ k: 'evasion' });
    else if (id.secretAsked === 'cvv' || id.secretAsked === 'cardNumber')
      plan.main.push({ k: 'bank', key: 'cardSecret' });
    else if (id.secretAsked !== 'code') plan.main.push({ k: 'bank', key: 'suspicious' });
    else if (scammedByCode(sc) && state.codeAsks > 0) {
      // Asked why, then a flat no however hard the agent pushes: that is how the money went.
      plan.lead = { k: 'bank', key: state.codeAsks === 1 ? 'codeHesitateAgain' : 'codeNever' };
      state.codeAsks++;
    } else if (state.secretWarned && !sc.impostor) {
      plan.lead = { k: 'bank', key: 'codeRefuse' };
      state.codeAsks++;
    } else if (scammedByCode(sc)) {
      plan.lead = { k: 'bank', key: 'codeHesitate' };
      state.codeAsks++;
    } else if (!sc.impostor && state.codeAsks < 2) {
      // A real customer asks why before reading a code out, and doubts a bare "it's fine" once more; an
      // agent who pushes a third time gets it (the breach is recorded).
      plan.lead = { k: 'bank', key: state.codeAsks === 0 ? 'codeHesitate' : 'codeHesitateAgain' };
      state.codeAsks++;
    } else {
      plan.main.push({ k: 'code', n: state.codesGiven });
      state.codesGiven++;
      state.codeGiven = true;
      plan.flags.push('code-disclosed');
    }
  }
  if (id.fields.length && !guarded) {
    state.identityAsked = true;
    // "The card digits, plus the phone" after the phone's digits were given: the card is what is new.
    const phoneAgain = (f: string) =>
      (f === 'phone' || f === 'phoneLastFour') &&
      state.identityGiven.includes('phone') &&
      id.fields.some((o) => o !== 'phone' && o !== 'phoneLastFour' && o !== 'idNumber');
    const fields = id.fields.filter((f) => f !== 'idNumber' && !phoneAgain(f));
    const answer = fields.length ? speaker.identity(fields) : undefined;
    if (answer) {
      plan.main.push({ k: 'identity', fields });
      for (const g of answer.given) if (!state.identityGiven.includes(g)) state.identityGiven.push(g);
      if (!sc.impostor && state.identityGiven.length >= 2) state.verified = true;
    }
    if (id.fields.includes('idNumber')) plan.main.push({ k: 'bank', key: 'idNumberNo' });
    const knows = new Set<string>(sc.impostor?.knows ?? []);
    const field = (f: string) =>
      f === 'holderName'
        ? 'fullName'
        : ['email', 'branch', 'recentTransaction'].includes(f)
          ? 'accountHints'
          : f;
    const gap = sc.impostor && fields.some((f) => f !== 'fullName' && f !== 'age' && !knows.has(field(f)));
    if (gap && r.facts.length === 0) plan.main.push({ k: 'evasion' });
  } else if (id.verifyIntent && !id.fields.length) plan.main.push({ k: 'bank', key: 'offerIdentity' });
  // Blamed or snapped at, nobody hands over the story: the rhetorical "what did you expect?" gets no facts.
  if (hostile && r.facts.length && !guarded) {
    plan.lead ??= { k: 'bank', key: r.conduct.has('blame') ? 'blamed' : 'rude' };
    return;
  }
  if (guarded && (r.facts.length || id.fields.length)) {
    plan.lead ??= { k: 'bank', key: 'withhold' };
    return;
  }
  // Guided through a step: the customer does that one step and says what they see, nothing else;
  // asked how a step already done went ("were you able to bind it?"): what it showed then.
  const stepId = r.step ?? r.blocked ?? r.checked;
  if (stepId) {
    plan.main.push({ k: 'step', id: stepId, ...(r.blocked ? { blocked: true } : {}) });
    if (r.step) state.stepsDone.push(r.step);
    return;
  }
  // A choice asked for ("which day suits the courier?") is answered alone: words of it heard as a
  // question about the story ("哪天" → when it arrived) would glue a second answer on.
  const choosing = Boolean(r.preference) && r.challenges.length === 0;
  for (const f of choosing ? [] : factsToTell(r, sc, plan.main)) {
    plan.main.push({ k: 'fact', id: f });
    plan.revealed.push(f);
    state.revealed.push(f);
    state.used.push(`told@${t.turn}:${f}`);
  }
  const again = r.askedAgain[0];
  if (!r.facts.length && again && !r.instructed) plan.main.push(againAct(again, t, state));
  const challenge = r.challenges[0];
  if (challenge) {
    // Said again after it was contradicted: shorter and sharper, twice at most, then it is left to the score.
    const times = state.challenged.filter((id) => id === challenge).length;
    if (times === 0) plan.main.push({ k: 'challenge', id: challenge });
    else if (times <= 2) plan.main.push({ k: 'challenge', id: challenge, again: true });
    state.challenged.push(challenge);
  } else if (r.preference) plan.main.push({ k: 'answer', id: r.preference });
  const untold = sc.upFront.findIndex((_, i) => !state.told.includes(i));
  if (!plan.main.length && r.instructed && sc.reactions.steps?.length && stepsSaid(state) < 2) {
    // A step the scenario does not spell out: the customer does it and asks what comes next.
    plan.main.push({ k: 'bank', key: 'stepDone' });
    return;
  }
  const hostileTurn = hostile || r.conduct.has('dismissive');
  if (!plan.main.length && r.unmatchedQuestions > 0 && !r.open && sc.impostor)
    plan.main.push({ k: 'evasion' });
  else if (
    !plan.main.length &&
    r.unmatchedQuestions > 0 &&
    !r.offTopic &&
    !hostileTurn &&
    WH.test(t.agentText) &&
    untold >= 0 &&
    t.turn <= 4
  ) {
    // A question the customer has no fact for is often about the story itself: tell the next detail.
    plan.main.push({ k: 'upfront', index: untold });
    state.told.push(untold);
  } else if (!plan.main.length && r.offTopic) return;
  else if (
    !plan.main.length &&
    r.unmatchedQuestions > 0 &&
    saysDoing(sc, r) &&
    !state.used.some((u) => u.startsWith('reaction:doing')) &&
    openNeeds(sc, state).length <= 1
  )
    // "Is it working now?" when the steps are in the customer's hands: they try and say so.
    plan.main.push({ k: 'reaction', key: 'doing' });
  else if (!plan.main.length && r.unmatchedQuestions > 0 && !r.open && !hostileTurn) {
    // "Only the card, no certificate?" about what the customer told is answered from it, not with a blind "correct".
    const last = r.situationAsked ? state.revealed.at(-1) : undefined;
    const key = r.codes.has('RP') && r.wordy ? 'confirm' : 'unknown';
    if (last) plan.main.push(againAct(last, t, state));
    // "Not sure" once or twice is a person; every turn is a loop.
    else if (key === 'confirm' || !state.used.some((u) => u.startsWith('bank:unknown')))
      plan.main.push({ k: 'bank', key });
  } else if (!plan.main.length && r.codes.has('RP') && r.wordy && !r.open)
    plan.main.push({ k: 'bank', key: 'confirm' });
  else if (!plan.main.length && r.offer)
    // A social engineer never welcomes a check in person: he argues against it instead.
    plan.main.push(
      sc.impostor && IN_PERSON.test(t.agentText) ? { k: 'evasion' } : { k: 'bank', key: 'accept' },
    );
  else if (!plan.main.length && r.hold && !r.substance)
    plan.main.push({ k: 'bank', key: state.emotion >= 2 ? 'waitAngry' : 'waitOk' });
}

/**
 * "Doing it now… code entered, face scanned" reports steps: only after the agent told the customer
 * what to do, and never where the scenario walks through its steps one by one (each is reported
 * when the agent gives it, not before).
 */
export const saysDoing = (sc: Scenario, r: Reading): boolean =>
  Boolean(sc.reactions.doing) && !sc.reactions.steps?.length && (r.instructed || r.codes.has('PS'));

const stepsSaid = (state: CustomerState) => state.used.filter((u) => u.startsWith('bank:stepDone')).length;

/**
 * A fact asked for again. Said again once, in other words, with "as I said" only when it was told a
 * while back; after that the customer has nothing more to add.
 */
function againAct(id: string, t: CustomerTurn, state: CustomerState): Act {
  const mark = `again:${id}`;
  if (state.used.includes(mark)) {
    if (!state.used.includes('nothingMore')) {
      state.used.push('nothingMore');
      return { k: 'bank', key: 'nothingMore' };
    }
    return { k: 'bank', key: 'confirm' };
  }
  state.used.push(mark);
  const told = state.used.find((u) => u.startsWith('told@') && u.endsWith(`:${id}`));
  const at = told ? Number(told.slice(5, told.indexOf(':'))) : -1;
  return { k: 'fact', id, again: at >= 0 && t.turn - at >= 2 };
}

/** What the customer tells when invited: the next up-front detail, or on easy drills the next fact. */
export function toldWhenOpen(r: Reading, t: CustomerTurn, state: CustomerState, plan: Plan): void {
  const invited = (r.open || (t.turn === 0 && r.codes.has('GT'))) && !r.closing;
  if (!invited || plan.main.length) return;
  const next = t.scenario.upFront.findIndex((_, i) => !state.told.includes(i));
  if (next >= 0) {
    plan.main.push({ k: 'upfront', index: next });
    state.told.push(next);
    return;
  }
  if (DIFFICULTY[t.scenario.difficulty].hidden !== 'open-question') return;
  const fact = t.scenario.hiddenFacts.find((f) => !state.revealed.includes(f.id));
  if (fact) {
    plan.main.push({ k: 'fact', id: fact.id });
    plan.revealed.push(fact.id);
    state.revealed.push(fact.id);
  }
}

/** Impostor drills: whether the agent held firm this turn (declined, or said only the holder can). */
export function declined(r: Reading, t: CustomerTurn): boolean {
  return (
    DECLINE.test(t.agentText) || (t.newlyConveyed.length > 0 && r.conduct.size === 0 && !t.forbiddenClaim)
  );
}
