import { areaMissed, QUALITIES, QUALITY_LABELS } from '../../coach/areas.ts';
import type { Certification, PlannedDrill } from '../../coach/plan.ts';
import type { Assignment } from '../../coach/ports.ts';
import type { CapabilityProfile } from '../../coach/profile.ts';
import type { PersonReport, TeamReport } from '../../coach/report.ts';
import type { Library } from '../../content/library.ts';
import { stageById } from '../../csc/stages.ts';
import type { Lang } from '../../csc/text.ts';
import { TOPICS } from '../../csc/topics.ts';
import { strings } from '../strings/index.ts';

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`;

export interface ReportView {
  title: string;
  people: { headline: string; details: string[] }[];
  empty?: string;
}

export interface ProfileView {
  title: string;
  lines: string[];
  start: { label: string; value: string };
}

export interface AssignmentView {
  heading: string;
  lines: string[];
  start: { label: string; value: string };
}

const sep = (lang: Lang) => (lang === 'zh' ? '，' : ', ');
const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
const paren = (text: string, lang: Lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

function qualitiesLine(p: CapabilityProfile, lang: Lang): string {
  return QUALITIES.map((q) => `${QUALITY_LABELS[q][lang]} ${pct(p.qualities[q])}`).join(' · ');
}

function personView(r: PersonReport, lang: Lang): ReportView['people'][number] {
  const t = strings(lang);
  const trend = r.trend.slice(-8).join(' → ') || '–';
  const change = r.change === null ? '' : paren(`${r.change >= 0 ? '+' : ''}${r.change}`, lang);
  const headline = `${r.name}${colon(lang)}${t.drillsDone(r.drills)}${sep(lang)}${t.passRate} ${pct(r.passRate)}${sep(lang)}${t.trend} ${trend}${change}`;
  if (!r.drills) return { headline, details: [] };
  const details = [qualitiesLine(r.profile, lang)];
  const stages = Object.entries(r.profile.stages)
    .map(([id, v]) => `${stageById(id as Parameters<typeof stageById>[0]).name[lang]} ${pct(v)}`)
    .join(' · ');
  if (stages) details.push(`${t.stages}${colon(lang)}${stages}`);
  const used = Object.entries(r.profile.strategies)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
  if (used) details.push(`${t.strategies}${colon(lang)}${used}`);
  if (r.profile.conductBreaches) details.push(t.breaches(r.profile.conductBreaches));
  for (const w of r.weakest)
    details.push(
      `✗ ${t.missedIn(areaMissed(w.area)[lang], w.missed, w.drills)}${w.example ? ` «${w.example}»` : ''}`,
    );
  return { headline, details };
}

export function reportView(report: TeamReport, lang: Lang): ReportView {
  const t = strings(lang);
  return {
    title: `${t.reportTitle(report.title)} — ${t.drillsDone(report.drills)}${sep(lang)}${t.passRate} ${pct(report.passRate)}`,
    people: report.people.map((p) => personView(p, lang)),
    ...(report.people.length ? {} : { empty: t.nobody }),
  };
}

export function profileView(
  profile: CapabilityProfile,
  plan: PlannedDrill,
  certified: readonly Certification[],
  library: Library,
  lang: Lang,
): ProfileView {
  const t = strings(lang);
  const scenario = library.scenarios.get(plan.scenarioId);
  return {
    title: t.yourProfile,
    lines: [
      ...(profile.drills ? [qualitiesLine(profile, lang), t.basedOn(profile.drills)] : [t.noDrillsYet]),
      `${t.next}${colon(lang)}${scenario?.title[lang] ?? plan.scenarioId}${paren(t.difficultyName[plan.difficulty], lang)} — ${plan.reason[lang]}`,
      ...certified.map(
        (c) =>
          `${c.certified ? '🏅' : '·'} ${TOPICS[c.family as keyof typeof TOPICS]?.[lang] ?? c.family}${colon(lang)}${c.certified ? t.certified : t.streak(c.streak)}`,
      ),
    ],
    start: { label: t.startNext, value: `${plan.scenarioId}:${plan.personaId}` },
  };
}

/** What an assignee reads: what, why, by when — and a reminder line when it is one. */
export function assignmentView(a: Assignment, library: Library, reminder = false): AssignmentView {
  const t = strings(a.lang);
  const scenario = library.scenarios.get(a.scenarioId);
  const title = scenario?.title[a.lang] ?? a.scenarioId;
  return {
    heading: t.newAssignment,
    lines: [
      reminder ? t.reminder(title, a.due ?? '') : t.assignedTo(title, a.mode),
      ...(a.due && !reminder ? [t.dueBy(a.due)] : []),
      ...(a.reason && !reminder ? [a.reason[a.lang]] : []),
      ...(scenario && !reminder ? [scenario.briefing[a.lang]] : []),
    ],
    start: { label: t.startAssignment, value: a.id },
  };
}

export function assignmentsView(list: readonly Assignment[], library: Library, lang: Lang): string[] {
  const t = strings(lang);
  if (!list.length) return [t.noAssignments];
  return list.map((a) => {
    const title = library.scenarios.get(a.scenarioId)?.title[lang] ?? a.scenarioId;
    const result = a.status === 'finished' ? ` ${a.overall}/100 ${a.passed ? t.passed : t.failed}` : '';
    return `• ${a.toName ?? a.to} — ${title}${colon(lang)}${t.assignmentStatus[a.status]}${result}${a.due ? paren(t.dueBy(a.due), lang) : ''}`;
  });
}
