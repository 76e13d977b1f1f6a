import type { Scenario } from '../content/scenario.ts';
import type { StrategyCode } from '../csc/strategies.ts';
import { strategyByCode } from '../csc/strategies.ts';
import type { Lang } from '../csc/text.ts';
import { KnowledgeIndex } from '../evaluate/retrieval.ts';
import { fill, STRATEGY_LINES } from '../evaluate/try-saying.ts';
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

const indexes = new WeakMap<Scenario, KnowledgeIndex>();

/** The supporter assistant: the next strategy, why, and the knowledge most relevant to the customer's last line. */
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

  let index = indexes.get(scenario);
  if (!index) {
    index = new KnowledgeIndex(scenario.knowledge);
    indexes.set(scenario, index);
  }
  const pending = scenario.knowledge.filter((k) => !drill.conveyed.includes(k.id));
  const entry = index.best(customerLine) ?? pending[0] ?? scenario.knowledge[0];
  const unrevealed = scenario.hiddenFacts.find((f) => !c.revealed.includes(f.id));
  const trySaying = fill(STRATEGY_LINES[strategy][lang], {
    reason: scenario.reasonForContact[lang],
    knowledge: entry?.text[lang] ?? '',
    ask: unrevealed?.revealedBy[lang] ?? '',
  });
  return {
    strategy,
    name: strategyByCode(strategy).name[lang],
    reason: REASONS[lang][strategy] ?? '',
    trySaying,
    knowledge: entry ? { id: entry.id, text: entry.text[lang] } : undefined,
  };
}
