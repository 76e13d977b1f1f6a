import { type Breach, breachOf } from './advice/breach.ts';
import { lead, toCustomer } from './advice/person.ts';
import { questionFrom, restatement } from './advice/questions.ts';
import { type Situation, situationOf } from './advice/situation.ts';
import { ADVICE } from './advice/strings.ts';
import { sentencesOf } from './clauses.ts';
import { contradictedFact } from './key-facts.ts';
import { checkLabel } from './labels.ts';
import { entryAt } from './llm-judge-guard.ts';
import type { AgentTurn, JudgeInput } from './offline-judge.ts';
import { KnowledgeIndex } from './retrieval.ts';
import { type Check, SECTION_WEIGHTS } from './scorecard-model.ts';
import { normalize } from './text-match.ts';
import {
  ANYTHING_LEFT_LINE,
  CLOSE_LINES,
  COURTEOUS_LINE,
  EMPATHY_LINES,
  FASTER_LINE,
  fill,
  IMPOSTOR_EMPATHY,
  IMPOSTOR_VERIFY,
  NO_BLAME_LINES,
  NO_LEAK_LINE,
  NO_PROMISE_BARE_LINE,
  NO_PROMISE_LINE,
  ONE_GO_LINE,
  SECRET_LINES,
  STRATEGY_LINES,
} from './try-saying.ts';

export interface ImprovementItem {
  checkId: string;
  advice: string;
  trySaying: string;
}

/** At most this many lines, unless there are more breaches: every breach gets its own. */
const MAX_LINES = 3;

/**
 * Worst first: a fatal breach, then any breach, then the weight of the check's section; a customer's
 * feeling left unanswered outranks the other understanding checks, a wrong fact the missing ones.
 */
function severity(c: Check, breach: Breach | undefined): number {
  return (
    (c.fatal ? 1000 : 0) +
    (breach ? 100 : 0) +
    SECTION_WEIGHTS[c.section] +
    (c.id === 'empathy' ? 5 : 0) +
    (c.id === 'no-wrong-fact' ? 5 : 0)
  );
}

/** Breaches all, then one check per section before a second from any: three knowledge gaps are one lesson. */
function pick<T extends { c: Check; breach: Breach | undefined }>(ranked: readonly T[]): T[] {
  const breaches = ranked.filter((r) => r.breach);
  const rest = ranked.filter((r) => !r.breach);
  const firstOfSection = rest.filter((r, i) => rest.findIndex((o) => o.c.section === r.c.section) === i);
  const others = rest.filter((r) => !firstOfSection.includes(r));
  const room = Math.max(0, MAX_LINES - breaches.length);
  const chosen = new Set([...firstOfSection, ...others].slice(0, room));
  return ranked.filter((r) => r.breach || chosen.has(r));
}

/**
 * The forbidden-claim check names one claim (the worst); every other claim the agent made is a
 * breach of its own and gets its own line. Each one says its claim in `ref` and its 1-based turn,
 * as the judge's checks do, so it is advised on its own reason and meets a conduct check that
 * flagged the same act at the same turn.
 */
function withEveryClaim(checks: readonly Check[], turns: readonly AgentTurn[]): Check[] {
  return checks.flatMap((c) => {
    if (c.id !== 'no-forbidden-claim' || c.result !== 'no') return [c];
    const shown = c.ref ?? c.note;
    const others = new Map<string, Check>();
    for (const t of turns)
      for (const hit of t.analysis.claims)
        if (hit.claimId !== shown && !others.has(hit.claimId)) {
          const { note: _shownNote, ...rest } = c;
          others.set(hit.claimId, {
            ...rest,
            turn: t.line,
            quote: hit.quote,
            ref: hit.claimId,
            fatal: hit.fatal,
          });
        }
    return [c, ...others.values()];
  });
}

/**
 * Advice a trainer would sign: one line per failed check, worst first, each with words to try that
 * fit this customer (their mood, whether they are the holder) and are said to them, not about them.
 */
export function improvementsFor(
  input: JudgeInput,
  checks: readonly Check[],
  turns: readonly AgentTurn[] = [],
): ImprovementItem[] {
  const { scenario, lang } = input;
  const text = ADVICE[lang];
  const situation = situationOf(scenario, input.transcript);
  const say = (entry: Scenario['knowledge'][number] | undefined) =>
    entry ? toCustomer(lead(entry.text[lang], lang), lang) : '';
  const index = new KnowledgeIndex(scenario.knowledge);
  const requiredEntry = (id: string) => scenario.knowledge.find((k) => k.id === id);
  const firstMissing = scenario.resolution.requiredKnowledge
    .filter((id) => checks.some((c) => c.id === `knowledge:${id}` && c.result === 'no'))
    .map(requiredEntry)[0];
  const firstCustomer =
    input.transcript.find((e) => e.speaker === 'customer')?.text ?? scenario.openingLine[lang];

  const failed = withEveryClaim(checks, turns)
    .filter((c) => c.result === 'no')
    .map((c, order) => ({ c, order, breach: breachOf(c, scenario) }))
    .sort((a, b) => severity(b.c, b.breach) - severity(a.c, a.breach) || a.order - b.order);

  const out: ImprovementItem[] = [];
  const seenBreach = new Set<string>();
  for (const { c, breach } of pick(failed)) {
    if (breach) {
      // The same act flagged by two checks gets one line.
      const key = `${breach.kind}@${c.turn ?? c.id}`;
      if (seenBreach.has(key)) continue;
      seenBreach.add(key);
      const item = breachLine(c, breach);
      if (item) out.push(item);
      continue;
    }
    const item = checkLine(c);
    if (item) out.push(item);
  }
  return out.length || failed.length ? out : keepDoing();

  /** Nothing failed: no advice to invent, but the trainee's own best line is worth keeping. */
  function keepDoing(): ImprovementItem[] {
    const best = ['empathy', 'problem-understood', 'hidden-facts-uncovered', 'greeting']
      .map((id) => checks.find((c) => c.id === id && c.result === 'yes' && c.turn !== undefined))
      .find((c) => c && entryAt(input.transcript, c.turn)?.speaker === 'agent');
    const said = entryAt(input.transcript, best?.turn)?.text;
    return said ? [{ checkId: 'all-passed', advice: text.allPassed, trySaying: lead(said, lang) }] : [];
  }

  function breachLine(c: Check, breach: Breach): ImprovementItem | undefined {
    const quote = c.quote ?? '';
    const claim = scenario.forbiddenClaims.find((f) => f.id === (c.ref ?? c.note));
    const reason = claim?.reason[lang] ?? '';
    const related = say(index.best(`${reason} ${quote}`) ?? firstMissing);
    const item = (advice: string, trySaying: string) => ({ checkId: c.id, advice, trySaying });
    switch (breach.kind) {
      case 'asks-secret':
        return item(text.secret(quote), SECRET_LINES[breach.secret][lang]);
      case 'leak':
        return item(
          text.leak(quote),
          situation.impostor || !related ? NO_LEAK_LINE[lang] : refusalThen(related),
        );
      case 'promise':
        return item(
          text.promise(quote, reason),
          related ? fill(NO_PROMISE_LINE[lang], { knowledge: related }) : NO_PROMISE_BARE_LINE[lang],
        );
      case 'blame':
        return item(text.blame(quote), NO_BLAME_LINES[situation.mood][lang]);
      case 'rude':
        return item(text.rude(quote), COURTEOUS_LINE[lang]);
      case 'manipulation':
        return item(text.manipulation, questionLine() ?? STRATEGY_LINES.OT[lang]);
      case 'claim':
        return item(text.claim(quote, reason), related || STRATEGY_LINES.OT[lang]);
    }
  }

  function refusalThen(knowledge: string): string {
    return lang === 'zh'
      ? `账户信息我在线上没法透露。${knowledge}`
      : `I can't share account details here. ${knowledge}`;
  }

  function questionLine(): string | undefined {
    const fact = scenario.hiddenFacts[0];
    return fact ? questionFrom(fact.revealedBy[lang], lang) : undefined;
  }

  function checkLine(c: Check): ImprovementItem | undefined {
    const item = (advice: string, trySaying: string) => ({ checkId: c.id, advice, trySaying });
    if (c.id.startsWith('knowledge:')) {
      const entry = requiredEntry(c.id.slice('knowledge:'.length));
      // Stated wrongly: the wrong-fact line already gives the correction.
      const corrected = checks.some(
        (x) => x.id === 'no-wrong-fact' && x.result === 'no' && x.ref === entry?.id,
      );
      return entry && !corrected ? item(text.knowledge, say(entry)) : undefined;
    }
    switch (c.id) {
      case 'no-wrong-fact': {
        const entry = scenario.knowledge.find((k) => k.id === c.ref);
        return entry && c.quote
          ? item(text.wrongFact(c.quote), rightFact(scenario, entry, c.quote, lang))
          : undefined;
      }
      case 'empathy':
        return item(
          text.empathy(situation.mood, situation.upset?.words),
          situation.impostor ? IMPOSTOR_EMPATHY[lang] : EMPATHY_LINES[situation.mood][lang],
        );
      case 'identity-verified':
        return item(text.identity, (situation.impostor ? IMPOSTOR_VERIFY : STRATEGY_LINES.IV)[lang]);
      case 'greeting':
        return item(text.greeting, STRATEGY_LINES.GT[lang]);
      case 'problem-understood':
        return item(text.restate, restatement(firstCustomer, lang) ?? STRATEGY_LINES.EM[lang]);
      case 'hidden-facts-uncovered': {
        const q = questionLine();
        return q ? item(text.hidden(c.note ?? ''), fill(STRATEGY_LINES.PR[lang], { ask: q })) : undefined;
      }
      case 'action-taken':
        return item(text.action, STRATEGY_LINES.RI[lang]);
      case 'goal-met':
        return item(text.goal, ANYTHING_LEFT_LINE[lang]);
      case 'feedback-requested':
        return item(text.feedback, STRATEGY_LINES.FR[lang]);
      case 'closed-politely':
        return item(text.close, CLOSE_LINES[situation.mood][lang]);
      case 'polite':
        return item(text.noCourtesy, COURTEOUS_LINE[lang]);
      case 'response-time':
        return item(text.slow, FASTER_LINE[lang]);
      case 'turns-to-resolution':
        return item(text.turns, ONE_GO_LINE[lang]);
      case 'no-stalling':
        return item(text.stall, say(firstMissing) || ONE_GO_LINE[lang]);
      default:
        return item(text.other(checkLabel(c.id, lang, scenario)), STRATEGY_LINES.OT[lang]);
    }
  }
}

type Scenario = JudgeInput['scenario'];

/**
 * The sentence of the entry that carries the contradicted key value, said to the customer: the
 * correction of a wrong fact. Another key fact of the same entry is no correction of this one.
 */
function rightFact(
  scenario: Scenario,
  entry: Scenario['knowledge'][number],
  quote: string,
  lang: JudgeInput['lang'],
): string {
  const which = contradictedFact(scenario, entry.id, quote);
  const facts = which === undefined ? entry.keyFacts : entry.keyFacts.slice(which, which + 1);
  const words = facts
    .flatMap((f) => [...(f.value ? [...f.value.zh, ...f.value.en] : []), ...f.topic.zh, ...f.topic.en])
    .map(normalize);
  // The piece of the entry naming most of the fact: a sentence, or a part of a long Chinese one
  // between semicolons (one sentence often carries several facts there).
  const pieces = sentencesOf(entry.text[lang]).flatMap((x) =>
    x.text
      .split('；')
      .map((p) => p.trim().replace(/([^。！？.!?])$/u, '$1。'))
      .filter((p) => p.length > 1),
  );
  const weight = (p: string) => words.filter((w) => normalize(p).includes(w)).length;
  const best = pieces.reduce<string | undefined>(
    (a, p) => (weight(p) > (a === undefined ? 0 : weight(a)) ? p : a),
    undefined,
  );
  const sentence = best === undefined ? undefined : { text: best };
  return toCustomer(sentence?.text ?? lead(entry.text[lang], lang), lang);
}

export type { Situation };
