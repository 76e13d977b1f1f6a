import type { Lang } from '../csc/text.ts';
import type { Bank, PhraseKey, Register } from './phrases.ts';
import { lowerFirst } from './say-text.ts';
import type { CustomerState } from './state.ts';

type Doubt = 'doubt' | 'doubtStays' | 'stillDoubt';

/** Doubts that say which claim is doubted; `{claim}` is the agent's words turned to the customer's side. */
const NAMED: Record<Lang, Record<Doubt, Bank>> = {
  en: {
    doubt: {
      any: [
        "{claim}? Are you sure? That's not what I'd heard.",
        "Wait, {claim}? That doesn't sound right to me.",
        '{claim}? Really? Where does it say that?',
        'Hold on. {claim}? I find that hard to believe.',
      ],
      curt: ['{claim}? Sure?', '{claim}? Doubt it.'],
      formal: ['{claim}? I am not sure that is correct. On what basis do you say so?'],
    },
    doubtStays: {
      any: [
        'Hang on, I\'m still stuck on "{claim}". Is that really true?',
        "You said {claim}. I'm not agreeing to anything until that's checked.",
        'Before we go on: {claim}? Where exactly does it say that?',
        'Sorry, but "{claim}" still doesn\'t sit right with me. Can you check it properly?',
      ],
      curt: ['"{claim}"? Check that first.', 'Still not buying "{claim}".'],
      formal: ['Before we proceed, please confirm what you said: "{claim}". I am not sure it is right.'],
    },
    stillDoubt: {
      any: [
        'Fine, but "{claim}"? I\'ll check that myself before I do anything.',
        "Okay. I still don't believe {claim}, so I'm going to double-check it.",
        'Right... but "{claim}" still doesn\'t add up. Where is that written down?',
      ],
      curt: ['"{claim}"? I\'ll check myself.'],
      formal: ['Very well, though "{claim}" still does not seem right to me. I shall verify it first.'],
    },
  },
  zh: {
    doubt: {
      any: [
        '你刚说{claim}？我听着不太对啊。',
        '{claim}？真的假的？哪儿写着的？',
        '等下，{claim}？这跟我听说的不一样啊。',
        '{claim}？你确定吗？别回头又说不是。',
      ],
      curt: ['{claim}？不对吧。', '{claim}？你确定？'],
      formal: ['您说{claim}，这个有依据吗？我不太放心。'],
    },
    doubtStays: {
      any: [
        '等一下，你说{claim}，这个我还是不太信，真是这样吗？',
        '先别往下说，{claim}这话到底靠不靠谱？',
        '“{claim}”这个没弄清楚之前，我可不敢答应。',
        '你前面说{claim}，我还是犯嘀咕，哪儿写着的？',
      ],
      curt: ['{claim}？先说清楚这个。', '“{claim}”，我还是不信。'],
      formal: ['办之前，麻烦您先核实一下刚才说的“{claim}”，我还是有疑问。'],
    },
    stillDoubt: {
      any: [
        '行吧，不过{claim}这个我还是不太信，我自己再去核一下。',
        '先这样吧。可“{claim}”，我总觉得不对，回头我再查查。',
        '嗯……{claim}？还是对不上啊，这到底哪儿写着的？',
      ],
      curt: ['“{claim}”？我自己再查。'],
      formal: ['好吧，不过“{claim}”这个说法我还是有疑问，我先自己核实一下。'],
    },
  },
};

const isDoubt = (key: PhraseKey): key is Doubt =>
  key === 'doubt' || key === 'doubtStays' || key === 'stillDoubt';

/** Fills `{claim}`: capitalised where it opens the line, lower-cased inside it (English). */
function filled(template: string, claim: string, lang: Lang): string {
  if (lang === 'zh') return template.replace('{claim}', claim);
  const inside = template.indexOf('{claim}') > 0;
  return template.replace('{claim}', inside ? lowerFirst(claim) : claim);
}

/**
 * The wordings of a doubt that name the doubted claim, once the customer knows which one it is;
 * undefined for other reactions or when no claim was heard.
 */
export function namedDoubt(
  key: PhraseKey,
  lang: Lang,
  register: Register,
  state: CustomerState,
): string[] | undefined {
  const claim = state.doubtQuote;
  if (!claim || !isDoubt(key)) return undefined;
  const bank = NAMED[lang][key];
  const own = register !== 'any' ? bank[register] : undefined;
  return [...(own?.length ? own : bank.any)].map((t) => filled(t, claim, lang));
}
