// Defects a reader can see in a finished drill without the customer's own readers: sentences said
// twice, bare filler loops, "as I said" with nothing said before, a code read out on the first ask,
// the same code twice, a code read out by a scam victim, a phone number after a turn that never
// mentioned one, an objection before anyone brought its topic up, anger and thanks in one line.
import { CONCEPTS } from '../../src/content/concepts.ts';
import type { Scenario } from '../../src/content/scenario.ts';

export interface Line {
  speaker: 'agent' | 'customer';
  text: string;
}

export interface Defect {
  /** Index of the customer line in the transcript. */
  index: number;
  kind: string;
  line: string;
}

const squeeze = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const cjk = (s: string) => s.replace(/[^\u3400-\u9fff]/gu, '').length;
const words = (s: string) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;

/** Sentences of a customer line long enough that saying one twice is noticeable. */
function longSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|(?<=\.)\s+/u)
    .map((s) => s.trim())
    .filter((s) => cjk(s) >= 6 || words(s) >= 5)
    .map(squeeze);
}

const AGAIN =
  /\b(?:as i (?:said|mentioned|told you)|i (?:just )?told you|like i said|i already said|same question)\b|说过了|刚才说过|刚不是说了|就是我刚说的|刚说了|跟您说过|我刚才说过|还是那个问题/iu;
const ASKS =
  /[?？]|吗|\b(?:tell me|what|which|when|how|did you|do you|could you|can you)\b|请问|多少|哪|什么/iu;

/** A whole mobile number, and an agent turn that asks about the number at all. */
const PHONE = /(?<!\d)1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)/;
const PHONE_ASK = /phone|mobile|number|contact|手机|电话|号码|联系|核实|验证|确认|身份/iu;

function bigrams(s: string): Set<string> {
  const t = squeeze(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}
const overlap = (a: Set<string>, b: Set<string>) => {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
};

const CODE_ASK =
  /(?:验证码|动态码|\bcode\b|\botp\b).{0,30}(?:报|告诉|发|念|读|说|多少|给我|tell|read|send|give|what)|(?:报|告诉|发|念|读|tell|read|send|give).{0,30}(?:验证码|动态码|\bcode\b|\botp\b)/iu;
const STILL_ASKING = /报给我|告诉我|念给我|发给我|\b(?:read it|tell me|give it|send it)\b/iu;
const NEVER = /(?:不要|别|never|don'?t|do not)[^.!?。！？]{0,12}(?:tell|share|give|read|告诉|给|说|报)/iu;
const SIX = /(?<![\d.,])\d{6}(?![\d.,])/g;

const HOSTILE =
  /\b(?:that tone|how dare|talk to me like that|don'?t tell me to|blaming me|my fault\?)|什么态度|怎么说话|好好说话|怪我|往我身上推|挨训/iu;
const SECRET_HINT =
  /密码(?:我知道)?[，,]?(?:就)?是(?!多少)|\b(?:password|pin)(?: is|'s)\b(?! (?:the same|exactly|different|not))/iu;
const THANKS = /\b(?:thank you|thanks)\b|谢谢|多谢|辛苦(?:你|您)了/iu;

/** Literal words of an objection's triggers, concepts spelled out. */
function triggerWords(raisedBy: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const slots of raisedBy)
    for (const slot of slots)
      for (const alt of slot.split('|').map((a) => a.trim())) {
        if (alt.startsWith('@')) out.push(...(CONCEPTS[alt.slice(1)] ?? []));
        else out.push(alt);
      }
  return out.map((w) => w.toLowerCase().replace(/\*$/, '').replace(/….*$/u, ''));
}

export function drillDefects(scenario: Scenario, lang: 'zh' | 'en', transcript: readonly Line[]): Defect[] {
  const out: Defect[] = [];
  const sentencesSaid = new Set<string>();
  const codes = new Set<string>();
  let codeAsks = 0;
  let agentSoFar = '';
  let shortRun = 0;
  const customer = transcript.filter((e) => e.speaker === 'customer');
  const lastCustomer = transcript.lastIndexOf(customer.at(-1) as Line);
  transcript.forEach((e, index) => {
    if (e.speaker === 'agent') {
      agentSoFar += `\n${e.text.toLowerCase()}`;
      if ((CODE_ASK.test(e.text) || (codeAsks > 0 && STILL_ASKING.test(e.text))) && !NEVER.test(e.text))
        codeAsks++;
      return;
    }
    const find = (kind: string) => out.push({ index, kind, line: e.text });
    const before = transcript.slice(0, index);
    const earlierCustomer = before.filter((x) => x.speaker === 'customer');
    const prevAgent = [...before].reverse().find((x) => x.speaker === 'agent');
    for (const s of longSentences(e.text)) {
      if (sentencesSaid.has(s)) {
        find('repeated sentence');
        break;
      }
    }
    for (const s of longSentences(e.text)) sentencesSaid.add(s);
    const short = cjk(e.text) <= 4 && words(e.text) <= 3 && !/\d/.test(e.text);
    shortRun = short && index !== lastCustomer ? shortRun + 1 : 0;
    if (shortRun >= 3) find('filler loop');
    const again = AGAIN.exec(e.text);
    if (again) {
      const rest = bigrams(e.text.slice(again.index + again[0].length));
      const said = Math.max(0, ...earlierCustomer.map((x) => overlap(rest, bigrams(x.text))));
      if (said < 0.35 || !prevAgent || !ASKS.test(prevAgent.text))
        find('"as I said" with nothing said or asked');
    }
    for (const m of e.text.matchAll(SIX)) {
      if (!scenario.impostor && codeAsks === 1 && !codes.size) find('code on the first ask');
      if (scenario.topic === 'risk-security' && !scenario.impostor) find('code read out by a scam victim');
      if (codes.has(m[0])) find('the same code twice');
      codes.add(m[0]);
    }
    for (const o of scenario.objections) {
      if (!o.says[lang].some((p) => e.text.includes(p))) continue;
      const trigger = triggerWords(o.raisedBy);
      if (!trigger.some((w) => w && agentSoFar.includes(w))) find('objection before its topic');
    }
    if (HOSTILE.test(e.text) && THANKS.test(e.text)) find('anger and thanks in one line');
    if (SECRET_HINT.test(e.text)) find('volunteered a secret hint');
    if (!scenario.impostor && PHONE.test(e.text) && !PHONE_ASK.test(prevAgent?.text ?? ''))
      find('phone number nobody asked for');
  });
  return out;
}
