import type { Lang } from '../../csc/text.ts';
import { reflect, sentences, toCustomer } from './person.ts';

/**
 * A question the trainee can ask, from a hidden fact's authoring note ("The agent asks about X").
 * The note says what to ask about, never what the answer is, so the question gives nothing away.
 */
export function questionFrom(revealedBy: string, lang: Lang): string {
  if (lang === 'zh') {
    const topic = toCustomer(
      revealedBy
        .trim()
        .replace(/^客服(?:询问|问到|问起|确认|要求提供|要求|问)?/u, '')
        .replace(/或请(?:客户|您)?提供/gu, '或')
        .replace(/[。？?]+$/u, ''),
      'zh',
    );
    return /是否|有没有|有无|能否|什么|哪|怎么|多少|多久|几|谁|在不在|还在/u.test(topic)
      ? `想跟您确认一下：${topic}？`
      : `方便跟我说一下${topic}吗？`;
  }
  const topic = toCustomer(
    revealedBy
      .trim()
      .replace(/^the agent (?:asks|checks|enquires|inquires)(?: the customer)?\s*/iu, '')
      .replace(/[.?]+$/u, ''),
    'en',
  )
    .replace(/\bthey (remember|have|know|are)\b/g, 'you $1')
    .replace(/\bhe (has|is)\b/g, (_m, v: string) => `you ${v === 'has' ? 'have' : 'are'}`)
    .replace(/\bhas tried\b/g, 'have tried');
  const body = topic.charAt(0).toLowerCase() + topic.slice(1);
  if (/^for\b/u.test(body)) return `Could you give me ${body.replace(/^for\s+/u, '')}?`;
  if (/^(?:whether|if|which|what|how|when|where|who|why|about|exactly)\b/u.test(body))
    return `Could you tell me ${body}?`;
  return `Could you tell me a little more about ${body}?`;
}

const GREETING =
  /^(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[\s,.!…]*|^(?:喂|哈喽|嗨|hi|hello)?[，,!！\s]*(?:你好|您好)*[，,！!…。\s]*/iu;

/** Sentences that say what is wrong or wanted, preferred over small talk ("my Chinese is not so good"). */
const PROBLEM =
  /\b(?:want|need|would like|'d like|can't|cannot|couldn't|won't|didn't|never|broken|charged|failed|stuck|still|no longer)\b|想|要|需要|不了|不能|没|坏|扣|失败|不上|不进/iu;

/**
 * "Let me check I have this right: …" built from the customer's own words, turned to the second
 * person; the loss of someone is not recited back to a grieving customer.
 */
export function restatement(customerLine: string, lang: Lang): string | undefined {
  const picked = sentences(customerLine.replace(GREETING, ''), lang)
    .map((s) => s.replace(GREETING, '').trim())
    .map((s) => (lang === 'zh' ? withoutLossClauses(s) : s))
    .map((s) => (/[?？]$/u.test(s) ? statementOfQuestion(s, lang) : s))
    .filter((s): s is string => Boolean(s) && !/(?:吗|呢)[。！!]?$/u.test(s as string))
    .filter((s) => !LOSS.test(s) && !/^(?:this is urgent|急死了)/iu.test(s))
    .filter((s) => [...s].length > 4);
  const problem = picked.filter((s) => PROBLEM.test(s));
  const chosen = (problem.length ? problem : picked).slice(0, 2);
  if (!chosen.length) return undefined;
  if (lang === 'zh') {
    const said = reflect(chosen.map((s) => s.replace(/[。！!？?…]+$/u, '')).join('，'), 'zh')
      .replace(/[，,]?(?:急死了|气死了|烦死了)[！!。]*/gu, '')
      .replace(/！/gu, '，')
      .replace(/[。！!…，]+$/u, '');
    return `我先确认一下我理解得对不对：${said}，是这样吗？`;
  }
  const said = chosen
    .map((s) =>
      reflect(s, 'en')
        .replace(/,?\s*this is urgent!?/giu, '')
        .replace(/[.!…]+$/u, ''),
    )
    .filter(Boolean)
    .map((s, i) =>
      i === 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s.charAt(0).toUpperCase() + s.slice(1),
    )
    .join('. ');
  return `Let me check I've got this right: ${said} — is that right?`;
}

function withoutLossClauses(s: string): string {
  return s
    .split(/(?<=，)/u)
    .filter((clause) => !LOSS.test(clause))
    .join('')
    .replace(/^[，,\s]+/u, '');
}

/** The loss itself is not recited back to a grieving customer. */
const LOSS = /passed away|\bdied\b|\bdeath\b|去世|走了|过世|不在了/iu;

/** "Why can't I transfer…?" → "I can't transfer…"; a how-to or where-is question has no statement in it. */
function statementOfQuestion(s: string, lang: Lang): string | undefined {
  if (lang === 'zh') {
    if (/怎么(?!办|做|取|弄|样|回事|处理)/u.test(s))
      return s.replace(/怎么(?!办|做|取|弄|样|回事|处理)/u, '').replace(/[？?]+$/u, '');
    // A statement said with a rising tone ("结果App上说要收违约金？") still says what happened.
    if (!/吗|呢|什么|怎么|哪|谁|多少|几|为什么|是不是|能不能|有没有|可不可以/u.test(s))
      return s.replace(/[？?]+$/u, '');
    return undefined;
  }
  const m = /^why (can't|won't|doesn't|isn't|hasn't|is|does|did|has) (\w+) (.*?)\?$/iu.exec(s);
  if (m) {
    const [, aux, subject, rest] = m as unknown as [string, string, string, string];
    return `${subject} ${aux} ${rest}`;
  }
  if (
    /^(?:i|my|the|we|our)\b/iu.test(s) &&
    !/^(?:is|are|do|does|did|can|could|will|would|how|what|where|when|why|who)\b/iu.test(s)
  )
    return s.replace(/\?+$/u, '');
  return undefined;
}
