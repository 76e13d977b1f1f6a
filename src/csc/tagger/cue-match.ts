import { CONDUCT_CUES } from '../conduct/cues.ts';
import type { ConductLabel } from '../conduct/labels.ts';
import type { StrategyCode } from '../strategies.ts';
import { type CueTable, EN_CUES, ZH_CUES } from './cues.ts';
import { byScript } from './lexicon-compiler.ts';

export interface CueHit {
  code: StrategyCode | ConductLabel;
  start: number;
  end: number;
}

const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAS_LATIN = /[A-Za-z]/;

/**
 * The lexicons are written in lower case and matched against lower-cased text without the `i`
 * flag: case-insensitive Unicode matching costs about twice as much per utterance.
 */
const lowerCase = (table: Record<string, RegExp | undefined>): [string, RegExp][] =>
  Object.entries(table).map(([code, re]) => [code, new RegExp((re as RegExp).source, 'gu')]);
const insensitive = (table: Record<string, RegExp | undefined>): [string, RegExp][] =>
  Object.entries(table).map(([code, re]) => [code, new RegExp((re as RegExp).source, 'giu')]);
/** Which strategy lexicons run (tuning switches them; the shipped recipe fixes them). */
/** The conduct lexicons mix both languages; each half runs on text in its script, like the strategy lexicons. */
const halves = (script: 'latin' | 'han') =>
  Object.fromEntries(
    Object.entries(CONDUCT_CUES).flatMap(([label, re]) => {
      const half = byScript(re)[script];
      return half ? [[label, half]] : [];
    }),
  );
const CONDUCT_LATIN = halves('latin');
const CONDUCT_HAN = halves('han');
const TABLES = {
  en: {
    lower: [...lowerCase(EN_CUES), ...lowerCase(CONDUCT_LATIN)],
    any: [...insensitive(EN_CUES), ...insensitive(CONDUCT_LATIN)],
  },
  zh: {
    lower: [...lowerCase(ZH_CUES), ...lowerCase(CONDUCT_HAN)],
    any: [...insensitive(ZH_CUES), ...insensitive(CONDUCT_HAN)],
  },
};

function scan(table: [string, RegExp][], subject: string, hits: CueHit[]): void {
  for (const [code, re] of table) {
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ code: code as CueHit['code'], start: m.index, end: m.index + m[0].length });
    }
  }
}

/**
 * Every cue-lexicon match in an agent reply, strategy and conduct lexicons: each language's only
 * when its script occurs, so mixed text gets both.
 */
export function findCues(text: string): CueHit[] {
  const hits: CueHit[] = [];
  const lowered = text.toLowerCase();
  // Lower-casing keeps offsets except for a few letters (e.g. İ); then match the original case-insensitively.
  const same = lowered.length === text.length;
  const subject = same ? lowered : text;
  const which = same ? 'lower' : 'any';
  if (HAS_LATIN.test(text)) scan(TABLES.en[which], subject, hits);
  if (HAS_HAN.test(text)) scan(TABLES.zh[which], subject, hits);
  return hits;
}

export type { CueTable };
