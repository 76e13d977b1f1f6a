import type { Library } from '../content/library.ts';
import type { Scenario } from '../content/scenario.ts';
import type { Lang, LocalizedText } from '../csc/text.ts';
import type { HistoryItem } from '../drill/ports.ts';
import { areaMissed } from './areas.ts';
import { type CapabilityProfile, weakest } from './profile.ts';

export interface PlannedDrill {
  scenarioId: string;
  personaId: string;
  difficulty: Scenario['difficulty'];
  reason: LocalizedText;
}

/** Which scenarios exercise an area (the rest exercise every general area equally). */
function exercises(area: string, s: Scenario): boolean {
  switch (area) {
    case 'identity-verified':
      return s.identityVerificationRequired;
    case 'no-data-leak':
      return s.kind === 'social-engineering';
    case 'no-forbidden-claim':
      return s.forbiddenClaims.some((c) => c.fatal);
    case 'action-taken':
      return s.resolution.actionRequired;
    case 'hidden-facts-uncovered':
      return s.hiddenFacts.length >= 3;
    default:
      return true;
  }
}

const LEVEL: Scenario['difficulty'][] = ['easy', 'medium', 'hard'];

/** The difficulty that stretches without drowning: up after consistent passes, down after failures. */
function difficultyFor(history: readonly HistoryItem[]): Scenario['difficulty'] {
  const recent = history.slice(-5);
  if (!recent.length) return 'easy';
  const mean = recent.reduce((n, h) => n + h.overall, 0) / recent.length;
  return mean >= 85 ? 'hard' : mean >= 65 ? 'medium' : 'easy';
}

/**
 * The next drill for a person: it targets the weakest area (scenarios that exercise it, at a
 * difficulty that fits, least practised first, a persona not met recently), with one line saying why.
 */
export function nextDrill(
  library: Library,
  history: readonly HistoryItem[],
  profile: CapabilityProfile,
): PlannedDrill {
  const target = weakest(profile, 1)[0];
  const wanted = difficultyFor(history);
  const practised = new Map<string, number>();
  for (const h of history) practised.set(h.scenarioId, (practised.get(h.scenarioId) ?? 0) + 1);
  const distance = (s: Scenario) => Math.abs(LEVEL.indexOf(s.difficulty) - LEVEL.indexOf(wanted));
  const candidates = [...library.scenarios.values()]
    .filter((s) => !target || exercises(target.area, s))
    .sort(
      (a, b) =>
        distance(a) - distance(b) ||
        (practised.get(a.id) ?? 0) - (practised.get(b.id) ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const scenario = candidates[0] ?? ([...library.scenarios.values()][0] as Scenario);
  const recentPersonas = new Set(history.slice(-3).map((h) => h.personaId));
  const personaId =
    scenario.suggestedPersonas.find((p) => !recentPersonas.has(p) && library.personas.has(p)) ??
    scenario.suggestedPersonas.find((p) => library.personas.has(p)) ??
    ([...library.personas.keys()][0] as string);
  const reason: LocalizedText = target
    ? {
        zh: `最近 ${target.drills} 次练习中有 ${target.missed} 次${areaMissed(target.area).zh}，这个场景专门练这一点。`,
        en: `You ${areaMissed(target.area).en} in ${target.missed} of ${target.drills} drills; this scenario works on exactly that.`,
      }
    : history.length
      ? {
          zh: '没有明显短板，试一个你练得最少的场景。',
          en: 'No clear weak spot: here is the scenario you have practised least.',
        }
      : { zh: '第一次练习，从一个简单场景开始。', en: 'Your first drill: an easy scenario to start with.' };
  return { scenarioId: scenario.id, personaId, difficulty: scenario.difficulty, reason };
}

export interface Certification {
  family: string;
  certified: boolean;
  /** Passes in a row at the end of the history, in this family. */
  streak: number;
  personas: number;
}

/**
 * A scenario family (topic) is certified when the last k drills in it all passed, across at least
 * two different personas when k ≥ 2 — the pass^k idea: reliable, not lucky once.
 */
export function certifications(
  library: Library,
  history: readonly HistoryItem[],
  k: number,
): Certification[] {
  const byFamily = new Map<string, HistoryItem[]>();
  for (const h of [...history].sort((a, b) => a.endedAt.localeCompare(b.endedAt))) {
    const family = library.scenarios.get(h.scenarioId)?.topic;
    if (!family) continue;
    byFamily.set(family, [...(byFamily.get(family) ?? []), h]);
  }
  return [...byFamily].map(([family, items]) => {
    let streak = 0;
    for (let i = items.length - 1; i >= 0 && items[i]?.passed; i--) streak++;
    const lastK = items.slice(-k);
    const personas = new Set(lastK.map((h) => h.personaId)).size;
    const certified = streak >= k && (k < 2 || personas >= 2);
    return { family, certified, streak, personas };
  });
}

export const planLine = (p: PlannedDrill, lang: Lang): string => p.reason[lang];
