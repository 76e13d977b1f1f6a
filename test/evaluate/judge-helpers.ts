import { loadLibrary } from '../../src/content/library.ts';
import type { Scenario } from '../../src/content/scenario.ts';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';
import type { Lang } from '../../src/csc/text.ts';
import { analyseReply } from '../../src/evaluate/analyse.ts';
import { buildScorecard } from '../../src/evaluate/scorecard.ts';
import type { Check, Scorecard } from '../../src/evaluate/scorecard-model.ts';

const { library } = loadLibrary(['personas', 'scenarios']);

export const scenario = (id: string): Scenario => {
  const s = library.scenarios.get(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

/** Alternating lines, the customer first. */
export const chat = (...lines: string[]) =>
  lines.map((text, i) => ({ speaker: i % 2 === 0 ? ('customer' as const) : ('agent' as const), text }));

export const score = (id: string, lang: Lang, lines: string[]): Scorecard =>
  buildScorecard(defaultTagger(), { scenario: scenario(id), lang, transcript: chat(...lines) });

export const check = (card: Scorecard, id: string): Check => {
  const c = card.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

/** One agent reply analysed in a scenario, after the given customer line. */
export const reply = (id: string, lang: Lang, text: string, customerLine = '') =>
  analyseReply(defaultTagger(), {
    scenario: scenario(id),
    lang,
    text,
    turn: 3,
    customerLine,
    customerUpset: false,
    alreadyConveyed: [],
  });
