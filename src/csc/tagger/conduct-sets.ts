import { resolve } from 'node:path';
import { CONDUCT_LABELS } from '../conduct/labels.ts';
import type { Lang } from '../text.ts';
import { AuthoredReply, readJsonl } from './authored.ts';
import { PACKAGE_ROOT } from './dataset.ts';
import { evaluate, multiLabel } from './metrics.ts';
import type { StrategyTagger } from './tagger.ts';

/** A conduct set of two authors, one per language: files in `test/fixtures/authored/<folder>`. */
export interface ConductSet {
  folder: string;
  files: { en: string; zh: string };
  authors: { en: string; zh: string };
}

/**
 * Held-out set 2 (authors H en and I zh, written after every tuning round so far, briefed with the
 * label definitions only): conduct lines, 30 or so per label, and 100 hard negatives a language —
 * polite refusals, honest limits, neutral causes that name the customer — that must carry no conduct.
 */
export const HELD_OUT_2: ConductSet = {
  folder: 'tagger-heldout-2',
  files: { en: 'en.conduct.agent.jsonl', zh: 'zh.conduct.agent.jsonl' },
  authors: { en: 'H', zh: 'I' },
};

/**
 * Held-out set 3 (author T, both languages, written during the conduct6 round and never shown to it):
 * 26-36 lines per conduct label — implied blame, sarcasm, roundabout requests for codes among them —
 * and 93 / 98 hard negatives, self-entry instructions with a warning among them.
 */
export const HELD_OUT_3: ConductSet = {
  folder: 'tagger-heldout-3',
  files: { en: 'en.conduct.agent.jsonl', zh: 'zh.conduct.agent.jsonl' },
  authors: { en: 'T', zh: 'T' },
};

/**
 * Held-out set 4 (author AM, both languages, written 2026-12-03 during the conduct retrain with
 * authors AK and AL and never shown to it): 25-32 lines per conduct label, 83 / 86 hard negatives.
 */
export const HELD_OUT_4: ConductSet = {
  folder: 'tagger-heldout-4',
  files: { en: 'en.conduct.agent.jsonl', zh: 'zh.conduct.agent.jsonl' },
  authors: { en: 'AM', zh: 'AM' },
};

/**
 * Development set 2 (authors L en and M zh, same brief as the training authors, conduct-dense):
 * never trained on (training on it made the judge's good conversations fail), free to tune against.
 */
export const DEV_2: ConductSet = {
  folder: 'tagger-dev-2',
  files: { en: 'l.agent.en.jsonl', zh: 'm.agent.zh.jsonl' },
  authors: { en: 'L', zh: 'M' },
};

export function conductSetReplies(set: ConductSet): AuthoredReply[] {
  return (['en', 'zh'] as const).flatMap((lang) =>
    readJsonl(
      resolve(PACKAGE_ROOT, 'test/fixtures/authored', set.folder, set.files[lang]),
      AuthoredReply,
    ).map((r) => ({ ...r, author: set.authors[lang] })),
  );
}

export interface ConductSetFigures {
  lang: Lang;
  lines: number;
  conduct: ReturnType<typeof multiLabel>;
  /** Lines without conduct (polite hard negatives, mostly) given a conduct label: each makes the customer snap at a polite trainee. */
  hardNegatives: { n: number; flagged: number; rate: number };
  primaryAccuracy: number;
}

/** Aggregate figures only: no line of the set is printed. */
export function conductSetFigures(tagger: StrategyTagger, set: ConductSet): ConductSetFigures[] {
  const rows = conductSetReplies(set).map((r) => ({
    r,
    t: tagger.tag({ text: r.text, context: r.context }),
  }));
  return (['en', 'zh'] as const).map((lang) => {
    const mine = rows.filter(({ r }) => r.lang === lang);
    const hard = mine.filter(
      ({ r }) => r.note?.startsWith('hard negative') || (!r.conduct.length && set === DEV_2),
    );
    const flagged = hard.filter(({ t }) => t.conduct.length > 0).length;
    return {
      lang,
      lines: mine.length,
      conduct: multiLabel(
        CONDUCT_LABELS,
        mine.map(({ r, t }) => ({ gold: r.conduct, predicted: t.conduct.map((x) => x.label) })),
      ),
      hardNegatives: { n: hard.length, flagged, rate: hard.length ? flagged / hard.length : 0 },
      primaryAccuracy: evaluate(mine.map(({ r, t }) => ({ gold: r.primary, predicted: t.primary }))).accuracy,
    };
  });
}
