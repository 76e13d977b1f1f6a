import { RecentMemo } from '../../util/recent-memo.ts';
import type { Span } from '../span.ts';
import type { FeatureSink } from '../tagger/hashing.ts';
import * as hashing from '../tagger/hashing.ts';
import { type TextFeatureOptions, textFeatures } from '../tagger/text-features.ts';
import { AMPLIFIER_CUES, DISTRESS_CUES } from './cues.ts';
import { DISTRESS_KINDS } from './kinds.ts';

const { F, finish, pair, seed } = hashing;
const CUE = seed(F.cue);

const GLOBAL = Object.fromEntries(
  DISTRESS_KINDS.map((k) => [k, new RegExp(DISTRESS_CUES[k].source, 'gu')]),
) as Record<(typeof DISTRESS_KINDS)[number], RegExp>;
const AMPLIFIERS = new RegExp(AMPLIFIER_CUES.source, 'gu');
const SHOUTED = /\b[A-Z]{2,}[A-Z']*\b/g;

/** Cue spans of each distress kind in a customer line (lower-cased matching, offsets of the original). */
export function distressCues(text: string): readonly (readonly Span[])[] {
  return recentCues.get(text);
}

const recentCues = new RecentMemo(findCues);

function findCues(text: string): Span[][] {
  const lower = text.toLowerCase();
  const subject = lower.length === text.length ? lower : text;
  return DISTRESS_KINDS.map((k) => {
    const re = GLOBAL[k];
    re.lastIndex = 0;
    const out: Span[] = [];
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      out.push({
        text: text.slice(m.index, m.index + m[0].length),
        start: m.index,
        end: m.index + m[0].length,
      });
    }
    return out;
  });
}

const count = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

/** Features of a customer line: its n-grams, the distress cues per kind, and marks of strong feeling. */
export function customerFeatures(
  text: string,
  cues: readonly (readonly Span[])[],
  sink: FeatureSink,
  o: TextFeatureOptions = {},
): void {
  textFeatures(text, sink, o);
  const cue = CUE;
  cues.forEach((spans, k) => {
    if (!spans.length) return;
    sink.push(finish(pair(cue, k)));
    sink.push(finish(pair(cue, 10 + k * 3 + Math.min(spans.length, 3))));
  });
  const amp = count(AMPLIFIERS, text.toLowerCase());
  if (amp) sink.push(finish(pair(cue, 40 + Math.min(amp, 3))));
  const shouted = count(SHOUTED, text);
  if (shouted) sink.push(finish(pair(cue, 50 + Math.min(shouted, 3))));
}
