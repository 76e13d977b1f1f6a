import { fnv1a } from '../csc/deterministic.ts';
import type { Lang } from '../csc/text.ts';
import type { Register } from './phrases.ts';
import type { CustomerState } from './state.ts';

/** Concrete things an agent's answer can carry that a customer picks up and asks about. */
type Kind = 'duration' | 'branch' | 'amount' | 'number';
const KINDS: readonly Kind[] = ['duration', 'amount', 'number', 'branch'];

const EN_NUM = '(?:\\d+|one|two|three|four|five|six|seven|ten|fifteen|twenty|thirty|forty-five)';
const FIND: Record<Lang, Record<Kind, RegExp>> = {
  en: {
    duration: new RegExp(
      `\\b(?:(?:about|around|up to|within|roughly)\\s+)?${EN_NUM}(?:\\s*(?:-|to)\\s*${EN_NUM})?\\s+(?:working\\s+|business\\s+)?(?:days?|hours?|weeks?|minutes?)\\b`,
      'iu',
    ),
    amount: /(?:¥|RMB\s?|CNY\s?)\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s*(?:yuan|RMB)\b/iu,
    number: /(?<![\d-])(?:9\d{4}|400[-\s]?\d{3}[-\s]?\d{4})(?![\d-])/u,
    branch:
      /\b(?:at|to|visit|into|in) (?:any |a |one of our |the nearest |your nearest )?(?:branch|counter)\b/iu,
  },
  zh: {
    duration:
      /(?:\d+|[一二两三四五六七八九十]+)(?:\s*[-~到至]\s*(?:\d+|[一二两三四五六七八九十]+))?\s*(?:个)?(?:工作日|自然日|天|小时|星期|周|分钟)(?:内|左右)?/u,
    amount: /(?:¥\s?)?\d[\d,]*(?:\.\d+)?\s*(?:元|块|万)/u,
    number: /(?<![\d-])(?:9\d{4}|400[-\s]?\d{3}[-\s]?\d{4})(?![\d-])/u,
    branch: /(?:去|到|带[^，。]{0,12}(?:去|到))[^，。]{0,6}(?:网点|柜台|营业厅)/u,
  },
};

type Forms = Record<Kind, { any: readonly string[]; curt: readonly string[] }>;

/** What a customer says back to a concrete answer: the thing itself, and the natural next question. */
const SAY: Record<Lang, Forms> = {
  en: {
    duration: {
      any: [
        '{x}? Okay. And will I get a message when it is done?',
        "{x}, fine. And what if it's still not sorted by then?",
        'So {x}. Is there anything I need to do in the meantime?',
      ],
      curt: [
        '{x}. And if not by then?',
        '{x}. Do I get a text when done?',
        '{x}, fine. Anything I need to do?',
      ],
    },
    amount: {
      any: ['{x}? Is that the whole of it, or could there be more?', '{x} - and that figure is final?'],
      curt: ['{x}? That all?', '{x}. Final?', '{x}? No more than that?'],
    },
    number: {
      any: [
        '{x} - hang on, let me write that down. Do I just call and give my name?',
        'Okay, {x}. I call that and they know about my case?',
      ],
      curt: ['{x}. Noted.', '{x}, got it. They know my case?'],
    },
    branch: {
      any: [
        'So I have to go to a branch. What do I need to bring?',
        'A branch, okay. Does it have to be a particular one, or any branch?',
      ],
      curt: ['Branch. Bring what?', 'Which branch? Any?', 'In person then. What do I bring?'],
    },
  },
  zh: {
    duration: {
      any: [
        '{x}是吧，行，那办好了会通知我吗？',
        '{x}？那要是到时候还没弄好呢？',
        '那就等{x}，这期间我需要做什么吗？',
      ],
      curt: ['{x}，然后呢？', '{x}？到时候没好呢？', '{x}，好了会通知吧？'],
    },
    amount: {
      any: ['{x}？就这么多，后面不会再加了吧？', '{x}啊……那最后就交这么多？', '就{x}？没有别的费用了吧？'],
      curt: ['{x}？就这些？', '就{x}？', '{x}？不会再多了吧？'],
    },
    number: {
      any: ['{x}，等下我记一下。打过去报我名字就行吗？', '行，{x}，打过去他们知道我这事吗？'],
      curt: ['{x}，记下了。', '{x}，打过去就行？'],
    },
    branch: {
      any: ['那还得跑一趟网点，要带些什么？', '去网点是吧，随便哪个网点都行吗？'],
      curt: ['去网点，带啥？', '哪个网点都行？', '得去网点跑一趟？带什么？'],
    },
  },
};

/** A time in the past ("called you 6 days ago", "6天前") is no deadline for the customer to take up. */
const PAST = /^\s*(?:ago|back|earlier|before)\b|^\s*(?:之前|以前|前)/iu;

/** The first thing of a kind the agent said that is not behind the customer already. */
function firstAhead(find: RegExp, text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(find.source, `${find.flags}g`)))
    if (!PAST.test(text.slice((m.index ?? 0) + m[0].length))) return m[0].replace(/(?:内|左右)$/u, '').trim();
  return undefined;
}

/** "1,047.40元" as a person says it back: "1047块4"; "420元" → "420块"; "5万" stays. */
function spokenSum(x: string): string {
  const m = /^(?:¥\s?)?(\d[\d,]*)(?:\.(\d+))?\s*(元|块|万)$/u.exec(x);
  if (!m || m[3] === '万') return x;
  const cents = (m[2] ?? '').replace(/0+$/u, '');
  return `${(m[1] as string).replace(/,/gu, '')}块${cents}`;
}

/** An amount that is a ceiling, a balance or money coming back, not a charge: "额度是5万美元" gets no "is that all I pay?". */
const NOT_A_CHARGE =
  /\b(?:limit|quota|allowance|maximum|max|up to|per year|a year|annual|balance|refund\w*|credited|returned)\b|额度|限额|上限|最多|每年|一年|余额|退款|退回|退还|到账/iu;

/** The sentence an amount stands in. */
function sentenceAround(text: string, found: string): string {
  const at = text.indexOf(found);
  if (at < 0) return text;
  const before =
    text
      .slice(0, at)
      .split(/[。！？!?]|\.\s/u)
      .at(-1) ?? '';
  const after = text.slice(at).split(/[。！？!?]|\.\s/u)[0] ?? '';
  return before + after;
}

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * A reaction to the concrete content of the agent's answer (a time, an amount, a number to call,
 * a branch visit): the customer takes it up and asks the follow-up a person would, instead of a
 * bare "so what now?". Each kind once a drill (the mark is kept when the line is said); undefined when the answer had nothing to take up.
 */
export function echoOf(
  agentText: string,
  lang: Lang,
  state: CustomerState,
  register: Register,
  random: () => number,
  who: string,
): { text: string; mark: string; found: string } | undefined {
  for (const kind of KINDS) {
    if (state.used.includes(`echo:${kind}`)) continue;
    const found = firstAhead(FIND[lang][kind], agentText);
    if (!found || (kind === 'amount' && NOT_A_CHARGE.test(sentenceAround(agentText, found)))) continue;
    const forms = SAY[lang][kind][register === 'curt' ? 'curt' : 'any'];
    // Each person has their own way of taking it up: two customers on one seed do not say the same.
    const at = (fnv1a(`${who}|${kind}`) + Math.floor(random() * 2)) % forms.length;
    const line = (forms[at] as string).replace(
      '{x}',
      kind === 'amount' && lang === 'zh' ? spokenSum(found) : found,
    );
    return { text: lang === 'en' ? capital(line) : line, mark: `echo:${kind}`, found };
  }
  return undefined;
}
