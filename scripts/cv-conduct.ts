// Conduct cross-validation that is hard to fool (never the held-out set):
//   npx tsx scripts/cv-conduct.ts [loao|strict|both] ['{"prior":{"weight":2}}']
// loao: leave one training author out (our own lines stay in training);
// strict: train on the en+zh lines of two authors only (no own lines), test on the third.
// Prints strategy macro-F1 and per-label conduct precision/recall/F1 per language at the shipped
// thresholds, and the conduct false-positive rate on the polite probe lines scored out of fold.
import { CONDUCT_LABELS } from '../src/csc/conduct/labels.ts';
import { type AuthoredReply, OWN_AUTHOR, politeProbe, TRAIN_AUTHORS } from '../src/csc/tagger/authored.ts';
import { evaluate } from '../src/csc/tagger/metrics.ts';
import * as recipe from '../src/csc/tagger/recipe.ts';
import { CONDUCT_THRESHOLD, CONDUCT_THRESHOLDS, StrategyTagger } from '../src/csc/tagger/tagger.ts';
import { applyRecipeOverrides } from './recipe-overrides.ts';

const scheme = process.argv[2] ?? 'both';
const cfg = JSON.parse(process.argv[3] ?? '{}');
applyRecipeOverrides(cfg);
const thresholds = CONDUCT_LABELS.map((l) => cfg.th?.[l] ?? CONDUCT_THRESHOLDS[l] ?? CONDUCT_THRESHOLD);
const f3 = (x: number) => x.toFixed(3);
/**
 * `{"probeTrain":false}`: the probe lines are not trained on at all (the figures before they were
 * written); `{"drop":"-c9-"}`: training lines whose id matches are left out.
 */
const load = (without?: string) => {
  const set = recipe.loadTrainingSet(without);
  if (cfg.probeTrain === false) set.replies = set.replies.filter((r) => !r.id.startsWith('probe-'));
  if (cfg.drop) set.replies = set.replies.filter((r) => !new RegExp(cfg.drop).test(r.id));
  return set;
};

interface Scored {
  r: AuthoredReply;
  primary: string;
  p: number[];
}

function run(strict: boolean): void {
  const all = recipe.loadTrainingSet();
  const out: Scored[] = [];
  for (const author of TRAIN_AUTHORS) {
    const set = load(author);
    if (strict) {
      set.replies = set.replies.filter((r) => r.author !== OWN_AUTHOR);
      set.customers = set.customers.filter((r) => r.author !== OWN_AUTHOR);
    }
    const m = recipe.trainModels(set);
    const tagger = new StrategyTagger(m.reply, m.distress, true);
    for (const r of all.replies.filter((x) => x.author === author)) {
      const t = tagger.tag({ text: r.text, context: r.context });
      out.push({ r, primary: t.primary, p: tagger.lastConductProbabilities() });
    }
  }
  console.log(`## ${strict ? 'strict: two authors en+zh -> third' : 'leave one author out (own lines in)'}`);
  for (const lang of ['en', 'zh']) {
    const rows = out.filter((o) => o.r.lang === lang);
    const strat = rows.filter((o) => o.r.conduct.every((c) => c === 'off-topic') && !o.r.conductOnly);
    const s = evaluate(strat.map((o) => ({ gold: o.r.primary, predicted: o.primary as never })));
    const cells = CONDUCT_LABELS.map((label, k) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const o of rows) {
        const g = o.r.conduct.includes(label);
        const p = (o.p[k] as number) >= (thresholds[k] as number);
        if (g && p) tp++;
        else if (p) fp++;
        else if (g) fn++;
      }
      const prec = tp / Math.max(1, tp + fp);
      const rec = tp / Math.max(1, tp + fn);
      return { label, prec, rec, f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0, n: tp + fn };
    });
    const macro = cells.reduce((a, c) => a + c.f1, 0) / cells.length;
    console.log(
      `${lang}: strategy macro-F1 ${f3(s.macroF1)} (n ${strat.length}); conduct macro-F1 ${f3(macro)}`,
    );
    for (const c of cells)
      console.log(`  ${c.label.padEnd(15)} P ${f3(c.prec)} R ${f3(c.rec)} F1 ${f3(c.f1)} (n ${c.n})`);
  }
  console.log(`  F1 pooled over en+zh at ${GRID.join('/')}:`);
  CONDUCT_LABELS.forEach((label, k) => {
    const fs = GRID.map((th) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const o of out) {
        const g = o.r.conduct.includes(label);
        const p = (o.p[k] as number) >= th;
        if (g && p) tp++;
        else if (p) fp++;
        else if (g) fn++;
      }
      return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    });
    console.log(`    ${label.padEnd(15)} ${fs.map(f3).join('/')}`);
  });
}
const GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];

/** The probe lines in two halves, each scored by a model trained without it (own lines otherwise in). */
function probeOutOfFold(): void {
  const probe = politeProbe();
  const halves = [0, 1].map((h) => probe.filter((_, i) => i % 2 === h));
  const flagged: Record<string, { n: number; fp: number; lines: string[] }> = {};
  const probs: number[][] = [];
  for (const half of halves) {
    const set = load();
    const out = new Set(half.map((r) => r.id));
    set.replies = set.replies.filter((r) => !out.has(r.id));
    const m = recipe.trainModels(set);
    const tagger = new StrategyTagger(m.reply, m.distress, true);
    for (const r of half) {
      tagger.tag({ text: r.text, context: r.context });
      const p = tagger.lastConductProbabilities();
      probs.push(p);
      const labels = CONDUCT_LABELS.filter((_, k) => (p[k] as number) >= (thresholds[k] as number));
      const f = flagged[r.lang] ?? { n: 0, fp: 0, lines: [] };
      flagged[r.lang] = f;
      f.n++;
      if (labels.length) {
        f.fp++;
        f.lines.push(`${labels.join('+')}: ${r.text}`);
      }
    }
  }
  console.log(`probe lines flagged per label (both languages) at ${GRID.join('/')}:`);
  CONDUCT_LABELS.forEach((label, k) => {
    const counts = GRID.map((th) => probs.filter((p) => (p[k] as number) >= th).length);
    console.log(`    ${label.padEnd(15)} ${counts.join('/')}`);
  });

  for (const [lang, f] of Object.entries(flagged))
    console.log(
      `probe ${lang} (out of fold): ${f.fp}/${f.n} flagged = ${f3(f.fp / f.n)}\n    ${f.lines.join('\n    ')}`,
    );
}

console.log(JSON.stringify(cfg));
if (scheme !== 'strict') run(false);
if (scheme !== 'loao') run(true);
if (!cfg.noProbe) probeOutOfFold();
