import { z } from 'zod';

/** 0 calm, 1 uneasy, 2 upset, 3 angry, 4 furious. */
export const Emotion = z.number().min(0).max(4);

const Ids = z.array(z.string()).default([]);

/** Everything the customer remembers between turns; stored with the drill, so a restart resumes it exactly. */
export const CustomerState = z.object({
  emotion: Emotion,
  /** Consecutive agent turns that moved nothing forward. */
  stalled: z.int().min(0),
  /** Turns at the top of the emotion scale. */
  furiousTurns: z.int().min(0),
  /** Hidden facts the customer has told. */
  revealed: z.array(z.string()),
  /** Objections raised, and those whose trigger came up but that have not been said yet. */
  objections: Ids,
  pendingObjections: Ids,
  /** Wrong claims already contradicted. */
  challenged: Ids,
  /** Needs the agent has addressed, and those only talked about (enough to stop asking, not to be satisfied). */
  needsMet: Ids,
  needsHeard: Ids,
  /** Indices of the up-front details already told. */
  told: z.array(z.int()).default([]),
  identityAsked: z.boolean(),
  verified: z.boolean(),
  /** Identity fields the customer has already given (so a repeated question is answered differently). */
  identityGiven: z.array(z.string()),
  /** The agent said never to tell a code or password to anyone. */
  secretWarned: z.boolean().default(false),
  /** The customer read a code out to an agent who asked for it. */
  codeGiven: z.boolean().default(false),
  /** Requests for a code the customer questioned before giving one, and codes read out so far. */
  codeAsks: z.int().min(0).default(0),
  codesGiven: z.int().min(0).default(0),
  /** Steps of the agent's guidance the customer has carried out. */
  stepsDone: Ids,
  /** Turns in which the agent was rude, blamed or brushed the customer off. */
  hostileTurns: z.int().min(0).default(0),
  /** The customer said there was nothing else: a goodbye now ends the talk without a fuss. */
  settled: z.boolean().default(false),
  /** The agent was wrong, unsafe or hostile at some point: a wind-down at the end is not satisfaction. */
  breached: z.boolean().default(false),
  /** Consecutive turns of comfort or apology with nothing else in them. */
  emptyRun: z.int().min(0).default(0),
  /** Impostor drills: firm refusals the caller has met. */
  refusals: z.int().min(0).default(0),
  /** The agent said goodbye while the problem was still open. */
  earlyClose: z.int().min(0).default(0),
  /** Every resolution criterion met and every need addressed: the customer waits for the agent's close. */
  satisfied: z.boolean(),
  /** Exchanges since the customer was satisfied. */
  wrapUp: z.number().min(0),
  /** The LLM planner's concrete situation for this drill, made once at the start. */
  plan: z.string().optional(),
  /** The agent's wrong claim the customer doubts, in the customer's words ("I don't need any documents"). */
  doubtQuote: z.string().optional(),
  /** Phrasings already used ("bank:unresolved:3", "fact:timing:1"), so none comes back. */
  used: Ids,
  /** Short hashes of lines already said, so the customer never repeats itself verbatim. */
  said: z.array(z.string()),
});
export type CustomerState = z.infer<typeof CustomerState>;

/** A fresh state at the drill's opening. */
export function openingState(emotion: number): CustomerState {
  return CustomerState.parse({
    emotion,
    stalled: 0,
    furiousTurns: 0,
    revealed: [],
    identityAsked: false,
    verified: false,
    identityGiven: [],
    satisfied: false,
    wrapUp: 0,
    said: [],
  });
}
