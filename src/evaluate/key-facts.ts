import type { Scenario } from '../content/scenario.ts';
import { type Clause, clausesOf, negatedOutside, sentencesOf } from './clauses.ts';
import { agrees, type Quantity, quantitiesOf } from './quantities.ts';
import { withSpokenDurations } from './spoken-durations.ts';
import { normalize } from './text-match.ts';

type Wordings = { zh: readonly string[]; en: readonly string[] };

/** A key fact stated wrongly in a reply: the entry it belongs to and the clause that asserts the wrong value. */
export interface WrongFact {
  id: string;
  quote: string;
  /** Which of the entry's key facts it contradicts (index into its `keyFacts`). */
  fact: number;
}

interface CompiledFact {
  entry: string;
  index: number;
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
      k.keyFacts.map((f, index) => ({
        entry: k.id,
        index,
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

// A wording inside an embedded question is not asserted: "(I can't confirm) whether a pension has arrived".
const EMBEDDED = /\bwhether\b[^.,;]{0,40}$/iu;

// A clause that sets a condition for the next one: "if it's under 30,000", "存款合计不超过3万元的".
const CONDITION =
  /^(?:and |but |so )?(?:if|as long as|provided|for (?:balances|amounts|sums))\b|^(?:如果|要是|假如|只要|凡是)|(?:不超过|超过|以内|以下|以上|低于|高于|少于|多于)[^，,]{0,4}的$/iu;

// A clause that sets the time a rule holds for the next one: "for the first seven days after binding, …",
// "新设备绑定后的头三天，…".
const SCOPE =
  /^(?:and |but |so )?(?:for|during|within|in|over) the (?:first|next|initial|opening)\b|^(?:在)?[^，,]{0,12}(?:后的?)?(?:头|前)[一二两三四五六七八九十\d]+(?:天|个小时|小时|周|个月)(?:内|里|之内)?$/iu;

// A clause that adds another statement to the one before: "we also…", "…as well", "另外…".
const ADDS =
  /\b(?:also|as well|on top of that|in addition)\b|^(?:plus|and also)\b|^(?:另外|而且|并且|同时|此外|还)/iu;

/** What may come before the figure of a bare-figure clause: nothing, or a hedge ("一般", "大概要", "usually"). */
const HEDGE_ONLY =
  /^\s*(?:(?:一般|大概|大约|通常|基本上?|差不多|大致|最快|最慢|最多|至少|得|需要|要|是)+|(?:(?:usually|normally|typically|generally|about|around|roughly|up to|at least|it takes?|takes?|within)\s*)+)?\s*$/iu;

interface TopicHit {
  fact: number;
  start: number;
  end: number;
}

/** A clause read once: its normalized text, its quantities and where each fact's topic occurs in it. */
interface Read {
  clause: Clause;
  norm: string;
  quantities: Quantity[];
  /** Per fact (by index), the positions of its topic wordings in `norm`. */
  topics: Map<number, number[]>;
  hits: TopicHit[];
}

/** A sentence as its clauses: a fact's topic, its value and a wrong wording are looked for clause by clause. */
interface Sentence {
  clauses: Read[];
}

function sentencesIn(text: string, facts: readonly CompiledFact[]): Sentence[] {
  const clauses = clausesOf(text).map((clause) => read(clause, facts));
  return sentencesOf(text).map((s) => ({
    clauses: clauses.filter((c) => c.clause.start >= s.start && c.clause.start < s.end),
  }));
}

function read(clause: Clause, facts: readonly CompiledFact[]): Read {
  const norm = normalize(clause.text);
  const hits = facts.flatMap((f, fact) =>
    f.topic.flatMap((t) => {
      const start = norm.indexOf(t);
      return start < 0 ? [] : [{ fact, start, end: start + t.length }];
    }),
  );
  const topics = new Map<number, number[]>();
  for (const h of hits) topics.set(h.fact, [...(topics.get(h.fact) ?? []), h.start]);
  return { clause, norm, quantities: quantitiesOf(withSpokenDurations(clause.text)), topics, hits };
}

const asserted = (c: Read) => !c.clause.question && !REPORTS.test(c.clause.text);

/** Clauses of the sentence that name the fact's topic. */
function topicClauses(s: Sentence, fact: number): number[] {
  return s.clauses.flatMap((c, i) => (c.topics.has(fact) ? [i] : []));
}

/** The clauses naming the topic and their neighbours: how far a right value or a wrong wording still speaks of it. */
function nearTopic(s: Sentence, at: readonly number[]): Read[] {
  const around = new Set(at.flatMap((i) => [i - 1, i, i + 1]));
  return s.clauses.filter((_, i) => around.has(i));
}

/**
 * The facts a quantity speaks of: among the facts that know its kind and unit, the one whose topic
 * is nearest to it in its clause; a topic inside a longer one ("interest" in "extra interest")
 * names only the longer.
 */
function ownersOf(s: Sentence, i: number, q: Quantity, facts: readonly CompiledFact[]): number[] {
  const knows = (h: TopicHit) => comparableTo(facts[h.fact] as CompiledFact, q, facts);
  const c = s.clauses[i] as Read;
  const all = c.hits.filter(knows);
  const here = all.filter(
    (h) =>
      !all.some(
        (o) => o.fact !== h.fact && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start,
      ),
  );
  // A condition said before its topic ("不超过3万元的，可以走简化提取", "if it's under 30,000, the
  // simplified route applies") speaks of the next clause's topic.
  // A clause that is little more than the figure ("…才会发起退款，一般7到15个工作日", "…the refund, usually
  // 7-15 working days") says it of the previous clause's topic.
  if (!all.length) {
    if (CONDITION.test(c.clause.text) || SCOPE.test(c.clause.text))
      return (s.clauses[i + 1]?.hits ?? []).filter(knows).map((h) => h.fact);
    const [before = '', after = ''] = c.clause.text.split(q.text);
    const bare = HEDGE_ONLY.test(before) && after.replace(/\s/gu, '').length <= 4;
    return bare ? (s.clauses[i - 1]?.hits ?? []).filter(knows).map((h) => h.fact) : [];
  }
  if (!here.length) return [];
  const gap = (h: TopicHit) => (h.start >= q.end ? h.start - q.end : Math.max(0, q.start - h.end));
  const best = Math.min(...here.map(gap));
  return here.filter((h) => gap(h) === best).map((h) => h.fact);
}

/**
 * Whether a quantity can be set against the fact's values: the same kind and unit, or a duration on
 * the other scale when every value of the fact is on one ("三个工作日" or "two to three working days" for
 * a lift said to take minutes), unless another fact of the case is timed on the quantity's scale.
 */
function comparableTo(fact: CompiledFact, q: Quantity, facts: readonly CompiledFact[]): boolean {
  const same = (v: Quantity) => v.kind === q.kind && v.unit === q.unit;
  if (fact.quantities.some(same)) return true;
  if (q.kind !== 'duration') return false;
  // A duration another fact of the case is timed in belongs to that fact ("签收后48小时内退款" is not the 7-day window).
  if (facts.some((f) => f.quantities.some(same))) return false;
  return fact.quantities.some((v) => v.kind === 'duration');
}

/** A quantity of a kind and unit the fact knows, said about its topic, that none of its values allows. */
function wrongQuantity(s: Sentence, facts: readonly CompiledFact[], f: number): Read | undefined {
  const fact = facts[f] as CompiledFact;
  if (!fact.quantities.length) return undefined;
  const comparable = (q: Quantity) => comparableTo(fact, q, facts);
  const stated = s.clauses.flatMap((c, i) =>
    c.quantities.filter((q) => comparable(q) && ownersOf(s, i, q, facts).includes(f)).map((q) => ({ c, q })),
  );
  // A right value of the same kind said about the topic makes it a list or a correction ("the report lasts
  // 5 days, not 30"), and so does any right value in its clause ("for 2,000 USD the 0.1% is under 50"); a right
  // amount in another clause does not excuse a wrong duration ("for seven days, transfers are capped at 5,000").
  const right = stated.filter(({ q }) => fact.quantities.some((v) => agrees(q, v)));
  return stated.find(
    ({ c, q }) =>
      !right.some((r) => r.q.kind === q.kind || r.c === c) &&
      asserted(c) &&
      !DENIED_BEFORE.test(c.clause.text.slice(0, q.start)),
  )?.c;
}

/** A wording that asserts a wrong value next to the topic, not negated, and not beside the right value. */
function wrongWording(s: Sentence, fact: CompiledFact, at: number[]): Read | undefined {
  const near = nearTopic(s, at);
  // The right value said in its clause, or next to a clause that leans on the topic before it, makes it a
  // correction or a contrast ("free, not a paid visit"); said further off, before a clause that names the
  // topic again or adds to it, it is another part of the fact ("a free visit…, and we guarantee it the
  // next day", "C2 means R1 and R2; an R4 product needs C3", "free of charge; we also guarantee…").
  const right = (c: Read) => fact.value.some((v) => c.norm.includes(v));
  // The right value inside the wrong wording itself ("公证" in "不用公证") is no correction.
  const besideRight = (c: Read, w: string, i: number) => {
    const j = s.clauses.indexOf(c);
    if (fact.value.some((v) => `${c.norm.slice(0, i)} ${c.norm.slice(i + w.length)}`.includes(v)))
      return true;
    if (at.includes(j) || ADDS.test(c.norm)) return false;
    return [s.clauses[j - 1], s.clauses[j + 1]].some((k) => k !== undefined && right(k));
  };
  for (const c of near.filter(asserted)) {
    for (const w of fact.wrong) {
      const i = c.norm.indexOf(w);
      if (
        i >= 0 &&
        !besideRight(c, w, i) &&
        !negatedOutside(c.norm, { start: i, end: i + w.length }) &&
        !DENIED_BEFORE.test(c.norm.slice(0, i)) &&
        !EMBEDDED.test(c.norm.slice(0, i))
      )
        return c;
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
  const sentences = sentencesIn(text, facts);
  const out: WrongFact[] = [];
  facts.forEach((fact, f) => {
    if (out.some((w) => w.id === fact.entry)) return;
    for (const s of sentences) {
      const at = topicClauses(s, f);
      if (!at.length) continue;
      const wrong = wrongQuantity(s, facts, f) ?? wrongWording(s, fact, at);
      if (wrong) {
        out.push({ id: fact.entry, quote: wrong.clause.text, fact: fact.index });
        break;
      }
    }
  });
  return out;
}

/**
 * Which key fact of the entry a quoted wrong statement contradicts (index into its `keyFacts`): the
 * one the quote states wrongly, else the one whose topic it names; undefined when neither tells.
 */
export function contradictedFact(scenario: Scenario, entry: string, quote: string): number | undefined {
  const found = wrongFactsOf(scenario, quote).find((w) => w.id === entry);
  if (found) return found.fact;
  const norm = normalize(quote);
  return compile(scenario).find((f) => f.entry === entry && f.topic.some((t) => norm.includes(t)))?.index;
}
