// npm run eval:judge [-- --set dev|dev3|dev4|dev5|dev6|dev7|devh1|devh2|heldout3|heldout4|heldout5|heldout6|heldout7] [--dir DIR]
// Pairwise accuracy of the offline scorecard on authored calibration conversations (a good
// conversation and single-flaw copies of it, see test/fixtures/authored/JUDGE.md), per flaw kind
// and language, pass rates, determinism, and what decided each wrong pair.
// --set heldout3 scores the third held-out set (authors N and O, six other scenarios, written during the judge6 round, never tuned on):
//   aggregate figures only;
// --set heldout4 the fourth (authors P, Q, R, S, the other eight scenarios, written during the judge7 round), likewise.
// --set heldout5 the fifth (authors W, X, Y, Z, all fourteen scenarios, written 2026-12-03 before that day's judge changes), likewise.
// --set heldout6 the sixth (authors AC, AD, eight scenarios, written 2026-12-03 during the judge10 round), likewise.
// --set heldout7 the seventh (authors AG, AH, eight scenarios, written 2026-12-03 14:35 at the start of the judge11 round), likewise.
// --set dev (default) scores the development set, which the judge was tuned on, with every wrong pair;
// --set dev3 the third development set (new authors, the held-out set's eight scenarios), likewise;
// --set dev4 the fourth (authors F2 and G2 of 2026-12-03, eight scenarios), likewise;
// --set dev5 the fifth (Chinese authors M and L of 2026-12-03: blame, dismissal, wrong facts, identity, disclosure), likewise;
// --set dev6 the sixth (authors AA, AB of 2026-12-03, every flaw kind, eight scenarios), likewise;
// --set dev7 the seventh (authors AI, AJ of 2026-12-03 14:35, every flaw kind, eight scenarios), likewise;
// --set devh1 / devh2 the first two held-out sets (authors F and G; J and K), retired into development on
//   2026-12-03 at 21:00 UTC, oldest first, after their last counted held-out runs; no longer quality figures.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../src/content/library.ts';
import { defaultTagger } from '../src/csc/tagger/tagger.ts';
import { calibrate, formatFigures, readCalibration } from '../src/evaluate/calibration.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const set = option('--set') ?? 'dev';
const SETS: Record<string, string> = {
  dev: 'judge-dev',
  dev3: 'judge-dev-3',
  dev4: 'judge-dev-4',
  dev5: 'judge-dev-5',
  dev6: 'judge-dev-6',
  dev7: 'judge-dev-7',
  devh1: 'judge-calibration',
  devh2: 'judge-heldout-2',
  heldout3: 'judge-heldout-3',
  heldout4: 'judge-heldout-4',
  heldout5: 'judge-heldout-5',
  heldout6: 'judge-heldout-6',
  heldout7: 'judge-heldout-7',
};
const folder = SETS[set];
if (!folder) throw new Error(`--set must be one of ${Object.keys(SETS).join(', ')}; got "${set}"`);
const dir = option('--dir') ?? join('test/fixtures/authored', folder);
const { library, errors } = loadLibrary(['personas', 'scenarios']);
if (errors.length) throw new Error(`scenarios do not validate: ${errors[0]?.message}`);
const tagger = defaultTagger();
for (const lang of ['en', 'zh', 'both'] as const) {
  const files = (lang === 'both' ? ['en', 'zh'] : [lang])
    .map((l) => join(dir, `${l}.conversations.jsonl`))
    .filter((f) => existsSync(f));
  const records = files.flatMap((f) => readCalibration(f));
  if (!records.length) continue;
  if (lang !== 'both' && set.startsWith('heldout')) continue;
  const figures = calibrate(tagger, records, library.scenarios);
  console.log(
    `${formatFigures(`${set} set, ${lang === 'both' ? 'en + zh' : lang} (${dir})`, figures, !set.startsWith('heldout'))}\n`,
  );
}
