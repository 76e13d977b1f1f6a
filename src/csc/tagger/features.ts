import { detectDistress } from '../distress.ts';
import type { StrategyCode } from '../strategies.ts';
import { type CueTable, EN_CUES, ZH_CUES } from './cues.ts';

export interface TagContext {
  /** The customer's previous line. */
  context?: string;
  /** The agent's turn index in the conversation, 0 for the first agent message. */
  turn?: number;
  /** Whether the engine sees the customer as upset; the customer's own words (`context`) count too. */
  upset?: boolean;
}

export interface CueHit {
  code: StrategyCode;
  start: number;
  end: number;
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /[a-z]+(?:'[a-z]+)?|\d+(?:[.,:]\d+)*|[a-z0-9]*\d[a-z0-9]*/g;
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAS_LATIN = /[A-Za-z]/;

/**
 * The lexicons are written in lower case and matched against lower-cased text without the `i`
 * flag: case-insensitive Unicode matching costs about twice as much per utterance.
 */
const caseSensitive = (table: CueTable): CueTable =>
  Object.fromEntries(
    Object.entries(table).map(([code, re]) => [code, new RegExp((re as RegExp).source, 'gu')]),
  );
const LOWER = { en: caseSensitive(EN_CUES), zh: caseSensitive(ZH_CUES) };

/** Every cue-lexicon match in the text; each language's lexicon runs only when its script occurs. */
export function findCues(text: string): CueHit[] {
  const hits: CueHit[] = [];
  const lowered = text.toLowerCase();
  // Lower-casing keeps offsets except for a few letters (e.g. İ); then match the original case-insensitively.
  const sameLength = lowered.length === text.length;
  const subject = sameLength ? lowered : text;
  const tables: CueTable[] = [];
  if (HAS_LATIN.test(text)) tables.push(sameLength ? LOWER.en : EN_CUES);
  if (HAS_HAN.test(text)) tables.push(sameLength ? LOWER.zh : ZH_CUES);
  for (const table of tables) {
    for (const code in table) {
      const re = table[code as StrategyCode] as RegExp;
      re.lastIndex = 0;
      for (let m = re.exec(subject); m; m = re.exec(subject)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        hits.push({ code: code as StrategyCode, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return hits;
}

/** Upset when the engine says so or when the customer's previous line shows distress. */
export function isUpset(ctx: TagContext): boolean {
  if (ctx.upset) return true;
  return ctx.context ? detectDistress(ctx.context).length > 0 : false;
}

/** Whether the sentence holding this offset ends with a question mark. */
function isInQuestion(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const ch = text[i];
    if (ch === '?' || ch === '？') return true;
    if (ch === '.' || ch === '。' || ch === '!' || ch === '！' || ch === '\n') return false;
  }
  return false;
}

const wordClass = (w: string): string => {
  if (/^\d+(?:[.,:]\d+)*$/.test(w)) return '<num>';
  if (/\d/.test(w)) return '<code>';
  return w;
};

/**
 * Sparse binary features of an agent utterance: word uni/bigrams for Latin text, character
 * uni/bi/trigrams for Han text, cue-lexicon hits, and their conjunctions with the context.
 */
export function extractFeatures(text: string, ctx: TagContext, cues: readonly CueHit[]): string[] {
  const out: string[] = ['bias'];
  const lower = text.toLowerCase();

  const words = (lower.match(WORD) ?? []).map(wordClass);
  if (words.length) {
    out.push(`w0:${words[0]}`, `wl:${words[words.length - 1]}`);
    if (words.length > 1) out.push(`w01:${words[0]}_${words[1]}`);
  }
  for (let i = 0; i < words.length; i++) {
    out.push(`w:${words[i]}`);
    if (i > 0) out.push(`b:${words[i - 1]}_${words[i]}`);
  }

  CJK_RUN.lastIndex = 0;
  let first = true;
  for (let m = CJK_RUN.exec(lower); m; m = CJK_RUN.exec(lower)) {
    const run = m[0];
    if (first) {
      out.push(`z0:${run.slice(0, 2)}`);
      first = false;
    }
    for (let i = 0; i < run.length; i++) {
      out.push(`c:${run[i]}`);
      if (i + 1 < run.length) out.push(`c2:${run.slice(i, i + 2)}`);
      if (i + 2 < run.length) out.push(`c3:${run.slice(i, i + 3)}`);
    }
  }

  const trimmed = text.trimEnd();
  const lastChar = trimmed[trimmed.length - 1];
  if (lastChar === '?' || lastChar === '？') out.push('end:?');
  if (/[?？]/.test(text)) out.push('has:?');
  if (/[!！]/.test(text)) out.push('has:!');
  const len = words.length + text.length / 3;
  out.push(len < 6 ? 'len:s' : len < 20 ? 'len:m' : 'len:l');

  const upset = isUpset(ctx);
  const turn = ctx.turn;
  const opening =
    turn === undefined ? 'turn:?' : turn === 0 ? 'turn:0' : turn <= 2 ? 'turn:early' : 'turn:late';
  out.push(opening, upset ? 'ctx:upset' : 'ctx:calm');
  const customerClosing = ctx.context
    ? /thank|thanks|that's all|that is all|bye|great|perfect|谢谢|好的|明白|没有了|可以了|行/.test(
        ctx.context.toLowerCase(),
      )
    : false;
  if (customerClosing) out.push('ctx:closing');
  if (ctx.context && /[?？吗]/.test(ctx.context)) out.push('ctx:question');
  if (!ctx.context) out.push('ctx:none');

  const seen = new Set<StrategyCode>();
  for (const hit of cues) {
    const inQuestion = isInQuestion(text, hit.end);
    out.push(`cue:${hit.code}|${inQuestion ? 'q' : 's'}`);
    if (seen.has(hit.code)) continue;
    seen.add(hit.code);
    out.push(
      `prior:${hit.code}`,
      `cue:${hit.code}`,
      `cue:${hit.code}|${upset ? 'upset' : 'calm'}`,
      `cue:${hit.code}|${opening}`,
    );
    if (hit.start === 0) out.push(`cue0:${hit.code}`);
    if (customerClosing) out.push(`cue:${hit.code}|closing`);
  }
  if (seen.size === 0) out.push('cue:none');
  if (seen.size > 1) out.push(`cues:${[...seen].sort().join('+')}`);
  return out;
}
