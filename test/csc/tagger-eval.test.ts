import { describe, expect, it } from 'vitest';
import { shippedDistress } from '../../src/csc/distress.ts';
import { corpusFigures, heldOutFigures } from '../../src/csc/tagger/evaluation.ts';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';

/**
 * Floors a little under what `npm run eval:tagger` reports for the shipped weights on the held-out
 * authors (D en, E zh; never trained or tuned on), and on the corpora's held-out dialogues.
 */
const FLOORS = {
  en: { strategy: 0.92, em: 0.93, label: 0.8, conduct: 0.79, distress: 0.71, anyDistress: 0.86 },
  zh: { strategy: 0.92, em: 0.93, label: 0.85, conduct: 0.78, distress: 0.79, anyDistress: 0.92 },
};
const CORPUS_FLOORS: Record<string, number> = { multiwoz: 0.82, crosswoz: 0.6 };

describe('tagger evaluation on the held-out authors', () => {
  const figures = heldOutFigures(defaultTagger(), shippedDistress());

  it.each(figures.map((f) => [f.lang, f] as const))(
    '%s: strategy, conduct and distress stay above their floors',
    (lang, f) => {
      const floor = FLOORS[lang];
      expect(f.strategies.macroLabels).toHaveLength(12);
      expect(f.strategies.macroF1).toBeGreaterThanOrEqual(floor.strategy);
      expect(f.strategies.labels.find((l) => l.code === 'EM')?.f1).toBeGreaterThanOrEqual(floor.em);
      for (const l of f.strategies.labels) expect(l.f1, l.code).toBeGreaterThanOrEqual(floor.label);
      expect(f.conduct.macroF1).toBeGreaterThanOrEqual(floor.conduct);
      expect(f.distress.kinds.macroF1).toBeGreaterThanOrEqual(floor.distress);
      expect(f.distress.any.f1).toBeGreaterThanOrEqual(floor.anyDistress);
    },
  );

  it('has at least 30 lines per strategy and per conduct label in each language', () => {
    for (const f of figures) {
      for (const l of f.strategies.labels)
        expect(l.support, `${f.lang} ${l.code}`).toBeGreaterThanOrEqual(30);
      for (const l of f.conduct.labels) expect(l.support, `${f.lang} ${l.label}`).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('tagger evaluation on the corpora (regression guards)', () => {
  it.each(corpusFigures(defaultTagger()).map((r) => [r.name, r.report] as const))(
    '%s held-out dialogues keep their macro-F1',
    (name, report) => {
      expect(report.macroF1).toBeGreaterThanOrEqual(CORPUS_FLOORS[name] ?? 1);
    },
  );
});
