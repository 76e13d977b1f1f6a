import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import { blames, usesJargon } from '../csc/detectors.ts';
import type { Lang } from '../csc/text.ts';
import { DIFFICULTY } from './difficulty.ts';
import { BASELINE_LEVEL, clampEmotion } from './emotion.ts';
import { IDENTITY_ANSWERS, PHRASES, type PhraseKey } from './phrases.ts';
import { madeProgress } from './progress.ts';
import { lineHash, pick, turnRandom } from './rng.ts';
import type { CustomerState } from './state.ts';
import type { Customer, CustomerReply, CustomerTurn } from './types.ts';
import { catchphrases, joinParts, withCatchphrase } from './voice.ts';

const SLOW_MS = 120_000;
const VERY_SLOW_MS = 300_000;
/** A strategy counts for the customer's reaction when the tagger is at least this sure. */
const PRESENT = 0.3;

/**
 * The offline customer: driven only by persona, scenario, the tagged reply and the drill seed, so
 * the same seed and the same trainee input always give the same conversation.
 */
export class ScriptedCustomer implements Customer {
  open(
    scenario: Scenario,
    persona: Persona,
    lang: Lang,
    seed: number,
  ): { text: string; state: CustomerState } {
    const random = turnRandom(seed, -1, 'open');
    const profile = DIFFICULTY[scenario.difficulty];
    const parts = [scenario.openingLine[lang]];
    const revealed: string[] = [];
    const first = scenario.hiddenFacts[0];
    if (profile.hidden === 'volunteer-first' && first) {
      parts.push(first.says[lang]);
      revealed.push(first.id);
    }
    let text = joinParts(parts, lang);
    const phrases = catchphrases(persona, lang);
    if (phrases.length && random() < 0.5) text = withCatchphrase(text, pick(random, phrases), lang);
    const state: CustomerState = {
      emotion: BASELINE_LEVEL[persona.baselineEmotion],
      stalled: 0,
      furiousTurns: 0,
      revealed,
      objectionsRaised: 0,
      identityAsked: false,
      verified: false,
      identityGiven: [],
      satisfied: false,
      said: [lineHash(text)],
      wrapUp: 0,
    };
    return { text, state };
  }

  respond(t: CustomerTurn): CustomerReply {
    const { scenario, persona, lang } = t;
    const profile = DIFFICULTY[scenario.difficulty];
    const random = turnRandom(t.seed, t.turn, t.agentText);
    const say = (key: PhraseKey) => pick(random, PHRASES[key][lang]);
    const state: CustomerState = {
      ...t.state,
      revealed: [...t.state.revealed],
      identityGiven: [...t.state.identityGiven],
      said: [...t.state.said],
    };
    const codes = new Set(t.tags.strategies.filter((s) => s.confidence >= PRESENT).map((s) => s.code));
    codes.add(t.tags.primary);

    // Satisfied: answer the feedback question, and leave when thanked (or after one more exchange).
    if (state.satisfied) {
      state.wrapUp++;
      if (codes.has('AC') || state.wrapUp >= 2)
        return this.finish(state, say('goodbye'), 'resolved', lang, random);
      return { text: this.unique(say('nothingElse'), state, lang, random), state, revealed: [] };
    }

    // Identity answers and hidden facts first: they decide whether the reply moved things forward.
    const identity = this.answerIdentity(t, state, random);
    const revealed = this.revealFacts(t, state, codes);
    const progress = madeProgress(t, revealed.length, identity.length);

    const before = state.emotion;
    let delta = 0;
    if (codes.has('EM') && before >= 1) delta -= 1 * profile.calming;
    if (codes.has('RP')) delta -= 0.5 * profile.calming;
    if (t.newlyConveyed.length || t.actionNow) delta -= 0.5 * profile.calming;
    if (!progress) delta += 0.5 * profile.sensitivity;
    const blamed = blames(t.agentText);
    if (blamed) delta += 1 * profile.sensitivity;
    const jargon = persona.techSavviness === 'low' && usesJargon(t.agentText);
    if (jargon) delta += 0.5 * profile.sensitivity;
    if (t.latencyMs > VERY_SLOW_MS) delta += 1 * profile.sensitivity;
    else if (t.latencyMs > SLOW_MS) delta += 0.5 * profile.sensitivity;
    if (t.forbiddenClaim) delta += 0.5 * profile.sensitivity;
    state.emotion = clampEmotion(before + delta);
    state.stalled = progress ? 0 : state.stalled + 1;
    state.furiousTurns = state.emotion >= 4 ? state.furiousTurns + 1 : 0;

    const patience = Math.max(2, Math.round(persona.patience * profile.patienceFactor));
    if (state.furiousTurns >= 2 || state.stalled >= patience) {
      return this.finish(state, say('gaveUp'), 'customer-gave-up', lang, random, revealed);
    }
    if (t.turnsLeft <= 0) return this.finish(state, say('maxTurns'), 'max-turns', lang, random, revealed);

    const parts: string[] = [];
    if (t.latencyMs > SLOW_MS) parts.push(say('slowReply'));
    if (blamed) parts.push(say('blamed'));
    if (t.forbiddenClaim) parts.push(say('pushback'));
    if (codes.has('EM') && before >= 2 && !blamed) parts.push(say('empathyAck'));
    parts.push(...identity);
    for (const id of revealed) {
      const fact = scenario.hiddenFacts.find((f) => f.id === id);
      if (fact) parts.push(say('revealPrefix') + fact.says[lang]);
    }
    if (t.newlyConveyed.length && !t.forbiddenClaim) parts.push(say('knowledgeAck'));
    if (jargon) parts.push(say('jargon'));

    if (t.resolutionMet && !t.forbiddenClaim) {
      state.satisfied = true;
      parts.push(say('satisfied'));
    } else if (
      state.objectionsRaised < profile.objections(scenario) &&
      (t.newlyConveyed.length || t.actionNow || t.turn >= 3)
    ) {
      parts.push((scenario.objections[state.objectionsRaised] as Scenario['objections'][number])[lang]);
      state.objectionsRaised++;
    } else if (scenario.impostor && codes.has('IV') && identity.length === 0) {
      parts.push(pick(random, scenario.impostor.evasions)[lang]);
    } else if (parts.length === 0 || !progress) {
      parts.push(this.nextAsk(t, say, random));
    }

    const mood =
      state.emotion >= 4
        ? 'furious'
        : state.emotion >= 3
          ? 'angry'
          : state.emotion >= 2
            ? 'upset'
            : undefined;
    if (mood && state.emotion > before && !state.satisfied) parts.unshift(say(mood));

    return { text: this.unique(joinParts(parts, lang), state, lang, random, persona), state, revealed };
  }

  private finish(
    state: CustomerState,
    line: string,
    end: CustomerReply['end'],
    lang: Lang,
    random: () => number,
    revealed: string[] = [],
  ): CustomerReply {
    const text = this.unique(line, state, lang, random);
    return { text, state, revealed, end };
  }

  /** What the customer still needs: the action, or an answer, or (when stuck) the goal spelled out. */
  private nextAsk(t: CustomerTurn, say: (k: PhraseKey) => string, random: () => number): string {
    const required = t.scenario.resolution.requiredKnowledge;
    const allConveyed = required.every((id) => t.conveyed.includes(id));
    if (t.scenario.resolution.actionRequired && allConveyed) return say('actionRequest');
    if (t.state.stalled >= 1 && random() < 0.6)
      return say('goal').replace('{goal}', t.scenario.customerGoal[t.lang]);
    return say('unresolved');
  }

  private answerIdentity(t: CustomerTurn, state: CustomerState, random: () => number): string[] {
    if (!t.identityFieldsAsked.length) return [];
    state.identityAsked = true;
    const impostor = t.scenario.impostor;
    const identity = impostor ? impostor.holder : t.persona.identity;
    const out: string[] = [];
    let refused = false;
    for (const field of t.identityFieldsAsked) {
      if (impostor && !(impostor.knows as string[]).includes(field)) {
        refused = true;
        continue;
      }
      const value = identityValue(identity, field, t.lang, t.seed, random);
      const template = IDENTITY_ANSWERS[field]?.[t.lang];
      if (!value || !template) continue;
      out.push(template.replace('{v}', value));
      if (!state.identityGiven.includes(field)) state.identityGiven.push(field);
    }
    if (refused && impostor) out.push(pick(random, impostor.evasions)[t.lang]);
    if (!impostor && state.identityGiven.length >= 2) state.verified = true;
    return out;
  }

  private revealFacts(t: CustomerTurn, state: CustomerState, codes: Set<string>): string[] {
    const profile = DIFFICULTY[t.scenario.difficulty];
    const asking = codes.has('PR') || codes.has('IV') || /[?？吗]/.test(t.agentText);
    if (profile.hidden === 'on-question' && !asking) return [];
    const text = t.agentText.toLowerCase();
    const out: string[] = [];
    for (const fact of t.scenario.hiddenFacts) {
      if (state.revealed.includes(fact.id) || out.length >= 2) continue;
      const cues = [...fact.askCues[t.lang], ...fact.askCues[t.lang === 'zh' ? 'en' : 'zh']];
      if (cues.some((c) => text.includes(c.toLowerCase()))) {
        out.push(fact.id);
        state.revealed.push(fact.id);
      }
    }
    return out;
  }

  /** Never the same line twice in a drill: try another wording, else mark it as a repeat. */
  private unique(
    text: string,
    state: CustomerState,
    lang: Lang,
    random: () => number,
    persona?: Persona,
  ): string {
    let line = text;
    const phrases = persona ? catchphrases(persona, lang) : [];
    if (phrases.length && random() < 0.15) line = withCatchphrase(line, pick(random, phrases), lang);
    for (let i = 0; state.said.includes(lineHash(line)) && i < 6; i++) {
      line = `${pick(random, PHRASES.again[lang])}${text}`;
      if (i >= 3)
        line = `${line}${lang === 'zh' ? '（' : ' ('}${state.said.length}${lang === 'zh' ? '）' : ')'}`;
    }
    state.said.push(lineHash(line));
    return line;
  }
}

function identityValue(
  identity: Persona['identity'],
  field: string,
  lang: Lang,
  seed: number,
  random: () => number,
): string | undefined {
  switch (field) {
    case 'fullName':
      return identity.fullName[lang];
    case 'phone':
      return identity.phone;
    case 'cardLastFour':
      return identity.cardLastFour;
    case 'dateOfBirth':
      return identity.dateOfBirth;
    case 'accountHints':
      return pick(random, identity.accountHints)[lang];
    case 'code':
      return String(100000 + (seed % 900000));
    default:
      return undefined;
  }
}
