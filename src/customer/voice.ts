import type { Persona } from '../content/persona.ts';
import type { Lang } from '../csc/text.ts';
import type { Register } from './phrases.ts';
import { pick } from './rng.ts';

/** Which register of the phrase banks fits the persona: clipped, polite/older, or plain. */
export function registerOf(p: Persona): Register {
  if (p.speakingStyle.verbosity === 'terse') return 'curt';
  if (p.speakingStyle.formality === 'formal' || (p.age >= 62 && p.speakingStyle.formality !== 'casual'))
    return 'formal';
  return 'any';
}

export const joiner = (lang: Lang): string => (lang === 'zh' ? '' : ' ');

/** Joins sentences the way each language writes them. */
export function joinParts(parts: readonly string[], lang: Lang): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(joiner(lang));
}

const STARTERS = new Set(
  'a an so ok okay what that this it its is are can could do did how when why where which the my and but just yes no please sorry oh right fine thanks thank hang wait hello hi there we you your like as again forget nothing great good alright change put set send give tell let take one both all every each after before since because if on in at about only never there here they she he her his our no not with from for to last yesterday today'.split(
    ' ',
  ),
);

/** Puts a word in front of a sentence, lower-casing the sentence's first word when it is an ordinary one. */
/** Capitalised words that stay so after a filler ("Look, Huaxin…"): names, places, days, titles. */
const NAMEISH =
  /^(?:i|huaxin|lanshan|mum|mom|dad|mr|mrs|ms|dr|harbin|beijing|shanghai|nanjing|foshan|guangzhou|shenzhen|melbourne|australia|china|alipay|wechat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|sun|zhou|qian|wang|li|liu|zhang|huang|chen|gao|lin|he|ma|zhao|miller|amara)$/;

/**
 * A form of address where the language puts it: "小姑娘，…" leads in Chinese, while English tags it on
 * to the first sentence ("Found it, dear.") — "dear, found it." is no one's English.
 */
function addressed(address: string, line: string, lang: Lang): string {
  if (lang === 'zh' || /^[A-Z]/.test(address)) return prefix(address, line, lang);
  const end = /[.!?…]/.exec(line)?.index ?? line.length;
  return `${line.slice(0, end).replace(/,\s*$/, '')}, ${address}${line.slice(end)}`;
}

function prefix(lead: string, line: string, lang: Lang): string {
  if (lang === 'zh') return `${lead}${/[，,。.!！?？…~～]$/.test(lead) ? '' : '，'}${line}`;
  const first = /^([A-Z][a-z’']*)/.exec(line)?.[1];
  const word = first?.toLowerCase().replace(/['’].*$/, '');
  // After a full sentence ("Hello, I need to ask something.") the line keeps its capital.
  const rest =
    first &&
    word &&
    (STARTERS.has(word) || (!NAMEISH.test(word) && !/^[A-Z]/.test(line.slice(first.length)))) &&
    !/[.!?…]$/.test(lead)
      ? `${first.toLowerCase()}${line.slice(first.length)}`
      : line;
  return `${lead}${/[,.!?…]$/.test(lead) ? '' : ','} ${rest}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function withSwaps(
  text: string,
  swaps: readonly (readonly [string, string])[],
  lang: Lang,
  random: () => number,
): string {
  let out = text;
  for (const [from, to] of swaps) {
    // English swaps replace whole words only ("you" never inside "your").
    const re = lang === 'en' ? new RegExp(`\\b${escapeRe(from)}\\b`) : new RegExp(escapeRe(from));
    // A whole stock phrase is how this person always puts it (her simple Chinese stays simple); a single word varies.
    const phrase = lang === 'zh' && from.length >= 4;
    if (re.test(out) && (random() < 0.6 || phrase)) out = out.replace(re, to);
  }
  return out;
}

function punctuate(text: string, style: 'normal' | 'sparse' | 'none', lang: Lang): string {
  if (style === 'normal') return text;
  if (style === 'sparse') {
    return lang === 'zh'
      ? text.replace(/。(?=.)/gu, '，')
      : text
          .replace(/\.\s+(?=[A-Za-z])/g, ', ')
          .replace(/,\s+([A-Z])(?=[a-z])/g, (_, c: string) => `, ${c.toLowerCase()}`);
  }
  if (lang === 'zh')
    return text
      .replace(/[，。、；！：]/gu, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+([？?])/g, '$1')
      .trim();
  return (
    text
      // Two thoughts keep one comma between them, or they run into one ("thats her last four of the card?").
      .replace(/[.!]\s+(?=[A-Za-z])/g, '\uE000')
      // Punctuation goes, but not the point or comma inside a number ("1,500", "4.5").
      .replace(/(?<!\d)[,.]|[,.](?!\d)|[;:!]/g, '')
      .replace(/\uE000/g, ', ')
      .replace(/'/g, '')
      .replace(/’/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const LEADING_GREETING =
  /^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there)?[,!.]?\s*|(?:你好|您好|侬好)+[，,！!。]?)/iu;

/** The opener says what the line already says ("Sorry，我中文不太好。" before "我的中文不太好，sorry"). */
function echoes(opener: string, line: string): boolean {
  const a = opener.replace(/[^\u3400-\u9fff]/gu, '');
  for (let i = 0; i + 4 <= a.length; i++) if (line.includes(a.slice(i, i + 4))) return true;
  return false;
}

export interface VoiceOptions {
  /** The persona's catchphrase may open this line. */
  opener: boolean;
  /** A signature aside to add at the end, if any. */
  aside?: string;
  /** A filler to put in front ("那个……", "Look,"), chosen by the caller so it never comes twice running. */
  filler?: string;
  /** Angry: in Chinese the polite 您 goes, whoever the speaker is. */
  heated?: boolean;
  /** Whether a form of address ("小姑娘，") may start the line; the caller keeps it occasional. */
  address?: boolean;
}

/**
 * The persona's voice on a finished line: dialect words, an occasional filler, form of address,
 * aside or catchphrase, and the persona's way of typing (punctuation, case). Digits are never touched.
 */
export function voiced(line: string, p: Persona, lang: Lang, random: () => number, o: VoiceOptions): string {
  const v = p.voice;
  let text = withSwaps(line, v.swaps[lang], lang, random);
  // A formal speaker says 您 to the agent, never 你 (你们 stays: it means the bank).
  if (lang === 'zh' && o.heated) text = text.replace(/您/gu, '你');
  else if (lang === 'zh' && p.speakingStyle.formality === 'formal') text = text.replace(/你(?!们)/gu, '您');
  const openers = v.openers[lang];
  const opener = o.opener && openers.length ? pick(random, openers) : undefined;
  if (opener && !echoes(opener, text)) {
    // "Um, hi." before "Hi, the blender…": one greeting, not two. A lead-in of the persona's own
    // ("小同志，我跟你讲啊，", "Right.") is already how this person starts, so a greeting after it reads stitched.
    const stripped = text.replace(LEADING_GREETING, '');
    const body = stripped === text ? text : `${stripped.charAt(0).toUpperCase()}${stripped.slice(1)}`;
    text = prefix(opener, body, lang);
  } else if (o.filler) text = prefix(o.filler, text, lang);
  else if (o.address !== false && v.address[lang].length && random() > 0.85)
    text = addressed(pick(random, v.address[lang]), text, lang);
  if (o.aside && !text.includes(o.aside)) text = joinParts([text, o.aside], lang);
  text = punctuate(text, v.punctuation, lang);
  if (lang === 'en' && v.lowercase) text = text.toLowerCase();
  return text;
}
