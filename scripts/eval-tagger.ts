// npm run eval:tagger — the tagger's figures, held-out sets first:
//   0. held-out set 4, author AM (en + zh), written during the third conduct retrain: conduct as below;
//   0. held-out set 3, author T (en + zh), written during the conduct6 round: conduct as below;
//   0. held-out set 2, authors H (en) and I (zh), written after every tuning round: conduct per label
//      and the hard negatives (polite lines) given a conduct label;
//   1. held-out authors D (en) and E (zh), never trained or tuned on: strategies (per label, confusion,
//      calibration), conduct per label, customer distress per kind and intensity;
//   2. cross-validation by training author (train without one, test on it), same figures;
//   3. the corpora's held-out dialogues (regression guards).
// Only aggregate figures are printed. Flags: --no-held-out (for tuning), --no-cv, --no-corpora.
import { shippedDistress } from '../src/csc/distress.ts';
import { TRAIN_AUTHORS } from '../src/csc/tagger/authored.ts';
import {
  type ConductSet,
  conductSetFigures,
  DEV_2,
  HELD_OUT_2,
  HELD_OUT_3,
  HELD_OUT_4,
} from '../src/csc/tagger/conduct-sets.ts';
import {
  corpusFigures,
  crossAuthorFigures,
  heldOutFigures,
  type LangFigures,
} from '../src/csc/tagger/evaluation.ts';
import { formatBinary, formatCalibration, formatReport } from '../src/csc/tagger/metrics.ts';
import { defaultTagger } from '../src/csc/tagger/tagger.ts';

const flags = new Set(process.argv.slice(2));
const f3 = (x: number) => x.toFixed(3);

function print(title: string, figures: LangFigures[]): void {
  console.log(`# ${title}\n`);
  for (const f of figures) {
    const s = f.strategies;
    const worst = [...s.labels].filter((l) => l.support).sort((a, b) => a.f1 - b.f1)[0];
    console.log(
      `## ${f.lang}: strategy macro-F1 ${f3(s.macroF1)}, EM F1 ${f3(s.labels.find((l) => l.code === 'EM')?.f1 ?? 0)}, ` +
        `lowest ${worst?.code} ${f3(worst?.f1 ?? 0)}; conduct macro-F1 ${f3(f.conduct.macroF1)}; ` +
        `distress macro-F1 ${f3(f.distress.kinds.macroF1)}\n`,
    );
    console.log(formatReport(`${f.lang} strategies (primary label)`, s));
    console.log(formatCalibration(`${f.lang} calibration of the primary label's confidence`, f.calibration));
    console.log(
      `### ${f.lang} primary label on the conduct lines: records ${f.conductLinesPrimary.n}, accuracy ${f3(f.conductLinesPrimary.accuracy)}\n`,
    );
    console.log(formatBinary(`${f.lang} conduct (strategy and conduct lines)`, f.conduct));
    const d = f.distress;
    console.log(formatBinary(`${f.lang} customer distress by kind`, d.kinds));
    console.log(
      `any distress: precision ${f3(d.any.precision)} recall ${f3(d.any.recall)} F1 ${f3(d.any.f1)}; ` +
        `intensity of found kinds: exact ${f3(d.intensityExact)}, mean abs. error ${f3(d.intensityMae)}\n`,
    );
  }
}

const started = performance.now();
function printConductSet(title: string, set: ConductSet): void {
  console.log(`# ${title}\n`);
  for (const f of conductSetFigures(defaultTagger(), set)) {
    const h = f.hardNegatives;
    console.log(
      `## ${f.lang}: ${f.lines} lines, conduct macro-F1 ${f3(f.conduct.macroF1)}; lines without conduct given a ` +
        `conduct label ${h.flagged}/${h.n} (${f3(h.rate)}); primary strategy accuracy ${f3(f.primaryAccuracy)}\n`,
    );
    console.log(formatBinary(`${f.lang} conduct (${set.folder})`, f.conduct));
  }
}

if (!flags.has('--no-held-out'))
  printConductSet('Held-out set 4 (author AM, en + zh): conduct, never trained or tuned on', HELD_OUT_4);
if (!flags.has('--no-held-out'))
  printConductSet('Held-out set 3 (author T, en + zh): conduct, never trained or tuned on', HELD_OUT_3);
if (!flags.has('--no-held-out'))
  printConductSet('Held-out set 2 (authors H en, I zh): conduct, never trained or tuned on', HELD_OUT_2);
if (!flags.has('--no-held-out'))
  print(
    'Held-out authors (D en, E zh): never trained or tuned on',
    heldOutFigures(defaultTagger(), shippedDistress()),
  );
printConductSet('Development set 2 (authors L en, M zh): conduct, never trained on, tuned against', DEV_2);
if (!flags.has('--no-cv'))
  print(
    `Cross-validation by training author (${TRAIN_AUTHORS.join(', ').toUpperCase()}; pooled)`,
    crossAuthorFigures(),
  );
if (!flags.has('--no-corpora')) {
  console.log('# Corpora, held-out dialogues (regression guards)\n');
  for (const { name, report } of corpusFigures(defaultTagger())) console.log(formatReport(name, report));
}
console.log(`(evaluation took ${Math.round(performance.now() - started)} ms)`);
