import type { StrategyCode } from '../strategies.ts';
import { type DatasetName, foldOf, isHeldOut, type LabelledUtterance, readDataset } from './dataset.ts';
import { type EvalReport, evaluate } from './metrics.ts';
import { CORPORA, CV_FOLDS, crossValidatedModels, FIXTURES } from './recipe.ts';
import { StrategyTagger } from './tagger.ts';

const predict = (tagger: StrategyTagger, u: LabelledUtterance): StrategyCode =>
  tagger.tag({ text: u.text, context: u.context, turn: u.turn, upset: u.upset }).primary;

export interface EvaluationRun {
  name: string;
  report: EvalReport;
}

/** The tagger's figures: shipped model on the corpora's held-out dialogues (and whole files), fixtures cross-validated. */
export function runEvaluation(shipped: StrategyTagger): EvaluationRun[] {
  const runs: EvaluationRun[] = [];
  for (const name of CORPORA) {
    const data = readDataset(name);
    const score = (rows: LabelledUtterance[]) =>
      evaluate(rows.map((u) => ({ gold: u.label, predicted: predict(shipped, u) })));
    runs.push({
      name: `${name} held-out dialogues (never trained on)`,
      report: score(data.filter(isHeldOut)),
    });
    runs.push({ name: `${name} whole dev file (80% was trained on)`, report: score(data) });
  }
  const folds = crossValidatedModels().map(({ fold, model }) => ({
    fold,
    tagger: new StrategyTagger(model),
  }));
  for (const name of FIXTURES as DatasetName[]) {
    const data = readDataset(name);
    if (!data.length) continue;
    const pairs = data.map((u) => {
      const fold = folds[foldOf(u, CV_FOLDS)] as (typeof folds)[number];
      return { gold: u.label, predicted: predict(fold.tagger, u) };
    });
    runs.push({ name: `${name} ${CV_FOLDS}-fold cross-validation`, report: evaluate(pairs) });
  }
  return runs;
}
