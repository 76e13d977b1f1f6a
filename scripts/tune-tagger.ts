// Model selection by cross-validation over the training authors (never the held-out set):
//   npx tsx scripts/tune-tagger.ts '{"weights":{"corpus":0.5},"conduct":{"positiveWeight":3}}'
// prints strategy macro-F1 per language and, per conduct label, F1 at several thresholds.
import { CONDUCT_LABELS } from '../src/csc/conduct/labels.ts';
import { type AuthoredReply, TRAIN_AUTHORS } from '../src/csc/tagger/authored.ts';
import { evaluate } from '../src/csc/tagger/metrics.ts';
import * as recipe from '../src/csc/tagger/recipe.ts';
import { TEXT_OPTIONS } from '../src/csc/tagger/recipe-options.ts';
import { RULES, SECONDARY, StrategyTagger } from '../src/csc/tagger/tagger.ts';

const cfg = JSON.parse(process.argv[2] ?? '{}');
Object.assign(recipe.WEIGHTS, cfg.weights ?? {});
Object.assign(recipe.STRATEGY_OPTIONS, cfg.strategy ?? {});
Object.assign(recipe.CONDUCT_OPTIONS, cfg.conduct ?? {});
Object.assign(recipe.CONDUCT_CUE_PRIOR, cfg.prior ?? {});
Object.assign(recipe.CONDUCT_NEGATIVES, cfg.negatives ?? {});
Object.assign(SECONDARY, cfg.secondary ?? {});
Object.assign(RULES, cfg.rules ?? {});
Object.assign(TEXT_OPTIONS, cfg.text ?? {});

const all = recipe.loadTrainingSet();
const out: { r: AuthoredReply; primary: string; conduct: number[]; codes: string[] }[] = [];
for (const author of TRAIN_AUTHORS) {
  const m = recipe.trainModels(recipe.loadTrainingSet(author));
  const tagger = new StrategyTagger(m.reply, m.distress, true);
  for (const r of all.replies.filter((x) => x.author === author)) {
    const t = tagger.tag({ text: r.text, context: r.context });
    out.push({
      r,
      primary: t.primary,
      conduct: tagger.lastConductProbabilities(),
      codes: t.strategies.map((x) => x.code),
    });
  }
}
const f3 = (x: number) => x.toFixed(3);
const line: string[] = [JSON.stringify(cfg)];
for (const lang of ['en', 'zh']) {
  const rows = out.filter((o) => o.r.lang === lang && o.r.conduct.every((c) => c === 'off-topic'));
  line.push(
    `${lang}=${f3(evaluate(rows.map((o) => ({ gold: o.r.primary, predicted: o.primary as never }))).macroF1)}`,
  );
}
let tp = 0;
let fp = 0;
let fn = 0;
for (const o of out) {
  const gold = o.r.strategies.filter((c) => c !== o.r.primary);
  const pred = o.codes.filter((c) => c !== o.primary);
  for (const c of pred)
    if (gold.includes(c as never)) tp++;
    else fp++;
  for (const c of gold) if (!pred.includes(c)) fn++;
}
line.push(
  `secondary P ${f3(tp / Math.max(1, tp + fp))} R ${f3(tp / Math.max(1, tp + fn))} (gold ${tp + fn})`,
);
console.log(line.join(' '));
const thresholds = [0.2, 0.3, 0.4, 0.5, 0.6];
for (const lang of ['en', 'zh']) {
  const rows = out.filter((o) => o.r.lang === lang);
  const cells = CONDUCT_LABELS.map((label, k) => {
    const f = thresholds.map((th) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const o of rows) {
        const g = o.r.conduct.includes(label);
        const p = (o.conduct[k] as number) >= th;
        if (g && p) tp++;
        else if (p) fp++;
        else if (g) fn++;
      }
      return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    });
    return `${label} ${f.map(f3).join('/')}`;
  });
  const macro = thresholds.map(
    (_, i) =>
      cells.length &&
      f3(cells.reduce((s, c) => s + Number(c.split(' ')[1]?.split('/')[i]), 0) / cells.length),
  );
  console.log(
    `  ${lang} conduct F1 at ${thresholds.join('/')}: macro ${macro.join('/')}\n    ${cells.join('\n    ')}`,
  );
}
if (cfg.errors) {
  const th = cfg.th ?? 0.3;
  for (const o of out) {
    if (cfg.lang && o.r.lang !== cfg.lang) continue;
    CONDUCT_LABELS.forEach((label, k) => {
      if (cfg.label && cfg.label !== label) return;
      const g = o.r.conduct.includes(label);
      const p = (o.conduct[k] as number) >= th;
      if (g !== p)
        console.log(
          `${g ? 'MISS' : 'FP  '} ${label} ${f3(o.conduct[k] as number)} ${o.r.text}  || ${o.r.context}`,
        );
    });
  }
}
if (cfg.corpora) {
  const { corpusFigures } = await import('../src/csc/tagger/evaluation.ts');
  const m = recipe.trainModels(all);
  const figs = corpusFigures(new StrategyTagger(m.reply, m.distress));
  console.log('corpora held-out:', figs.map((f) => `${f.name}=${f3(f.report.macroF1)}`).join(' '));
}
