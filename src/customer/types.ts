import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { TagResult } from '../csc/tagger/tagger.ts';
import type { UsageRecord } from '../llm/usage.ts';
import type { CustomerState } from './state.ts';

/** How the customer can end a conversation (the drill adds the trainee's and the clock's reasons). */
export type CustomerEnding = 'resolved' | 'customer-gave-up' | 'max-turns';

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
  /** A fatal claim or a disclosure to the wrong person so far: no customer is satisfied after that. */
  breach: boolean;
  /** The reply made a forbidden claim or disclosed the account holder's data. */
  forbiddenClaim: boolean;
  latencyMs: number;
  turnsLeft: number;
  /** The last n transcript lines before this reply (read only by customers that need them). */
  history: (n: number) => Promise<{ speaker: 'customer' | 'agent'; text: string }[]>;
}

export interface OpenedCustomer {
  text: string;
  state: CustomerState;
  fallback?: string;
  usage?: UsageRecord[];
}

export interface CustomerReply {
  text: string;
  state: CustomerState;
  revealed: string[];
  /** Set when the customer ends the conversation with this line. */
  end?: CustomerEnding;
  /** Why the offline twin answered instead of the model, when it did. */
  fallback?: string;
  /** Model calls made for this reply. */
  usage?: UsageRecord[];
  /** The trainee tried to instruct the simulator instead of helping the customer. */
  manipulation?: boolean;
  /**
   * What the drill should record on the trainee's reply: "code-disclosed" when the customer read a
   * code out because the trainee asked for it (the breach is the trainee's).
   */
  flags?: string[];
}

/** The simulated customer: the scripted twin and the LLM customer share this contract. */
export interface Customer {
  open(
    scenario: Scenario,
    persona: Persona,
    lang: 'zh' | 'en',
    seed: number,
  ): Promise<OpenedCustomer> | OpenedCustomer;
  respond(turn: CustomerTurn): Promise<CustomerReply> | CustomerReply;
}
