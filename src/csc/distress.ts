import type { Span } from './span.ts';
import type { Lang } from './text.ts';

/** Customer-side distress, as the annotation guideline defines it. */
export const DISTRESS_KINDS = ['anger', 'worry', 'urgency', 'grief'] as const;
export type DistressKind = (typeof DISTRESS_KINDS)[number];

export interface DistressTag {
  kind: DistressKind;
  /** 1 mild or implied, 2 clear, 3 strong or explicit. */
  intensity: 1 | 2 | 3;
  confidence: number;
  evidence: Span[];
}

const CUES: Record<DistressKind, RegExp> = {
  anger:
    /\b(?:ridiculous|unacceptable|useless|rubbish|joke|disgrace\w*|outrage\w*|furious|angry|fed up|sick of|pathetic|incompetent|terrible|worst|scam|liars?|complain\w*|ombudsman|what the hell|wtf|bloody|damn|third time|again\?|seriously|still (?:not|haven'?t|hasn'?t|nothing))\b|!!|气死|生气|太过分|离谱|什么破|垃圾|无语|投诉|凭什么|骗子|搞什么|有病|受够|到底(?:管不管|怎么)|你们(?:这|怎么)|第[三四五几]次/giu,
  worry:
    /\b(?:worried|worry|scared|afraid|anxious|nervous|panic\w*|is my money|gone\?|lost|hacked|stolen|fraud|what if|not sure what|confused|don'?t understand|help me)\b|担心|害怕|好怕|慌|怎么办|不会(?:是|被)|被盗|被骗|丢了|没了[？?]|焦虑|不放心|吓/giu,
  urgency:
    /\b(?:urgent\w*|asap|right now|immediately|today|tonight|by (?:friday|monday|tomorrow|\d)|deadline|due|minutes?|hurry|now!|quick\w*|can'?t wait)\b|着急|急死|急用|马上|立刻|赶紧|今天(?:就|必须|之前)|来不及|快点|只有.{0,3}分钟|截止|到期/giu,
  grief:
    /\b(?:passed away|died|death|funeral|bereave\w*|widow\w*|late (?:husband|wife|father|mother|dad|mum|mom)|cancer|hospital|chemo|illness|terminal|lost my (?:job|husband|wife|dad|mum|mom|father|mother|son|daughter))\b|去世|过世|走了|离世|葬礼|丧|住院|癌|化疗|病重|失业|老伴/giu,
};

const AMPLIFIER = /!{2,}|！{2,}|\?{2,}|？{2,}|\b[A-Z]{3,}\b|desperate|崩溃|受不了|求求|死了/gu;

/**
 * The distress a customer line shows. A first, lexicon-only version: each kind whose cue phrases
 * occur, with an intensity from how many cues and amplifiers (shouting, repeated marks) there are.
 */
export function detectDistress(text: string, _lang?: Lang): DistressTag[] {
  if (!text) return [];
  const amplifiers = text.match(AMPLIFIER)?.length ?? 0;
  const out: DistressTag[] = [];
  for (const kind of DISTRESS_KINDS) {
    const re = CUES[kind];
    re.lastIndex = 0;
    const evidence: Span[] = [];
    for (let m = re.exec(text); m; m = re.exec(text))
      evidence.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    if (!evidence.length) continue;
    const score = evidence.length + amplifiers;
    const intensity = score >= 3 ? 3 : score === 2 ? 2 : 1;
    out.push({ kind, intensity, confidence: Math.min(0.95, 0.5 + 0.15 * evidence.length), evidence });
  }
  return out;
}
