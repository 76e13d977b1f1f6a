import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { TagResult } from '../csc/tagger/tagger.ts';
import type { CustomerState, EndReason } from '../drill/model.ts';

/** What the customer knows about the trainee's latest reply, already analysed by the engine. */
export interface CustomerTurn {
  scenario: Scenario;
  persona: Persona;
  lang: 'zh' | 'en';
  seed: number;
  /** The agent's turn index (0 for the trainee's first reply). */
  turn: number;
  state: CustomerState;
  agentText: string;
  tags: TagResult;
  /** Knowledge entries conveyed for the first time in this reply. */
  newlyConveyed: string[];
  /** Every knowledge entry conveyed so far, this reply included. */
  conveyed: string[];
  /** Whether this reply carried out an action (RI). */
  actionNow: boolean;
  /** All resolution criteria met after this reply. */
  resolutionMet: boolean;
  forbiddenClaim: boolean;
  identityFieldsAsked: string[];
  latencyMs: number;
  turnsLeft: number;
}

export interface CustomerReply {
  text: string;
  state: CustomerState;
  revealed: string[];
  /** Set when the customer ends the conversation with this line. */
  end?: EndReason;
}

/** The simulated customer: the scripted twin here, an LLM persona later, same contract. */
export interface Customer {
  open(
    scenario: Scenario,
    persona: Persona,
    lang: 'zh' | 'en',
    seed: number,
  ): { text: string; state: CustomerState };
  respond(turn: CustomerTurn): Promise<CustomerReply> | CustomerReply;
}
