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
