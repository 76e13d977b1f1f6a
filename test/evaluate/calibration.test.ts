import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/library.ts';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';
import { calibrate, readCalibration } from '../../src/evaluate/calibration.ts';

// The development set (tuned on; see its SOURCES.md). Floors sit a little under the figures that
// `npm run eval:judge -- --set dev` prints, so a regression shows; the held-out figures are in the README.
const DIR = 'test/fixtures/authored/judge-dev';

describe('the scorecard ranks the authored calibration conversations like a reviewer (development set)', () => {
  it('puts good conversations above their flawed copies, passes every good one, fails every fatal copy, deterministically', () => {
    const { library } = loadLibrary(['personas', 'scenarios']);
    const records = ['en', 'zh'].flatMap((l) => readCalibration(join(DIR, `${l}.conversations.jsonl`)));
    const f = calibrate(defaultTagger(), records, library.scenarios);
    expect(f.pairs).toBeGreaterThanOrEqual(120);
    expect(f.correct / f.pairs).toBeGreaterThanOrEqual(0.95);
    // Wrong facts are compared with the scenarios' key facts (6 of 6 per language when last measured).
    for (const lang of ['en', 'zh'])
      expect(f.byKind.get(`wrong-fact ${lang}`)?.correct).toBeGreaterThanOrEqual(5);
    expect(f.good.failedIds).toEqual([]);
    expect(f.fatalCopies.passedIds).toEqual([]);
    expect(f.deterministic).toBe(true);
    // Scores 150 conversations twice: CPU-bound, so on a shared 2-core machine it needs more than the default.
  }, 300_000);
});
