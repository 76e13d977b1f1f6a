import type { Scenario } from '../content/scenario.ts';
import { detectDistress } from '../csc/distress.ts';
import type { StrategyCode } from '../csc/strategies.ts';
import { strategyByCode } from '../csc/strategies.ts';
import type { Lang } from '../csc/text.ts';
import { lead, toCustomer } from '../evaluate/advice/person.ts';
import { questionFrom, restatement } from '../evaluate/advice/questions.ts';
import { grieving, type Mood } from '../evaluate/advice/situation.ts';
import { hintableKnowledge } from '../evaluate/advice/unrevealed.ts';
import { KnowledgeIndex } from '../evaluate/retrieval.ts';
import {
  EMPATHY_LINES,
  fill,
  IMPOSTOR_EMPATHY,
  IMPOSTOR_VERIFY,
  STRATEGY_LINES,
} from '../evaluate/try-saying.ts';
import type { Drill } from './model.ts';

export interface Hint {
  strategy: StrategyCode;
  name: string;
  reason: string;
  trySaying: string;
  knowledge?: { id: string; text: string };
}

const REASONS: Record<Lang, Record<string, string>> = {
  zh: {
    GT: '对话还没有开场问候。',
    IV: '这个场景需要先核实身份，再处理账户相关的事。',
    EM: '客户情绪明显不好，先回应情绪再谈方案。',
    RP: '先复述客户的问题，确认你理解对了。',
    PR: '还有客户没说出来的情况，追问细节。',
    ID: '把适用的规定、费用和时效讲清楚。',
    RI: '客户需要你真正去办理，并告诉他进展。',
    FR: '问题已经解决，确认客户是否满意、还有无其他需要。',
    AC: '感谢客户并礼貌结束对话。',
  },
  en: {
    GT: 'The conversation has not been opened with a greeting yet.',
    IV: 'This scenario needs identity verification before anything is done on the account.',
    EM: 'The customer is clearly upset: answer the feeling before the solution.',
    RP: "Restate the customer's problem to confirm you understood it.",
    PR: 'The customer has not told you everything yet: ask for the details.',
    ID: 'Explain the rules, fees and timelines that apply.',
    RI: 'The customer needs you to actually do it and report progress.',
    FR: 'The problem is handled: check the customer is satisfied and needs nothing else.',
    AC: 'Thank the customer and close politely.',
  },
};

/** The reason for EM names the feeling the customer showed. */
const EMPATHY_REASONS: Record<Lang, Partial<Record<Mood, string>>> = {
  zh: {
    grief: '客户刚失去亲人，先表达慰问，再讲手续。',
    anger: '客户很不满，先道歉、表示理解，再谈方案。',
    urgency: '客户非常着急，先让他知道你会马上处理。',
    worry: '客户很担心，先安抚情绪，再一步步讲。',
  },
  en: {
    grief: 'The customer has just lost someone: offer condolences before the procedure.',
    anger: 'The customer is angry: apologise and acknowledge it before the solution.',
    urgency: 'The customer is in a hurry: show you will act on it right away.',
    worry: 'The customer is worried: reassure them, then take it step by step.',
  },
};

const indexes = new WeakMap<Scenario, KnowledgeIndex>();

/** The feeling the last line shows, else the one the situation carries (a bereavement stays one). */
function moodOf(scenario: Scenario, customerLine: string): Mood {
  const shown = detectDistress(customerLine)
    .filter((d) => d.confidence >= 0.5 && (d.kind !== 'grief' || grieving(scenario, customerLine)))
    .sort((a, b) => b.intensity * b.confidence - a.intensity * a.confidence);
  if (shown.some((d) => d.kind === 'grief') || (scenario.mood?.grief ?? 0) >= 2) return 'grief';
  if (shown[0]) return shown[0].kind;
  const authored = Object.entries(scenario.mood ?? {}).sort((a, b) => b[1] - a[1])[0];
  return authored && authored[1] > 0 ? (authored[0] as Mood) : 'calm';
}

/**
 * The supporter assistant: the next strategy, why, and the knowledge most relevant to the customer's
 * last line. It never gives away what the customer has not told yet: no knowledge entry carrying an
 * unrevealed fact, no authoring note, only questions that ask.
 */
export function recommend(
  drill: Drill,
  scenario: Scenario,
  used: ReadonlySet<StrategyCode>,
  lastAgent: StrategyCode | undefined,
  customerLine: string,
): Hint {
  const lang = drill.lang;
  const c = drill.customer;
  const requiredLeft = scenario.resolution.requiredKnowledge.filter((id) => !drill.conveyed.includes(id));
  let strategy: StrategyCode;
  if (!used.has('GT') && drill.agentTurns === 0) strategy = 'GT';
  else if (c.emotion >= 2 && lastAgent !== 'EM') strategy = 'EM';
  else if (scenario.identityVerificationRequired && !used.has('IV')) strategy = 'IV';
  else if (!used.has('RP') && !used.has('PR')) strategy = 'RP';
  else if (c.revealed.length < Math.ceil(scenario.hiddenFacts.length / 2)) strategy = 'PR';
  else if (requiredLeft.length) strategy = 'ID';
  else if (scenario.resolution.actionRequired && !drill.actionTaken) strategy = 'RI';
  else if (!used.has('FR')) strategy = 'FR';
  else strategy = 'AC';

  const allowed = hintableKnowledge(scenario, c.revealed);
  let index = indexes.get(scenario);
  if (!index) {
    index = new KnowledgeIndex(scenario.knowledge);
    indexes.set(scenario, index);
  }
  const isAllowed = (id: string | undefined) => allowed.some((k) => k.id === id);
  const best = index.best(customerLine);
  const pending = allowed.filter((k) => !drill.conveyed.includes(k.id));
  const entry = (isAllowed(best?.id) ? best : undefined) ?? pending[0] ?? allowed[0];
  const unrevealed = scenario.hiddenFacts.find((f) => !c.revealed.includes(f.id));
  const mood = moodOf(scenario, customerLine);
  const trySaying =
    strategy === 'EM'
      ? (scenario.impostor ? IMPOSTOR_EMPATHY : EMPATHY_LINES[mood])[lang]
      : strategy === 'IV' && scenario.impostor
        ? IMPOSTOR_VERIFY[lang]
        : fill(STRATEGY_LINES[strategy][lang], {
            restate: restatement(scenario.openingLine[lang], lang) ?? STRATEGY_LINES.EM[lang],
            knowledge: entry ? toCustomer(lead(entry.text[lang], lang), lang) : '',
            ask: unrevealed ? questionFrom(unrevealed.revealedBy[lang], lang) : '',
          });
  return {
    strategy,
    name: strategyByCode(strategy).name[lang],
    reason: (strategy === 'EM' ? EMPATHY_REASONS[lang][mood] : undefined) ?? REASONS[lang][strategy] ?? '',
    trySaying,
    knowledge: entry ? { id: entry.id, text: entry.text[lang] } : undefined,
  };
}
