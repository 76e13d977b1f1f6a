import type { StrategyCode } from '../csc/strategies.ts';
import { strategyByCode } from '../csc/strategies.ts';
import { checkLabel } from './labels.ts';
import { type AgentTurn, has, type JudgeInput } from './offline-judge.ts';
import { type Check, SECTION_WEIGHTS } from './scorecard-model.ts';
import {
  FASTER_LINE,
  fill,
  NO_BLAME_LINE,
  NO_LEAK_LINE,
  NO_PROMISE_LINE,
  STRATEGY_LINES,
} from './try-saying.ts';

export interface ImprovementItem {
  checkId: string;
  advice: string;
  trySaying: string;
}

/** The strategy whose practice fixes each failed check. */
const CHECK_STRATEGY: Record<string, StrategyCode> = {
  greeting: 'GT',
  'identity-verified': 'IV',
  'problem-understood': 'RP',
  'hidden-facts-uncovered': 'PR',
  empathy: 'EM',
  'action-taken': 'RI',
  'goal-met': 'PS',
  'feedback-requested': 'FR',
  'closed-politely': 'AC',
  'turns-to-resolution': 'ID',
};

const ADVICE = {
  zh: {
    strategy: (name: string, when: string) => `多用「${name}」：${when}。`,
    knowledge: '把这条关键信息明确告诉客户：',
    claim: '避免违规表述：',
    leak: '对无法核实身份的来电者，不透露也不确认任何账户信息。',
    blame: '不要把责任推给客户，先解决问题。',
    polite: '多用礼貌用语，语气更有温度。',
    slow: '回复更及时：等待超过一分钟时先告诉客户你在处理。',
  },
  en: {
    strategy: (name: string, when: string) =>
      `Use ${name} more: ${when.charAt(0).toLowerCase()}${when.slice(1)}.`,
    knowledge: 'Tell the customer this key fact plainly: ',
    claim: 'Avoid a non-compliant statement: ',
    leak: 'With a caller you cannot verify, never share or confirm any account data.',
    blame: 'Do not put the blame on the customer; fix the problem first.',
    polite: 'Use courteous phrases; warm up the tone.',
    slow: 'Answer faster: if you need more than a minute, say you are on it.',
  },
};

/** Three concrete improvements, each with a line to try, from the failed checks that weigh most. */
export function improvementsFor(
  input: JudgeInput,
  checks: readonly Check[],
  turns: readonly AgentTurn[],
): ImprovementItem[] {
  const { scenario, lang } = input;
  const text = ADVICE[lang];
  const firstKnowledge =
    scenario.knowledge.find((k) => scenario.resolution.requiredKnowledge.includes(k.id)) ??
    scenario.knowledge[0];
  const values = {
    reason: scenario.reasonForContact[lang],
    knowledge: firstKnowledge?.text[lang] ?? '',
    ask: scenario.hiddenFacts[0]?.revealedBy[lang] ?? '',
  };
  const forStrategy = (checkId: string, code: StrategyCode): ImprovementItem => {
    const s = strategyByCode(code);
    return {
      checkId,
      advice: text.strategy(`${s.name[lang]} (${code})`, s.useWhen[lang]),
      trySaying: fill(STRATEGY_LINES[code][lang], values),
    };
  };

  const failed = checks
    .filter((c) => c.result === 'no')
    .sort(
      (a, b) =>
        Number(Boolean(b.fatal)) - Number(Boolean(a.fatal)) ||
        SECTION_WEIGHTS[b.section] - SECTION_WEIGHTS[a.section],
    );
  const out: ImprovementItem[] = [];
  for (const c of failed) {
    if (out.length === 3) break;
    if (c.id.startsWith('knowledge:')) {
      const entry = scenario.knowledge.find((k) => k.id === c.id.slice('knowledge:'.length));
      if (entry)
        out.push({
          checkId: c.id,
          advice: text.knowledge + checkLabel(c.id, lang, scenario).replace(/^[^:：]+[:：]\s*/, ''),
          trySaying: entry.text[lang],
        });
    } else if (c.id === 'no-forbidden-claim') {
      const claim = scenario.forbiddenClaims.find((f) => f.id === c.note);
      out.push({
        checkId: c.id,
        advice: text.claim + (claim?.reason[lang] ?? ''),
        trySaying: fill(NO_PROMISE_LINE[lang], values),
      });
    } else if (c.id === 'no-data-leak')
      out.push({ checkId: c.id, advice: text.leak, trySaying: NO_LEAK_LINE[lang] });
    else if (c.id === 'no-blame')
      out.push({ checkId: c.id, advice: text.blame, trySaying: NO_BLAME_LINE[lang] });
    else if (c.id === 'polite')
      out.push({ checkId: c.id, advice: text.polite, trySaying: STRATEGY_LINES.EM[lang] });
    else if (c.id === 'response-time')
      out.push({ checkId: c.id, advice: text.slow, trySaying: FASTER_LINE[lang] });
    else {
      const code = CHECK_STRATEGY[c.id];
      if (code) out.push(forStrategy(c.id, code));
    }
  }
  // Fewer than three failures: suggest the framework's strategies this conversation never used.
  for (const code of ['RP', 'EM', 'FR', 'RC', 'PR', 'PS'] as StrategyCode[]) {
    if (out.length === 3) break;
    if (
      turns.some((t) => has(t.analysis.tags, code)) ||
      out.some((o) => o.trySaying === fill(STRATEGY_LINES[code][lang], values))
    )
      continue;
    out.push(forStrategy(`strategy:${code}`, code));
  }
  return out;
}
