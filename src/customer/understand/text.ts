/** Text handling for reading an agent's turn: sentences, English word stems, what a sentence does. */

export interface Token {
  stem: string;
  start: number;
  end: number;
}

export type Act = 'question' | 'request' | 'statement';

export interface Sentence {
  text: string;
  /** Lower-cased, full-width folded; same length as `text` so offsets agree. */
  norm: string;
  start: number;
  tokens: Token[];
  act: Act;
  /** Says not to do something: "never tell anyone", "不要告诉任何人". */
  prohibits: boolean;
}

/** Folds full-width ASCII and curly apostrophes, lower-cases; keeps every offset. */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0xff01 && c <= 0xff5e && ch !== '？' && ch !== '！' && ch !== '，' && ch !== '；')
      out += String.fromCodePoint(c - 0xfee0);
    else if (ch === '’' || ch === '‘') out += "'";
    else out += ch;
  }
  return out.toLowerCase();
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'m\b/g, ' am'],
];

/** A light English stemmer: enough that "received", "receives" and "receive" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Latin-script word tokens with stems and offsets; contractions split so "didn't" gives "not". */
export function tokens(norm: string): Token[] {
  const out: Token[] = [];
  for (const m of norm.matchAll(/[a-z0-9]+(?:'[a-z]+)?/g)) {
    let word = m[0];
    const start = m.index;
    let expanded = word;
    for (const [re, rep] of CONTRACTIONS) expanded = expanded.replace(re, rep);
    if (expanded !== word) {
      for (const part of expanded.split(' ').filter(Boolean))
        out.push({ stem: stem(part), start, end: start + word.length });
      continue;
    }
    word = word.replace(/'s$/, '');
    out.push({ stem: stem(word), start, end: start + m[0].length });
  }
  return out;
}

/** A Chinese question: a question mark, a final question particle, or 请问. */
const ZH_QUESTION = /[吗嘛么呢][\s。.!！~～]*$|^(?:请问|想问一下|问一下|我想问)/u;
/**
 * A-not-A forms and question words make a question only when the sentence does not end like a
 * statement: "您是什么时候转的" is one, "我帮您核实商户是不是重复收了款。" is not.
 */
const ZH_WEAK =
  /有没有|有无|是不是|是否|能不能|可不可以|会不会|要不要|对不对|对吧|行不行|好不好|够不够|多少|几[点号天次个岁年月位期笔]|什么|啥|哪|怎么|如何|为什么|为啥|多久|多长|何时|谁/u;
const ZH_NOT_WH = /随时|不管|无论|什么都|哪里都|怎么都|都可以|哪怕/u;
const ENDS_LIKE_STATEMENT = /[。！!；;：:，,、…]$/u;
const EN_QUESTION =
  /^(?:so,?\s+|and\s+|ok(?:ay)?,?\s+|also,?\s+|just\s+|but\s+|now,?\s+|first,?\s+|sorry,?\s+|quick question:?\s+)?(?:what|when|where|which|who|whose|how|why|do|does|did|is|are|was|were|have|has|had|can|could|would|will|may|might|should|shall|any)\b|\b(?:could you|can you|would you|will you|may i|can i|do you|did you|have you|are you|is it|is there|were you|was it|mind telling)\b/u;
const ZH_REQUEST =
  /(?:请|麻烦|劳驾|辛苦)(?:您|你)?.{0,8}(?:提供|告诉|确认|说|报|描述|讲|发|核对|输入|念|给|填|拍|截|看)|(?:提供|告诉我|说一下|报一下|讲一下|确认一下|核对一下|念一下|发一下|说说|讲讲|报过来|报给我|报上来|先报|发过来)/u;
const EN_REQUEST =
  /^(?:please\s+|kindly\s+|now\s+|first\s+|so\s+|ok(?:ay)?,?\s+)?(?:tell|give|confirm|provide|share|send|describe|spell|type|read|let me know|walk me through|list)\b|\b(?:please|kindly)\b.{0,40}\b(?:tell|give|confirm|provide|share|send|let me know|describe|spell|type|read|check)\b|\bi(?:'ll| would| will)? need (?:your|the|to know|you to (?:tell|confirm|give|send)|to (?:confirm|verify|check|ask))|\bi(?:'d| would) like (?:to know|your)|\blet me know\b|\bcan i (?:get|have|ask)\b/u;
const PROHIBITS =
  /\b(?:never|don't|do not|dont|must not|mustn't|shouldn't|should not|no need to|not to|no one|nobody)\b|(?:不要|(?:^|[，,。；\s]|您|你|千万|可)别(?!的|人|处|家)|不用|无需|不需要|切勿|千万不|绝不|不能|不可以|勿|任何人|谁都不)/u;

/** "Have a good evening": a wish, not a question. */
const WISH = /^(?:and\s+)?(?:have a (?:good|nice|great|lovely|wonderful|pleasant)|have fun|may you)\b/u;

/** Splits an agent turn into sentences, each with its tokens, what it does and whether it forbids. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const norm = normalize(text);
  const re = /[^.!?。！？；;\n]+(?:[.!?。！？；;]+|\n|$)/gu;
  for (const m of norm.matchAll(re)) {
    const raw = m[0];
    // A full stop inside a number or before a lower-case letter does not end a sentence ("4,999.00", "e.g.").
    const last = out.at(-1);
    if (last && /\d\.$/.test(last.norm) && /^\d/.test(raw)) {
      merge(last, text, m.index + raw.length);
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(raw)) continue;
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const s = norm.slice(start, m.index + raw.length).trimEnd();
    out.push(build(text.slice(start, start + s.length), s, start));
  }
  return out;
}

function merge(last: Sentence, text: string, end: number): void {
  const norm = normalize(text.slice(last.start, end)).trimEnd();
  Object.assign(last, build(text.slice(last.start, last.start + norm.length), norm, last.start));
}

function build(text: string, norm: string, start: number): Sentence {
  const question =
    /[?？]/.test(norm) ||
    ZH_QUESTION.test(norm) ||
    (ZH_WEAK.test(norm) && !ENDS_LIKE_STATEMENT.test(norm) && !ZH_NOT_WH.test(norm)) ||
    (EN_QUESTION.test(norm.trimStart()) && !WISH.test(norm.trimStart()));
  const request = !question && (ZH_REQUEST.test(norm) || EN_REQUEST.test(norm.trimStart()));
  return {
    text,
    norm,
    start,
    tokens: tokens(norm),
    act: question ? 'question' : request ? 'request' : 'statement',
    prohibits: PROHIBITS.test(norm),
  };
}

export const isCjk = (s: string): boolean => /[\u3400-\u9fff]/u.test(s);

const SUBJECT =
  /\b(?:i|i'm|i've|i'll|we|we've|we're|you've|it|it's|this|that|there|they|she|he)\b|我|我们|系统|您已|已经|您的.{0,6}(?:是|为)/u;

/** A short sentence with no subject of its own ("Name, date of birth, card digits."): a request in note form. */
export function isNoteForm(s: Sentence): boolean {
  // An exclamation ("Phone Clone, clever!") remarks on something; it asks for nothing.
  if (s.act !== 'statement' || /[!！]\s*$/u.test(s.norm)) return false;
  const cjk = s.norm.replace(/[^\u3400-\u9fff]/gu, '').length;
  if (s.tokens.length > 10 || cjk > 16) return false;
  // Notes list things ("Name, date of birth, card digits."); they have no verb to be or do.
  const list = /[,，、]|\band\b|和|及/u.test(s.norm) || s.tokens.length <= 4 || (cjk > 0 && cjk <= 8);
  return list && !SUBJECT.test(s.norm) && !NOT_A_NOTE.test(s.norm.trimStart()) && !VERBISH.test(s.norm);
}

const VERBISH =
  /\b(?:is|are|was|were|be|been|will|would|can|could|should|do|does|did|has|have|had|need|needs|take|takes|get|gets)\b|是|会|能|可以|要|需要|已/u;

/** Courtesies and instructions are not requests in note form ("Thanks for waiting.", "Keep your slips safe."). */
const NOT_A_NOTE =
  /^(?:thanks|thank|sorry|great|ok|okay|right|fine|sure|yes|no|good|perfect|brilliant|lovely|keep|take|bring|go|make|please|let|check|call|use|try|open|tap|click|remember|don't|do not|never|just|hi|hello|huaxin|youpin|credit-card|personal)\b|^(?:好的|好|谢谢|感谢|不好意思|抱歉|明白|请|您好|你好|华信|麻烦您稍|记得|别|不要)/u;
