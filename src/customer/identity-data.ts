import type { IdentityData, Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import { fnv1a } from '../csc/deterministic.ts';
import type { Lang } from '../csc/text.ts';
import { IDENTITY_FORMS, type SpokenField, spokenDate } from './phrases.ts';
import { pick } from './rng.ts';
import type { AskedField } from './understand/identity.ts';

type Identity = import('zod').infer<typeof IdentityData>;

/** The customer's own identity in this drill: the scenario's data wins over the persona's, field by field. */
export function ownIdentity(scenario: Scenario, persona: Persona): Identity {
  return { ...persona.identity, ...(scenario.identity ?? {}) } as Identity;
}

/** A six-digit one-time code, the same for the same drill; each new text (`n`) brings a different one. */
export const codeFor = (seed: number, n = 0): string =>
  String(100000 + (fnv1a(n ? `code:${seed}:${n}` : `code:${seed}`) % 900000));

const HINT_KIND: Partial<Record<AskedField, RegExp>> = {
  email: /邮箱|e-?mail|@/iu,
  branch: /支行|网点|分行|开户|branch/iu,
  recentTransaction:
    /笔|汇款|转账|养老金|到账|工资|存单|定期|transaction|payment|remittance|deposit|pension|salary|credited/iu,
};

/** The number on the account, or the holder's: "预留手机号", "您母亲的手机号", "the number registered". */
const HOLDERS_NUMBER =
  /预留|登记的|绑定|开户|账户上|卡上|[她妈母]|\b(?:registered|on (?:the|her|this) account|on file|her|mother'?s?|mum'?s?|mom'?s?)\b/iu;

export interface SpokenAnswer {
  text: string;
  given: string[];
}

/**
 * One sentence answering the identity fields asked, in the order asked ("我叫林语晴，手机号159 0059 2713。").
 * Fields the caller cannot answer are left out; the caller decides what to say about them.
 */
export function answerFields(
  fields: readonly AskedField[],
  c: {
    scenario: Scenario;
    persona: Persona;
    lang: Lang;
    random: () => number;
    /** The agent's turn: whose number it asks for. */
    agent?: readonly { text: string }[];
  },
): SpokenAnswer | undefined {
  const { lang, random } = c;
  const o = {
    own: ownIdentity(c.scenario, c.persona),
    persona: c.persona,
    holder: c.scenario.impostor?.holder,
    knows: c.scenario.impostor?.knows as readonly string[] | undefined,
  };
  const parts: { field: SpokenField; value: string; key: string }[] = [];
  const impostor = Boolean(o.holder);
  // An impostor asked for a number to reach him gives his own; the holder's only when asked for hers.
  const theirs = HOLDERS_NUMBER.test((c.agent ?? []).map((s) => s.text).join(' '));
  for (const f of fields) {
    const can = (k: string) => !impostor || (o.knows ?? []).includes(k);
    const data = impostor ? (o.holder as Identity) : o.own;
    switch (f) {
      case 'fullName':
        // An impostor asked for "your name" gives his own; the holder's name only when asked for hers.
        parts.push({ field: 'fullName', value: o.own.fullName[lang], key: 'fullName' });
        break;
      case 'holderName':
        if (impostor && can('fullName'))
          parts.push({ field: 'holderName', value: data.fullName[lang], key: 'holderName' });
        else if (!impostor) parts.push({ field: 'fullName', value: o.own.fullName[lang], key: 'fullName' });
        break;
      case 'phone':
        if (impostor && !theirs) parts.push({ field: 'phone', value: o.own.phone, key: 'ownPhone' });
        else if (can('phone')) parts.push({ field: 'phone', value: data.phone, key: 'phone' });
        break;
      case 'phoneLastFour':
        if (can('phone'))
          parts.push({ field: 'phoneTail', value: data.phone.replace(/\D/g, '').slice(-4), key: 'phone' });
        break;
      case 'cardLastFour':
        if (can('cardLastFour'))
          parts.push({ field: 'cardLastFour', value: data.cardLastFour, key: 'cardLastFour' });
        break;
      case 'dateOfBirth':
        if (can('dateOfBirth'))
          parts.push({ field: 'dateOfBirth', value: spokenDate(data.dateOfBirth, lang), key: 'dateOfBirth' });
        break;
      case 'age':
        parts.push({ field: 'age', value: String(o.persona.age), key: 'age' });
        break;
      case 'email':
      case 'branch':
      case 'recentTransaction':
      case 'accountHints': {
        if (!can('accountHints')) break;
        const re = HINT_KIND[f];
        const hints = data.accountHints.filter((h) => !re || re.test(h[lang]) || re.test(h.en));
        const hint = hints.length
          ? pick(random, hints)
          : f === 'accountHints'
            ? pick(random, data.accountHints)
            : undefined;
        if (hint) parts.push({ field: 'hint', value: hint[lang].replace(/[。.]$/, ''), key: 'accountHints' });
        break;
      }
      default:
        break;
    }
  }
  if (!parts.length) return undefined;
  const forms = IDENTITY_FORMS[lang];
  const [first, ...rest] = parts as [(typeof parts)[number], ...typeof parts];
  let text = pick(random, forms[first.field].lead).replace('{v}', first.value);
  for (const p of rest) text += pick(random, forms[p.field].tail).replace('{v}', p.value);
  text += lang === 'zh' ? '。' : '.';
  if (lang === 'en') text = text.charAt(0).toUpperCase() + text.slice(1);
  return { text, given: [...new Set(parts.map((p) => p.key))] };
}
