import type { Lang } from '../csc/text.ts';

/** An acknowledgement word a part may start with ("行，", "Right,"): said once a line, not at every sentence. */
const LEAD = {
  zh: /^(行|好|嗯|哦|对|OK|好吧|行吧|那好)[，,。！!]\s*/u,
  en: /^(ok(?:ay)?|right|fine|alright|all right|sure|well)[,.!]\s+/iu,
};

/** "行，这点我记下了。行，我先试试" says the same 行 twice; the second part starts on its content. */
export function oneLead(parts: readonly string[], lang: Lang): string[] {
  const seen = new Set<string>();
  return parts.map((p) => {
    const m = LEAD[lang].exec(p.trim());
    const word = m?.[1]?.toLowerCase();
    if (!m || !word) return p;
    if (!seen.has(word)) {
      seen.add(word);
      return p;
    }
    const rest = p.trim().slice(m[0].length);
    return lang === 'en' ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : rest;
  });
}

/** Asides that write down or read back what the agent said ("Let me note that down.", "我记一下，您看对不对。"). */
const NOTING = /\bnote\b|\bwrite (?:it|that) down\b|is (?:that|this) correct|记一下|记下|对不对/iu;

/**
 * Whether a signature remark may close this line. After a question or an outburst the customer waits
 * for the answer ("Can't you make an exception? Let me note that down." is two people talking), an
 * angry one makes no remarks, and only a calm one stops to note something down (the caller allows
 * remarks only after the agent explained or suggested something, so there is something to note).
 */
export function tailFits(aside: string, line: string, emotion: number): boolean {
  if (/[?？!！]\s*$/u.test(line.trim()) || emotion >= 3) return false;
  return !NOTING.test(aside) || emotion < 2;
}
