import type { Scenario } from '../../content/scenario.ts';
import type { Lang } from '../../csc/text.ts';
import { checkLabel, END_REASON_LABELS, SECTION_LABELS, UI } from '../../evaluate/labels.ts';
import { type Check, type Scorecard, SECTIONS } from '../../evaluate/scorecard-model.ts';
import { strings } from '../strings/index.ts';

const MARK = { yes: '✓', no: '✗', na: '–' } as const;

export interface CheckView {
  id: string;
  section: string;
  result: Check['result'];
  mark: string;
  label: string;
  /** 1-based position of the evidence in the transcript. */
  line?: number;
  quote?: string;
  note?: string;
}

/** The scorecard as people read it, in one language: every surface renders this and nothing else. */
export interface ScorecardView {
  drillId?: string;
  lang: Lang;
  overall: number;
  passed: boolean;
  fatal: boolean;
  headline: string;
  subtitle: string;
  sections: { id: string; label: string; score: number | null; display: string }[];
  evidenceTitle: string;
  checks: CheckView[];
  improvementsTitle: string;
  trySayingLabel: string;
  improvements: { checkId: string; advice: string; trySaying: string }[];
  judge: string;
  labels: { retry: string; fresh: string; rate: string };
}

export function scorecardView(
  card: Scorecard,
  lang: Lang,
  scenario?: Scenario,
  reason = card.endReason,
  drillId?: string,
): ScorecardView {
  const ui = UI[lang];
  const t = strings(lang);
  const verdict = card.passed ? ui.pass : ui.fail;
  const reasonLabel = reason ? (END_REASON_LABELS[reason]?.[lang] ?? reason) : '';
  return {
    drillId,
    lang,
    overall: card.overall,
    passed: card.passed,
    fatal: card.fatal,
    headline: `${ui.overall} ${card.overall}/100 · ${verdict}${card.fatal ? ` · ${ui.fatal}` : ''}`,
    subtitle: [reasonLabel, scenario?.title[lang]].filter(Boolean).join(' · '),
    sections: SECTIONS.map((s) => {
      const score = card.sections[s] ?? null;
      return {
        id: s,
        label: SECTION_LABELS[s][lang],
        score,
        display: score === null ? '–' : `${Math.round(score * 100)}%`,
      };
    }),
    evidenceTitle: t.evidence,
    checks: card.checks.map((c) => ({
      id: c.id,
      section: c.section,
      result: c.result,
      mark: MARK[c.result],
      label: checkLabel(c.id, lang, scenario),
      ...(c.turn !== undefined ? { line: c.turn } : {}),
      ...(c.quote ? { quote: c.quote } : {}),
      ...(c.note && c.result !== 'na' ? { note: c.note } : {}),
    })),
    improvementsTitle: ui.improvements,
    trySayingLabel: ui.trySaying,
    improvements: card.improvements.map((i) => ({
      checkId: i.checkId,
      advice: i.advice,
      trySaying: i.trySaying,
    })),
    judge: card.judge,
    labels: { retry: t.retry, fresh: t.fresh, rate: t.rate },
  };
}
