import { CONCEPTS } from '../../content/concepts.ts';
import { isCjk, normalize, type Sentence, tokens } from './text.ts';

interface Term {
  /** Chinese (or any CJK-bearing) phrase: a pattern over the normalised sentence. */
  cjk?: RegExp;
  /** Latin phrase: consecutive word stems; a trailing "*" makes the last a prefix. */
  words?: { stem: string; prefix: boolean }[];
  /** Came from the scenario itself rather than a shared concept: more specific. */
  literal: boolean;
}

type Span = [number, number];
export type CompiledSlot = Term[];
export type CompiledTrigger = CompiledSlot[];

const cache = new Map<string, CompiledSlot>();

function compileTerm(raw: string, literal: boolean): Term | undefined {
  const term = normalize(raw.trim());
  if (!term) return undefined;
  if (isCjk(term)) {
    const parts = term.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return { cjk: new RegExp(parts.join('.{0,6}'), 'gu'), literal };
  }
  const prefix = term.endsWith('*');
  const words = tokens(prefix ? term.slice(0, -1) : term).map((t, i, all) => ({
    stem: t.stem,
    prefix: prefix && i === all.length - 1,
  }));
  return words.length ? { words, literal } : undefined;
}

/** "@concept|word|词" → the terms of every alternative. */
export function compileSlot(slot: string): CompiledSlot {
  const hit = cache.get(slot);
  if (hit) return hit;
  const out: Term[] = [];
  for (const alt of slot.split('|')) {
    const a = alt.trim();
    if (a.startsWith('@')) {
      for (const t of CONCEPTS[a.slice(1)] ?? []) {
        const term = compileTerm(t, false);
        if (term) out.push(term);
      }
    } else {
      const term = compileTerm(a, true);
      if (term) out.push(term);
    }
  }
  cache.set(slot, out);
  return out;
}

export const compileTrigger = (slots: readonly string[]): CompiledTrigger => slots.map(compileSlot);

/** Hits of a slot in a sentence, remembered per sentence: the same slot recurs across a scenario's triggers. */
const memo = new WeakMap<Sentence, Map<CompiledSlot, SlotHit[]>>();
function hitsOf(slot: CompiledSlot, s: Sentence): SlotHit[] {
  let bySlot = memo.get(s);
  if (!bySlot) {
    bySlot = new Map();
    memo.set(s, bySlot);
  }
  let hits = bySlot.get(slot);
  if (!hits) {
    hits = slotHits(slot, s).slice(0, 8);
    bySlot.set(slot, hits);
  }
  return hits;
}

interface SlotHit {
  span: Span;
  literal: boolean;
}

/** What a sentence offers to term lookups, built once per sentence. */
interface SentenceIndex {
  /** Whether any CJK character occurs: without one, no CJK term can match. */
  cjk: boolean;
  /** Token positions by stem, for terms whose first word is a whole stem. */
  byStem: Map<string, number[]>;
}
const indexes = new WeakMap<Sentence, SentenceIndex>();
function sentenceIndex(s: Sentence): SentenceIndex {
  let index = indexes.get(s);
  if (!index) {
    const byStem = new Map<string, number[]>();
    s.tokens.forEach((t, i) => {
      const at = byStem.get(t.stem);
      if (at) at.push(i);
      else byStem.set(t.stem, [i]);
    });
    index = { cjk: isCjk(s.norm), byStem };
    indexes.set(s, index);
  }
  return index;
}

function slotHits(slot: CompiledSlot, s: Sentence): SlotHit[] {
  const out: SlotHit[] = [];
  const index = sentenceIndex(s);
  for (const term of slot) {
    if (term.cjk) {
      if (!index.cjk) continue;
      term.cjk.lastIndex = 0;
      for (const m of s.norm.matchAll(term.cjk))
        out.push({ span: [m.index, m.index + m[0].length], literal: term.literal });
    } else if (term.words) {
      const w = term.words;
      const first = w[0] as { stem: string; prefix: boolean };
      const starts = first.prefix ? s.tokens.keys() : (index.byStem.get(first.stem) ?? []);
      for (const i of starts) {
        if (i + w.length > s.tokens.length) continue;
        let ok = true;
        for (let j = 0; j < w.length && ok; j++) {
          const tok = s.tokens[i + j]?.stem ?? '';
          const want = w[j] as { stem: string; prefix: boolean };
          ok = want.prefix ? tok.startsWith(want.stem) : tok === want.stem;
        }
        if (ok) {
          const a = s.tokens[i] as { start: number };
          const b = s.tokens[i + w.length - 1] as { end: number };
          out.push({ span: [a.start, b.end], literal: term.literal });
        }
      }
    }
  }
  return out;
}

/** Where a slot's terms occur in a sentence. */
export const slotSpans = (slot: string, s: Sentence): Span[] =>
  hitsOf(compileSlot(slot), s).map((h) => h.span);

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/**
 * Whether every slot of a trigger is met by its own stretch of the sentence (no two slots on the
 * same words), and how specific the match is: higher when the scenario's own words matched.
 */
export function matchTrigger(
  trigger: CompiledTrigger,
  s: Sentence,
  window = Number.POSITIVE_INFINITY,
): number {
  // A few hits per slot are enough to find a non-overlapping choice; more only slow the search.
  const hits = trigger.map((slot) => hitsOf(slot, s));
  if (hits.some((h) => h.length === 0)) return 0;
  let best = 0;
  const chosen: SlotHit[] = [];
  const search = (i: number) => {
    if (i === hits.length) {
      const from = Math.min(...chosen.map((c) => c.span[0]));
      const to = Math.max(...chosen.map((c) => c.span[1]));
      // More slots and the scenario's own words count most; words close together break ties.
      const score =
        trigger.length + chosen.filter((c) => c.literal).length * 0.3 + 1 / (1 + (to - from) / 15);
      if (to - from <= window) best = Math.max(best, score);
      return;
    }
    for (const h of hits[i] as SlotHit[]) {
      if (chosen.some((c) => overlaps(c.span, h.span))) continue;
      chosen.push(h);
      search(i + 1);
      chosen.pop();
    }
  };
  search(0);
  return best;
}

/** The best match of any of the triggers in one sentence (0 when none matches); `window` keeps the slots close together. */
export function matchAny(triggers: readonly (readonly string[])[], s: Sentence, window?: number): number {
  let best = 0;
  for (const t of triggers) best = Math.max(best, matchTrigger(compileTrigger(t), s, window));
  return best;
}
