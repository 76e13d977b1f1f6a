// How well each cue lexicon alone finds its strategy in the fixtures (recall, precision), and with
// a code argument the fixture lines of that strategy the lexicon misses:
//   npx tsx scripts/cue-stats.ts [CODE]

import { STRATEGY_CODES } from '../src/csc/strategies.ts';
import { readDataset } from '../src/csc/tagger/dataset.ts';
import { findCues } from '../src/csc/tagger/features.ts';

const focus = process.argv[2];
for (const name of ['fixture-en', 'fixture-zh'] as const) {
  const data = readDataset(name);
  console.log(name);
  for (const code of STRATEGY_CODES) {
    let hits = 0;
    let fired = 0;
    let gold = 0;
    for (const u of data) {
      const found = findCues(u.text).some((h) => h.code === code);
      if (found) fired++;
      if (u.label !== code) continue;
      gold++;
      if (found) hits++;
      else if (focus === code) console.log(`  missed: ${u.text}`);
    }
    console.log(
      `${code} fired=${fired} recall=${hits}/${gold} precision=${(hits / Math.max(1, fired)).toFixed(2)}`,
    );
  }
}
