import type { StrategyCode } from '../strategies.ts';

/**
 * Cue lexicons written from the CSC definitions: phrases that signal a strategy. They feed the
 * statistical model as features and give the evidence spans a trainee sees. Both languages run
 * on every utterance, so mixed Chinese/English text is covered.
 */
export type CueTable = Partial<Record<StrategyCode, RegExp>>;

const rx = (source: string) => new RegExp(source, 'giu');

export const EN_CUES: CueTable = {
  GT: rx(
    String.raw`\b(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome to|greetings)\b|thanks? (?:you )?for (?:contacting|reaching out to|calling|choosing|getting in touch)|\bhow (?:can|may) i (?:help|assist)|\b(?:my name is|this is \w+ (?:from|at|with))`,
  ),
  IV: rx(
    String.raw`\b(?:full (?:legal )?name|date of birth|\bdob\b|last (?:four|4) digits|card number|account (?:number|holder)|registered (?:phone|mobile|email|number|address)|(?:phone|mobile) number (?:on|linked|registered)|id (?:number|card)|passport (?:number|details)|(?:one[- ]time|verification|security) (?:code|passcode|question)|verify (?:your|the|some) (?:identity|account|details)|confirm (?:your|the account holder'?s?) (?:identity|name|details|date|phone|address)|security check|postcode|billing address|name on the (?:card|account))`,
  ),
  RP: rx(
    String.raw`\b(?:so (?:just to (?:confirm|be clear)|you(?:'re| are)?|your|if i)|if i(?:'ve)? understand|just to (?:confirm|make sure|clarify|recap)|what you(?:'re| are) saying|you mean|you(?:'re| are) saying|let me (?:make sure|check) i|what i(?:'m| am) hearing|to (?:summari[sz]e|recap)|in other words|sounds like (?:you|your|the)|if i(?:'ve)? got (?:this|that|it) right|(?:do i|have i) have (?:this|that) right|is that (?:right|correct)\?|correct me if)`,
  ),
  PR: rx(
    String.raw`\b(?:when (?:did|was|were|exactly)|what time|which (?:card|account|merchant|app|device|phone|order|branch|day|date|one|version|browser|product|item)|how much (?:was|did|is)|what (?:error|message|amount|happens|exactly|does it say|did it say|kind|type|model|version)|could you (?:tell|describe|send|share|check|let me know|confirm whether)|can you (?:tell|share|describe|send|check|let me know)|do you (?:know|have|remember|recall|see)|did you (?:receive|get|try|make|use|notice|click|enter|authori[sz]e)|have you (?:tried|received|contacted|made|used|noticed|already)|was (?:it|this|that)|is (?:it|this|that) (?:the|a|your|on|still)|what happened|screenshot|roughly how|how (?:long|many|often)|where (?:did|were|was))`,
  ),
  EM: rx(
    String.raw`\b(?:(?:so |really |very |truly |terribly )?sorry (?:to hear|about|for|that|you)|i(?:'m| am) (?:so |really |very |truly )?sorry|(?:sincerely |deeply )?apologi[sz]e|i (?:completely |totally |fully )?understand (?:how|your|that this|why|the frustration)|i can (?:imagine|see how|see why|only imagine|understand)|that must (?:be|have been|feel)|frustrat\w*|upsetting|stressful|worr(?:y|ied|ying)|don'?t worry|rest assured|i hear you|you(?:'re| are) right to|must feel|i know how|that(?:'s| is) (?:awful|terrible|not ok|not okay|not acceptable|unacceptable)|my apologies)`,
  ),
  PS: rx(
    String.raw`\b(?:i(?:'d| would)? (?:strongly )?(?:suggest|recommend|advise)|we (?:suggest|recommend|advise)|you (?:could|can|might|may|should) (?:try|want to|consider|switch|use|go|visit|call|update|reinstall|apply|set|turn|enable|log|open|upload|choose|pick|keep|start)|my (?:suggestion|advice|recommendation)|the (?:best|easiest|quickest|fastest|safest) (?:option|way|thing|route|bet)|how about|why not|would you like (?:me to|to)|shall i|i can (?:book|offer|set|arrange|help you)|(?:try|trying) (?:to|restarting|clearing|updating|reinstalling|logging|switching|turning)|(?:worth|consider) (?:\w+ing|a|the)|option (?:is|would be) to|your best bet|go with)`,
  ),
  ID: rx(
    String.raw`\b(?:the (?:fee|charge|rate|limit|policy|process|deadline|cost|price|interest|minimum|maximum)s? (?:is|are|will be)|it (?:usually |normally |typically )?(?:takes|will take|can take)|within \d+|\d+ (?:working|business|calendar) days|according to|per (?:our|the) (?:policy|terms|rules)|under (?:our|the) (?:policy|terms|rules)|you(?:'ll| will) (?:need|receive|be charged|get)|(?:is|are) (?:open|closed|available|located|free|charged|not eligible|eligible)|costs?\b|there (?:is|are) (?:a|an|no|\d+)|the (?:cut-?off|limit)|\d+(?:\.\d+)?%|(?:annual|monthly) (?:fee|rate|limit)|policy|terms and conditions)`,
  ),
  RI: rx(
    String.raw`\b(?:i(?:'ve| have)? (?:just |now |already )?(?:submitted|processed|raised|filed|logged|escalated|refunded|reversed|unblocked|unfrozen|unlocked|reset|booked|sent|cancell?ed|updated|credited|reissued|arranged|frozen|blocked|created|opened|changed|added|removed|applied|initiated|issued|lodged|flagged|requested|forwarded|reported|waived|scheduled|restored|re-?sent|marked|reinstated|adjusted|reactivated|activated|expedited)|i(?:'m| am) (?:now |currently )?(?:processing|submitting|escalating|raising|filing|transferring|sending|updating|setting up|arranging|cancell?ing|booking|reversing|refunding|unblocking|unfreezing|resetting|issuing|lodging|logging)|(?:has|have) (?:now |just )?been (?:submitted|processed|refunded|reversed|unfrozen|unblocked|unlocked|escalated|credited|booked|cancell?ed|updated|reset|issued|sent|created|resolved|approved|completed|reactivated|lifted|waived|scheduled|restored|dispatched)|(?:reference|ticket|case|booking|confirmation|tracking|claim|dispute) (?:number|no\.?|#|id|ref)|\bref(?:erence)?[:#]|\bis (?:now )?(?:active|unlocked|unfrozen|unblocked|live|back on))`,
  ),
  FR: rx(
    String.raw`\b(?:(?:is there |was there )?anything else|something else|any other (?:questions|issues|concerns|way)|does (?:that|this) (?:help|answer|solve|work)|did (?:that|this) (?:help|solve|work|fix)|(?:has|have|is) (?:that|this|your (?:issue|problem|query|question)|everything) (?:been )?(?:resolved|solved|sorted|fixed|cleared up|taken care of)|are you (?:happy|satisfied)|how satisfied|how would you rate|rate (?:our|my|this|the)|(?:your|any) feedback|survey|(?:help|assist) you with (?:today|anything)|all sorted\?|is everything (?:ok|okay|working|fine)|(?:are|is) (?:we|it) all (?:set|good)|(?:working|ok|okay) (?:now|for you)\?|(?:answered|addressed) your)`,
  ),
  RC: rx(
    String.raw`\b(?:feel free to (?:contact|reach|call|message|get in touch|come back)|don'?t hesitate|if you (?:have|need|run into|notice) any(?:thing)?|any ?time|24/7|we(?:'ll| will) (?:notify|update|let you know|keep you|send you|follow up|contact you|be in touch|call you|email you|text you)|you(?:'ll| will) (?:get|receive) (?:a|an) (?:sms|text|email|notification|update|message|call)|keep an eye (?:on|out)|follow (?:our|us)|in the future|next time|going forward|from now on|stay tuned|(?:reach|contact|call|message) us (?:again|anytime|any time|on|at|via|through)|hotline|(?:your|a) (?:dedicated|personal|relationship) (?:manager|advisor|banker)|check back|come back)`,
  ),
  AC: rx(
    String.raw`\b(?:thank(?:s| you)(?: so much| very much| again)?(?: for (?:your|contacting|reaching|calling|chatting|choosing|using|being|waiting|the))?|have a (?:great|good|nice|lovely|wonderful|pleasant|safe) (?:day|evening|weekend|night|one|afternoon|morning|trip)|goodbye|\bbye\b|take care|my pleasure|you(?:'re| are) (?:very |most )?welcome|your welcome|glad (?:i|we) could (?:help|assist)|all the best|cheers|enjoy (?:your|the))`,
  ),
  OT: rx(
    String.raw`\b(?:one moment|just a (?:moment|sec|second|minute)|please (?:hold|wait)|hold on|bear with me|(?:are you|you) still (?:there|with me)|i(?:'m| am) (?:not able|unable) to (?:share|disclose|provide|give|discuss|help with that|do that)|i (?:can'?t|cannot) (?:share|disclose|give out|do that|discuss|provide)|not something (?:i|we) can|weather|lunch|typo|let me (?:check|look|see)|give me a (?:moment|second|sec|minute)|checking now)`,
  ),
};

export const ZH_CUES: CueTable = {
  GT: rx(
    String.raw`^(?:亲[，,~！!]?)?(?:您好|你好|hi|早上好|上午好|下午好|晚上好)|欢迎(?:咨询|来到|致电|光临|进入|使用)|很高兴为您服务|(?:请问)?有什么(?:可以|能)(?:帮|为)(?:到)?您|我是.{0,8}(?:客服|专员|顾问)|工号`,
  ),
  IV: rx(
    String.raw`身份证|证件(?:号|类型|信息)|(?:真实|完整)?姓名|预留(?:的)?(?:手机|电话|号码)|(?:注册|绑定)的?(?:手机|邮箱)|手机号(?:码)?(?:是多少|后四位|核实)|卡号|后四位|尾号|验证码|出生(?:日期|年月)|核(?:实|对|验)(?:一下)?(?:您的)?身份|身份(?:验证|核实|信息)|户名|安全(?:问题|验证)|本人(?:操作|办理)?(?:吗|是否)`,
  ),
  RP: rx(
    String.raw`您的意思是|也就是说|我(?:这边)?理解(?:的是|一下|得对吗|的对吗)?|(?:跟|和|向)您(?:再)?确认一下|您是说|所以您(?:是|现在|的)|简单来说|总结一下|我复述|我重复一下|是这样(?:的)?(?:吗|对吧)|对吗[？?]|是吧[？?]|对吧[？?]|没错吧`,
  ),
  PR: rx(
    String.raw`请问(?!还有)|什么时候|几点|哪(?:张|个|天|一|家|里|款)|多少(?:钱)?[？?呢]|是否(?!已经解决|还有)|有没有|能(?:否|不能)?(?:描述|提供|告诉|发|截图|说一下|说明)|麻烦(?:您)?(?:提供|发|截|说|描述|告知|确认)|截(?:个)?图|报错|提示(?:什么|的是|了什么)|(?:吗|呢)[？?]|具体(?:是|情况|什么)|怎么(?:回事|操作的)|之前(?:有没有|是否|试过)`,
  ),
  EM: rx(
    String.raw`抱歉|对不起|不好意思|理解您(?:的)?(?:心情|感受|着急|焦虑|担心|处境|难处)?|非常理解|(?:别|不要|不用)(?:着急|担心|慌|害怕)|请(?:您)?放心|您先别急|给您(?:带来|造成)了?.{0,6}(?:不便|困扰|麻烦|不好的体验)|我能体会|换(?:做|作)是我|心情|委屈|辛苦了|让您(?:久等|受累|着急|担心|失望)`,
  ),
  PS: rx(
    String.raw`建议|推荐|您可以(?:先|试|尝试|考虑|通过|去|在|选择|直接|登录|打开|拨打|携带|前往|申请)|不妨|可以考虑|最好(?:是|先)?|要不(?:您)?|方案|试试|尝试(?:一下)?|需要我(?:帮您|为您)|帮您(?:预约|办理)(?:吗|一下)|比较(?:适合|合适)|更适合`,
  ),
  ID: rx(
    String.raw`规定|按照|根据|手续费|费用|额度|限额|工作日|小时内|天内|年化|利率|利息|政策|流程|需要(?:携带|提供|满足|本人)|到账|一般(?:会|需要|是|在)|通常|目前|是指|期限|有效期|条件|规则|收取|免费|营业时间|\d+(?:\.\d+)?%|\d+元`,
  ),
  RI: rx(
    String.raw`已(?:经)?(?:为您|帮您|给您|替您)?(?:提交|办理|处理|退款|退回|解冻|解除|冻结|挂失|重置|升级|登记|申请|发送|取消|修改|开通|关闭|预约|备注|反馈|转交|上报|加急|催办|补发|创建|受理|核实|恢复|调整|撤销|操作|发起|安排|记录|转接|退还|减免|激活)|正在(?:为您|帮您)?(?:处理|办理|提交|核查|查询|操作|申请|跟进|加急|转接|退款|审核)|工单号|(?:退款|申请|受理|投诉)?单号|受理号|编号(?:为|是|:|：)|(?:马上|现在|这就|立即)(?:为您|帮您)(?:处理|办理|提交|操作|解冻|申请)|帮您(?:提交|办理|处理|申请|登记|催办|加急)(?:了|好了)|处理好了|办好了|已生效`,
  ),
  FR: rx(
    String.raw`还有(?:什么|其他|别的|其它).{0,8}(?:帮|问题|需要|疑问|可以)|是否(?:已经|都)?(?:解决|满意|清楚)|解决了吗|满意|评价|(?:您的)?反馈|问题.{0,4}(?:解决|处理)(?:了吗|好了吗)|没问题了吗|清楚了吗|明白了吗|还有(?:其他|别的)(?:问题|需要)吗|可以了吗|好了吗`,
  ),
  RC: rx(
    String.raw`随时(?:联系|咨询|找|来|致电|留言)|后续|之后如(?:有|果)|今后|以后(?:有|如|遇到)|如(?:有|果有)(?:任何)?(?:疑问|问题|需要)|欢迎(?:再次|随时|您再|下次)|关注|留意|我们会(?:第一时间)?(?:通知|联系|短信|告知|跟进|回访|提醒)|(?:会|将)(?:以|通过)短信|热线|24小时|下次|专属(?:客户)?经理|保持联系|持续跟进`,
  ),
  AC: rx(
    String.raw`感谢|谢谢|祝您.{0,10}(?:愉快|顺利|开心|健康|生活|平安|如意)|再见|拜拜|不客气|很高兴(?:能)?为您|期待(?:您|下次|再次)|辛苦您|应该的|不用谢`,
  ),
  OT: rx(
    String.raw`稍等|请稍候|稍候|(?:请问)?您还在(?:线)?吗|还在吗|无法(?:提供|透露|告知|泄露|查询他人)|不能(?:透露|提供|告诉|泄露)|我(?:查|看)一下|看一下哦|天气|打错字|吃饭了吗|正在输入`,
  ),
};

/** Signs in the customer's previous line that they are upset. */
export const UPSET_CUES = rx(
  String.raw`\b(?:angry|furious|ridiculous|unacceptable|terrible|worst|useless|fed up|annoyed|frustrat\w*|upset|worried|scared|panick?\w*|disappointed|outrageous|a joke|sick of|waste of (?:my )?time|what the hell|wtf|seriously\?|nobody|still (?:not|haven'?t|hasn'?t)|again\?|complain\w*|stressed|desperate|help me)\b|!!|\?\?|气死|生气|愤怒|太过分|离谱|什么破|垃圾|无语|投诉|着急|急死|担心|害怕|怎么回事|搞什么|烦死|失望|凭什么|！！|？？|骗子|到底|受不了|崩溃|不满`,
);
