import { describe, expect, it } from 'vitest';
import { conductSetFigures, DEV_2 } from '../../src/csc/tagger/conduct-sets.ts';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';

/**
 * Development set 2 (authors L en, M zh; never trained on): floors a little under what
 * `npx tsx scripts/eval-conduct-dev.ts` reports for the shipped weights (en 0.820, zh 0.796, one
 * line of 120 without conduct flagged in each language).
 */
const FLOORS = { en: 0.81, zh: 0.78 };

describe('conduct on authors never trained on (development set 2)', () => {
  it.each(conductSetFigures(defaultTagger(), DEV_2))(
    '$lang: recall holds without flagging plain lines',
    (f) => {
      expect(f.conduct.macroF1).toBeGreaterThanOrEqual(FLOORS[f.lang]);
      expect(f.hardNegatives.n).toBeGreaterThanOrEqual(100);
      expect(f.hardNegatives.flagged).toBeLessThanOrEqual(2);
    },
  );
});
