import type { Scenario } from '../content/scenario.ts';
import { type Clause, clausesOf, negatedOutside } from './clauses.ts';
import { wrongFactsOf } from './key-facts.ts';
import { agrees, type Quantity, quantitiesOf } from './quantities.ts';
import { withSpokenDurations } from './spoken-durations.ts';
import { normalize } from './text-match.ts';

type Entry = Scenario['knowledge'][number];
type Wordings = { zh: readonly string[]; en: readonly string[] };

export interface FactHit {
  id: string;
  /** The clause that states it, verbatim. */
  quote: string;
}

interface Compiled {
  id: string;
  cues: string[];
  values: { words: string[]; quantities: Quantity[]; kinds: Set<string> }[];
  contradicts: string[];
}

const compiled = new WeakMap<Scenario, Compiled[]>();
const both = (w: Wordings | undefined) => (w ? [...w.zh, ...w.en].map(normalize) : []);

function compile(scenario: Scenario): Compiled[] {
  let list = compiled.get(scenario);
  if (!list) {
    list = scenario.knowledge.map((k: Entry) => ({
      id: k.id,
      cues: both(k.cues),
      values: k.values.map((v) => {
        const quantities = [...v.zh, ...v.en].flatMap((w) => quantitiesOf(w));
        return { words: both(v), quantities, kinds: new Set(quantities.map((q) => q.kind)) };
      }),
      contradicts: both(k.contradicts),
    }));
    compiled.set(scenario, list);
  }
  return list;
}

/** Where a normalized phrase occurs in a normalized clause, as a span of that clause; the clause must be asserted there. */
function assertedAt(clause: string, phrase: string): { start: number; end: number } | undefined {
  const i = clause.indexOf(phrase);
  return i < 0 ? undefined : { start: i, end: i + phrase.length };
}

interface Statement {
  clause: Clause;
  norm: string;
  quantities: Quantity[];
}

function statementsOf(text: string): Statement[] {
  return clausesOf(text).map((clause) => ({
    clause,
    norm: normalize(clause.text),
    quantities: quantitiesOf(withSpokenDurations(clause.text)),
  }));
}

/** A statement about the entry: a cue occurs in it, not inside a question or a denial. */
function aboutEntry(s: Statement, entry: Compiled): boolean {
  if (s.clause.question) return false;
  return entry.cues.some((cue) => {
    const at = assertedAt(s.norm, cue);
    return at !== undefined && !negatedOutside(s.norm, at);
  });
}

const DIGIT = /[0-9]/;
const BARE_NUMBER = /^[0-9][0-9,.]*$/;

/**
 * A value wording said in the clause, unit-aware: a number is not part of a longer one ("2%" is not
 * in "12%", "150" not in "1,500"), and a bare number ("150", "10,000") said with a unit of another
 * kind than the value's ("150 days" for a fee of 150 yuan) is another quantity, not the value.
 */
function saysWord(s: Statement, w: string, kinds: ReadonlySet<string>): boolean {
  for (let i = s.norm.indexOf(w); i >= 0; i = s.norm.indexOf(w, i + 1)) {
    const before = s.norm.slice(Math.max(0, i - 2), i);
    const after = s.norm.slice(i + w.length, i + w.length + 2);
    if (DIGIT.test(w[0] ?? '') && /[0-9]$|[0-9][.,]$/.test(before)) continue;
    if (DIGIT.test(w.at(-1) ?? '') && /^[0-9]|^[.,][0-9]/.test(after)) continue;
    if (BARE_NUMBER.test(w) && kinds.size) {
      const other = s.quantities.some((q) => q.text.includes(w) && !kinds.has(q.kind));
      if (other) continue;
    }
    return true;
  }
  return false;
}

function carriesValue(statements: readonly Statement[], value: Compiled['values'][number]): boolean {
  return statements.some(
    (s) =>
      !s.clause.question &&
      (value.words.some((w) => saysWord(s, w, value.kinds)) ||
        s.quantities.some((q) => value.quantities.some((v) => agrees(q, v)))),
  );
}

/** A quantity stated about the entry that none of its values of that kind allows. */
// Amounts are everywhere in a support chat (balances, limits, other fees), so only timelines,
// counts, rates and clock times are compared; a clause that also carries a right value is not wrong.
const COMPARED = new Set(['duration', 'count', 'percent', 'clock']);

function wrongQuantity(s: Statement, entry: Compiled): Quantity | undefined {
  const values = entry.values.flatMap((v) => v.quantities);
  for (const q of s.quantities) {
    if (!COMPARED.has(q.kind)) continue;
    const sameKind = values.filter((v) => v.kind === q.kind);
    if (!sameKind.length || sameKind.some((v) => agrees(q, v))) continue;
    if (s.quantities.some((o) => sameKind.some((v) => agrees(o, v)))) continue;
    return q;
  }
  return undefined;
}

/**
 * What one reply states about the scenario's knowledge: entries it conveys (a statement about the
 * entry, not a question or a denial, carrying its key values when it has any, and nothing that
 * contradicts it) and entries it states wrongly (a contradicting wording, or a value that disagrees).
 */
export function factsOf(scenario: Scenario, text: string): { conveyed: FactHit[]; contradicted: FactHit[] } {
  const statements = statementsOf(text);
  const conveyed: FactHit[] = [];
  const contradicted: FactHit[] = wrongFactsOf(scenario, text);
  for (const entry of compile(scenario)) {
    if (contradicted.some((c) => c.id === entry.id)) continue;
    const about = statements.filter((s) => aboutEntry(s, entry));
    const wrong =
      statements.find(
        (s) =>
          !s.clause.question &&
          entry.contradicts.some((w) => s.norm.includes(w) && !negatedOutside(s.norm, assertedAt(s.norm, w))),
      ) ?? about.find((s) => wrongQuantity(s, entry));
    if (wrong) {
      contradicted.push({ id: entry.id, quote: wrong.clause.text });
      continue;
    }
    const first = about[0];
    if (!first) continue;
    if (entry.values.every((v) => carriesValue(statements, v)))
      conveyed.push({ id: entry.id, quote: first.clause.text });
  }
  return { conveyed, contradicted };
}
