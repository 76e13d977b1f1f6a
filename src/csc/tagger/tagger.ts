import { type ConductTag, detectConduct } from '../conduct.ts';
import type { Span } from '../span.ts';
import type { StageId } from '../stages.ts';
import { priorityRank, type StrategyCode, strategyByCode } from '../strategies.ts';
import type { Lang } from '../text.ts';
import { type CueHit, extractFeatures, findCues, isUpset, type TagContext } from './features.ts';
import { detectLang } from './lang.ts';
import { LinearModel } from './model.ts';

export { CONDUCT_LABELS, type ConductLabel, type ConductTag } from '../conduct.ts';
export type { Span } from '../span.ts';
export type Evidence = Span;

export interface TaggedStrategy {
  code: StrategyCode;
  confidence: number;
  evidence: Evidence[];
}

export interface TagResult {
  lang: Lang;
  primary: StrategyCode;
  /** null when the primary label is OT, which has no stage. */
  stage: StageId | null;
  strategies: TaggedStrategy[];
  /** Conduct a QA reviewer would flag (blame, rudeness, asking for a secret…); empty for most replies. */
  conduct: ConductTag[];
}

export interface TagInput extends TagContext {
  text: string;
  lang?: Lang;
}

/** The framework's context rules for a strategy that is not the primary label. */
function allowedHere(code: StrategyCode, ctx: TagContext): boolean {
  if (code === 'GT') return ctx.turn === undefined || ctx.turn <= 1;
  if (code === 'FR') return ctx.turn === undefined || ctx.turn >= 2;
  if (code === 'EM') return isUpset(ctx) || (ctx.upset === undefined && !ctx.context);
  return true;
}

/** Longer replies are analysed on this many leading characters; a chat reply rarely comes close. */
export const MAX_ANALYSED_CHARS = 2000;
/** Probability factor for a label the context rules out (kept above zero so something always wins). */
const EXCLUDED = 1e-4;
/** A reported action (RI cue) becomes the primary label when the model gives RI at least this much. */
const ACTION_FLOOR = 0.05;
const EM_WITHOUT_WORDS = 0.3;
const YIELDS_TO_ACTION = new Set<StrategyCode>(['FR', 'RC', 'AC', 'EM', 'GT', 'OT']);
/** Two labels this close in probability "fit equally", and the framework's priority decides. */
const TIE_MARGIN = 0.05;
/** A label the model gives at least this probability is reported as present. */
const PRESENT = 0.2;
/** A label whose cue phrase occurs, and that the definitions allow in this context, is reported with at least this confidence. */
const CUE_CONFIDENCE = 0.4;

const CLAUSE = /[^.!?。！？；;\n]+[.!?。！？；;\n]*/g;

export class StrategyTagger {
  constructor(private readonly model: LinearModel) {}

  tag(input: TagInput): TagResult {
    const full = input.text ?? '';
    const text = full.length > MAX_ANALYSED_CHARS ? full.slice(0, MAX_ANALYSED_CHARS) : full;
    const lang = input.lang ?? detectLang(text);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      return {
        lang,
        primary: 'OT',
        stage: null,
        strategies: [{ code: 'OT', confidence: 1, evidence: [] }],
        conduct: [],
      };
    }

    const cues = findCues(text);
    const probs = this.model.probabilities(extractFeatures(text, input, cues));
    this.applyDefinitions(probs, input, cues);

    const classes = this.model.classes;
    const order = classes.map((_, i) => i).sort((a, b) => (probs[b] as number) - (probs[a] as number));
    const top = order[0] as number;
    let primaryIndex = top;
    for (const i of order.slice(1)) {
      if ((probs[top] as number) - (probs[i] as number) > TIE_MARGIN) break;
      if (priorityRank(classes[i] as StrategyCode) < priorityRank(classes[primaryIndex] as StrategyCode))
        primaryIndex = i;
    }
    // An action actually reported (a cue of RI) outranks the courtesies that accompany it — feedback
    // requests, thanks, empathy — as the priority rule says.
    const ri = classes.indexOf('RI');
    if (
      cues.some((h) => h.code === 'RI') &&
      (probs[ri] as number) >= ACTION_FLOOR &&
      YIELDS_TO_ACTION.has(classes[primaryIndex] as StrategyCode)
    ) {
      primaryIndex = ri;
    }
    const primary = classes[primaryIndex] as StrategyCode;

    const cueCodes = new Set(cues.map((h) => h.code));
    let clauses: ClauseScores[] | undefined;
    const lazyClauses = () => {
      clauses ??= this.clauseScores(text, cues);
      return clauses;
    };
    const strategies: TaggedStrategy[] = [];
    classes.forEach((code, i) => {
      const p = probs[i] as number;
      const cued = cueCodes.has(code) && code !== 'OT' && allowedHere(code, input);
      if (i !== primaryIndex && p < PRESENT && !cued) return;
      strategies.push({
        code,
        confidence: cued ? Math.max(p, CUE_CONFIDENCE) : p,
        evidence: this.evidence(text, code, cues, lazyClauses),
      });
    });
    const best = Math.max(...strategies.map((s) => s.confidence));
    for (const s of strategies) {
      if (s.code === primary) s.confidence = best;
      s.confidence = Math.round(s.confidence * 1000) / 1000;
    }
    strategies.sort(
      (a, b) => b.confidence - a.confidence || (a.code === primary ? -1 : b.code === primary ? 1 : 0),
    );
    return { lang, primary, stage: strategyByCode(primary).stage, strategies, conduct: detectConduct(text) };
  }

  /** The framework's context rules: GT only opens; FR never opens; EM answers a visibly upset customer. */
  private applyDefinitions(probs: Float64Array, ctx: TagContext, cues: readonly CueHit[]): void {
    const classes = this.model.classes;
    const damp = (code: StrategyCode, factor: number) => {
      const i = classes.indexOf(code);
      probs[i] = (probs[i] as number) * factor;
    };
    // Context the definitions rule out: GT only opens, FR never opens, EM needs a visibly upset customer.
    if (ctx.turn !== undefined && ctx.turn >= 2) damp('GT', EXCLUDED);
    if (ctx.turn !== undefined && ctx.turn <= 1) damp('FR', EXCLUDED);
    const knowsMood = ctx.upset !== undefined || Boolean(ctx.context);
    if (knowsMood && !isUpset(ctx)) damp('EM', EXCLUDED);
    // Empathy is said in words (sorry, I understand, don't worry…): with none of them it is unlikely.
    if (!cues.some((h) => h.code === 'EM')) damp('EM', EM_WITHOUT_WORDS);
    let sum = 0;
    for (const p of probs) sum += p;
    for (let i = 0; i < probs.length; i++) probs[i] = (probs[i] as number) / sum;
  }

  /** Cue phrases for the label, or else the clause the model scores highest for it. */
  private evidence(
    text: string,
    code: StrategyCode,
    cues: readonly CueHit[],
    clauses: () => ClauseScores[],
  ): Evidence[] {
    const spans = cues.filter((h) => h.code === code).slice(0, 3);
    if (spans.length)
      return spans.map((h) => ({ text: text.slice(h.start, h.end), start: h.start, end: h.end }));
    const c = this.model.classes.indexOf(code);
    let best: ClauseScores | undefined;
    for (const clause of clauses())
      if (!best || (clause.scores[c] as number) > (best.scores[c] as number)) best = clause;
    return best ? [best.span] : [];
  }

  /** Each clause of the text with its class scores; a one-clause text is its own evidence, unscored. */
  private clauseScores(text: string, cues: readonly CueHit[]): ClauseScores[] {
    const out: ClauseScores[] = [];
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
      const clause = m[0].trim();
      if (!clause) continue;
      const start = m.index + m[0].indexOf(clause);
      out.push({ span: { text: clause, start, end: start + clause.length }, scores: new Float64Array(0) });
    }
    // The whole reply's cue hits, cut to each clause, stand in for matching the lexicons again.
    if (out.length > 1)
      for (const c of out) {
        const inside = cues
          .filter((h) => h.start >= c.span.start && h.end <= c.span.end)
          .map((h) => ({ ...h, start: h.start - c.span.start, end: h.end - c.span.start }));
        c.scores = this.model.scores(extractFeatures(c.span.text, {}, inside));
      }
    else if (out[0]) out[0].scores = new Float64Array(this.model.classes.length);
    return out;
  }
}

interface ClauseScores {
  span: Evidence;
  scores: Float64Array;
}

let shared: StrategyTagger | undefined;

/** The tagger with the shipped weights, loaded once. */
export function defaultTagger(): StrategyTagger {
  shared ??= new StrategyTagger(LinearModel.load(new URL('./model.json', import.meta.url)));
  return shared;
}
