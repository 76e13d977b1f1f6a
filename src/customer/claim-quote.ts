import type { Scenario } from '../content/scenario.ts';
import type { Lang } from '../csc/text.ts';
import { clausesOf } from '../evaluate/clauses.ts';
import { findForbiddenClaims } from '../evaluate/compliance.ts';
import type { CustomerState } from './state.ts';
import type { CustomerTurn } from './types.ts';
import { openDoubts } from './understand/challenges.ts';
import { slotSpans } from './understand/match.ts';
import type { Sentence } from './understand/text.ts';

/** Longest echo a customer types back: a few words, not the agent's whole sentence. */
const MAX_WORDS = 9;
const MAX_CHARS = 16;

/** Openers that carry no claim: "Good news: …", "Yes, …", "放心，…". */
const LEAD_EN =
  /^(?:(?:good news|yes|yeah|no|so|and|or|but|also|if you prefer|in fact|well|ok(?:ay)?|sure|actually|really|honestly|of course|don'?t worry|as i said|i've checked|plus|then|because|that's because)\b[\s,:;.!-]*)+/iu;
const LEAD_ZH =
  /^(?:(?:放心|别担心|不用担心|而且|另外|还有|然后|所以|其实|对|是的|嗯|好的|跟您说句实在的|说实话|就是)[，,：:]?)+/u;

/** The agent's words from the customer's side: "you don't need any documents" → "I don't need any documents". */
const EN_SWAP: Record<string, string> = {
  "you're": "I'm",
  "you'll": "I'll",
  "you've": "I've",
  "you'd": "I'd",
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
  we: 'you',
  "we're": "you're",
  "we'll": "you'll",
  "we've": "you've",
  our: 'your',
  us: 'you',
  i: 'you',
  "i'm": "you're",
  "i'll": "you'll",
  me: 'you',
  my: 'your',
};

function swapEn(text: string): string {
  return text.replace(/\b(?:you|[a-z]+'[a-z]+|[a-z]+)\b/giu, (w, at: number) => {
    const low = w.toLowerCase();
    if (low === 'you') {
      // "you can send" → "I can send"; "send you an SMS" → "send me an SMS".
      const before = text.slice(0, at).trimEnd();
      return before === '' || /[,;:]$/u.test(before) || /\b(?:and|or|but|so|that|if|then)$/iu.test(before)
        ? 'I'
        : 'me';
    }
    return EN_SWAP[low] ?? w;
  });
}

const swapZh = (text: string) =>
  text.replace(/您们|你们|我们|咱们|您|你|我/gu, (w) =>
    w === '我们' || w === '咱们' ? '你们' : w === '我' ? '你' : w === '你们' || w === '您们' ? '我们' : '我',
  );

/** Where a clause may be cut and still parse: before "and", "because"…, or at a pause mark. */
const EN_BREAK = /\s(?=(?:and|but|because|so|which|while|as|since|then)\s)|[,;:]\s/giu;
const ZH_BREAK = /[、，；：]|(?=(?:因为|所以|而且|但是|然后))/gu;

/**
 * The longest whole piece a customer can echo: the clause if it is short, else its head up to a
 * natural break. A piece cut mid-phrase ("这笔交易当时用的是我填进去的交易") is never echoed.
 */
function wholePiece(text: string, fits: (piece: string) => boolean, breaks: RegExp): string | undefined {
  if (fits(text)) return text;
  let best: string | undefined;
  for (const m of text.matchAll(breaks)) {
    const head = text.slice(0, m.index).trim();
    if (head && fits(head)) best = head;
  }
  return best;
}

/** A clause, or a whole part of it, as a customer echoes it back, turned to its own side. */
export function echoOf(clause: string, lang: Lang): string | undefined {
  let text = clause.trim().replace(/[。！？.!?，,；;：:]+$/u, '');
  if (lang === 'zh') {
    const piece = wholePiece(swapZh(text.replace(LEAD_ZH, '')), (p) => p.length <= MAX_CHARS, ZH_BREAK);
    return piece && piece.length >= 3 ? piece : undefined;
  }
  text = text.replace(LEAD_EN, '');
  const count = (p: string) => p.split(/\s+/u).filter(Boolean).length;
  const piece = wholePiece(text, (p) => count(p) <= MAX_WORDS, EN_BREAK);
  if (!piece || count(piece) < 2) return undefined;
  text = swapEn(piece).replace(/\b(?:I|me) are\b/gu, 'I am');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The clause of the agent's turn a challenge's wrong figure or wording stands in. */
function challengeClause(sc: Scenario, id: string, sents: readonly Sentence[]): string | undefined {
  const c = sc.challenges.find((x) => x.id === id);
  if (!c) return undefined;
  for (const s of sents) {
    const at = c.saidBy.flatMap((q) => q.flatMap((slot) => slotSpans(slot, s)))[0];
    if (!at) continue;
    const clauses = clausesOf(s.text);
    // A wrong figure is doubted where it is said: "按剩余本金的3%算", not the topic word two clauses before.
    const figure = c.figure ? clauses.find((k) => /\d/u.test(k.text) && k.start >= at[0]) : undefined;
    return (figure ?? clauses.find((k) => k.start <= at[0] && at[0] < k.end))?.text;
  }
  return undefined;
}

/**
 * Remembers the words of the wrong claim or figure the customer now doubts, so its doubt can name
 * them ("No documents at all?", "你刚说不收手续费？") instead of "what you told me before".
 */
export function noteDoubtQuote(
  t: CustomerTurn,
  challenges: readonly string[],
  sents: readonly Sentence[],
  state: CustomerState,
): void {
  if (t.scenario.impostor) return;
  let clause = challenges.length ? challengeClause(t.scenario, challenges[0] as string, sents) : undefined;
  if (!clause && t.forbiddenClaim) {
    const conduct = (t.tags.conduct ?? []).flatMap((c) =>
      c.evidence?.[0] ? [{ label: c.label, quote: c.evidence[0].text }] : [],
    );
    clause = findForbiddenClaims(t.scenario, t.agentText, conduct)[0]?.quote;
  }
  const quote = clause ? echoOf(clause, t.lang) : undefined;
  if (quote) state.doubtQuote = quote;
}

/** Once every doubt is settled the customer stops naming the claim. */
export function forgetSettledQuote(state: CustomerState): void {
  if (!openDoubts(state).length) delete state.doubtQuote;
}
