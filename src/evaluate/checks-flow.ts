import { acknowledgesFeeling } from './acknowledgement.ts';
import type { CheckList } from './check-list.ts';
import { sentencesOf } from './clauses.ts';
import {
  type AgentTurn,
  distressLines,
  evidenceOf,
  has,
  type JudgeInput,
  substantive,
} from './conversation.ts';
import { isGeneral } from './general-rubric.ts';
import { askedIdentityFields } from './identity.ts';

/** Without a scenario setting, the first real step must come by the agent's third reply. */
const DEFAULT_FIRST_STEP_BY = 3;

/** Opening: greeting, identity verified before the first account-specific step, and for urgent scenarios the first real step in time. */
export function openingChecks(list: CheckList, input: JudgeInput, turns: readonly AgentTurn[]): void {
  const { scenario } = input;
  const opener = turns[0];
  if (opener && has(opener.analysis.tags, 'GT'))
    list.yes('greeting', 'opening', { index: opener.index, quote: evidenceOf(opener.analysis.tags, 'GT') });
  else
    list.no('greeting', 'opening', opener ? { index: opener.index, quote: opener.text.trim() } : undefined);

  if (isGeneral(scenario) || !scenario.identityVerificationRequired) list.na('identity-verified', 'opening');
  else {
    // A name alone checks nobody (anyone can know it): a verification asks for something only the holder has.
    const ask = turns.find((t) => {
      const quote = t.analysis.verification;
      const sentence = quote && sentencesOf(t.text).find((x) => x.text.includes(quote))?.text;
      return sentence && askedIdentityFields(sentence).some((f) => f !== 'fullName');
    });
    const accountStep = turns.find(
      (t) => t.analysis.action || t.analysis.conduct.some((c) => c.label === 'discloses-data'),
    );
    const stepQuote = (t: AgentTurn) =>
      t.analysis.actionQuote ?? t.analysis.conduct.find((c) => c.label === 'discloses-data')?.quote;
    if (ask && (!accountStep || ask.index <= accountStep.index))
      list.yes('identity-verified', 'opening', { index: ask.index, quote: ask.analysis.verification });
    else if (accountStep)
      list.no(
        'identity-verified',
        'opening',
        { index: accountStep.index, quote: stepQuote(accountStep) },
        {
          note: ask ? `asked at turn ${ask.line}, after` : 'never asked',
        },
      );
    else list.no('identity-verified', 'opening', undefined, { note: 'never asked' });
  }

  const by = scenario.judge?.firstStepBy ?? DEFAULT_FIRST_STEP_BY;
  if (!turns.length) list.na('first-step-in-time', 'opening');
  else {
    const step = turns.find(substantive);
    const note = step ? `agent turn ${step.agentTurn} (by ${by})` : `none (by ${by})`;
    if (step && step.agentTurn <= by)
      list.yes('first-step-in-time', 'opening', { index: step.index }, { note });
    else {
      const late = turns[by];
      list.no('first-step-in-time', 'opening', late ? { index: late.index } : undefined, { note });
    }
  }
}

const EMPATHY_WITHIN = 2;

/** The strategy model hears empathy, or the reply names or grants the customer's feeling in so many words. */
const empathetic = (t: AgentTurn) => has(t.analysis.tags, 'EM') || acknowledgesFeeling(t.text) !== undefined;

/** Understanding: the problem restated or refined, hidden facts asked for, and each distress episode answered with empathy within a reply or two. */
export function understandingChecks(list: CheckList, input: JudgeInput, turns: readonly AgentTurn[]): void {
  const { scenario, transcript } = input;
  const understood = turns.find((t) => has(t.analysis.tags, 'RP') || has(t.analysis.tags, 'PR'));
  if (understood) {
    const code = has(understood.analysis.tags, 'RP') ? 'RP' : 'PR';
    list.yes('problem-understood', 'understanding', {
      index: understood.index,
      quote: evidenceOf(understood.analysis.tags, code),
    });
  } else list.no('problem-understood', 'understanding');

  if (isGeneral(scenario)) list.na('hidden-facts-uncovered', 'understanding');
  else hiddenFacts(list, input, turns);

  // An episode is a run of customer lines showing distress; a calm line ends it. Each episode
  // needs real empathy (not a brush-off) within the agent's next two replies.
  const lines = distressLines(transcript);
  if (!lines.length) list.na('empathy', 'understanding', 'no distress shown');
  else {
    const upset = new Set(lines.map((d) => d.index));
    const starts = lines.filter((d) => {
      const previous = transcript.slice(0, d.index).findLastIndex((e) => e.speaker === 'customer');
      return previous < 0 || !upset.has(previous);
    });
    let answered = 0;
    let firstMiss: { index: number; quote: string } | undefined;
    let firstHit: AgentTurn | undefined;
    let firstAnswered = false;
    starts.forEach((d, i) => {
      const next = turns.filter((t) => t.index > d.index).slice(0, EMPATHY_WITHIN);
      const reply = next.find(
        (t) => empathetic(t) && !t.analysis.conduct.some((c) => c.label === 'dismissive'),
      );
      if (reply || !next.length) {
        answered++;
        if (i === 0) firstAnswered = true;
        if (reply) firstHit ??= reply;
      } else firstMiss ??= d;
    });
    // Passed when the first episode and at least half of them were answered; the share answered is
    // the credit, so each missed episode still costs something.
    const share = answered / starts.length;
    const extra = { note: `${answered}/${starts.length}`, ...(share < 1 ? { credit: share } : {}) };
    if (!firstHit) {
      if (firstMiss) list.no('empathy', 'understanding', firstMiss, extra);
      else list.na('empathy', 'understanding', 'distress only in the last line');
    } else if (firstAnswered && share >= 0.5)
      list.yes(
        'empathy',
        'understanding',
        {
          index: firstHit.index,
          quote: evidenceOf(firstHit.analysis.tags, 'EM') ?? acknowledgesFeeling(firstHit.text),
        },
        extra,
      );
    else list.no('empathy', 'understanding', firstMiss, extra);
  }
}

function hiddenFacts(list: CheckList, input: JudgeInput, turns: readonly AgentTurn[]): void {
  const { scenario, transcript } = input;
  const asked = new Map<string, AgentTurn>();
  for (const t of turns)
    for (const id of transcript[t.index + 1]?.revealed ?? []) if (!asked.has(id)) asked.set(id, t);
  for (const t of turns) {
    if (!/[?？吗]/.test(t.text)) continue;
    const lower = t.text.toLowerCase();
    for (const fact of scenario.hiddenFacts) {
      if (asked.has(fact.id)) continue;
      if ([...fact.askCues.zh, ...fact.askCues.en].some((c) => lower.includes(c.toLowerCase())))
        asked.set(fact.id, t);
    }
  }
  const needed = Math.ceil(scenario.hiddenFacts.length / 2);
  const note = `${asked.size}/${scenario.hiddenFacts.length}`;
  const first = [...asked.values()].sort((a, b) => a.index - b.index)[0];
  if (asked.size >= needed && first)
    list.yes('hidden-facts-uncovered', 'understanding', { index: first.index }, { note });
  else list.no('hidden-facts-uncovered', 'understanding', undefined, { note });
}

const FAREWELL =
  /\b(?:bye|goodbye|take care|have a (?:good|great|nice|lovely|safe)|all the best|good luck|best of luck|enjoy your|thanks? (?:you )?for (?:calling|contacting|your patience|getting in touch|reaching out|bearing with))\b|再见|拜拜|祝您|感谢您的(?:耐心|来电|咨询|理解|配合|信任)|谢谢您的(?:耐心|来电|咨询|理解|配合|信任)|感谢来电|感谢您联系/iu;
const FOLLOW_UP =
  /\b(?:anything else|something else|any other|any (?:more )?questions|does that (?:help|answer|solve|sort|cover)|is that (?:clear|ok|okay|alright|everything)|are you (?:happy|satisfied|ok|okay|clear)|have i (?:answered|covered)|did that (?:help|answer)|make sense)\b|还有(?:什么|其他|别的|哪些|没有)|其他(?:问题|需要)|满意|清楚了吗|明白了吗|解决了吗|可以了吗|没问题了吗|还需要|还有疑问/iu;

/** Closing: only the closing phase counts (the last two agent turns, after the problem was worked on). */
export function closingChecks(list: CheckList, turns: readonly AgentTurn[]): void {
  const worked = turns.some(substantive);
  const phase = worked ? turns.slice(-2).filter((t) => t !== turns[0]) : [];
  const ask = phase.flatMap((t) => clauseHits(t, (c) => c.question && FOLLOW_UP.test(c.text))).find(Boolean);
  if (ask) list.yes('feedback-requested', 'closing', ask);
  else list.no('feedback-requested', 'closing');
  const last = turns.at(-1);
  const bye = phase
    .flatMap((t) => clauseHits(t, (c) => FAREWELL.test(c.text) && (has(t.analysis.tags, 'AC') || t === last)))
    .find(Boolean);
  if (bye) list.yes('closed-politely', 'closing', bye);
  else list.no('closed-politely', 'closing');
}

function clauseHits(t: AgentTurn, pred: (c: { text: string; question: boolean }) => boolean) {
  return t.analysis.clauses.filter(pred).map((c) => ({ index: t.index, quote: c.text }));
}
