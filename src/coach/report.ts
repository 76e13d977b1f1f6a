import type { HistoryItem } from '../drill/ports.ts';
import { type CapabilityProfile, capabilityProfile, weakest } from './profile.ts';

export interface PersonReport {
  person: string;
  name: string;
  drills: number;
  passRate: number | null;
  passes: number;
  /** Overall scores in order, oldest first (the last 20). */
  trend: number[];
  /** Mean of the last three minus the mean of the three before them. */
  change: number | null;
  profile: CapabilityProfile;
  weakest: ReturnType<typeof weakest>;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** One person's report from their history since a date (ISO), without reading any transcript. */
export function personReport(
  person: string,
  name: string,
  history: readonly HistoryItem[],
  since?: string,
): PersonReport {
  const items = history
    .filter((h) => !since || h.endedAt >= since)
    .sort((a, b) => a.endedAt.localeCompare(b.endedAt));
  const scores = items.map((h) => h.overall);
  const last = scores.slice(-3);
  const before = scores.slice(-6, -3);
  const profile = capabilityProfile(person, items);
  return {
    person,
    name,
    drills: items.length,
    passRate: items.length
      ? Math.round((items.filter((h) => h.passed).length / items.length) * 100) / 100
      : null,
    passes: items.filter((h) => h.passed).length,
    trend: scores.slice(-20),
    change: last.length && before.length ? Math.round(mean(last) - mean(before)) : null,
    profile,
    weakest: weakest(profile),
  };
}

export interface TeamReport {
  title: string;
  people: PersonReport[];
  drills: number;
  passRate: number | null;
}

export function teamReport(title: string, people: PersonReport[]): TeamReport {
  const drills = people.reduce((n, p) => n + p.drills, 0);
  const passed = people.reduce((n, p) => n + p.passes, 0);
  return {
    title,
    people: [...people].sort((a, b) => a.name.localeCompare(b.name)),
    drills,
    passRate: drills ? Math.round((passed / drills) * 100) / 100 : null,
  };
}
