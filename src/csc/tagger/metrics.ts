import { STRATEGY_CODES, type StrategyCode } from '../strategies.ts';

export interface LabelStats {
  code: StrategyCode;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  n: number;
  accuracy: number;
  /** Macro-F1 over labels with at least `minSupport` gold records. */
  macroF1: number;
  macroLabels: StrategyCode[];
  labels: LabelStats[];
  confusion: Record<StrategyCode, Record<StrategyCode, number>>;
}

export function evaluate(
  pairs: readonly { gold: StrategyCode; predicted: StrategyCode }[],
  minSupport = 30,
): EvalReport {
  const zeroRow = () => Object.fromEntries(STRATEGY_CODES.map((c) => [c, 0])) as Record<StrategyCode, number>;
  const confusion = Object.fromEntries(STRATEGY_CODES.map((c) => [c, zeroRow()])) as EvalReport['confusion'];
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    confusion[gold][predicted]++;
    if (gold === predicted) correct++;
  }
  const labels = STRATEGY_CODES.map((code) => {
    const tp = confusion[code][code];
    const support = STRATEGY_CODES.reduce((s, p) => s + confusion[code][p], 0);
    const predicted = STRATEGY_CODES.reduce((s, g) => s + confusion[g][code], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { code, precision, recall, f1, support };
  });
  const macro = labels.filter((l) => l.support >= minSupport);
  return {
    n: pairs.length,
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: macro.length ? macro.reduce((s, l) => s + l.f1, 0) / macro.length : 0,
    macroLabels: macro.map((l) => l.code),
    labels,
    confusion,
  };
}

const pct = (x: number) => x.toFixed(3);

export function formatReport(title: string, r: EvalReport): string {
  const lines = [
    `## ${title}`,
    `records ${r.n}  accuracy ${pct(r.accuracy)}  macro-F1 ${pct(r.macroF1)} over ${r.macroLabels.join(' ')}`,
  ];
  lines.push('label  precision  recall  f1     support');
  for (const l of r.labels) {
    if (!l.support && !STRATEGY_CODES.some((g) => r.confusion[g][l.code])) continue;
    lines.push(
      `${l.code.padEnd(5)}  ${pct(l.precision).padEnd(9)}  ${pct(l.recall).padEnd(6)}  ${pct(l.f1)}  ${l.support}`,
    );
  }
  const used = STRATEGY_CODES.filter(
    (c) => r.labels.find((l) => l.code === c)?.support || STRATEGY_CODES.some((g) => r.confusion[g][c]),
  );
  lines.push(`confusion (rows gold, columns predicted)`);
  lines.push(`      ${used.map((c) => c.padStart(5)).join('')}`);
  for (const g of used)
    lines.push(`${g.padEnd(6)}${used.map((p) => String(r.confusion[g][p]).padStart(5)).join('')}`);
  return `${lines.join('\n')}\n`;
}

export interface BinaryStats {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold positives. */
  support: number;
  /** Predicted positives. */
  predicted: number;
}

/** Per-label precision/recall/F1 of multi-label predictions (each item: gold labels, predicted labels). */
export function multiLabel(
  labels: readonly string[],
  items: readonly { gold: readonly string[]; predicted: readonly string[] }[],
): { labels: BinaryStats[]; macroF1: number; n: number } {
  const stats = labels.map((label) => {
    let tp = 0;
    let support = 0;
    let predicted = 0;
    for (const it of items) {
      const g = it.gold.includes(label);
      const p = it.predicted.includes(label);
      if (g) support++;
      if (p) predicted++;
      if (g && p) tp++;
    }
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support, predicted };
  });
  const scored = stats.filter((s) => s.support > 0);
  return {
    labels: stats,
    macroF1: scored.length ? scored.reduce((s, l) => s + l.f1, 0) / scored.length : 0,
    n: items.length,
  };
}

export interface CalibrationBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

/** Confidence against accuracy in equal-width bins, and the expected calibration error. */
export function calibration(
  points: readonly { confidence: number; correct: boolean }[],
  bins = 5,
): { bins: CalibrationBin[]; ece: number } {
  const out: CalibrationBin[] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = points.filter(
      (p) => p.confidence >= from && (p.confidence < to || (b === bins - 1 && p.confidence <= 1)),
    );
    const n = inBin.length;
    const meanConfidence = n ? inBin.reduce((s, p) => s + p.confidence, 0) / n : 0;
    const accuracy = n ? inBin.filter((p) => p.correct).length / n : 0;
    if (n) ece += (n / points.length) * Math.abs(meanConfidence - accuracy);
    out.push({ from, to, n, meanConfidence, accuracy });
  }
  return { bins: out, ece };
}

export function formatBinary(
  title: string,
  r: { labels: BinaryStats[]; macroF1: number; n: number },
): string {
  const lines = [
    `### ${title}`,
    `records ${r.n}  macro-F1 ${pct(r.macroF1)}`,
    'label            precision  recall  f1     gold  predicted',
  ];
  for (const l of r.labels)
    lines.push(
      `${l.label.padEnd(15)}  ${pct(l.precision).padEnd(9)}  ${pct(l.recall).padEnd(6)}  ${pct(l.f1)}  ${String(l.support).padStart(4)}  ${String(l.predicted).padStart(9)}`,
    );
  return `${lines.join('\n')}\n`;
}

export function formatCalibration(title: string, c: { bins: CalibrationBin[]; ece: number }): string {
  const lines = [
    `### ${title}`,
    `expected calibration error ${pct(c.ece)}`,
    'confidence   n     mean conf  accuracy',
  ];
  for (const b of c.bins)
    lines.push(
      `${b.from.toFixed(1)}-${b.to.toFixed(1)}      ${String(b.n).padEnd(5)} ${pct(b.meanConfidence).padEnd(9)}  ${pct(b.accuracy)}`,
    );
  return `${lines.join('\n')}\n`;
}
