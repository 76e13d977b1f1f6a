// Trains the shipped strategy-tagger weights (src/csc/tagger/model.json) from the corpora and fixtures.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTrainingData, trainFrom } from '../src/csc/tagger/recipe.ts';

const { corpusTrain, fixture } = loadTrainingData();
const started = performance.now();
const model = trainFrom(corpusTrain, fixture);
const file = model.toFile({ corpusTrain: corpusTrain.length, fixture: fixture.length });
const path = fileURLToPath(new URL('../src/csc/tagger/model.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(file)}\n`);
console.log(
  `trained on ${corpusTrain.length} corpus + ${fixture.length} fixture utterances in ${Math.round(performance.now() - started)} ms; ` +
    `${Object.keys(file.weights).length} features -> ${path}`,
);
