import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fnv1a } from '../deterministic.ts';
import { STRATEGY_CODES } from '../strategies.ts';
import { LangSchema } from '../text.ts';

/** The repository root: datasets are development files, read by training and evaluation scripts only. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const LabelledUtterance = z.object({
  id: z.string(),
  lang: LangSchema,
  text: z.string(),
  label: z.enum(STRATEGY_CODES),
  context: z.string().optional(),
  turn: z.int().optional(),
  upset: z.boolean().optional(),
});
export type LabelledUtterance = z.infer<typeof LabelledUtterance>;

export const DATASETS = {
  multiwoz: resolve(PACKAGE_ROOT, 'test/fixtures/corpora/multiwoz-dev.jsonl'),
  crosswoz: resolve(PACKAGE_ROOT, 'test/fixtures/corpora/crosswoz-dev.jsonl'),
  'fixture-en': resolve(PACKAGE_ROOT, 'test/fixtures/tagger/strategies.en.jsonl'),
  'fixture-zh': resolve(PACKAGE_ROOT, 'test/fixtures/tagger/strategies.zh.jsonl'),
} as const;
export type DatasetName = keyof typeof DATASETS;

export function readDataset(name: DatasetName): LabelledUtterance[] {
  const path = DATASETS[name];
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = LabelledUtterance.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** Corpus records are split by dialogue, so no turn of a held-out dialogue is ever trained on. */
export const isHeldOut = (u: LabelledUtterance): boolean => fnv1a(u.id.split(':')[1] ?? u.id) % 5 === 0;

/** Fold of a fixture record for cross-validation. */
export const foldOf = (u: LabelledUtterance, folds: number): number => fnv1a(u.id) % folds;
