import { CONDUCT_LABELS } from '../conduct/labels.ts';
import { STRATEGY_CODES } from '../strategies.ts';
import { overlapFeatures } from './context-features.ts';
import type { CueHit } from './cue-match.ts';
import * as hashing from './hashing.ts';
import { type FeatureSink, WHOLE } from './hashing.ts';
import { type TextFeatureOptions, textFeatures } from './text-features.ts';

const { F, finish, pair, seed } = hashing;
const CUE_MODE = seed(F.cueMode);
const CUE_FIRST = seed(F.cueFirst);
const CUE = seed(F.cue);
const CUE_SET = seed(F.cueSet);

/** Strategy codes 0-11, conduct labels 12-19: one bit each in the cue-set feature. */
const CUE_ID = new Map<string, number>([...STRATEGY_CODES, ...CONDUCT_LABELS].map((c, i) => [c, i]));

/** The feature "a cue of this label occurs". */
export const cueFeature = (label: string): number => finish(pair(CUE, CUE_ID.get(label) as number));

/** Whether the sentence holding this offset ends with a question mark. */
function inQuestion(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 63 || ch === 0xff1f) return true;
    if (ch === 46 || ch === 0x3002 || ch === 33 || ch === 0xff01 || ch === 10) return false;
  }
  return false;
}

/**
 * Cue-lexicon hits as features: the cue's label, whether it sits in a question, whether it opens
 * the reply, and the set of labels cued together.
 */
export function cueFeatures(text: string, cues: readonly CueHit[], sink: FeatureSink): void {
  let set = 0;
  for (const hit of cues) {
    const id = CUE_ID.get(hit.code) as number;
    sink.current = sink.clauseAt(hit.start);
    const q = inQuestion(text, hit.end) ? 1 : 2;
    sink.push(finish(pair(CUE_MODE, id * 4 + q)));
    if (hit.start === 0) sink.push(finish(pair(CUE_FIRST, id)));
    if (set & (1 << id)) continue;
    set |= 1 << id;
    sink.push(finish(pair(CUE, id)));
  }
  sink.current = WHOLE;
  if (set) sink.push(finish(pair(CUE_SET, set)));
}

const MOOD = seed(F.mood);
const CONDUCT_FROM = STRATEGY_CODES.length;

/**
 * The customer's mood beside the conduct cues (calming words to an upset customer are not the same
 * act as to a calm one). Only the conduct outputs learn from these: they never move a strategy.
 */
export function moodFeatures(cues: readonly CueHit[], upset: boolean, sink: FeatureSink): void {
  if (!upset) return;
  let set = 0;
  for (const hit of cues) {
    const id = CUE_ID.get(hit.code) as number;
    if (id < CONDUCT_FROM || set & (1 << id)) continue;
    set |= 1 << id;
    sink.push(finish(pair(MOOD, id)));
  }
}

/** Every mood feature (the strategy outputs are trained without them). */
export const MOOD_FEATURES: readonly number[] = CONDUCT_LABELS.map((_, k) =>
  finish(pair(MOOD, CONDUCT_FROM + k)),
);

/**
 * All features of an agent reply: its n-grams and shape, its cue hits, and how much of it repeats
 * the customer's previous line (`context`).
 */
export function replyFeatures(
  text: string,
  context: string | undefined,
  cues: readonly CueHit[],
  sink: FeatureSink,
  o: TextFeatureOptions = {},
): void {
  textFeatures(text, sink, o);
  cueFeatures(text, cues, sink);
  overlapFeatures(text, context, sink);
}
