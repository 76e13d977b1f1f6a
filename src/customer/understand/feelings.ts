import type { DistressKind } from '../../csc/distress.ts';

/**
 * Words that answer a particular feeling. Empathy calms only when it fits what the customer feels:
 * an apology answers anger, reassurance with a reason answers worry, speed answers urgency, a
 * condolence answers grief.
 */
const FITS: Record<DistressKind, RegExp> = {
  anger:
    /\b(?:sorry|apologi[sz]e|apologies|frustrat\w*|annoy\w*|unacceptable|shouldn'?t have (?:happened|had to)|should not have|(?:completely|totally) (?:fair|understandable)|right to be (?:upset|angry)|understand (?:why|how) (?:you|upset|angry|annoy)|not good enough|let you down|fair enough to be)\b|抱歉|对不起|不好意思|理解您的(?:心情|不满|感受|愤怒|着急)|给您添麻烦|让您(?:久等|受累|费心|失望|折腾)|换(?:谁|成我)都会|确实不应该|是我们(?:的问题|没做好)|您生气(?:是)?(?:很)?正常/iu,
  worry:
    /\b(?:worr\w*|scar\w*|frighten\w*|stressful|nerve-racking|nervous|anxious|safe|protect\w*|secure|understand how (?:worrying|scary|stressful)|not alone|we'?ll sort|here to help)\b|担心|放心|理解您的(?:担心|顾虑|紧张)|紧张|害怕|吓|安全|保护|别慌|不要慌|不用慌|陪您|帮您一起/iu,
  urgency:
    /\b(?:today|deadline|time|quick\w*|right away|straight away|urgent\w*|as fast|asap|rent|before (?:\d|six|five|tomorrow)|priority|prioriti[sz]e|immediately|won'?t take long|minutes)\b|抓紧|尽快|马上|着急|急|赶|时间|今天|来得及|优先|加急|立刻|不耽误/iu,
  grief:
    /\b(?:sorry for your loss|sorry to hear (?:about )?(?:your|that)|condolences?|passed away|loss|difficult time|hard time|take your time|no rush|my sympathies|thinking of you)\b|节哀|难过|痛|不容易|辛苦了|慢慢来|保重|遗憾|心情|不着急/iu,
};

/** Comfort that carries nothing: "don't worry", "it'll be fine" — calms no one on its own. */
const EMPTY_COMFORT =
  /\b(?:don'?t worry|no worries|it'?ll be (?:fine|ok|okay|alright)|everything will be (?:fine|ok|okay)|rest assured|no problem|not to worry|it'?s (?:fine|ok|okay)|bear with (?:me|us)|please be patient|thank you for your patience|sorry for the inconvenience)\b|别担心|不用担心|放心吧|放心好了|没事的|没问题的?|请耐心等待|请您耐心|稍安勿躁|感谢您的耐心|给您带来不便/iu;

/** Whether the agent's words answer one of the feelings the customer has. */
export function fitsFeeling(text: string, feelings: readonly DistressKind[]): boolean {
  return feelings.some((k) => FITS[k].test(text));
}

export const isEmptyComfort = (text: string): boolean => EMPTY_COMFORT.test(text);

/** An apology, whatever else it does. */
export const isApology = (text: string): boolean =>
  /\b(?:sorry|apologi[sz]e|apologies|my bad)\b|抱歉|对不起|不好意思|道歉/iu.test(text);

/** Blame the customer hears even when the tagger is unsure: "现在怪谁？", "you only have yourself to blame". */
export const BLAMES =
  /怪谁|怪不了别人|怪[你您]自己|(?<!需要|不用|不必|无需|用不着|不需要)(?:是|都是)?[你您]自己(?:的问题|造成|弄的|选的|没看|操作|不小心|在.{0,10}刷|刷|多刷|点错|输错)|是[你您](?:自己)?没(?:接|看|注意|留意|回|听|仔细)|谁让你|[你您](?:当时)?(?:就)?应该(?:仔细|看清|早点)|[你您]当时(?:就)?应该|[你您]要是(?:当时)?(?:多|仔细|早)|要是[你您](?:当时|一开始)(?:就)?(?:早|多|仔细|把|听)|要是[你您](?:就)?(?:早(?:点|些|就)|多(?:留意|注意|看)|仔细)|本来(?:是)?可以避免|\byour (?:own )?fault|you should have|only have yourself to blame|that'?s on you|because you did it wrong|you did it wrong|\byou (?:probably|must have|obviously|clearly) (?:swiped|tapped|paid|clicked|pressed|entered|typed|did)|\bif you had (?:been|paid|checked|looked)|\bif you'?d (?:given|told|said|checked|read|listened|looked|been)\b|\byou should'?ve\b|could have been avoided|\b(?:you (?:should|need to|have to|must) )?be more careful with your (?:own )?(?:card|phone|details|account|money)\b|\b(?:the )?customers? (?:messed up|got it wrong|made (?:a|the) mistake)\b|\bmessed up,? not us\b|\bnot (?:our|the bank'?s) (?:fault|mistake)\b|(?:是)?客户自己(?:的问题|弄错|搞错|操作)|不是我们(?:银行|这边)?的(?:问题|错|责任)|[你您]自己(?:以后|下次)?(?:要)?(?:多)?(?:注意|小心)(?:点|一点|些)?(?:吧|啊)?(?:[，。！!,.]|$)/iu;
/** Rudeness the customer hears even when the tagger is unsure: "听不懂吗？", "stop going on". */
export const RUDE =
  /听不懂吗|别问了|烦不烦|有完没完|你聋|废话|啰嗦|没有我挂了|爱办不办|这点(?:小)?事(?:也|都)(?:要|得)|这(?:么简单)?都不会(?:吗|啊|呢)?(?:[？?！!。]|$)|自己不会看吗|\b(?:shut up|are you deaf|stop going on|i don'?t have all day|don'?t you get it|(?:such|this) a (?:simple|small|little) thing(?:,| and| but)? (?:and )?you\b|can'?t you even|what part of .{1,20} don'?t you understand|whatever)\b/iu;
/**
 * A feeling waved away that the customer hears even inside a helpful turn, where the tagger's
 * dismissive reading is outweighed by the instructions around it: "别激动，您按步骤来就行：…",
 * "calm down, just open the app and…".
 */
export const DISMISSES =
  /别激动|冷静(?:一)?点|没必要这么(?:大)?(?:反应|激动|生气|紧张)|有什么好(?:急|着急|生气|激动|紧张)的|没什么好(?:着急|急|担心|生气|激动)的|着急也没用|急也没用|跟我(?:这边|们这边)?没(?:有)?(?:什么)?关系|不归我(?:们)?管|不关我(?:们)?的事|(?:那|这|都)?是[你您]自己的(?:事|安排)|小题大做|至于(?:吗|这么)|\b(?:calm down|no need to (?:get |be )?(?:so )?(?:worked up|upset|angry|dramatic|emotional)|(?:that'?s )?not (?:really )?my (?:concern|problem|department)|nothing to (?:get |be )?(?:so )?(?:upset|worked up|worried|angry) about|you'?re overreacting|it'?s not (?:a )?big deal|(?:that'?s )?up to you,? not (?:me|us))\b/iu;
