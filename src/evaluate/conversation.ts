import type { Scenario } from '../content/scenario.ts';
import { detectDistress } from '../csc/distress.ts';
import type { StrategyCode } from '../csc/strategies.ts';
import type { StrategyTagger, TagResult } from '../csc/tagger/tagger.ts';
import type { Lang } from '../csc/text.ts';
import { analyseReply, type ReplyAnalysis } from './analyse.ts';
import { sentencesOf } from './clauses.ts';
import { distressWords } from './distress-words.ts';

export interface ScoredEntry {
  speaker: 'customer' | 'agent';
  text: string;
  at?: string;
  emotion?: number;
  /** What the engine recorded during a live drill; the judge re-analyses every line alike, so it is not read. */
  analysis?: unknown;
  flags?: string[];
  /** Customer lines of a live drill: the hidden facts this line revealed. */
  revealed?: string[];
}

export interface JudgeInput {
  scenario: Scenario;
  lang: Lang;
  transcript: readonly ScoredEntry[];
  endReason?: string;
}

/** One agent turn analysed for judging; `index` is 0-based into the transcript, `line` 1-based. */
export interface AgentTurn {
  index: number;
  line: number;
  /** 1 for the agent's first reply. */
  agentTurn: number;
  text: string;
  analysis: ReplyAnalysis;
}

/** A customer line showing distress, with the words that show it. */
export interface DistressLine {
  index: number;
  quote: string;
}

const STRATEGY_PRESENT = 0.3;

export const has = (t: TagResult, code: StrategyCode, min = STRATEGY_PRESENT): boolean =>
  t.primary === code || t.strategies.some((s) => s.code === code && s.confidence >= min);

export const evidenceOf = (t: TagResult, code: StrategyCode): string | undefined =>
  t.strategies.find((s) => s.code === code)?.evidence[0]?.text;

// A deadline mentioned in passing ("tomorrow") is not distress; pressure said plainly is.
const DISTRESS_CONFIDENCE = 0.5;
const URGENCY_CONFIDENCE = 0.6;

/** The customer reports the problem fixed ("that worked", "it's sorted", "登上了"). */
const SOLVED =
  /\b(?:(?:that|it|this|everything)(?:'s| has| is)? (?:all )?(?:worked|working|works|sorted|fixed|done)|(?:worked|works) (?:now|perfectly|fine)|all sorted|problem solved)\b|成功了|可以用了|能用了|弄好了|修好了|搞定了|解决了|登上了/iu;

/** Whether the customer shows distress in this line: the distress model on its words (the same for live drills and real chats). */
export function distressIn(entry: ScoredEntry): DistressLine | undefined {
  return distressQuote(entry.text);
}

/** The line as a whole, then each sentence on its own: one upset sentence in a long message counts. */
function distressQuote(text: string): DistressLine | undefined {
  const parts = [text, ...(sentencesOf(text).length > 1 ? sentencesOf(text).map((s) => s.text) : [])];
  const solved = SOLVED.test(text);
  for (const part of parts) {
    const tag = detectDistress(part).find((d) =>
      // "yep, that worked! Finally.": on a line that reports the fix, wording alone (no cue) is relief.
      solved && d.evidence[0]?.text === part.trim()
        ? false
        : d.kind === 'urgency'
          ? d.intensity >= 2 && d.confidence >= URGENCY_CONFIDENCE
          : d.confidence >= DISTRESS_CONFIDENCE,
    );
    if (tag) return { index: -1, quote: tag.evidence[0]?.text ?? part };
  }
  const said = distressWords(text);
  return said ? { index: -1, quote: said } : undefined;
}

/** The customer lines that show distress, by transcript index. */
export function distressLines(transcript: readonly ScoredEntry[]): DistressLine[] {
  const out: DistressLine[] = [];
  transcript.forEach((e, index) => {
    if (e.speaker !== 'customer') return;
    const d = distressIn(e);
    if (d) out.push({ index, quote: d.quote });
  });
  return out;
}

/** Every agent turn analysed the same way, whether the transcript comes from a live drill or a real chat. */
export function analyseTranscript(tagger: StrategyTagger, input: JudgeInput): AgentTurn[] {
  const turns: AgentTurn[] = [];
  const conveyed: string[] = [];
  const upset = new Set(distressLines(input.transcript).map((d) => d.index));
  let customerLine = '';
  let customerSoFar = '';
  let customerUpset = false;
  input.transcript.forEach((entry, index) => {
    if (entry.speaker === 'customer') {
      customerLine = entry.text;
      customerSoFar = `${customerSoFar} ${entry.text}`;
      customerUpset = upset.has(index);
      return;
    }
    const analysis = analyseReply(tagger, {
      scenario: input.scenario,
      lang: input.lang,
      text: entry.text,
      turn: turns.length,
      customerLine,
      customerSoFar,
      customerUpset,
      alreadyConveyed: conveyed,
    });
    conveyed.push(...analysis.conveyed.map((c) => c.id));
    turns.push({ index, line: index + 1, agentTurn: turns.length + 1, text: entry.text, analysis });
  });
  return turns;
}

const SUBSTANTIVE: StrategyCode[] = ['PR', 'RP', 'PS', 'ID', 'RI'];
const SURELY = 0.6;

/** A turn that works on the problem: asks for verification data or a detail, states a fact, does something. */
export function substantive(t: AgentTurn): boolean {
  const a = t.analysis;
  if (a.verification || a.action || a.conveyed.length || a.contradicted.length) return true;
  if (a.conduct.some((c) => c.label === 'off-topic')) return false;
  return a.tags.strategies.some((s) => SUBSTANTIVE.includes(s.code) && s.confidence >= SURELY);
}
