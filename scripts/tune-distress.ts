// Model selection for the customer distress model by cross-validation over the training authors:
//   npx tsx scripts/tune-distress.ts '{"options":{"positiveWeight":2},"kindThreshold":0.4}'
import { DISTRESS_KINDS } from '../src/csc/distress/kinds.ts';
import { DistressModel, THRESHOLDS } from '../src/csc/distress/model.ts';
import { DISTRESS_OPTIONS, trainDistressModel } from '../src/csc/distress/train.ts';
import { TRAIN_AUTHORS, trainingCustomerLines } from '../src/csc/tagger/authored.ts';
import { multiLabel } from '../src/csc/tagger/metrics.ts';

const cfg = JSON.parse(process.argv[2] ?? '{}');
Object.assign(DISTRESS_OPTIONS, cfg.options ?? {});
Object.assign(THRESHOLDS, cfg.thresholds ?? {});
const all = trainingCustomerLines();
const items: { gold: string[]; predicted: string[] }[] = [];
let exact = 0;
let matched = 0;
for (const author of TRAIN_AUTHORS) {
  const model = new DistressModel(trainDistressModel(all.filter((l) => l.author !== author)));
  for (const l of all.filter((x) => x.author === author)) {
    const found = model.detect(l.text);
    items.push({ gold: l.distress.map((d) => d.kind), predicted: found.map((d) => d.kind) });
    for (const d of found) {
      const g = l.distress.find((x) => x.kind === d.kind);
      if (!g) continue;
      matched++;
      if (g.intensity === d.intensity) exact++;
    }
  }
}
const kinds = multiLabel(DISTRESS_KINDS, items);
const any = multiLabel(
  ['any'],
  items.map((i) => ({ gold: i.gold.length ? ['any'] : [], predicted: i.predicted.length ? ['any'] : [] })),
);
console.log(
  JSON.stringify(cfg),
  `kinds macro-F1 ${kinds.macroF1.toFixed(3)}`,
  kinds.labels.map((l) => `${l.label} ${l.f1.toFixed(3)}`).join(' '),
  `any F1 ${any.labels[0]?.f1.toFixed(3)}`,
  `intensity exact ${(exact / matched).toFixed(3)}`,
);
