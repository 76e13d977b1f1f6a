import { CheckList } from './check-list.ts';
import { conductChecks, efficiencyChecks, resolutionChecks } from './checks-content.ts';
import { closingChecks, openingChecks, understandingChecks } from './checks-flow.ts';
import type { AgentTurn, JudgeInput } from './conversation.ts';
import type { Check } from './scorecard-model.ts';

export {
  type AgentTurn,
  analyseTranscript,
  has,
  type JudgeInput,
  type ScoredEntry,
} from './conversation.ts';

/**
 * The offline judge: every atomic check answered by rules over the analysed transcript, reading
 * the tagger's strategies, conduct and customer distress (see scorecard-model.ts for the contract).
 */
export function offlineChecks(input: JudgeInput, turns: readonly AgentTurn[]): Check[] {
  const list = new CheckList();
  openingChecks(list, input, turns);
  understandingChecks(list, input, turns);
  const { complete } = resolutionChecks(list, input, turns);
  conductChecks(list, input, turns);
  closingChecks(list, turns);
  const identity = list.checks.find((c) => c.id === 'identity-verified')?.result !== 'no';
  efficiencyChecks(list, input, turns, complete && identity);
  return list.checks;
}
