import { areaMissed, QUALITIES, QUALITY_LABELS } from '../../src/coach/areas.ts';
import type { Certification, PlannedDrill } from '../../src/coach/plan.ts';
import type { Assignment } from '../../src/coach/ports.ts';
import type { AreaScore } from '../../src/coach/profile.ts';
import type { PersonReport } from '../../src/coach/report.ts';
import type { Library } from '../../src/content/library.ts';
import { STAGE_IDS, stageById } from '../../src/csc/stages.ts';
import { STRATEGIES } from '../../src/csc/strategies.ts';
import type { Lang } from '../../src/csc/text.ts';
import { TOPICS } from '../../src/csc/topics.ts';
import type { HistoryItem } from '../../src/drill/ports.ts';

// What the manager view and "my progress" render: the core's report, plan and certifications,
// with every label already in the page's language. Scores stay 0-1 shares (null: no data).

const titleOf = (library: Library, id: string, lang: Lang) => library.scenarios.get(id)?.title[lang] ?? id;

export const weakView = (w: AreaScore, lang: Lang) => ({
  area: w.area,
  label: areaMissed(w.area)[lang],
  score: w.score,
  missed: w.missed,
  drills: w.drills,
  example: w.example,
});

/** One row of a team table: numbers and the weakest areas, no quotes (those are in the person view). */
export const rowView = (r: PersonReport, lang: Lang) => ({
  id: r.person,
  name: r.name,
  drills: r.drills,
  passRate: r.passRate,
  last: r.trend.slice(-5),
  change: r.change,
  weakest: r.weakest.map((w) => ({ area: w.area, label: areaMissed(w.area)[lang] })),
});

export const assignmentView = (
  a: Assignment,
  library: Library,
  lang: Lang,
  names: Record<string, string>,
) => ({
  id: a.id,
  to: a.to,
  toName: a.toName ?? names[a.to] ?? a.to,
  byName: names[a.by] ?? a.by,
  scenarioId: a.scenarioId,
  title: titleOf(library, a.scenarioId, lang),
  personaId: a.personaId,
  mode: a.mode,
  lang: a.lang,
  due: a.due,
  reason: a.reason?.[lang],
  status: a.status,
  overall: a.overall,
  passed: a.passed,
  createdAt: a.createdAt,
});

export const planView = (p: PlannedDrill, library: Library, lang: Lang) => ({
  scenarioId: p.scenarioId,
  title: titleOf(library, p.scenarioId, lang),
  personaId: p.personaId,
  personaName: library.personas.get(p.personaId)?.name[lang] ?? p.personaId,
  difficulty: p.difficulty,
  reason: p.reason[lang],
});

export const certificationView = (c: Certification, k: number, lang: Lang) => ({
  family: c.family,
  label: TOPICS[c.family as keyof typeof TOPICS]?.[lang] ?? c.family,
  certified: c.certified,
  streak: c.streak,
  personas: c.personas,
  needed: k,
});

export interface PersonParts {
  report: PersonReport;
  history: readonly HistoryItem[];
  plan: PlannedDrill;
  certified: readonly Certification[];
  assignments: readonly Assignment[];
  certifyStreak: number;
  names: Record<string, string>;
}

/** The person view: profile by quality and stage, strategy use, breaches, weak spots, assignments, plan. */
export function personView(p: PersonParts, library: Library, lang: Lang) {
  const { report, plan } = p;
  const { profile } = report;
  const recent = [...p.history].sort((a, b) => b.endedAt.localeCompare(a.endedAt)).slice(0, 5);
  return {
    person: { id: report.person, name: report.name },
    drills: report.drills,
    passRate: report.passRate,
    trend: report.trend,
    change: report.change,
    recent: recent.map((h) => ({
      drillId: h.drillId,
      title: titleOf(library, h.scenarioId, lang),
      mode: h.mode,
      overall: h.overall,
      passed: h.passed,
      endedAt: h.endedAt,
    })),
    qualities: QUALITIES.map((q) => ({ id: q, label: QUALITY_LABELS[q][lang], score: profile.qualities[q] })),
    stages: STAGE_IDS.map((id) => ({
      id,
      label: stageById(id).name[lang],
      score: profile.stages[id] ?? null,
    })),
    strategies: STRATEGIES.filter((s) => profile.strategies[s.code] !== undefined)
      .map((s) => ({ code: s.code, label: s.name[lang], perDrill: profile.strategies[s.code] as number }))
      .sort((a, b) => b.perDrill - a.perDrill || a.code.localeCompare(b.code)),
    conductBreaches: profile.conductBreaches,
    weakest: report.weakest.map((w) => weakView(w, lang)),
    assignments: p.assignments.map((a) => assignmentView(a, library, lang, p.names)),
    certifications: p.certified.map((c) => certificationView(c, p.certifyStreak, lang)),
    next: planView(plan, library, lang),
  };
}
