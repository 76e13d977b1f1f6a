import { resolve } from 'node:path';
import { CONDUCT_LABELS } from '../conduct/labels.ts';
import type { Lang } from '../text.ts';
import { AuthoredReply, readJsonl } from './authored.ts';
import { PACKAGE_ROOT } from './dataset.ts';
import { evaluate, multiLabel } from './metrics.ts';
import type { StrategyTagger } from './tagger.ts';

/**
 * Held-out set 2 (authors H en and I zh, written after every tuning round so far, briefed with the
 * label definitions only): conduct lines, 30 or so per label, and 100 hard negatives a language —
 * polite refusals, honest limits, neutral causes that name the customer — that must carry no conduct.
 */
export function heldOut2Replies(): AuthoredReply[] {
  return ['en', 'zh'].flatMap((lang) =>
    readJsonl(
      resolve(PACKAGE_ROOT, 'test/fixtures/authored/tagger-heldout-2', `${lang}.conduct.agent.jsonl`),
      AuthoredReply,
    ).map((r) => ({ ...r, author: lang === 'en' ? 'H' : 'I' })),
  );
}

export interface HeldOut2Figures {
  lang: Lang;
  lines: number;
  conduct: ReturnType<typeof multiLabel>;
  /** Hard negatives given any conduct label (each one makes the customer snap at a polite trainee). */
  hardNegatives: { n: number; flagged: number; rate: number };
  primaryAccuracy: number;
}

/** Aggregate figures only: no line of the set is printed. */
export function heldOut2Figures(tagger: StrategyTagger): HeldOut2Figures[] {
  const rows = heldOut2Replies().map((r) => ({ r, t: tagger.tag({ text: r.text, context: r.context }) }));
  return (['en', 'zh'] as const).map((lang) => {
    const mine = rows.filter(({ r }) => r.lang === lang);
    const hard = mine.filter(({ r }) => r.note === 'hard negative');
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
