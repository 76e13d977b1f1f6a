import type { Span } from '../csc/span.ts';

/** A clause of a reply, with its position, so a quote is the words that carry an act. */
export interface Clause extends Span {
  /** The clause asks rather than states ("Do you have a power of attorney?"). */
  question: boolean;
}

// Sentence ends, then clause breaks: a comma followed by a space (not "3,268"), Chinese commas,
// semicolons, dashes (a spaced hyphen " - " too). Each piece keeps its own offsets into the reply.
const SENTENCE = /(?:[^.!?。！？\n]|(?<=\d)\.(?=\d))+(?:[.!?。！？]+|\n|$)/gu;
const CLAUSE = /(?:(?!\s-\s)[^,，;；:：—–]|(?<=\d)[,:.](?=\d))+(?:[,，;；:：—–]|\s-(?=\s)|$)/gu;
const ASKS =
  /^(?:and |but |so |also |then )?(?:do|does|did|have|has|had|is|are|was|were|can|could|would|will|shall|should|may|might|any|what|when|where|which|who|whom|whose|why|how)\b/iu;
const ASKS_ZH =
  /(?:吗|么|呢|没有|是否|有没有|能不能|可不可以|是不是|要不要|多少|哪|什么时候|怎么)[^\p{L}\p{N}]*$/u;

function pieces(text: string, re: RegExp, offset: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** The piece without its surrounding blanks and break mark; none when it holds no word. */
function trimSpan(s: Span): Span | undefined {
  const lead = s.text.length - s.text.trimStart().length;
  const t = s.text
    .trim()
    .replace(/(?:[,，;；:：—–]|\s-)$/u, '')
    .trimEnd();
  if (!/[\p{L}\p{N}]/u.test(t)) return undefined;
  return { text: t, start: s.start + lead, end: s.start + lead + t.length };
}

/** The reply's sentences, trimmed, with offsets. */
export function sentencesOf(text: string): Span[] {
  return pieces(text, SENTENCE, 0)
    .map(trimSpan)
    .filter((p): p is Span => Boolean(p));
}

/** The reply's clauses in order; each knows whether its sentence asks a question. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  for (const sentence of pieces(text, SENTENCE, 0)) {
    const asked = /[?？]\s*$/u.test(sentence.text);
    const parts = pieces(sentence.text, CLAUSE, sentence.start)
      .map(trimSpan)
      .filter((p): p is Span => Boolean(p));
    parts.forEach((p, i) => {
      const last = i === parts.length - 1;
      const question =
        (asked && (last || ASKS.test(p.text) || ASKS_ZH.test(p.text))) ||
        (!asked && last && ASKS_ZH.test(p.text) && /吗|么/.test(p.text.slice(-3)));
      out.push({ ...p, question });
    });
  }
  return out;
}

// Words that turn a clause into a refusal or a denial ("I can't guarantee", "今天到账我没法保证").
// Fixed phrases that only look negative ("don't worry", "no problem", "不好意思") are removed first.
const NOT_NEGATION =
  /\b(?:don'?t|do not|no) (?:worry|problem|hesitate|rush|need to (?:worry|apologi[sz]e))\b|\bno (?:worries|trouble|doubt)\b|\bnothing (?:to (?:worry|lose|fear)|wrong with|else)\b|\bwithout (?:a )?doubt\b|\bnot only\b|\b(?:not|don'?t|won'?t) (?:have to |need to )?(?:be )?wait(?:ing)?\b|毫无疑问|不会有(?:任何)?问题|不(?:好意思|客气|用(?:担心|着急|急|客气)|要(?:担心|着急|急)|必担心|着急)|别(?:担心|着急|急)|没(?:问题|关系|事)|不管怎样|(?:稳|只|包)赚不赔|(?:要)?不然|不仅|不只|不论|不光|不过|不少|不错|不久|不断|差不多|大差不差|不多不少/giu;
const NEGATION =
  /\b(?:not|never|no|can'?t|cannot|won'?t|wouldn'?t|couldn'?t|shouldn'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|unable|impossible|nobody|no one|nothing|none|neither|nor|without)\b|n't\b|不|没|无法|别|勿|未|非|难以|谈不上/iu;

/** Whether the clause, outside the given span (the cue itself may contain a negation, "isn't lost"), denies or refuses. */
export function negatedOutside(clause: string, span?: { start: number; end: number }): boolean {
  // Fixed phrases are blanked before the span is cut, so one the span splits ("稳赚|不赔") stays a phrase.
  const blanked = clause.replace(NOT_NEGATION, (m) => ' '.repeat(m.length));
  const rest = span ? `${blanked.slice(0, span.start)} ${blanked.slice(span.end)}` : blanked;
  return NEGATION.test(rest);
}

/** The clause containing a position of the text. */
export function clauseAt(clauses: readonly Clause[], index: number): Clause | undefined {
  return clauses.find((c) => index >= c.start && index < c.end);
}
