import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import { fnv1a } from '../csc/deterministic.ts';
import type { Lang } from '../csc/text.ts';
import { type Act, FALLBACK, FILLABLE, NO_ASIDE } from './act.ts';
import { namedDoubt } from './doubt-named.ts';
import { answerFields, codeFor } from './identity-data.ts';
import { ownEnding } from './own-endings.ts';
import type { Banks, PhraseKey, Register } from './phrases.ts';
import { EN } from './phrases-en.ts';
import { ZH } from './phrases-zh.ts';
import { fitting } from './quoted.ts';
import { lineHash } from './rng.ts';
import { likeness, lowerFirst, oneLead, partHashes, tailFits } from './say-text.ts';
import type { CustomerState } from './state.ts';
import { nextEvasion } from './understand/evasion.ts';
import type { AskedField } from './understand/identity.ts';
import type { Sentence } from './understand/text.ts';
import { joinParts, registerOf, voiced } from './voice.ts';

export type { Act } from './act.ts';

const BANKS: Record<Lang, Banks> = { zh: ZH, en: EN };

export interface SpeakerContext {
  scenario: Scenario;
  persona: Persona;
  lang: Lang;
  seed: number;
  state: CustomerState;
}

type Option = { o: string; i: number };
const UNSETTLED: PhraseKey[] = ['unresolved', 'actionRequest', 'upset', 'knowledgeAck', 'accept'];
const SETTLED: PhraseKey[] = ['wrapUpAck', 'knowledgeAck', 'satisfied', 'accept'];

/**
 * Turns acts into one line in the persona's voice. Every wording it uses is remembered, so an
 * unused one is always preferred, and the finished line is never one the customer said before.
 */
export class Speaker {
  private readonly register: Register;
  /** The agent's turn being answered, for choices that depend on what was said. */
  private agent: readonly Sentence[] = [];

  constructor(
    private readonly c: SpeakerContext,
    private readonly random: () => number,
  ) {
    this.register = registerOf(c.persona);
  }

  /** The line for these acts; `asides` allows a signature remark at the end (never on an ending). */
  line(acts: readonly Act[], asides = false): string {
    const { lang, persona, state } = this.c;
    const own = fitting(persona.voice.asides[lang], this.agent);
    const unused = own.filter((_, i) => !state.used.includes(`aside#${i}`));
    const chance = persona.speakingStyle.verbosity === 'terse' ? 0.15 : 0.22;
    const aside =
      asides &&
      unused.length &&
      acts.length <= 2 &&
      // After a question the customer waits for the answer; a remark tacked on reads like a second message.
      acts.at(-1)?.k !== 'need' &&
      !state.satisfied &&
      !acts.some(
        (a) =>
          a.k === 'step' ||
          a.k === 'code' ||
          a.k === 'said' ||
          a.k === 'challenge' ||
          (a.k === 'bank' && NO_ASIDE.has(a.key)),
      ) &&
      this.random() < chance
        ? this.pick('aside', own)
        : undefined;
    const filler = FILLABLE.has(acts[0]?.k ?? 'bank') ? this.filler() : undefined;
    let line = '';
    let kept: string[] = [];
    const partSaid = (p: string) => partHashes(p).some((h) => state.said.includes(h));
    for (let attempt = 0; attempt < 12; attempt++) {
      const parts = acts.map((a) => this.render(a, attempt)).filter((p): p is string => Boolean(p));
      // No sentence comes back word for word: a part said before is left out once others remain.
      kept = attempt >= 2 ? parts.filter((p) => !partSaid(p)) : parts;
      if (!kept.length || (attempt >= 6 && kept.length < parts.length)) kept.push(...this.fresh(attempt));
      const body = joinParts(oneLead(kept, lang), lang);
      line = voiced(body, persona, lang, this.random, {
        opener: false,
        aside: tailFits(aside, body, state.emotion),
        filler,
        heated: state.emotion >= 3,
        address: this.mayAddress(),
      });
      if (!state.said.includes(lineHash(line)) && (attempt >= 8 || !kept.some(partSaid))) break;
    }
    state.said.push(lineHash(line), ...kept.flatMap(partHashes));
    if (persona.voice.address[lang].some((a) => line.startsWith(a) || line.includes(`, ${a}`)))
      state.used.push(`addressed@${state.said.length}`);
    return line;
  }

  /** "小姑娘，" twice a drill at most, and never on two lines running: more reads like a tic. */
  private mayAddress(): boolean {
    const marks = this.c.state.used.filter((u) => u.startsWith('addressed@'));
    const last = Number(marks.at(-1)?.slice('addressed@'.length) ?? -99);
    return marks.length < 2 && this.c.state.said.length - last > 4;
  }

  /** A terse persona keeps to the shorter wordings, a talkative one to the longer (the order of the rest kept). */
  private sized(options: readonly string[]): readonly string[] {
    const v = this.c.persona.speakingStyle.verbosity;
    if (v === 'moderate' || options.length < 3) return options;
    const byLength = [...options].sort((a, b) => a.length - b.length);
    const keep = new Set(v === 'terse' ? byLength.slice(0, 2) : byLength.slice(-2));
    return options.filter((o) => keep.has(o));
  }

  /** A wording not said yet, from the banks a customer falls back on when nothing new is left. */
  private fresh(attempt: number): string[] {
    // A customer whose problem is solved does not fall back on "nothing's fixed yet".
    const keys: PhraseKey[] = this.c.state.satisfied ? SETTLED : UNSETTLED;
    for (const key of keys) {
      const options = this.bank(key).filter((o) => !partHashes(o).some((h) => this.c.state.said.includes(h)));
      if (options.length) return [this.pick(`bank:${key}`, options, attempt > 0)];
    }
    return [];
  }

  /** The scenario's opening message in the persona's voice; `opener` lets a catchphrase start it. */
  opening(text: string, opener: boolean): string {
    const { lang, persona, state } = this.c;
    const line = voiced(text, persona, lang, this.random, { opener });
    state.said.push(lineHash(line), ...partHashes(text));
    return line;
  }

  /** Remembers the agent's turn the next line answers. */
  hear(agent: readonly Sentence[]): void {
    this.agent = agent;
  }

  /** An identity answer alone, for callers that need the fields it gave. */
  identity(fields: readonly AskedField[]): { text: string; given: string[] } | undefined {
    const { scenario, persona, lang } = this.c;
    return answerFields(fields, { scenario, persona, lang, random: this.random, agent: this.agent });
  }

  /** Now and then a filler in front of the customer's own words; never the one used last time. */
  private filler(): string | undefined {
    const { persona, lang, state } = this.c;
    const fillers = persona.voice.fillers[lang];
    const verbosity = persona.speakingStyle.verbosity;
    const chance = verbosity === 'verbose' ? 0.3 : verbosity === 'moderate' ? 0.18 : 0.06;
    const last = state.used.findIndex((u) => u.startsWith('filler-last#'));
    const lastIndex = last >= 0 ? Number(state.used[last]?.slice('filler-last#'.length)) : -1;
    if (last >= 0) state.used.splice(last, 1);
    if (!fillers.length || this.random() >= chance) return undefined;
    // Each filler is said once a drill: "哎哟" three times reads like a tic of the machine, not the person.
    const options = fillers
      .map((f, i) => ({ f, i }))
      .filter(({ i }) => i !== lastIndex && !state.used.includes(`filler#${i}`));
    if (!options.length) return undefined;
    const choice = options[Math.floor(this.random() * options.length)] as { f: string; i: number };
    state.used.push(`filler-last#${choice.i}`, `filler#${choice.i}`);
    return choice.f;
  }

  private bank(key: PhraseKey): readonly string[] {
    const mine = ownEnding(this.c.persona.id, this.c.lang, key, this.c.seed, this.c.state);
    const named = namedDoubt(key, this.c.lang, this.register, this.c.state);
    if (mine || named) return mine ? [mine] : (named as string[]);
    const bank = BANKS[this.c.lang][key];
    const own = fitting((this.register !== 'any' && bank[this.register]) || [], this.agent);
    if (own.length && this.random() < (this.register === 'curt' ? 0.8 : 0.6)) return own;
    const any = fitting(bank.any, this.agent);
    return this.ownShare(any.length ? any : bank.any);
  }

  /** The share of a shared wording list this persona uses (each has own habits); short lists kept whole. */
  private ownShare(options: readonly string[]): readonly string[] {
    if (options.length < 4) return options;
    const id = this.c.persona.id;
    const share = options.filter((o) => fnv1a(`${id}|${o}`) % 3 !== 0);
    return share.length >= 2 ? share : options;
  }

  /** The wording a persona reaches for first: the shortest if terse, the fullest if talkative, else its own habit. */
  private favourite(id: string, options: readonly string[]): number {
    const v = this.c.persona.speakingStyle.verbosity;
    const byLength = options.map((o, i) => ({ n: o.length, i })).sort((a, b) => a.n - b.n);
    if (v === 'terse') return (byLength[0] as { i: number }).i;
    if (v === 'verbose') return (byLength.at(-1) as { i: number }).i;
    // The scenario's own cast take turns, so two of its suggested customers never start alike.
    const cast = this.c.scenario.suggestedPersonas.indexOf(this.c.persona.id);
    const base = cast >= 0 ? cast : fnv1a(this.c.persona.id) % options.length;
    return (base + (fnv1a(`${id}|${this.c.seed}`) % options.length)) % options.length;
  }

  /** An unused wording of `id` when there is one; with `fresh` also one not used in this very line. */
  private pick(id: string, options: readonly string[], fresh = false): string {
    const used = this.c.state.used;
    const unused = options.map((o, i) => ({ o, i })).filter(({ i }) => !used.includes(`${id}#${i}`));
    const pool = unused.length ? unused : options.map((o, i) => ({ o, i }));
    // The first time, each persona has its own favourite wording: two customers on one seed start apart.
    const first = unused.length === options.length && options.length > 1;
    const own = this.favourite(id, options);
    const choice = (first ? pool[own] : pool[Math.floor(this.random() * pool.length)]) as Option;
    if (!used.includes(`${id}#${choice.i}`) || fresh) used.push(`${id}#${choice.i}`);
    return choice.o;
  }

  /** The unused wording most like the ones already said (each wording of a fact says the same thing differently). */
  private nearest(id: string, options: readonly string[]): string {
    const used = this.c.state.used;
    const said = options.filter((_, i) => used.includes(`${id}#${i}`));
    const unused = options.map((o, i) => ({ o, i })).filter(({ i }) => !used.includes(`${id}#${i}`));
    if (!said.length || !unused.length) return this.pick(id, options);
    const score = (o: string) => Math.max(...said.map((x) => likeness(o, x)));
    const best = unused.reduce((a, b) => (score(b.o) > score(a.o) ? b : a));
    used.push(`${id}#${best.i}`);
    return best.o;
  }

  /** The scenario's own wording of an objection, a challenge or an answer. */
  private own(a: Extract<Act, { k: 'objection' | 'challenge' | 'answer' }>): string | undefined {
    const { scenario, lang } = this.c;
    const lists = {
      objection: scenario.objections,
      challenge: scenario.challenges,
      answer: scenario.answers,
    };
    const x = (lists[a.k] ?? []).find((y) => y.id === a.id);
    return x ? this.pick(`${a.k}:${a.id}`, x.says[lang]) : undefined;
  }

  private render(a: Act, attempt: number): string | undefined {
    const { scenario, lang, seed } = this.c;
    switch (a.k) {
      case 'bank': {
        const text = this.pick(`bank:${a.key}`, this.bank(a.key));
        return text.replace('{code}', codeFor(seed));
      }
      case 'fact': {
        const fact = scenario.hiddenFacts.find((f) => f.id === a.id);
        if (!fact) return undefined;
        if (!a.again) return this.pick(`fact:${a.id}`, this.sized(fact.says[lang]));
        // "As I said" is followed by what was said, in other words: the wording nearest the one used.
        const says = this.nearest(`fact:${a.id}`, fact.says[lang]);
        const lead = this.pick('bank:againLead', this.bank('againLead'));
        return `${lead}${lang === 'en' ? lowerFirst(says) : says}`;
      }
      case 'identity':
        return this.identity(a.fields)?.text;
      case 'code':
        return this.pick('bank:codeGive', this.bank('codeGive')).replace('{code}', codeFor(seed, a.n));
      case 'step': {
        const step = scenario.reactions.steps?.find((x) => x.id === a.id);
        if (!step) return undefined;
        if (a.blocked) return step.blocked ? this.pick(`blocked:${a.id}`, step.blocked[lang]) : undefined;
        return this.pick(`step:${a.id}`, step.says[lang]);
      }
      case 'upfront': {
        const item = scenario.upFront[a.index];
        return item ? this.pick(`upfront:${a.index}`, item[lang]) : undefined;
      }
      case 'challenge':
        if (a.again) return this.pick('bank:challengeAgain', this.bank('challengeAgain'));
        return this.own(a);
      case 'objection':
      case 'answer':
        return this.own(a);
      case 'need': {
        const n = scenario.needs.find((x) => x.id === a.id);
        if (!n) return undefined;
        const used = this.c.state.used;
        const fresh = n.asks[lang].some((_, i) => !used.includes(`need:${a.id}#${i}`));
        if (fresh) return this.pick(`need:${a.id}`, n.asks[lang]);
        // Every wording used: a plain "so what now?" rather than the same question word for word.
        if (!used.includes(`again:${a.id}`)) used.push(`again:${a.id}`);
        return this.pick('bank:unresolved', this.bank('unresolved'), attempt > 0);
      }
      case 'evasion': {
        const ev = (scenario.impostor?.evasions ?? []).map((e) => e[lang]);
        if (!ev.length) return undefined;
        const i = attempt > 0 ? undefined : nextEvasion(ev, this.agent, this.c.state.used);
        // Every argument made once: pressed further, he brushes the question aside instead of repeating one.
        return i === undefined ? this.pick('bank:deflect', this.bank('deflect'), attempt > 0) : ev[i];
      }
      case 'said':
        if (a.mark && !this.c.state.used.includes(a.mark)) this.c.state.used.push(a.mark);
        return a.text;
      case 'reaction': {
        const own = scenario.reactions[a.key];
        if (own) return this.pick(`reaction:${a.key}`, own[lang], attempt > 0);
        return this.pick(`bank:${FALLBACK[a.key]}`, this.bank(FALLBACK[a.key]), attempt > 0);
      }
    }
  }
}
