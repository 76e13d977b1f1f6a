// Prints the strategy tagger's evaluation: per-label P/R/F1, macro-F1, accuracy, confusion matrices.

import { runEvaluation } from '../src/csc/tagger/evaluation.ts';
import { formatReport } from '../src/csc/tagger/metrics.ts';
import { defaultTagger } from '../src/csc/tagger/tagger.ts';

const started = performance.now();
for (const run of runEvaluation(defaultTagger())) console.log(formatReport(run.name, run.report));
console.log(`(evaluation took ${Math.round(performance.now() - started)} ms)`);
