// Conduct errors in cross-validation by training author (never the held-out set), for error analysis:
//   npx tsx scripts/conduct-errors.ts [label ...]
// prints each missed (FN) and false (FP) conduct label with its probability, text and context.
import { CONDUCT_LABELS } from '../src/csc/conduct/labels.ts';
import { TRAIN_AUTHORS } from '../src/csc/tagger/authored.ts';
import * as recipe from '../src/csc/tagger/recipe.ts';
import { CONDUCT_THRESHOLD, CONDUCT_THRESHOLDS, StrategyTagger } from '../src/csc/tagger/tagger.ts';

const only = new Set(process.argv.slice(2));
const all = recipe.loadTrainingSet();
for (const author of TRAIN_AUTHORS) {
  const m = recipe.trainModels(recipe.loadTrainingSet(author));
  const tagger = new StrategyTagger(m.reply, m.distress, true);
  for (const r of all.replies.filter((x) => x.author === author)) {
    tagger.tag({ text: r.text, context: r.context });
    const p = tagger.lastConductProbabilities();
    CONDUCT_LABELS.forEach((label, k) => {
      if (only.size && !only.has(label)) return;
      const gold = r.conduct.includes(label);
      const hit = (p[k] as number) >= (CONDUCT_THRESHOLDS[label] ?? CONDUCT_THRESHOLD);
      if (gold === hit) return;
      const kind = gold ? 'FN' : 'FP';
      console.log(
        `${kind} ${label} ${(p[k] as number).toFixed(2)} [${r.id} ${r.conduct.join(',')}] ${r.text}  <<${r.context.slice(0, 80)}>>`,
      );
    });
  }
}
