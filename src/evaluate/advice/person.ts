import type { Lang } from '../../csc/text.ts';

/**
 * Scenario text is written about the customer ("the customer must first log in…", "客户需在5天内…");
 * a line the trainee says is addressed to them. These rewrites turn the one into the other.
 */
const EN_VERBS: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  knows: 'know',
  needs: 'need',
  wants: 'want',
  brings: 'bring',
  gets: 'get',
  receives: 'receive',
  enters: 'enter',
  pays: 'pay',
  sees: 'see',
  makes: 'make',
  goes: 'go',
  keeps: 'keep',
  uses: 'use',
  applies: 'apply',
  completes: 'complete',
  registers: 'register',
  chooses: 'choose',
};
/** Only "the customer": "a C2 customer" or "customers" speak of others, and a holder may not be the caller. */
const HOLDER = String.raw`(?<![\w-])the (?:customer|cardholder)`;
const AGENT_VERBS: Record<string, string> = { is: 'am', has: 'have', does: 'do' };

function enAboutCustomerToYou(text: string): string {
  let t = text
    .replace(new RegExp(`${HOLDER}'s\\b`, 'gi'), 'your')
    .replace(new RegExp(`${HOLDER}\\b(?:\\s+(\\w+))?`, 'gi'), (_m, verb?: string) => {
      if (!verb) return 'you';
      return `you ${EN_VERBS[verb.toLowerCase()] ?? verb}`;
    })
    .replace(/\btheirs\b/g, 'yours')
    .replace(/\b(?:including|tell|to) (?:the|an?) agent\b/gi, (m) => m.replace(/(?:the|an?) agent/i, 'me'))
    .replace(
      /\b(?:the|an?) (?:agent|adviser|advisor) (can|cannot|can't|will|won't|must|may|should|is|has|does)\b/gi,
      (_m, verb: string) => `I ${AGENT_VERBS[verb.toLowerCase()] ?? verb}`,
    );
  t = t.replace(/\byou are yourself\b/g, 'you yourself');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function zhAboutCustomerToYou(text: string): string {
  return text
    .replace(/(?<![所其每老新])(?:持卡人|客户)本人/g, '您本人')
    .replace(/(?<![所有其他每位个老新])(?:持卡人|客户)(?![分们群经理])/g, '您')
    .replace(/包括客服/g, '包括我')
    .replace(/客服(?!热线|电话|人员|渠道|中心)/g, '我')
    .replace(/顾问(?=要|会|先|不能|可以)/g, '我');
}

/** A scenario sentence about the customer, as the trainee would say it to them. */
export const toCustomer = (text: string, lang: Lang): string =>
  lang === 'zh' ? zhAboutCustomerToYou(text) : enAboutCustomerToYou(text);

/** The customer's own first-person words, as the trainee reflects them back ("I paid" → "you paid"). */
export function reflect(text: string, lang: Lang): string {
  if (lang === 'zh') {
    const swaps: [RegExp, string][] = [
      [/我爸爸|我爸/g, '〔甲〕父亲'],
      [/我妈妈|我妈/g, '〔甲〕母亲'],
      [/我们家属|我们家里|我们家/g, '〔甲〕家里'],
      [/你们|您们/g, '〔乙〕们'],
      [/我们/g, '〔甲〕这边'],
      [/我/g, '〔甲〕'],
      [/你|您/g, '〔乙〕'],
    ];
    let t = text;
    for (const [re, to] of swaps) t = t.replace(re, to);
    return t.replace(/〔甲〕/g, '您').replace(/〔乙〕/g, '我');
  }
  const map: Record<string, string> = {
    i: 'you',
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    me: 'you',
    my: 'your',
    mine: 'yours',
    myself: 'yourself',
    am: 'are',
    we: 'you',
    "we're": "you're",
    "we've": "you've",
    us: 'you',
    our: 'your',
    you: 'us',
    your: 'our',
    yours: 'ours',
  };
  let afterI = false;
  return text.replace(/[A-Za-z']+/g, (w, at: number) => {
    const lower = w.toLowerCase();
    const wasI = afterI;
    afterI = lower === 'i';
    if (wasI && lower === 'was') return 'were';
    // "you" as a subject (the bank, to the customer) becomes "we": "and you fine me" → "and we fine you".
    const before = text.slice(0, at).trimEnd();
    const subject = !before || /(?:[.!?,;]|\b(?:and|but|so|then|because|if|when))$/iu.test(before);
    const to = lower === 'you' && subject ? 'we' : map[lower];
    if (!to) return w;
    // "I" and "I'm" are capitalised anywhere; their reflections are not.
    const pronounI = lower === 'i' || lower.startsWith("i'");
    if (pronounI) return to;
    return w[0] === w[0]?.toUpperCase() ? (to[0]?.toUpperCase() ?? '') + to.slice(1) : to;
  });
}

/** Sentences of a text, closing punctuation kept. */
export function sentences(text: string, lang: Lang): string[] {
  const parts =
    lang === 'zh'
      ? text.split(/(?<=[。！？!?])/u)
      : text.split(/(?<!\b(?:i\.e|e\.g|etc|vs|No|Mr|Mrs|Ms|Dr|St)\.)(?<=[.!?])\s+/u);
  return parts.map((s) => s.trim()).filter(Boolean);
}

/** The leading sentences of a text: enough to carry the point (`min`), no more than about `max`. */
export function lead(text: string, lang: Lang, max = lang === 'zh' ? 110 : 260): string {
  const min = lang === 'zh' ? 30 : 70;
  const glue = lang === 'zh' ? '' : ' ';
  const out: string[] = [];
  for (const s of sentences(text, lang)) {
    const joined = out.join(glue);
    if (out.length && (joined.length >= min || [...out, s].join(glue).length > max)) break;
    out.push(s);
  }
  return out.join(glue);
}
