import type { Scenario } from '../content/scenario.ts';
import { blames, MANIPULATION } from '../csc/detectors.ts';
import type { StrategyCode } from '../csc/strategies.ts';
import { UPSET_CUES } from '../csc/tagger/cues.ts';
import type { StrategyTagger, TagResult } from '../csc/tagger/tagger.ts';
import type { Lang } from '../csc/text.ts';
import { analyseReply, type ReplyAnalysis } from './analyse.ts';
import type { Check } from './scorecard-model.ts';

export interface ScoredEntry {
  speaker: 'customer' | 'agent';
  text: string;
  at?: string;
  emotion?: number;
  /** The engine's own analysis of an agent reply, recorded during a live drill. */
  analysis?: ReplyAnalysis;
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

/** One agent turn re-analysed for judging. */
export interface AgentTurn {
  index: number;
  text: string;
  analysis: ReplyAnalysis;
}

const PRESENT = 0.3;
const COURTESY = /please|thank|sorry|appreciate|happy to|glad to|您|请|谢谢|感谢|抱歉|麻烦/iu;
const RUDE = /stupid|idiot|shut up|whatever|not my problem|你自己看|爱办不办|烦不烦|听不懂吗/iu;
const SLOW_MEDIAN_MS = 60_000;

export const has = (t: TagResult, code: StrategyCode): boolean =>
  t.primary === code || t.strategies.some((s) => s.code === code && s.confidence >= PRESENT);

const evidenceOf = (t: TagResult, code: StrategyCode): string | undefined =>
  t.strategies.find((s) => s.code === code)?.evidence[0]?.text;

function isUpsetLine(entry: ScoredEntry): boolean {
  if (entry.emotion !== undefined) return entry.emotion >= 2;
  UPSET_CUES.lastIndex = 0;
  return UPSET_CUES.test(entry.text);
}

/**
 * Every agent turn's analysis: recorded during a live drill, recomputed the same way for an
 * external transcript (`csc-drill score`), so both are judged alike.
 */
export function analyseTranscript(tagger: StrategyTagger, input: JudgeInput): AgentTurn[] {
  const turns: AgentTurn[] = [];
  const conveyed: string[] = [];
  let agentTurn = 0;
  let customerLine = '';
  let upset = false;
  input.transcript.forEach((entry, index) => {
    if (entry.speaker === 'customer') {
      customerLine = entry.text;
      upset = isUpsetLine(entry);
      return;
    }
    const analysis =
      entry.analysis ??
      analyseReply(tagger, {
        scenario: input.scenario,
        lang: input.lang,
        text: entry.text,
        turn: agentTurn++,
        customerLine,
        customerUpset: upset,
        alreadyConveyed: conveyed,
      });
    conveyed.push(...analysis.conveyed.map((c) => c.id));
    turns.push({ index, text: entry.text, analysis });
  });
  return turns;
}

/** The offline judge: every atomic check answered by rules over the analysed transcript. */
export function offlineChecks(input: JudgeInput, turns: readonly AgentTurn[]): Check[] {
  const { scenario, transcript } = input;
  const checks: Check[] = [];
  const yes = (
    id: string,
    section: Check['section'],
    turn: number,
    quote: string | undefined,
    extra: Partial<Check> = {},
  ) => checks.push({ id, section, result: 'yes', turn, quote, ...extra });
  const no = (id: string, section: Check['section'], extra: Partial<Check> = {}) =>
    checks.push({ id, section, result: 'no', ...extra });
  const na = (id: string, section: Check['section']) => checks.push({ id, section, result: 'na' });
  const first = (pred: (t: AgentTurn) => boolean) => turns.find(pred);

  // Opening
  const opener = turns[0];
  if (opener && has(opener.analysis.tags, 'GT'))
    yes('greeting', 'opening', opener.index, evidenceOf(opener.analysis.tags, 'GT'));
  else no('greeting', 'opening', opener ? { turn: opener.index, quote: opener.text } : {});

  if (!scenario.identityVerificationRequired) na('identity-verified', 'opening');
  else {
    const firstAction = first((t) => t.analysis.action);
    const iv = first(
      (t) =>
        (has(t.analysis.tags, 'IV') || t.analysis.identityFieldsAsked.length > 0) &&
        (!firstAction || t.index <= firstAction.index),
    );
    if (iv) yes('identity-verified', 'opening', iv.index, evidenceOf(iv.analysis.tags, 'IV') ?? iv.text);
    else
      no(
        'identity-verified',
        'opening',
        firstAction ? { turn: firstAction.index, quote: firstAction.text } : {},
      );
  }

  // Understanding
  const understood = first((t) => has(t.analysis.tags, 'RP') || has(t.analysis.tags, 'PR'));
  if (understood) {
    const code = has(understood.analysis.tags, 'RP') ? 'RP' : 'PR';
    yes(
      'problem-understood',
      'understanding',
      understood.index,
      evidenceOf(understood.analysis.tags, code) ?? understood.text,
    );
  } else no('problem-understood', 'understanding');

  // A live drill records which facts the customer revealed and after which reply; an external
  // transcript only has the questions, so a fact counts as uncovered when a question asked for it.
  const asked = new Map<string, AgentTurn>();
  for (const t of turns) {
    for (const id of transcript[t.index + 1]?.revealed ?? []) if (!asked.has(id)) asked.set(id, t);
  }
  for (const t of turns) {
    if (!/[?？吗]/.test(t.text)) continue;
    const lower = t.text.toLowerCase();
    for (const fact of scenario.hiddenFacts) {
      if (asked.has(fact.id)) continue;
      if ([...fact.askCues.zh, ...fact.askCues.en].some((c) => lower.includes(c.toLowerCase())))
        asked.set(fact.id, t);
    }
  }
  const needed = Math.ceil(scenario.hiddenFacts.length / 2);
  const uncovered = [...asked.values()];
  if (asked.size >= needed && uncovered[0])
    yes('hidden-facts-uncovered', 'understanding', uncovered[0].index, uncovered[0].text, {
      note: `${asked.size}/${scenario.hiddenFacts.length}`,
    });
  else
    no('hidden-facts-uncovered', 'understanding', { note: `${asked.size}/${scenario.hiddenFacts.length}` });

  const upsetAt = transcript.findIndex((e) => e.speaker === 'customer' && isUpsetLine(e));
  if (upsetAt < 0) na('empathy', 'understanding');
  else {
    const answer = turns.find((t) => t.index > upsetAt);
    if (answer && has(answer.analysis.tags, 'EM'))
      yes('empathy', 'understanding', answer.index, evidenceOf(answer.analysis.tags, 'EM') ?? answer.text);
    else no('empathy', 'understanding', answer ? { turn: answer.index, quote: answer.text } : {});
  }

  // Resolution
  const conveyedAt = new Map<string, { index: number; quote: string }>();
  for (const t of turns)
    for (const c of t.analysis.conveyed)
      if (!conveyedAt.has(c.id)) conveyedAt.set(c.id, { index: t.index, quote: c.quote });
  for (const id of scenario.resolution.requiredKnowledge) {
    const hit = conveyedAt.get(id);
    if (hit) yes(`knowledge:${id}`, 'resolution', hit.index, hit.quote);
    else no(`knowledge:${id}`, 'resolution');
  }
  if (!scenario.resolution.actionRequired) na('action-taken', 'resolution');
  else {
    const action = first((t) => t.analysis.action);
    if (action)
      yes('action-taken', 'resolution', action.index, evidenceOf(action.analysis.tags, 'RI') ?? action.text);
    else no('action-taken', 'resolution');
  }
  const allKnowledge = scenario.resolution.requiredKnowledge.every((id) => conveyedAt.has(id));
  const acted = !scenario.resolution.actionRequired || turns.some((t) => t.analysis.action);
  const resolved = input.endReason ? input.endReason === 'resolved' : allKnowledge && acted;
  const lastCustomer = [...transcript.keys()].reverse().find((i) => transcript[i]?.speaker === 'customer');
  if (resolved && lastCustomer !== undefined)
    yes('goal-met', 'resolution', lastCustomer, transcript[lastCustomer]?.text);
  else no('goal-met', 'resolution', { note: input.endReason });

  // Compliance
  const breach = turns.flatMap((t) => t.analysis.claims.map((c) => ({ t, c })));
  const fatalBreach = breach.find((b) => b.c.fatal);
  const shown = fatalBreach ?? breach[0];
  if (shown)
    no('no-forbidden-claim', 'compliance', {
      turn: shown.t.index,
      quote: shown.c.quote,
      fatal: Boolean(fatalBreach),
      note: shown.c.claimId,
    });
  else checks.push({ id: 'no-forbidden-claim', section: 'compliance', result: 'yes' });
  if (!scenario.impostor) na('no-data-leak', 'compliance');
  else {
    const leak = first((t) => Boolean(t.analysis.leak));
    if (leak?.analysis.leak)
      no('no-data-leak', 'compliance', { turn: leak.index, quote: leak.analysis.leak, fatal: true });
    else checks.push({ id: 'no-data-leak', section: 'compliance', result: 'yes' });
  }

  const manipulation = first(
    (t) => MANIPULATION.test(t.text) || Boolean(transcript[t.index]?.flags?.includes('manipulation')),
  );
  if (manipulation) {
    no('no-manipulation', 'compliance', {
      turn: manipulation.index,
      quote: MANIPULATION.exec(manipulation.text)?.[0] ?? manipulation.text,
    });
  } else checks.push({ id: 'no-manipulation', section: 'compliance', result: 'yes' });

  // Closing
  const tail = turns.slice(-3);
  const fr = tail.find((t) => has(t.analysis.tags, 'FR'));
  if (fr) yes('feedback-requested', 'closing', fr.index, evidenceOf(fr.analysis.tags, 'FR') ?? fr.text);
  else no('feedback-requested', 'closing');
  const ac = turns
    .slice(1)
    .slice(-2)
    .find((t) => has(t.analysis.tags, 'AC'));
  if (ac) yes('closed-politely', 'closing', ac.index, evidenceOf(ac.analysis.tags, 'AC') ?? ac.text);
  else no('closed-politely', 'closing');

  // Soft skills
  const rude = first((t) => RUDE.test(t.text));
  const courteous = first((t) => COURTESY.test(t.text));
  if (rude) no('polite', 'soft-skills', { turn: rude.index, quote: RUDE.exec(rude.text)?.[0] });
  else if (courteous) yes('polite', 'soft-skills', courteous.index, COURTESY.exec(courteous.text)?.[0]);
  else no('polite', 'soft-skills');
  const blame = first((t) => blames(t.text));
  if (blame) no('no-blame', 'soft-skills', { turn: blame.index, quote: blame.text });
  else checks.push({ id: 'no-blame', section: 'soft-skills', result: 'yes' });

  // Efficiency
  if (!resolved) na('turns-to-resolution', 'efficiency');
  else {
    const budget = Math.ceil(scenario.maxTurns * 0.6);
    const last = turns.at(-1);
    if (turns.length <= budget && last)
      yes('turns-to-resolution', 'efficiency', last.index, last.text, { note: `${turns.length}/${budget}` });
    else no('turns-to-resolution', 'efficiency', { note: `${turns.length}/${budget}` });
  }
  const latencies = responseTimes(transcript);
  if (!latencies.length) na('response-time', 'efficiency');
  else {
    const median = latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)] as number;
    const note = `median ${Math.round(median / 1000)} s`;
    if (median <= SLOW_MEDIAN_MS)
      checks.push({ id: 'response-time', section: 'efficiency', result: 'yes', note });
    else no('response-time', 'efficiency', { note });
  }
  return checks;
}

function responseTimes(transcript: readonly ScoredEntry[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < transcript.length; i++) {
    const prev = transcript[i - 1];
    const cur = transcript[i];
    if (cur?.speaker !== 'agent' || prev?.speaker !== 'customer' || !cur.at || !prev.at) continue;
    const ms = Date.parse(cur.at) - Date.parse(prev.at);
    if (Number.isFinite(ms) && ms >= 0) out.push(ms);
  }
  return out;
}
