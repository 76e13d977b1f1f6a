import { CONDUCT_LABELS } from '../conduct/labels.ts';
import type { DistressTag } from '../distress/kinds.ts';
import { DISTRESS_KINDS } from '../distress/kinds.ts';
import type { DistressModel } from '../distress/model.ts';
import type { Lang } from '../text.ts';
import {
  type AuthoredCustomerLine,
  type AuthoredReply,
  heldOutCustomerLines,
  heldOutReplies,
  politeProbe,
  TRAIN_AUTHORS,
} from './authored.ts';
import { isHeldOut, readDataset } from './dataset.ts';
import { type BinaryStats, calibration, type EvalReport, evaluate, multiLabel } from './metrics.ts';
import { loadTrainingSet, trainModels } from './recipe.ts';
import { StrategyTagger, type TagResult } from './tagger.ts';

export interface DistressReport {
  kinds: ReturnType<typeof multiLabel>;
  /** Any distress at all (what the EM rule reads). */
  any: BinaryStats;
  /** Share of correctly found kinds whose intensity (1-3) is exact, and the mean absolute error. */
  intensityExact: number;
  intensityMae: number;
}

export interface LangFigures {
  lang: Lang;
  /** Primary strategy on the strategy lines. */
  strategies: EvalReport;
  /** Primary strategy on lines written to show conduct (their strategy is often OT or ID). */
  conductLinesPrimary: EvalReport;
  conduct: ReturnType<typeof multiLabel>;
  distress: DistressReport;
  /** Primary-label confidence against accuracy, on the strategy lines. */
  calibration: ReturnType<typeof calibration>;
}

type Tag = (r: AuthoredReply) => TagResult;
type Detect = (l: AuthoredCustomerLine) => DistressTag[];

function distressReport(detect: Detect, lines: readonly AuthoredCustomerLine[]): DistressReport {
  const items: { gold: string[]; predicted: string[] }[] = [];
  let exact = 0;
  let err = 0;
  let matched = 0;
  for (const l of lines) {
    const found = detect(l);
    items.push({ gold: l.distress.map((d) => d.kind), predicted: found.map((d) => d.kind) });
    for (const d of found) {
      const gold = l.distress.find((g) => g.kind === d.kind);
      if (!gold) continue;
      matched++;
      if (gold.intensity === d.intensity) exact++;
      err += Math.abs(gold.intensity - d.intensity);
    }
  }
  const any = multiLabel(
    ['any'],
    items.map((i) => ({ gold: i.gold.length ? ['any'] : [], predicted: i.predicted.length ? ['any'] : [] })),
  ).labels[0] as BinaryStats;
  return {
    kinds: multiLabel(DISTRESS_KINDS, items),
    any,
    intensityExact: matched ? exact / matched : 0,
    intensityMae: matched ? err / matched : 0,
  };
}

/** Figures on reply lines and customer lines of one language. */
export function figuresFor(
  lang: Lang,
  tag: Tag,
  detect: Detect,
  strategyLines: readonly AuthoredReply[],
  conductLines: readonly AuthoredReply[],
  customerLines: readonly AuthoredCustomerLine[],
): LangFigures {
  const tagged = (rows: readonly AuthoredReply[]) => rows.map((r) => ({ r, t: tag(r) }));
  const s = tagged(strategyLines);
  const c = tagged(conductLines);
  const primary = (rows: typeof s) =>
    evaluate(rows.map(({ r, t }) => ({ gold: r.primary, predicted: t.primary })));
  return {
    lang,
    strategies: primary(s),
    conductLinesPrimary: primary(c),
    conduct: multiLabel(
      CONDUCT_LABELS,
      [...s, ...c].map(({ r, t }) => ({ gold: r.conduct, predicted: t.conduct.map((x) => x.label) })),
    ),
    distress: distressReport(detect, customerLines),
    calibration: calibration(
      s.map(({ r, t }) => ({
        confidence: t.strategies.find((x) => x.code === t.primary)?.confidence ?? 0,
        correct: t.primary === r.primary,
      })),
    ),
  };
}

/** The shipped tagger on the held-out authors D (en) and E (zh): aggregate figures only. */
export function heldOutFigures(tagger: StrategyTagger, distress: DistressModel): LangFigures[] {
  const strategies = heldOutReplies('strategies');
  const conduct = heldOutReplies('conduct');
  const customers = heldOutCustomerLines();
  return (['en', 'zh'] as const).map((lang) =>
    figuresFor(
      lang,
      (r) => tagger.tag({ text: r.text, context: r.context }),
      (l) => distress.detect(l.text),
      strategies.filter((r) => r.lang === lang),
      conduct.filter((r) => r.lang === lang),
      customers.filter((r) => r.lang === lang),
    ),
  );
}

/** Lines written to show conduct other than off-topic count as conduct lines, as in the held-out files. */
const showsConduct = (r: AuthoredReply) => r.conduct.some((c) => c !== 'off-topic');

/**
 * Cross-validation by author: for each training author, models trained without that author tag
 * that author's lines; the figures pool the folds.
 */
export function crossAuthorFigures(): LangFigures[] {
  const all = loadTrainingSet();
  const folds = new Map(
    TRAIN_AUTHORS.map((author) => {
      const models = trainModels(loadTrainingSet(author));
      return [
        author as string,
        { tagger: new StrategyTagger(models.reply, models.distress), distress: models.distress },
      ];
    }),
  );
  const fold = (author: string) => folds.get(author) as { tagger: StrategyTagger; distress: DistressModel };
  const inFolds = <T extends { author: string }>(rows: T[]) => rows.filter((r) => folds.has(r.author));
  return (['en', 'zh'] as const).map((lang) => {
    const replies = inFolds(all.replies).filter((r) => r.lang === lang);
    return figuresFor(
      lang,
      (r) => fold(r.author).tagger.tag({ text: r.text, context: r.context }),
      (l) => fold(l.author).distress.detect(l.text),
      // Lines written for their conduct only never train the strategy output, so they do not test it either.
      replies.filter((r) => !showsConduct(r) && !r.conductOnly),
      replies.filter(showsConduct),
      inFolds(all.customers).filter((l) => l.lang === lang),
    );
  });
}

/** The shipped tagger on the corpora's held-out dialogues (regression guards). */
export function corpusFigures(tagger: StrategyTagger): { name: string; report: EvalReport }[] {
  return (['multiwoz', 'crosswoz'] as const).map((name) => ({
    name,
    report: evaluate(
      readDataset(name)
        .filter(isHeldOut)
        .map((u) => ({ gold: u.label, predicted: tagger.tag({ text: u.text, context: u.context }).primary })),
    ),
  }));
}

/**
 * The share of the polite probe lines (no conduct by LABELS.md; trained on) the tagger flags, per
 * language; `scripts/cv-conduct.ts` gives the same rate out of fold.
 */
export function politeProbeFalsePositives(
  tagger: StrategyTagger,
): { lang: Lang; n: number; flagged: number }[] {
  const probe = politeProbe();
  return (['en', 'zh'] as const).map((lang) => {
    const rows = probe.filter((r) => r.lang === lang);
    const flagged = rows.filter(
      (r) => tagger.tag({ text: r.text, context: r.context }).conduct.length,
    ).length;
    return { lang, n: rows.length, flagged };
  });
}
