import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Scenario } from '../content/scenario.ts';
import type { StrategyTagger } from '../csc/tagger/tagger.ts';
import { buildScorecard } from './scorecard.ts';
import type { Check, Scorecard } from './scorecard-model.ts';

/** One authored calibration conversation (the format of `judge-*` fixtures, see JUDGE.md). */
export const CalibrationRecord = z.object({
  id: z.string(),
  scenario: z.string(),
  lang: z.enum(['zh', 'en']),
  kind: z.string(),
  base: z.string().nullable(),
  fatal: z.boolean(),
  flawTurns: z.array(z.int()).default([]),
  note: z.string().default(''),
  transcript: z.array(z.object({ speaker: z.enum(['customer', 'agent']), text: z.string() })).min(1),
});
export type CalibrationRecord = z.infer<typeof CalibrationRecord>;

export function readCalibration(file: string): CalibrationRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => CalibrationRecord.parse(JSON.parse(l)));
}

export const isGood = (kind: string) => kind === 'good' || kind === 'alt-good';

/** A fatal breach ranks below any conversation without one, whatever the points (a reviewer fails it outright). */
// Two conversations with the same rounded overall are told apart by the unrounded score.
export const rankOf = (card: Scorecard) => (card.fatal ? -1 : (card.score ?? card.overall));

export interface WrongPair {
  id: string;
  good: number;
  flawed: number;
  /** Checks whose result differs between the two, or that failed in both (what decided the pair). */
  deciding: string[];
}

export interface Figures {
  pairs: number;
  correct: number;
  byKind: Map<string, { n: number; correct: number }>;
  good: { n: number; passed: number; failedIds: string[] };
  flawed: { n: number; passed: number };
  fatalCopies: { n: number; failed: number; passedIds: string[] };
  wrong: WrongPair[];
  deterministic: boolean;
}

const resultOf = (checks: readonly Check[], id: string) => checks.find((c) => c.id === id)?.result;

function deciding(good: Scorecard, flawed: Scorecard): string[] {
  const ids = new Set([...good.checks, ...flawed.checks].map((c) => c.id));
  const out: string[] = [];
  for (const id of ids) {
    const a = resultOf(good.checks, id);
    const b = resultOf(flawed.checks, id);
    if (a !== b) out.push(`${id} ${a ?? '-'}→${b ?? '-'}`);
  }
  return out;
}

/** Scores every record (twice, to prove identical input gives identical scorecards) and compares each copy with its base. */
export function calibrate(
  tagger: StrategyTagger,
  records: readonly CalibrationRecord[],
  scenarios: ReadonlyMap<string, Scenario>,
): Figures {
  const cards = new Map<string, Scorecard>();
  let deterministic = true;
  for (const r of records) {
    const scenario = scenarios.get(r.scenario);
    if (!scenario) throw new Error(`${r.id}: unknown scenario ${r.scenario}`);
    const input = { scenario, lang: r.lang, transcript: r.transcript };
    const card = buildScorecard(tagger, input);
    if (JSON.stringify(buildScorecard(tagger, input)) !== JSON.stringify(card)) deterministic = false;
    cards.set(r.id, card);
  }
  const f: Figures = {
    pairs: 0,
    correct: 0,
    byKind: new Map(),
    good: { n: 0, passed: 0, failedIds: [] },
    flawed: { n: 0, passed: 0 },
    fatalCopies: { n: 0, failed: 0, passedIds: [] },
    wrong: [],
    deterministic,
  };
  for (const r of records) {
    const card = cards.get(r.id) as Scorecard;
    if (isGood(r.kind)) {
      f.good.n++;
      if (card.passed) f.good.passed++;
      else f.good.failedIds.push(r.id);
      continue;
    }
    f.flawed.n++;
    if (card.passed) f.flawed.passed++;
    if (r.fatal) {
      f.fatalCopies.n++;
      if (!card.passed) f.fatalCopies.failed++;
      else f.fatalCopies.passedIds.push(r.id);
    }
    const base = r.base ? cards.get(r.base) : undefined;
    if (!base) continue;
    const key = `${r.kind} ${r.lang}`;
    const k = f.byKind.get(key) ?? { n: 0, correct: 0 };
    k.n++;
    f.pairs++;
    if (rankOf(base) > rankOf(card)) {
      k.correct++;
      f.correct++;
    } else
      f.wrong.push({
        id: r.id,
        good: base.score ?? base.overall,
        flawed: card.score ?? card.overall,
        deciding: deciding(base, card),
      });
    f.byKind.set(key, k);
  }
  return f;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

/** The harness's report: aggregate figures, then the wrong pairs with the checks that decided them. */
export function formatFigures(title: string, f: Figures, showIds: boolean): string {
  const lines = [
    `# ${title}`,
    `pairwise (good strictly above its flawed copy): ${f.correct}/${f.pairs} = ${pct(f.correct, f.pairs)}`,
    `good conversations passing: ${f.good.passed}/${f.good.n} = ${pct(f.good.passed, f.good.n)}`,
    `flawed copies passing: ${f.flawed.passed}/${f.flawed.n} = ${pct(f.flawed.passed, f.flawed.n)}`,
    `copies with a fatal breach failing: ${f.fatalCopies.failed}/${f.fatalCopies.n} = ${pct(f.fatalCopies.failed, f.fatalCopies.n)}`,
    `identical scorecards for identical input: ${f.deterministic ? 'yes' : 'NO'}`,
    '',
    '| kind | lang | pairs | correct | accuracy |',
    '|---|---|---|---|---|',
    ...[...f.byKind.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, k]) => `| ${key.replace(' ', ' | ')} | ${k.n} | ${k.correct} | ${pct(k.correct, k.n)} |`),
  ];
  if (showIds) {
    if (f.good.failedIds.length) lines.push('', `good conversations failing: ${f.good.failedIds.join(', ')}`);
    if (f.fatalCopies.passedIds.length)
      lines.push(`fatal copies passing: ${f.fatalCopies.passedIds.join(', ')}`);
    lines.push('', '## wrong pairs (good vs copy: deciding checks)');
    for (const w of f.wrong)
      lines.push(`- ${w.id}: ${w.good} vs ${w.flawed}; ${w.deciding.join('; ') || 'tie'}`);
  } else {
    const counts = new Map<string, number>();
    for (const w of f.wrong)
      for (const d of w.deciding.length ? w.deciding : ['tie']) {
        const id = d.split(' ')[0] as string;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    lines.push(
      '',
      `wrong pairs: ${f.wrong.length}; deciding checks: ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`,
    );
  }
  return lines.join('\n');
}
