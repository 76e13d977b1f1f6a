// Trains the shipped tagger weights (src/csc/tagger/model.json): the agent-reply model (strategies +
// conduct) and the customer distress model, from the training authors, the project fixture and the
// corpora's non-held-out dialogues. Never from test/fixtures/authored/tagger-heldout.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HashedModel } from '../src/csc/tagger/hashed-model.ts';
import { loadTrainingSet, trainModels } from '../src/csc/tagger/recipe.ts';
import { SHIPPED_PATH, type ShippedFile } from '../src/csc/tagger/shipped.ts';

const started = performance.now();
const set = loadTrainingSet();
const { reply, distress } = trainModels(set);
const counts = {
  corpus: set.corpus.length,
  fixture: set.fixture.length,
  replies: set.replies.length,
  customerLines: set.customers.length,
};
const file: ShippedFile = {
  tagger: HashedModel.toFile(reply.columns, reply.bits, reply.rows(), counts),
  distress: HashedModel.toFile(distress.model.columns, distress.model.bits, distress.model.rows(), {
    customerLines: set.customers.length,
  }),
};
const path = fileURLToPath(SHIPPED_PATH);
writeFileSync(path, `${JSON.stringify(file)}\n`);
console.log(
  `trained on ${JSON.stringify(counts)} in ${Math.round(performance.now() - started)} ms; ` +
    `${reply.rowCount} reply-model and ${distress.model.rowCount} distress-model features -> ${path}`,
);
