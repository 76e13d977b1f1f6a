import type { Outbound } from '../../chat/contract/outbound.ts';
import { bold, plain } from '../../chat/contract/outbound.ts';
import { areaMissed, QUALITIES, QUALITY_LABELS } from '../../coach/areas.ts';
import type { Certification, PlannedDrill } from '../../coach/plan.ts';
import type { Assignment } from '../../coach/ports.ts';
import type { CapabilityProfile } from '../../coach/profile.ts';
import type { PersonReport, TeamReport } from '../../coach/report.ts';
import type { Library } from '../../content/library.ts';
import { stageById } from '../../csc/stages.ts';
import type { Lang } from '../../csc/text.ts';
import { TOPICS } from '../../csc/topics.ts';
import { coachStrings } from '../coach-strings.ts';

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`;

function qualitiesLine(p: CapabilityProfile, lang: Lang): string {
  return QUALITIES.map((q) => `${QUALITY_LABELS[q][lang]} ${pct(p.qualities[q])}`).join(' · ');
}

function stagesLine(p: CapabilityProfile, lang: Lang): string {
  return Object.entries(p.stages)
    .map(([id, v]) => `${stageById(id as Parameters<typeof stageById>[0]).name[lang]} ${pct(v)}`)
    .join(' · ');
}

/** One person's block of a report: numbers, trend, profile, the three weakest areas with a quote each. */
function personLines(r: PersonReport, lang: Lang): string[] {
  const t = coachStrings(lang);
  const trend = r.trend.slice(-8).join(' → ') || '–';
  const change = r.change === null ? '' : ` (${r.change >= 0 ? '+' : ''}${r.change})`;
  const lines = [
    `${r.name}: ${t.drillsDone(r.drills)}, ${t.passRate} ${pct(r.passRate)}, ${t.trend} ${trend}${change}`,
  ];
  if (!r.drills) return lines;
  lines.push(`  ${qualitiesLine(r.profile, lang)}`);
  const stages = stagesLine(r.profile, lang);
  if (stages) lines.push(`  ${t.stages}: ${stages}`);
  const strategies = Object.entries(r.profile.strategies)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
  if (strategies) lines.push(`  ${t.strategies}: ${strategies}`);
  if (r.profile.conductBreaches) lines.push(`  ${t.breaches(r.profile.conductBreaches)}`);
  for (const w of r.weakest)
    lines.push(
      `  ✗ ${t.missedIn(areaMissed(w.area)[lang], w.missed, w.drills)}${w.example ? ` «${w.example}»` : ''}`,
    );
  return lines;
}

export function reportMessage(report: TeamReport, lang: Lang): Outbound {
  const t = coachStrings(lang);
  const head = `${t.reportTitle(report.title)} — ${t.drillsDone(report.drills)}, ${t.passRate} ${pct(report.passRate)}`;
  const lines = report.people.length ? report.people.flatMap((p) => personLines(p, lang)) : [t.nobody];
  return {
    text: [head, ...lines].join('\n'),
    blocks: [
      { type: 'heading', text: head },
      { type: 'text', spans: [plain(lines.join('\n'))] },
    ],
  };
}

export function profileMessage(
  profile: CapabilityProfile,
  plan: PlannedDrill,
  certified: readonly Certification[],
  library: Library,
  lang: Lang,
): Outbound {
  const t = coachStrings(lang);
  const scenario = library.scenarios.get(plan.scenarioId);
  const lines = [
    profile.drills ? qualitiesLine(profile, lang) : t.noDrillsYet,
    ...(profile.drills ? [`${t.basedOn(profile.drills)}`] : []),
    `${t.next}: ${scenario?.title[lang] ?? plan.scenarioId} (${plan.difficulty}) — ${plan.reason[lang]}`,
    ...certified.map(
      (c) =>
        `${c.certified ? '🏅' : '·'} ${TOPICS[c.family as keyof typeof TOPICS]?.[lang] ?? c.family}: ${c.certified ? t.certified : t.streak(c.streak)}`,
    ),
  ];
  return {
    text: lines.join('\n'),
    blocks: [
      { type: 'text', spans: [bold(t.yourProfile), plain(`\n${lines.join('\n')}`)] },
      {
        type: 'buttons',
        buttons: [
          {
            id: 'drill_plan',
            label: t.startNext,
            value: `${plan.scenarioId}:${plan.personaId}`,
            style: 'primary',
          },
        ],
      },
    ],
  };
}

/** The private message an assignee gets: what, why, by when, and a start button. */
export function assignmentMessage(a: Assignment, library: Library): Outbound {
  const t = coachStrings(a.lang);
  const scenario = library.scenarios.get(a.scenarioId);
  const title = scenario?.title[a.lang] ?? a.scenarioId;
  const lines = [
    t.assignedTo(title, a.mode),
    ...(a.due ? [t.dueBy(a.due)] : []),
    ...(a.reason ? [a.reason[a.lang]] : []),
    ...(scenario ? [scenario.briefing[a.lang]] : []),
  ];
  return {
    text: lines.join('\n'),
    blocks: [
      { type: 'heading', text: t.newAssignment },
      { type: 'text', spans: [plain(lines.join('\n'))] },
      {
        type: 'buttons',
        buttons: [{ id: 'drill_assignment', label: t.startAssignment, value: a.id, style: 'primary' }],
      },
    ],
  };
}

export function assignmentsMessage(list: readonly Assignment[], library: Library, lang: Lang): Outbound {
  const t = coachStrings(lang);
  const lines = list.length
    ? list.map((a) => {
        const title = library.scenarios.get(a.scenarioId)?.title[lang] ?? a.scenarioId;
        const result = a.status === 'finished' ? ` ${a.overall}/100 ${a.passed ? t.passed : t.failed}` : '';
        return `• ${a.toName ?? a.to} — ${title}: ${t.status[a.status]}${result}${a.due ? ` (${t.dueBy(a.due)})` : ''}`;
      })
    : [t.noAssignments];
  return { text: lines.join('\n'), blocks: [{ type: 'text', spans: [plain(lines.join('\n'))] }] };
}
