import {
  type DatasetName,
  foldOf,
  isHeldOut,
  type LabelledUtterance,
  readDataset,
  toExample,
} from './dataset.ts';
import type { LinearModel } from './model.ts';
import { type TrainOptions, trainLinearModel } from './train.ts';

/**
 * How the shipped model is trained: the corpora's non-held-out dialogues plus the project's own
 * 12-strategy fixture (weighted up: it is small but it is the product's domain).
 */
export const FIXTURE_WEIGHT = 10;
export const TRAIN_OPTIONS: TrainOptions = {
  epochs: 30,
  learningRate: 0.05,
  l2: 1e-5,
  minCount: 2,
  seed: 7,
  cuePrior: 1,
};
export const CORPORA: readonly DatasetName[] = ['multiwoz', 'crosswoz'];
export const FIXTURES: readonly DatasetName[] = ['fixture-en', 'fixture-zh'];
export const CV_FOLDS = 4;

export function trainFrom(
  corpus: readonly LabelledUtterance[],
  fixture: readonly LabelledUtterance[],
): LinearModel {
  const examples = [...corpus.map((u) => toExample(u)), ...fixture.map((u) => toExample(u, FIXTURE_WEIGHT))];
  return trainLinearModel(examples, TRAIN_OPTIONS);
}

export function loadTrainingData() {
  const corpus = CORPORA.flatMap((name) => readDataset(name));
  const fixture = FIXTURES.flatMap((name) => readDataset(name));
  return { corpusTrain: corpus.filter((u) => !isHeldOut(u)), fixture };
}

/** Out-of-fold predictions for every fixture record: each fold is predicted by a model that never saw it. */
export function crossValidatedModels(): { model: LinearModel; fold: number }[] {
  const { corpusTrain, fixture } = loadTrainingData();
  return Array.from({ length: CV_FOLDS }, (_, fold) => ({
    fold,
    model: trainFrom(
      corpusTrain,
      fixture.filter((u) => foldOf(u, CV_FOLDS) !== fold),
    ),
  }));
}
