// Conduct figures on development set 2 only (authors L en / M zh; never trained on, free to tune
// against), never a held-out set:
//   npx tsx scripts/eval-conduct-dev.ts            the shipped weights
//   npx tsx scripts/eval-conduct-dev.ts train '{"conduct":{"positiveWeight":3}}'
// `train` trains in memory with the shipped recipe (overrides as in scripts/cv-conduct.ts) first.
import { conductSetFigures, DEV_2 } from '../src/csc/tagger/conduct-sets.ts';
import * as recipe from '../src/csc/tagger/recipe.ts';
import { defaultTagger, StrategyTagger } from '../src/csc/tagger/tagger.ts';
import { applyRecipeOverrides } from './recipe-overrides.ts';

const train = process.argv[2] === 'train';
const cfg = JSON.parse(process.argv[3] ?? '{}');
applyRecipeOverrides(cfg);

function tagger(): StrategyTagger {
  if (!train) return defaultTagger();
  const m = recipe.trainModels(recipe.loadTrainingSet());
  return new StrategyTagger(m.reply, m.distress);
}

const f3 = (x: number) => x.toFixed(3);
console.log(`dev-2 conduct (${train ? `trained in memory ${JSON.stringify(cfg)}` : 'shipped weights'})`);
for (const f of conductSetFigures(tagger(), DEV_2)) {
  const { n, flagged, rate } = f.hardNegatives;
  console.log(
    `${f.lang}: ${f.lines} lines, conduct macro-F1 ${f3(f.conduct.macroF1)}; lines without conduct flagged ${flagged}/${n} = ${f3(rate)}`,
  );
  for (const c of f.conduct.labels)
    console.log(
      `  ${c.label.padEnd(15)} P ${f3(c.precision)} R ${f3(c.recall)} F1 ${f3(c.f1)} (n ${c.support})`,
    );
}
