import { MANIPULATION } from './detectors.ts';
import type { Span } from './span.ts';

/** Agent behaviour a QA reviewer would flag, beside the strategies (annotation guideline §2). */
export const CONDUCT_LABELS = [
  'blame',
  'dismissive',
  'rude',
  'overpromise',
  'asks-secret',
  'discloses-data',
  'off-topic',
  'manipulation',
] as const;
export type ConductLabel = (typeof CONDUCT_LABELS)[number];

export interface ConductTag {
  label: ConductLabel;
  confidence: number;
  evidence: Span[];
}

/** Cue phrases per conduct label; a first, lexicon-only version. */
const CUES: Record<ConductLabel, RegExp> = {
  blame:
    /\b(?:your (?:own )?fault|you should(?:n'?t)? have|you didn'?t (?:read|check|reply)|that'?s on you|you failed to|if you(?:'d| had) (?:read|replied|checked|listened))\b|怪你|你自己的问题|您自己(?:点错|没|不)|谁让你|是你自己|是您自己/giu,
  dismissive:
    /\b(?:calm down|relax|happens all the time|not a big deal|no big deal|overreacting|nothing to worry about|it'?s just|get over)\b|没什么好(?:着急|担心|生气)的|很常见|别大惊小怪|至于吗|冷静点|多大点事/giu,
  rude: /\b(?:shut up|listen to me|read it properly|are you stupid|i already (?:told|explained)|obviously|can'?t you read|whatever)\b|你听不懂|这都不会|烦不烦|说了多少遍|自己看|爱(?:办|要)不(?:办|要)/giu,
  overpromise:
    /\b(?:i promise|i guarantee|guaranteed|definitely (?:get|be|arrive)|100%|no problem at all, i'?ll waive|will definitely)\b|保证|肯定(?:能|会|到账)|百分之百|绝对(?:能|会|没问题)|一定(?:能|会)(?:到账|退|通过|批)/giu,
  'asks-secret':
    /\b(?:read me the code|(?:tell|give|send) me (?:the|your) (?:code|otp|pin|password|cvv|cvc)|what(?:'s| is) (?:the|your) (?:code|otp|pin|password|cvv|cvc)|3-digit number on the back|full password)\b|(?:告诉我|报一下|发给我|提供)(?:一下)?(?:您的|你的)?(?:验证码|密码|cvv|动态口令)|(?:验证码|密码|安全码)(?:告诉我|报一下|发给我|是多少)/giu,
  'discloses-data':
    /\b(?:(?:number|card|account) (?:we have )?ends? (?:in|with) \d{2,}|(?:balance|available) (?:is|of) [£$€¥]?\d|(?:arrived|came in|was paid) on the \d+)\b|尾号是\d+|余额(?:是|还有)\d|已经到账了?[，,。]/giu,
  'off-topic':
    /\b(?:haha|lol|nice weather|busy day|i love (?:\w+ )?too|anyway)\b|^\s*(?:嗯+|哦+|ok|okay|hmm+)[。.！!～~]*\s*$|哈哈|天气(?:挺|真|不错)/giu,
  manipulation: new RegExp(`${MANIPULATION.source}|^\\s*system\\s*:`, 'giu'),
};

const CONFIDENCE = 0.7;

/** The conduct labels whose cue phrases occur in an agent reply, with the phrases as evidence. */
export function detectConduct(text: string): ConductTag[] {
  const out: ConductTag[] = [];
  for (const label of CONDUCT_LABELS) {
    const re = CUES[label];
    re.lastIndex = 0;
    const evidence: Span[] = [];
    for (let m = re.exec(text); m && evidence.length < 3; m = re.exec(text)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      evidence.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    if (evidence.length) out.push({ label, confidence: CONFIDENCE, evidence });
  }
  return out;
}
