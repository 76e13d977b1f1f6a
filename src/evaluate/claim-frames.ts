import type { CLAIM_FRAMES } from '../content/scenario.ts';
import { type Clause, negatedOutside } from './clauses.ts';
import { asksAboutThePast, selfEntry } from './secret-request.ts';

/**
 * Forbidden claims read on meaning: a claim is a frame (a guarantee of an outcome, a permission for
 * a risky act, a request for a secret) around the scenario's object ("money back", "money changer",
 * "the code"). Any wording of the frame counts, so an unseen author's "rest assured the bank will
 * cover it" is the promise "you'll get the money back"; a refusal, a hedge, a question (but for a
 * request) or a condition is not the claim.
 */
export type FrameKind = (typeof CLAIM_FRAMES)[number];

const PERMITS =
  /\b(?:(?:is|are|'s|would be|will be|should be|seems) (?:a |an )?(?:perfectly |totally |completely |absolutely |entirely |quite |really |pretty |100% )?(?:fine|ok|okay|alright|all right|legal|legit|legitimate|allowed|acceptable|safe|permitted|above board|no problem|not a problem|normal|common|standard)|nothing wrong with|no (?:harm|problem|issue) (?:in|with)|(?:go ahead|feel free) (?:and|to)|you(?:'re| are) (?:allowed|free|fine|ok|okay|good) to|you (?:can|could|may) (?:just |simply |always |easily )?(?:use|go (?:through|with|to)|try|ask|do|rely on|get)|(?:it's|it is) fine to|works (?:just )?fine|(?:is|'s) the way to go|(?:a )?(?:good|decent|solid|sensible|reasonable|safe) (?:option|idea|way|route|choice|bet)|that(?:'ll| will)? works?(?: fine| too)?|(?:lots of|plenty of|loads of|many|most) (?:people|customers|folks) do (?:it|that|this)|(?:easiest|simplest|quickest|fastest) (?:is|way|option|thing)|(?:is|'s) the (?:quickest|easiest|simplest|fastest)|(?:just |simply )?(?:have|get|ask) (?:your|a|his|her) (?:wife|husband|partner|friend|colleague|relative|son|daughter|family)|why not|how about|you might as well|i'?d (?:suggest|recommend)|i (?:suggest|recommend)|my advice)\b|最省事|最简单|最方便|最快|不妨|干脆|建议您|让您(?:爱人|家人|朋友|同事|亲戚|先生|太太)|就够了|可以|没问题|没事|没关系|合法|正规|行的|也行|都行|就行|没毛病|挺好|不违法|不犯法|不算违规|靠谱|安全的|划算|好办法|常见的做法/iu;
// Endorsing a risky act without the word "fine": others doing it, what it saves, trying it small, someone
// who can wave it through, a confidence between agent and customer.
const ENDORSES =
  /\b(?:(?:plenty of|lots of|loads of|a lot of|heaps of|many|most|half) (?:our |my |the )?(?:\w+ )?(?:customers|clients|people|folks|families|relatives|expats|foreigners|users|colleagues) (?:use|go (?:through|with|to)|rely on|swear by|get by with)|saves? (?:you )?(?:the |a |on |some )?(?:fees?|money|charges?|costs?|hassle|time)|makes (?:more |good |a lot of )?sense(?! to you| that| why)|start (?:off )?(?:small|with (?:a )?(?:small|little|tiny))|try (?:it with )?(?:a )?(?:small|little) (?:amount|sum|one)|(?:can|could|will|'ll|would) (?:usually |normally |often |sometimes |always |still )?(?:sign off|approve|authori[sz]e|grant)|(?:wave|push|let) (?:it|you|that|this) (?:through|slide)|there(?:'s| is) (?:always )?(?:a|one) way\b|you (?:can|could) (?:just |simply )?sign\b|between (?:you and me|us|ourselves)|off the record|i won'?t tell (?:anyone|anybody))\b|都在用|不少人(?:都)?(?:用|找)|很多人(?:都)?(?:用|找)|大家都(?:用|找)|省(?:手续费|钱|了不少)|(?:挺|很|更|也|还)省事|划得来|合算|先(?:换|转|汇|买|投)?(?:一)?小笔|先少(?:换|转|汇|买|投)|试试水|私下跟您说|偷偷跟您说|跟您说句实在话|能给您(?:批|通融|放行)|(?:可以|能)(?:通融|放行|特事特办)|(?:有|还有)(?:个|一个)?(?:办法|路子|变通)|(?:倒|倒也|也|就)?是(?:个|一个|条|一条)(?:办法|路子|出路|好主意)|\bis (?:one|another|an|a legit|a real) (?:way|option|route|workaround)\b/iu;

const CUES: Record<FrameKind, RegExp> = {
  guarantee:
    /\b(?:definitely|for sure|for certain|surely|(?:will|'ll) certainly|certainly (?:get|have|be|see|receive)|guarantee[ds]?|guaranteeing|promise[ds]?|rest assured|assure you|you have my word|no doubt|without (?:a )?doubt|100 per ?cent|(?:a|one) hundred per ?cent|without fail|bound to|sure to|count on (?:it|that|this|getting|having|seeing)|rest easy|consider (?:it|that|the \w+) (?:done|sorted|refunded|handled|fixed|reversed|gone|waived)|safe as houses|every (?:last )?(?:penny|cent|dollar|pound|rupee|yuan)|no leg to stand on|(?:i|we|the bank|the team|our team|they)(?:'ll| will) make sure|as good as (?:done|sorted|settled|yours|guaranteed|won|certain|back)|(?:it'?s|it is|you'?re|you are|that'?s) (?:fully |completely |totally |all )?covered|no question|(?:i'm|i am) (?:sure|certain|confident) (?:you|it|that|the|this)|(?:a|is a|it's a) (?:sure thing|certainty|given|done deal)|take it from me|can'?t lose|cannot lose|no way (?:you|it)(?:'ll| will| could)|no way (?:you|it) (?:end up|lose|go down|fall)|(?:completely|totally|absolutely|perfectly) safe|(?:fully|completely|totally|100 ?%) protected)\b|100 ?%|肯定|一定|保证|保准|绝对|百分之百|百分百|打包票|包您|包你|铁定|妥妥|必定|必然|准能|一准|稳稳|稳了|板上钉钉|跑不了|跑不掉|错不了|少不了|放心|有保障|稳赚|包赚|稳拿|全额|旱涝保收|踏实/iu,
  permission: new RegExp(`${PERMITS.source}|${ENDORSES.source}`, 'iu'),
  request:
    /\b(?:read (?:me|out|it out|them out|it back|them back|it to me|them to me|off|the|those|your)|tell me|give me|send me|pass (?:me|it on|them on)|let me (?:have|know)|share (?:it |them |that )?with me|(?:type|pop|put|drop|paste|enter|key|stick) (?:it|them|that|those|(?:the|your)(?: \w+){1,2}) (?:here|in here|into (?:the|this) chat|in (?:the|this) chat|below|for me)|(?:can|could|would|will) you (?:read|tell|give|send|share|confirm|repeat) (?:me|us|it|them|the|your|that|those)|what(?:'s| is| are| was| were) (?:the|your|that|those)|i(?:'ll| will)? need (?:the|your|that|those)|(?:say|repeat) (?:the|it|them|those|your))\b|告诉我|告诉一下|发给我|发我|发过来|念给我|念一下|念出来|报给我|报一下|报出来|报给客服|读给我|读一下|读出来|说给我|说一下|给我说|提供给我|提供一下|是多少|是几|发到(?:这里|这边|对话框|聊天)|打(?:在|到)(?:这里|对话框)|输(?:在|到)(?:这里|对话框|聊天)/iu,
};

// Wordings that share a cue's words but make no guarantee: an obligation ("一定要先挂失"), a deposit
// ("保证金"), an instruction to check ("make sure").
const NOT_A_GUARANTEE = /一定要|肯定要|保证金|make sure|making sure|放心不下|不放心/giu;
// The outcome hedged or reported, not promised: "we'll try to get it back", "尽力帮您追回",
// "I know you want a guarantee you'll get it back".
const HEDGED =
  /\b(?:try|trying|tries|attempt\w*|(?:our|my) best|everything (?:we|i) can|all (?:we|i) can|what (?:we|i) can|hope\w*|wish\w*|aim\w*|chances?|likely|usually|normally|typically|might|may|could|possibl[ey]|depends?|depending|want(?:ed)?|asked|asking|would love|risks?|fluctuat\w*|vary|varies|go down|deposits?|deposit insurance)\b|尽力|尽量|争取|尝试|试着|希望|一般|通常|可能|也许|或许|大概|有机会|取决于|全力|波动|风险|存款|定期存|您想|您希望|想要|理解您/iu;
// Steering away from the act: "I'd suggest avoiding a money changer", "建议您远离私下换汇".
const AVOID =
  /\b(?:avoid\w*|stay away|steer clear|instead of|rather than|not through)\b|避免|远离|而不是|别找|不要找|别用|不要用/iu;
// "If anyone asks you for the code, hang up": a warning about a request, not one.
const CONDITION = /\b(?:if|whether|in case|unless)\b|如果|万一|是否|要是/iu;
// "That's a perfectly fine way": the customer's idea taken up by a pointer and a word for a way.
const ANAPHOR =
  /\b(?:that|this|it|doing that|doing so|going that route)\b.*\b(?:way|route|option|idea|plan|approach|fine|ok|okay|legal)\b|这样|那样|这个办法|那个办法|这种方式|那种方式|这么换|这么做|那么做/iu;

// "We'll make sure you're not out of pocket" is the agent's own promise, not an instruction to check.
const OWN_PROMISE = /\b(?:i|we|bank|team|they)(?:'ll| will) $/u;
const withoutNonGuarantees = (text: string) =>
  text.replace(NOT_A_GUARANTEE, (m, at: number) =>
    m.startsWith('make') && OWN_PROMISE.test(text.slice(Math.max(0, at - 10), at)) ? m : ' '.repeat(m.length),
  );

/** A reply's clause with what frames it carries, read once per reply and shared by every claim. */
export interface FramedClause {
  clause: Clause;
  norm: string;
  cues: Partial<Record<FrameKind, { start: number; end: number }>>;
}

export function frameClauses(clauses: readonly Clause[], norm: (c: Clause) => string): FramedClause[] {
  return clauses.map((clause) => {
    const text = norm(clause);
    const cues: FramedClause['cues'] = {};
    for (const kind of Object.keys(CUES) as FrameKind[]) {
      const read = kind === 'guarantee' ? withoutNonGuarantees(text) : text;
      const m = CUES[kind].exec(read);
      if (m) cues[kind] = { start: m.index, end: m.index + m[0].length };
    }
    return { clause, norm: text, cues };
  });
}

/** Whether the clause, outside the cue and the object, refuses or denies. */
function deniedOutside(text: string, spans: readonly { start: number; end: number }[]): boolean {
  let rest = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start))
    rest = `${rest.slice(0, s.start)} ${rest.slice(s.end)}`;
  return negatedOutside(rest);
}

const WORD_CHAR = /[a-z0-9]/;

/** Where an object wording starts a word of the text ("pin" is not in "shopping"; "refund" is in "refunded"). */
const objectIn = (text: string, objects: readonly string[]) => {
  for (const o of objects) {
    for (let i = text.indexOf(o); i >= 0; i = text.indexOf(o, i + 1)) {
      if (WORD_CHAR.test(o[0] ?? '') && WORD_CHAR.test(text[i - 1] ?? '')) continue;
      return { start: i, end: i + o.length };
    }
  }
  return undefined;
};

/**
 * The clause of one sentence that makes a framed claim: the frame's cue in a clause that states it
 * (or asks, for a request), the object in the same clause or one next to it, neither refused nor
 * hedged. A permission may point back at the customer's own idea ("that's a perfectly fine way").
 */
export function framedClaim(
  sentence: readonly FramedClause[],
  sentenceText: string,
  reply: string,
  kind: FrameKind,
  objects: readonly string[],
  context = '',
): Clause | undefined {
  if (kind === 'request') {
    if (CONDITION.test(sentenceText) || selfEntry(sentenceText, reply) || asksAboutThePast(sentenceText))
      return undefined;
  }
  if (kind !== 'request' && AVOID.test(sentenceText)) return undefined;
  for (let i = 0; i < sentence.length; i++) {
    const framed = sentence[i] as FramedClause;
    const cue = framed.cues[kind];
    if (!cue || (kind !== 'request' && framed.clause.question)) continue;
    if (kind === 'guarantee' && HEDGED.test(framed.norm)) continue;
    const here = objectIn(framed.norm, objects);
    if (here) {
      if (!deniedOutside(framed.norm, [cue, here])) return framed.clause;
      continue;
    }
    if (deniedOutside(framed.norm, [cue])) continue;
    // The object in a neighbouring clause: "rest assured, the bank will cover it", "swap through a dealer, it's OK";
    // a permission may name it one aside earlier ("The WeChat exchanger, honestly, plenty of people use him").
    const nearby = [sentence[i + 1], sentence[i - 1], ...(kind === 'permission' ? [sentence[i - 2]] : [])];
    for (const near of nearby) {
      const there = near && objectIn(near.norm, objects);
      if (!near || !there || (kind !== 'request' && near.clause.question)) continue;
      const hedged = kind === 'guarantee' && HEDGED.test(near.norm);
      if (!hedged && !deniedOutside(near.norm, [there])) return framed.clause;
    }
    if (kind === 'permission' && ANAPHOR.test(framed.norm) && objectIn(context, objects))
      return framed.clause;
  }
  return undefined;
}
