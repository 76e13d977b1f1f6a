// Review 10: the reviewers' own trainee lines (drills 187, 188, 189), and the same trainees in the
// other language, shared by the tests that replay those drills.

/** Drill 187 (loan-early-repayment-fee, Ms Gao): verification by phone and birthday, then blame. */
export const loanBlame = {
  en: [
    'Good afternoon, this is Huaxin Bank personal loans. Before I look into it, can you please confirm your full name and the last four digits of your ID number?',
    "That's fine. Can you confirm the mobile number registered on the loan and your date of birth instead?",
    "Thanks, verified. Well, the fee is 1,577.04, which is 2% of your outstanding principal. Honestly, this is in clause 9.2 of the contract you signed. If you had read it before tapping agree, you wouldn't be surprised now.",
    "Yes, it's correct. Other banks are not relevant. You chose our loan and agreed to the terms. It's really your responsibility to know what you sign up for.",
    "I know your loan details, you don't need to repeat them. The point is, you wanted to repay early without checking the rules first. That's on you, not the bank.",
    "A supervisor will tell you the same thing. If you don't want to pay the fee, you could just wait until after your 12th instalment, then there's no fee, only about 1,047.40 in interest for those 4 months. You should have thought about timing earlier.",
  ],
  zh: [
    '您好，这里是华信银行个人贷款。查之前先核实一下，麻烦报一下您的全名和身份证后四位。',
    '没关系，那您报一下贷款绑定的手机号和出生日期吧。',
    '好，核实了。违约金是1577.04元，就是提前还的本金的2%。说实话，合同第9.2条写得清清楚楚，您点同意之前要是看一眼，现在也不会这么意外。',
    '对，没错。别的银行跟我们没关系，是您自己选的我们的贷款，也同意了条款。签之前搞清楚条款本来就是您自己的责任。',
    '您的贷款信息我都知道，不用再说一遍。问题是您没先看规定就想提前还，这是您的问题，不是银行的。',
    '找主管也是一样的说法。您不想交违约金的话，等第12期扣完再还，就不收了，就是这4个月大概多付1047.40元利息。早点想好时间就好了。',
  ],
};

/** Drill 189 (deceased-parent-account, Ms Gao): a kind agent whose explanation draws an objection. */
export const heirs = {
  en: [
    "Hello, this is Huaxin Bank online support. I'm so sorry for the loss of your father, Ms Gao. Going through his things must be very hard. I'll walk you through how the family can handle his accounts, step by step. May I ask what exactly you found - only the passbook and the card, or anything else?",
    "Thank you for telling me. Please take your time. Just so you know, for privacy reasons I can't see or share your father's account details in this chat, so I can't tell you the balance here. Can I ask who else is in the family - is your mother still alive, and do you have any siblings? That affects which documents the heirs need.",
    "Thank you, that helps. The first step is a balance inquiry at any Huaxin branch counter: bring your father's death certificate, your own ID, proof that you are his child (e.g. the household register or a relationship certificate), and the passbook, card and certificate. The counter will tell you what is in all his accounts. If the total is small, there is a simplified withdrawal for close family without notarisation. If it's above that limit - and with a 60,000 deposit it likely is - the heirs will need either a notarised inheritance certificate or a court document.",
    "I understand it feels like a lot, especially right now, and I'm sorry I can't make an exception - the rules protect every heir, including your mum and your brother. Yes, what you noted is correct. The good news is your brother doesn't have to fly back: he can sign a power of attorney or a statement at the Chinese consulate or a notary in Melbourne, and send it to the family. The notary office here will tell you exactly which form they accept.",
    "That sounds like a good plan. One more thing to be careful about: please don't try to withdraw with your father's card and PIN at an ATM, even if the family knows the PIN - that can cause legal trouble between heirs. Keep the card, passbook and certificate safe and bring them to the counter. Is there anything else worrying you?",
    "About the fixed deposit that matures in March: you don't need to wait for maturity to start the process, and nothing is lost by starting the paperwork now. Was my explanation clear enough for you to explain it to your sister and brother?",
  ],
  zh: [
    '您好，这里是华信银行在线客服。高女士，您父亲的事我很难过，整理他的东西一定很不容易。家里人怎么处理他的账户，我一步一步跟您说。先问一下，您具体找到了什么？只有存折和卡，还是还有别的？',
    '谢谢您告诉我，您慢慢说。先跟您说一声，出于隐私保护，我在这里不能查也不能告诉您父亲账户的情况，余额我这边没法说。想问一下家里还有哪些人？您母亲还健在吗，有没有兄弟姐妹？这关系到继承人要准备哪些材料。',
    '谢谢，这很有帮助。第一步是到任意一家华信网点柜台查余额：带上您父亲的死亡证明、您本人身份证、能证明您是他子女的材料，比如户口本或者亲属关系证明，再带上存折、卡和存单。柜台会告诉您他名下所有账户有多少钱。金额不大的话，直系亲属可以走简易提取，不用公证。超过限额的话，6万的存单多半会超过，继承人就需要公证的继承证明或者法院的文书。',
    '我理解，这时候要办这么多事确实很累。很抱歉我没法给您特殊处理，这个规定是保护每一位继承人的，包括您母亲和您哥哥。您记的没错。好消息是您哥哥不用专门飞回来：他可以在墨尔本的中国领事馆或者当地公证处签一份委托书或者声明，寄回家里就行。具体收哪种格式，这边的公证处会告诉您。',
    '这个安排挺好。还有一点要注意：就算家里人知道密码，也千万别拿您父亲的卡去ATM取钱，继承人之间容易惹上法律纠纷。卡、存折和存单都收好，到时候带到柜台。还有什么让您放心不下的吗？',
    '关于3月到期的那笔定期：不用等到期就可以开始办，现在就准备材料也不会有任何损失。我刚才讲得够清楚吗，您能跟您妹妹和哥哥讲明白吗？',
  ],
};

/** Drill 188 (child-education-savings-plan, Ms Zhou): chit-chat, then a plan she agrees to try. */
export const savingsChat = {
  zh: [
    '您好周女士，我是华信银行理财顾问小李。哎呀，孩子7岁了呀，真好，这个年纪最可爱了。是男孩还是女孩呀？平时喜欢玩什么？',
    '别急别急，一年级好啊，我家侄子也刚上一年级，天天写作业写到九点，家长也跟着累。天津最近降温挺厉害的吧？孩子上学冷不冷？',
    '理解理解，当妈妈的都不容易。说起来我们行最近在搞亲子活动，周末还有手工课，挺热闹的。您平时带孩子周末都去哪儿玩呀？',
    '好的好的，那我们说正事。您每个月大概能拿出多少钱来存？现在手上有多少存款，有没有房贷或者别的负债？',
    '明白了。房租1800在天津算是哪个区呀？我听说河西那边房租涨得挺快的。对了，您平时是在哪儿上班呀，离孩子学校远吗？',
    '行，那2万应急钱建议您别动。每月1000块，可以一部分做定期存款打底，一部分做小额基金定投。不过买基金之前得先做个风险测评。哎，说到基金，我上个月自己买的那只跌得我心疼，您平时关注股市吗？',
    '您这个顾虑很正常。所以定投部分比例小一点就行，比如每月700存定期，300做定投，离用钱还有两三年的时候再慢慢转到低风险的。对了，孩子以后想上哪个大学呀？南开天大都在家门口，多好。',
    '10万的目标挺实在的。每月1000存10年本金就有12万，定期部分比较稳，基金部分有波动，我不能保证收益，但按这个节奏目标是有希望的。您要是愿意，可以先在App上做一下风险测评，我们再按结果定具体产品。',
  ],
  en: [
    "Hello Ms Zhou, I'm Xiao Li, a Huaxin Bank financial adviser. Oh, your child is seven, how lovely, that's such a sweet age. Is it a boy or a girl? What do they like to play?",
    "No rush, no rush. First grade is great, my nephew just started too, homework until nine every night, the parents are worn out as well. It's got really cold in Tianjin lately, hasn't it? Is your child warm enough at school?",
    "I understand, being a mum is never easy. By the way, our branch has family events at the moment, there's a crafts class at weekends, it's great fun. Where do you usually take your child at weekends?",
    "All right, let's get down to business. How much could you put aside each month? How much do you have saved now, and do you have a mortgage or any other debts?",
    'I see. Which part of Tianjin is the 1,800 rent in? I hear rents in Hexi are going up fast. Oh, and where do you work, is it far from the school?',
    "Okay, I'd suggest you leave the 20,000 emergency money alone. Of the 1,000 a month, part can go into a fixed deposit as a base and part into a small monthly fund plan. But before buying a fund you need to do a risk assessment. Speaking of funds, the one I bought last month dropped so much it hurts. Do you follow the stock market?",
    'That worry is very normal. So keep the fund part small, say 700 a month in deposits and 300 in the fund plan, and two or three years before you need the money, move it gradually into low-risk products. Oh, and which university would your child like to go to? Nankai and Tianjin University are right on your doorstep.',
    "A 100,000 goal is very realistic. 1,000 a month for 10 years is 120,000 in principal. The deposit part is steady, the fund part goes up and down, and I can't promise a return, but at this pace the goal is within reach. If you like, you can do the risk assessment in the app first and then we'll choose the products based on the result.",
  ],
};
