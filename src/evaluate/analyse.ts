import type { Scenario } from '../content/scenario.ts';
import type { StrategyTagger, TagResult } from '../csc/tagger/tagger.ts';
import type { Lang } from '../csc/text.ts';
import { type ClaimHit, findForbiddenClaims } from './compliance.ts';
import { askedIdentityFields, disclosedIdentity } from './identity.ts';
import { findCue, normalize, quoteFor } from './text-match.ts';

export interface ReplyAnalysis {
  tags: TagResult;
  /** Knowledge entry ids first conveyed in this reply, with the verbatim words that conveyed them. */
  conveyed: { id: string; quote: string }[];
  claims: ClaimHit[];
  identityFieldsAsked: string[];
  /** Verbatim identity data disclosed to an impostor, if any. */
  leak?: string;
  action: boolean;
}

export interface AnalyseInput {
  scenario: Scenario;
  lang: Lang;
  text: string;
  turn: number;
  customerLine: string;
  customerUpset: boolean;
  alreadyConveyed: readonly string[];
}

const ACTION_CONFIDENCE = 0.3;

/** Everything the engine learns from one trainee reply; pure and cheap (no I/O). */
export function analyseReply(tagger: StrategyTagger, input: AnalyseInput): ReplyAnalysis {
  const { scenario, text } = input;
  const tags = tagger.tag({
    text,
    context: input.customerLine,
    turn: input.turn,
    upset: input.customerUpset,
  });
  const normalized = normalize(text);
  const conveyed: ReplyAnalysis['conveyed'] = [];
  for (const entry of scenario.knowledge) {
    if (input.alreadyConveyed.includes(entry.id)) continue;
    const cue = findCue(normalized, entry.cues);
    if (cue) conveyed.push({ id: entry.id, quote: quoteFor(text, cue) });
  }
  const impostor = scenario.impostor;
  return {
    tags,
    conveyed,
    claims: findForbiddenClaims(scenario, text, input.lang),
    identityFieldsAsked: askedIdentityFields(text),
    leak: impostor ? disclosedIdentity(text, impostor.holder, impostor.knows) : undefined,
    action: tags.strategies.some((s) => s.code === 'RI' && s.confidence >= ACTION_CONFIDENCE),
  };
}
