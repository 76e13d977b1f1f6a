// Model selection for the strategy tagger: cross-validated fixture macro-F1 and corpus held-out
// macro-F1 for each training configuration given as JSON, e.g.
//   npx tsx scripts/tune-tagger.ts '[{"fixtureWeight":6,"options":{"cuePrior":1}}]'

import type { StrategyCode } from '../src/csc/strategies.ts';
import {
  foldOf,
  isHeldOut,
  type LabelledUtterance,
  readDataset,
  toExample,
} from '../src/csc/tagger/dataset.ts';
import { evaluate } from '../src/csc/tagger/metrics.ts';
import { CV_FOLDS, FIXTURE_WEIGHT, TRAIN_OPTIONS } from '../src/csc/tagger/recipe.ts';
import { StrategyTagger } from '../src/csc/tagger/tagger.ts';
import { type TrainOptions, trainLinearModel } from '../src/csc/tagger/train.ts';

interface Config {
  fixtureWeight: number;
  options?: TrainOptions;
}

const corpus = [...readDataset('multiwoz'), ...readDataset('crosswoz')];
const corpusExamples = corpus.filter((u) => !isHeldOut(u)).map((u) => toExample(u));
const heldOut = corpus.filter(isHeldOut);
const fixture = [...readDataset('fixture-en'), ...readDataset('fixture-zh')];
const predict = (t: StrategyTagger, u: LabelledUtterance) =>
  t.tag({ text: u.text, context: u.context, turn: u.turn, upset: u.upset }).primary;

type Pair = { gold: StrategyCode; predicted: StrategyCode };
// Without an argument: the shipped recipe, so the default figures describe the shipped model.
const configs = (
  process.argv[2] ? JSON.parse(process.argv[2]) : [{ fixtureWeight: FIXTURE_WEIGHT, options: TRAIN_OPTIONS }]
) as Config[];
for (const config of configs) {
  const pairs: Record<string, Pair[]> = { en: [], zh: [] };
  let firstFold: StrategyTagger | undefined;
  for (let fold = 0; fold < CV_FOLDS; fold++) {
    const training = fixture
      .filter((u) => foldOf(u, CV_FOLDS) !== fold)
      .map((u) => toExample(u, config.fixtureWeight));
    const tagger = new StrategyTagger(trainLinearModel([...corpusExamples, ...training], config.options));
    firstFold ??= tagger;
    for (const u of fixture.filter((x) => foldOf(x, CV_FOLDS) === fold)) {
      pairs[u.lang]?.push({ gold: u.label, predicted: predict(tagger, u) });
    }
  }
  const figures = [
    `fixture-en=${evaluate(pairs.en ?? []).macroF1.toFixed(3)}`,
    `fixture-zh=${evaluate(pairs.zh ?? []).macroF1.toFixed(3)}`,
  ];
  for (const lang of ['en', 'zh']) {
    const rows = heldOut.filter((u) => u.lang === lang);
    const tagger = firstFold as StrategyTagger;
    figures.push(
      `held-out-${lang}=${evaluate(rows.map((u) => ({ gold: u.label, predicted: predict(tagger, u) }))).macroF1.toFixed(3)}`,
    );
  }
  console.log(JSON.stringify(config), figures.join(' '));
}
