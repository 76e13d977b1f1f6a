import type { Scenario } from '../content/scenario.ts';
import { type Clause, clausesOf, negatedOutside, sentencesOf } from './clauses.ts';
import { agrees, type Quantity, quantitiesOf } from './quantities.ts';
import { normalize } from './text-match.ts';

type Wordings = { zh: readonly string[]; en: readonly string[] };

/** A key fact stated wrongly in a reply: the entry it belongs to and the clause that asserts the wrong value. */
export interface WrongFact {
  id: string;
  quote: string;
}

interface CompiledFact {
  entry: string;
  topic: string[];
  value: string[];
  quantities: Quantity[];
  wrong: string[];
}

const both = (w: Wordings | undefined) => (w ? [...w.zh, ...w.en].map(normalize) : []);
const compiled = new WeakMap<Scenario, CompiledFact[]>();

function compile(scenario: Scenario): CompiledFact[] {
  let list = compiled.get(scenario);
  if (!list) {
    list = scenario.knowledge.flatMap((k) =>
      k.keyFacts.map((f) => ({
        entry: k.id,
        topic: both(f.topic),
        value: both(f.value),
        quantities: f.value ? [...f.value.zh, ...f.value.en].flatMap((w) => quantitiesOf(w)) : [],
        wrong: both(f.wrong),
      })),
    );
    compiled.set(scenario, list);
  }
  return list;
}

// The agent repeating what the customer said or heard ("you said 30 days", "您说的一个月") is not
// the agent asserting it.
const REPORTS =
  /\b(?:you (?:said|mentioned|were told|heard|thought|read)|(?:they|someone|the text|the message) (?:said|told you|claimed))\b|(?:您|你)(?:说|提到|以为|听说|看到)|有人说|据说|短信(?:里)?说/iu;
// A value denied right before it: "not 30 days", "不是30天", "instead of 45".
const DENIED_BEFORE =
  /(?:\b(?:not|never|isn'?t|aren'?t|wasn'?t|instead of|rather than)\b|n't\b|不是|并非|而不是|而非|并不是)[^.,;，；。]{0,16}$/iu;

/** A sentence as its clauses: a fact's topic, its value and a wrong wording are looked for clause by clause. */
interface Sentence {
  clauses: Clause[];
}

function sentencesIn(text: string): Sentence[] {
  const clauses = clausesOf(text);
  return sentencesOf(text).map((s) => ({
    clauses: clauses.filter((c) => c.start >= s.start && c.start < s.end),
  }));
}

const asserted = (c: Clause) => !c.question && !REPORTS.test(c.text);

/** Clauses of the sentence that name the fact's topic. */
function topicClauses(s: Sentence, fact: CompiledFact): number[] {
  return s.clauses.flatMap((c, i) => (fact.topic.some((t) => normalize(c.text).includes(t)) ? [i] : []));
}

/** The clauses naming the topic and their neighbours: how far a right value or a wrong wording still speaks of it. */
function nearTopic(s: Sentence, at: readonly number[]): Clause[] {
  const around = new Set(at.flatMap((i) => [i - 1, i, i + 1]));
  return s.clauses.filter((_, i) => around.has(i));
}

/** A quantity of a kind the fact knows, stated in a clause naming its topic, that none of its values allows. */
function wrongQuantity(text: string, s: Sentence, fact: CompiledFact, at: number[]): Clause | undefined {
  if (!fact.quantities.length) return undefined;
  const kinds = new Set(fact.quantities.map((q) => q.kind));
  const stated = (c: Clause) => quantitiesOf(c.text).filter((q) => kinds.has(q.kind));
  // A right value in a clause about the topic makes it a list or a correction ("the report lasts 5 days, not 30").
  if (
    at
      .map((i) => s.clauses[i] as Clause)
      .some((c) => stated(c).some((q) => fact.quantities.some((v) => agrees(q, v))))
  )
    return undefined;
  for (const i of at) {
    const c = s.clauses[i];
    const q = c && asserted(c) ? stated(c)[0] : undefined;
    if (c && q && !DENIED_BEFORE.test(text.slice(c.start, c.start + q.start))) return c;
  }
  return undefined;
}

/** A wording that asserts a wrong value next to the topic, not negated, and not beside the right value. */
function wrongWording(s: Sentence, fact: CompiledFact, at: number[]): Clause | undefined {
  const near = nearTopic(s, at);
  // The right value said next to it makes it a correction or a contrast ("free, not a paid visit").
  if (near.some((c) => fact.value.some((v) => normalize(c.text).includes(v)))) return undefined;
  for (const c of near.filter(asserted)) {
    const norm = normalize(c.text);
    for (const w of fact.wrong) {
      const i = norm.indexOf(w);
      if (i >= 0 && !negatedOutside(norm, { start: i, end: i + w.length })) return c;
    }
  }
  return undefined;
}

/**
 * Key facts a reply states wrongly: a sentence about a fact's topic that asserts another value of
 * the same kind (days, amount, date, rate, count, clock time) or a wording that contradicts it.
 * Questions, denials of the wrong value, reports of what the customer said and statements that
 * also give the right value beside it are not wrong facts.
 */
export function wrongFactsOf(scenario: Scenario, text: string): WrongFact[] {
  const facts = compile(scenario);
  if (!facts.length) return [];
  const sentences = sentencesIn(text);
  const out: WrongFact[] = [];
  for (const fact of facts) {
    if (out.some((w) => w.id === fact.entry)) continue;
    for (const s of sentences) {
      const at = topicClauses(s, fact);
      if (!at.length) continue;
      const wrong = wrongQuantity(text, s, fact, at) ?? wrongWording(s, fact, at);
      if (wrong) {
        out.push({ id: fact.entry, quote: wrong.text });
        break;
      }
    }
  }
  return out;
}
