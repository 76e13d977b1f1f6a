import type { Scenario } from '../../content/scenario.ts';
import { type DistressKind, detectDistress } from '../../csc/distress.ts';
import type { ScoredEntry } from '../offline-judge.ts';

/** The customer's state a line to try must fit; "calm" when nothing showed. */
export type Mood = DistressKind | 'calm';

export interface Situation {
  mood: Mood;
  /** The caller is not the account holder (social engineering). */
  impostor: boolean;
  /** The customer line that showed the mood and the words that carry it, when one did. */
  upset?: { turn: number; text: string; words?: string };
}

const MIN_CONFIDENCE = 0.5;

/** Words of a loss; condolences to someone who lost nobody are worse than none. */
export const LOSS_WORDS =
  /passed away|\b(?:died|dead|death|funeral|lost (?:my|our) (?:dad|mum|mom|father|mother|husband|wife|son|daughter))\b|去世|走了|过世|离世|后事|丧/iu;

/** Grief counts when the scenario is about a loss or the line names one. */
export const grieving = (scenario: Scenario, text: string): boolean =>
  (scenario.mood?.grief ?? 0) >= 1 || LOSS_WORDS.test(text);

/** Grief outranks anger, anger outranks hurry: a grieving customer is never answered as an impatient one. */
const RANK: DistressKind[] = ['grief', 'anger', 'urgency', 'worry'];

/** The words that carry the feeling; none when the model read the whole line (quoting it all says nothing). */
const cueOf = (evidence: string | undefined, line: string): string | undefined =>
  evidence && evidence.length < line.length * 0.8 ? evidence : undefined;

/** What the customer actually showed in this conversation; the scenario's mood only breaks ties. */
export function situationOf(scenario: Scenario, transcript: readonly ScoredEntry[]): Situation {
  const seen = new Map<DistressKind, { turn: number; text: string; words?: string; weight: number }>();
  transcript.forEach((e, turn) => {
    if (e.speaker !== 'customer') return;
    for (const d of detectDistress(e.text)) {
      if (d.confidence < MIN_CONFIDENCE || (d.kind === 'grief' && !grieving(scenario, e.text))) continue;
      const weight = d.intensity * d.confidence;
      const prev = seen.get(d.kind);
      if (!prev || weight > prev.weight)
        seen.set(d.kind, { turn, text: e.text, words: cueOf(d.evidence[0]?.text, e.text), weight });
    }
  });
  const impostor = Boolean(scenario.impostor);
  const authored: Partial<Record<DistressKind, number>> = scenario.mood ?? {};
  const shown = RANK.filter((k) => seen.has(k));
  // Grief shown even mildly sets the register; otherwise the strongest shown, the authored mood breaking ties.
  const mood = shown.includes('grief')
    ? 'grief'
    : shown.sort(
        (a, b) =>
          (seen.get(b)?.weight ?? 0) - (seen.get(a)?.weight ?? 0) ||
          (authored[b] ?? 0) - (authored[a] ?? 0) ||
          RANK.indexOf(a) - RANK.indexOf(b),
      )[0];
  if (!mood) return { mood: 'calm', impostor };
  const hit = seen.get(mood);
  return {
    mood,
    impostor,
    upset: hit ? { turn: hit.turn, text: hit.text, words: hit.words } : undefined,
  };
}
