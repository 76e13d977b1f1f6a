import { CONCEPTS } from '../../content/concepts.ts';
import { fitsTurn } from '../quoted.ts';
import { matchAny } from './match.ts';
import { type Sentence, sentences } from './text.ts';

const topics = new Map<string, string[]>();

/** The shared concepts an evasion talks about ("hospital", "branch", "code"), found once per text. */
function topicsOf(text: string): string[] {
  let found = topics.get(text);
  if (!found) {
    const sents = sentences(text);
    found = Object.keys(CONCEPTS).filter((c) => sents.some((s) => matchAny([[`@${c}`]], s) > 0));
    topics.set(text, found);
  }
  return found;
}

/**
 * Which evasion answers what the agent just said: the one sharing most topics with the agent's
 * turn, so "coming in herself is impossible" follows talk of a branch visit, not a question about
 * the new number. With nothing in common, the least specific one (plain pressure).
 */
export function bestEvasion(
  texts: readonly string[],
  agent: readonly Sentence[],
  unused: readonly number[],
): number {
  let best = unused[0] ?? 0;
  let bestScore = -1;
  for (const i of unused) {
    const own = topicsOf(texts[i] as string);
    const hits = own.filter((c) => agent.some((s) => matchAny([[`@${c}`]], s) > 0)).length;
    // Equal hits: the evasion with fewer topics of its own argues against less that was never said.
    const score = hits * 100 - own.length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The evasion to say now (its index, marked used), or none when every argument fitting the turn was
 * made: "you want her to get a code" only follows talk of a code.
 */
export function nextEvasion(
  texts: readonly string[],
  agent: readonly Sentence[],
  used: string[],
): number | undefined {
  const heard = agent.map((s) => s.text).join(' ');
  const unused = texts
    .map((_, i) => i)
    .filter((i) => !used.includes(`evasion#${i}`) && fitsTurn(texts[i] as string, heard));
  if (!unused.length) return undefined;
  const i = bestEvasion(texts, agent, unused);
  used.push(`evasion#${i}`);
  return i;
}
