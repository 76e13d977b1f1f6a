import { STAGE_IDS, type StageId } from '../csc/stages.ts';
import { STRATEGY_CODES, type StrategyCode, strategyByCode } from '../csc/strategies.ts';
import type { StrategyTagger } from '../csc/tagger/tagger.ts';
import { rubricOf } from './general-rubric.ts';
import { improvementsFor } from './improvements.ts';
import { guardedJudgeLabel, guardJudged } from './llm-judge-guard.ts';
import { type AgentTurn, analyseTranscript, has, type JudgeInput, offlineChecks } from './offline-judge.ts';
import {
  type Check,
  type JudgedAnswer,
  type Scorecard,
  SECTION_WEIGHTS,
  SECTIONS,
  type Section,
} from './scorecard-model.ts';

export const DEFAULT_PASS_MARK = 70;
export const OFFLINE_JUDGE = 'offline-rules-v2';

/** The transcript line a 1-based turn number points at. */
const lineAt = (transcript: JudgeInput['transcript'], turn: number | undefined) =>
  turn === undefined || turn < 1 ? undefined : transcript[turn - 1];

/** Drops any quote that does not occur verbatim in the transcript entry it points at. */
export function verifyQuotes(checks: readonly Check[], transcript: JudgeInput['transcript']): Check[] {
  return checks.map((c) => {
    if (c.quote === undefined) return c;
    const entry = lineAt(transcript, c.turn);
    if (entry && c.quote.trim() && entry.text.includes(c.quote)) return c;
    const { quote: _dropped, ...rest } = c;
    return rest;
  });
}

/** Section scores (0-1, null when nothing applied), the weighted 0-100 overall, and fatal breaches. */
export function totals(checks: readonly Check[]): {
  sections: Record<Section, number | null>;
  overall: number;
  score: number;
  fatal: boolean;
} {
  const sections = {} as Record<Section, number | null>;
  let weighted = 0;
  let weights = 0;
  for (const section of SECTIONS) {
    const applicable = checks.filter((c) => c.section === section && c.result !== 'na');
    if (!applicable.length) {
      sections[section] = null;
      continue;
    }
    const earned = applicable.reduce((sum, c) => sum + (c.credit ?? (c.result === 'yes' ? 1 : 0)), 0);
    const score = earned / applicable.length;
    sections[section] = Math.round(score * 1000) / 1000;
    weighted += score * SECTION_WEIGHTS[section];
    weights += SECTION_WEIGHTS[section];
  }
  return {
    sections,
    overall: weights ? Math.round((weighted / weights) * 100) : 0,
    score: weights ? Math.round((weighted / weights) * 10_000) / 100 : 0,
    fatal: checks.some((c) => c.fatal && c.result === 'no'),
  };
}

export interface ScoreOptions {
  passMark?: number;
  /** Checks answered by another judge (an LLM); missing or unverifiable ones fall back to the offline answers. */
  judged?: { answers: JudgedAnswer[]; judge: string };
}

export function buildScorecard(
  tagger: StrategyTagger,
  input: JudgeInput,
  options: ScoreOptions = {},
): Scorecard {
  const turns = analyseTranscript(tagger, input);
  const offline = verifyQuotes(offlineChecks(input, turns), input.transcript);
  let checks = offline;
  let judge = OFFLINE_JUDGE;
  if (options.judged) {
    checks = guardJudged(offline, options.judged.answers, input.transcript);
    judge = guardedJudgeLabel(options.judged.judge, checks);
  }
  const passMark = options.passMark ?? DEFAULT_PASS_MARK;
  const { sections, overall, score, fatal } = totals(checks);
  return {
    overall,
    score,
    passed: overall >= passMark && !fatal,
    passMark,
    fatal,
    endReason: input.endReason,
    rubric: rubricOf(input.scenario),
    sections,
    checks,
    stageCoverage: stageCoverage(turns),
    timeline: turns.map((t) => ({
      turn: t.line,
      primary: t.analysis.tags.primary,
      codes: STRATEGY_CODES.filter((c) => has(t.analysis.tags, c)),
    })),
    emotionCurve: input.transcript.flatMap((e, i) =>
      e.speaker === 'customer' && e.emotion !== undefined ? [{ turn: i + 1, emotion: e.emotion }] : [],
    ),
    improvements: improvementsFor(input, checks, turns),
    judge,
  };
}

function stageCoverage(turns: readonly AgentTurn[]): Record<StageId, boolean> {
  const seen = new Set<StageId>();
  for (const t of turns) {
    for (const code of STRATEGY_CODES) {
      const stage = strategyByCode(code as StrategyCode).stage;
      if (stage && has(t.analysis.tags, code)) seen.add(stage);
    }
  }
  return Object.fromEntries(STAGE_IDS.map((s) => [s, seen.has(s)])) as Record<StageId, boolean>;
}
