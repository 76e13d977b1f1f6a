import type { StageId } from '../csc/stages.ts';
import type { HistoryItem } from '../drill/ports.ts';
import { areaOf, QUALITIES, type Quality, qualityOf, stageOf } from './areas.ts';

/** Each older drill counts this much less than the one after it. */
export const RECENCY_DECAY = 0.8;

export interface AreaScore {
  area: string;
  /** Recency-weighted share of `yes`, 0-1. */
  score: number;
  /** Drills the figure rests on. */
  drills: number;
  /** Of those, how many missed it, and a quote from the latest miss with evidence. */
  missed: number;
  example?: string;
}

export interface CapabilityProfile {
  person: string;
  drills: number;
  qualities: Record<Quality, number | null>;
  stages: Partial<Record<StageId, number>>;
  areas: AreaScore[];
  /** Primary strategies used per drill, on average. */
  strategies: Record<string, number>;
  conductBreaches: number;
}

interface Tally {
  yes: number;
  total: number;
  drills: number;
  missed: number;
  example?: string;
}

const add = (map: Map<string, Tally>, key: string, w: number, yes: boolean) => {
  const t = map.get(key) ?? { yes: 0, total: 0, drills: 0, missed: 0 };
  t.yes += yes ? w : 0;
  t.total += w;
  map.set(key, t);
  return t;
};

/**
 * A rolling model of one person over their scorecards (newest weighted most): per check area,
 * per quality and per stage, with how many drills each figure rests on.
 */
export function capabilityProfile(person: string, history: readonly HistoryItem[]): CapabilityProfile {
  const items = [...history].sort((a, b) => a.endedAt.localeCompare(b.endedAt));
  const areas = new Map<string, Tally>();
  const qualities = new Map<string, Tally>();
  const stages = new Map<string, Tally>();
  const strategies: Record<string, number> = {};
  let conductBreaches = 0;
  items.forEach((item, i) => {
    const w = RECENCY_DECAY ** (items.length - 1 - i);
    const seen = new Set<string>();
    for (const c of item.checks ?? []) {
      const yes = c.result === 'yes';
      const area = areaOf(c.id);
      const t = add(areas, area, w, yes);
      if (!seen.has(area)) {
        t.drills += 1;
        seen.add(area);
      }
      if (!yes) {
        t.missed += seen.has(`missed:${area}`) ? 0 : 1;
        seen.add(`missed:${area}`);
        if (c.quote) t.example = c.quote;
        if (c.section === 'compliance' || area === 'no-blame') conductBreaches += 1;
      }
      add(qualities, qualityOf(c.id, c.section), w, yes);
      const stage = stageOf(c.id, c.section);
      if (stage) add(stages, stage, w, yes);
    }
    for (const [code, n] of Object.entries(item.strategies ?? {}))
      strategies[code] = (strategies[code] ?? 0) + n;
  });
  const ratio = (t: Tally) => Math.round((t.yes / t.total) * 100) / 100;
  return {
    person,
    drills: items.length,
    qualities: Object.fromEntries(
      QUALITIES.map((q) => {
        const t = qualities.get(q);
        return [q, t?.total ? ratio(t) : null];
      }),
    ) as Record<Quality, number | null>,
    stages: Object.fromEntries([...stages].map(([k, t]) => [k, ratio(t)])),
    areas: [...areas]
      .map(([area, t]) => ({ area, score: ratio(t), drills: t.drills, missed: t.missed, example: t.example }))
      .sort((a, b) => a.score - b.score || b.missed - a.missed || a.area.localeCompare(b.area)),
    strategies: Object.fromEntries(
      Object.entries(strategies).map(([k, n]) => [k, Math.round((n / Math.max(1, items.length)) * 10) / 10]),
    ),
    conductBreaches,
  };
}

/** The weakest areas that were actually missed, worst first. */
export const weakest = (p: CapabilityProfile, n = 3): AreaScore[] =>
  p.areas.filter((a) => a.missed > 0).slice(0, n);
