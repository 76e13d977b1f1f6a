import * as hashing from './hashing.ts';
import { type FeatureSink, WHOLE } from './hashing.ts';

// Local bindings: the hot loop below must not go through module-export accessors.
const { F, finish, pair, seed, step } = hashing;
const SEED = {
  word: seed(F.word),
  wordPair: seed(F.wordPair),
  wordTriple: seed(F.wordTriple),
  chars: seed(F.chars),
  firstPair: seed(F.firstPair),
  han1: seed(F.han1),
  han2: seed(F.han2),
  han3: seed(F.han3),
  han4: seed(F.han4),
  firstWord: seed(F.firstWord),
  lastWord: seed(F.lastWord),
  hanFirst: seed(F.hanFirst),
  hanLast: seed(F.hanLast),
};

/** Which n-gram families to emit; the shipped recipe fixes them (see recipe.ts). */
export interface TextFeatureOptions {
  /** Character trigrams inside Latin words (robust to typos and inflection). */
  charGrams?: boolean;
  /** Han character 4-grams beside the 1-3-grams. */
  han4?: boolean;
  /** Word trigrams beside the bigrams. */
  wordTriples?: boolean;
}

const NUM = 0x6e756d;
const CODE = 0x636f64;
const EDGE = 0x5e;

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Full-width ASCII (Ａ-ｚ, ０-９, ？, ！) as its half-width twin. */
const narrow = (c: number) => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);

/** The feature every text has. */
export const BIAS = finish(seed(F.bias));

const S = {
  bias: BIAS,
  endQ: finish(pair(seed(F.shape), 1)),
  hasQ: finish(pair(seed(F.shape), 2)),
  hasX: finish(pair(seed(F.shape), 3)),
  len: [4, 5, 6, 7].map((k) => finish(pair(seed(F.shape), k))),
  sentences: [8, 9, 10].map((k) => finish(pair(seed(F.shape), k))),
  noText: finish(pair(seed(F.shape), 11)),
};

/** The shape features (marks, length, sentence count): what a text looks like, not what it says. */
export const SHAPE_FEATURES: readonly number[] = [S.endQ, S.hasQ, S.hasX, ...S.len, ...S.sentences, S.noText];

/** Counts the caller needs after a scan. */
export interface TextShape {
  words: number;
  han: number;
}

/**
 * Emits the n-gram features of one text into `sink` in a single pass over its character codes:
 * word uni/bigrams (first and last word apart) for Latin script, Han character 1-3-grams, and
 * shape (question/exclamation marks, length, sentence count). The text is lower-cased first.
 */
export function textFeatures(text: string, sink: FeatureSink, o: TextFeatureOptions = {}): TextShape {
  const s = text.toLowerCase();
  sink.push(S.bias);
  let clauseStart = -1;
  let lastSolid = -1;
  sink.current = sink.clauses;
  let words = 0;
  let han = 0;
  let sentences = 0;
  let inSentence = false;
  let question = false;
  let exclaim = false;
  let lastMark = 0;
  // Latin word state
  let wh = 0x811c9dc5;
  let wlen = 0;
  let digits = 0;
  let prevWord = 0;
  let prevWord2 = 0;
  let firstWord = 0;
  let c1 = EDGE;
  let c2 = EDGE;
  // Han state
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let firstHan = 0;
  let lastHan = 0;

  // One step past the end with a space, so the last word is closed like any other.
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? narrow(s.charCodeAt(i)) : 32;
    const latin = isLatin(c) || (c === 39 && wlen > 0 && isLatin(s.charCodeAt(i + 1)));
    if (c > 32) lastSolid = i;
    if (latin || isDigit(c)) {
      if (clauseStart < 0) clauseStart = i;
      if (h1) h1 = h2 = h3 = 0;
      wh = step(wh, c);
      wlen++;
      if (!latin) digits++;
      if (o.charGrams && latin) {
        sink.push(finish(pair(SEED.chars, step(step(step(0, c1), c2), c))));
        c1 = c2;
        c2 = c;
      }
      inSentence = true;
      lastMark = c;
      continue;
    }
    if (wlen) {
      const w = digits === wlen ? NUM : digits ? CODE : wh;
      sink.push(finish(pair(SEED.word, w)));
      if (words === 0) firstWord = w;
      if (prevWord) sink.push(finish(pair(pair(SEED.wordPair, prevWord), w)));
      if (o.wordTriples && prevWord2)
        sink.push(finish(pair(pair(pair(SEED.wordTriple, prevWord2), prevWord), w)));
      if (o.charGrams && !digits) sink.push(finish(pair(SEED.chars, step(step(step(0, c1), c2), EDGE))));
      if (words === 1) sink.push(finish(pair(pair(SEED.firstPair, prevWord), w)));
      prevWord2 = prevWord;
      prevWord = w;
      words++;
      wh = 0x811c9dc5;
      wlen = 0;
      digits = 0;
      c1 = EDGE;
      c2 = EDGE;
    }
    if (isHan(c)) {
      if (clauseStart < 0) clauseStart = i;
      han++;
      inSentence = true;
      lastMark = c;
      sink.push(finish(pair(SEED.han1, c)));
      if (h1) {
        const bigram = (h1 << 16) | c;
        sink.push(finish(pair(SEED.han2, bigram)));
        if (!firstHan) firstHan = bigram;
        lastHan = bigram;
        if (h2) sink.push(finish(pair(pair(SEED.han3, h2), bigram)));
        if (o.han4 && h3) sink.push(finish(pair(pair(pair(SEED.han4, h3), h2), bigram)));
      }
      h3 = h2;
      h2 = h1;
      h1 = c;
      continue;
    }
    h1 = h2 = h3 = 0;
    if (c === 63) question = true;
    if (c === 33) exclaim = true;
    const mark = c === 63 || c === 33 || c === 46 || c === 0x3002 || c === 10 || c === 0xff1b || c === 59;
    if (mark && inSentence) {
      sentences++;
      inSentence = false;
      sink.addClause(clauseStart, i + 1);
      sink.current = sink.clauses;
      clauseStart = -1;
    }
    if (c > 32) lastMark = c;
  }
  if (inSentence) {
    sentences++;
    sink.addClause(clauseStart, lastSolid + 1);
  }
  sink.current = WHOLE;
  if (firstWord) sink.push(finish(pair(SEED.firstWord, firstWord)));
  if (prevWord) sink.push(finish(pair(SEED.lastWord, prevWord)));
  if (firstHan) sink.push(finish(pair(SEED.hanFirst, firstHan)));
  if (lastHan) sink.push(finish(pair(SEED.hanLast, lastHan)));
  if (lastMark === 63) sink.push(S.endQ);
  if (question) sink.push(S.hasQ);
  if (exclaim) sink.push(S.hasX);
  const size = words + han / 2;
  sink.push(S.len[size < 4 ? 0 : size < 10 ? 1 : size < 25 ? 2 : 3] as number);
  sink.push(S.sentences[sentences <= 1 ? 0 : sentences === 2 ? 1 : 2] as number);
  if (!words && !han) sink.push(S.noText);
  return { words, han };
}
