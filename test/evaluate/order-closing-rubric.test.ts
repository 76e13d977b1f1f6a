import { describe, expect, it } from 'vitest';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';
import { generalScenario } from '../../src/evaluate/general-rubric.ts';
import { buildScorecard } from '../../src/evaluate/scorecard.ts';
import { chat, check, score } from './judge-helpers.ts';

const CARD = 'card-frozen-after-travel';

const GOOD_EN = [
  'Hi, my card is suddenly blocked for transfers and my rent is due today!',
  "Hello, I'm Alex from Huaxin Bank, I'm so sorry, that's really stressful with rent due. To keep your account safe, could you confirm your full name and registered phone number?",
  'Liu Zihao, 186 0057 1943.',
  'Thank you. Did you make a large purchase abroad recently?',
  'Yes, a necklace in Bangkok.',
  'That explains it: our risk control saw a large overseas transaction that did not fit your usual pattern and set the card to receive only. To lift it, open the app, go to Me > Security Center > Lift account restriction, enter the SMS code yourself and pass the face recognition check.',
  'OK, doing it now.',
  "Once both checks pass, the restriction is lifted in real time and transfers normally work within a few minutes. I've also submitted a note on your account and flagged it as urgent.",
  'It works now, thanks.',
  'Great! Is there anything else I can help you with today?',
  "No, that's all.",
  'Thank you for your patience, Mr Liu. Have a great day, goodbye!',
];

describe('closing checks count only in the closing phase', () => {
  it('a conditional "if you are not satisfied" mid-chat is not a feedback request, a thanks mid-chat is not the close (zh)', () => {
    const card = score(CARD, 'zh', [
      '你好，我的卡被冻结了。',
      '您好，如果您对处理过程不满意，可以随时联系我们。麻烦提供一下姓名和预留手机号。',
      '刘子豪，18600571943。',
      '谢谢您这么快就传好。您最近在境外有大额消费吗？',
      '有，在曼谷买了项链。',
      '好的。',
    ]);
    expect(check(card, 'feedback-requested').result).toBe('no');
    expect(check(card, 'closed-politely').result).toBe('no');
  });

  it('«Fine.» is never quoted as a feedback request; a real closing is (en)', () => {
    const curt = score(CARD, 'en', [...GOOD_EN.slice(0, 9), 'Fine.', 'Bye.']);
    expect(check(curt, 'feedback-requested').result).toBe('no');
    const good = score(CARD, 'en', GOOD_EN);
    expect(check(good, 'feedback-requested')).toMatchObject({ result: 'yes', turn: 10 });
    expect(check(good, 'feedback-requested').quote).toContain('anything else');
    expect(check(good, 'closed-politely').result).toBe('yes');
  });
});

describe('order and substance', () => {
  it('a competent conversation passes, and skipping verification never earns points back through efficiency (en)', () => {
    const good = score(CARD, 'en', GOOD_EN);
    expect(good.passed).toBe(true);
    const skipped = score(CARD, 'en', [
      GOOD_EN[0] as string,
      "Hello, I'm Alex from Huaxin Bank, I'm so sorry, that's really stressful with rent due. Let me look at your card.",
      'OK.',
      ...GOOD_EN.slice(3),
    ]);
    expect(check(skipped, 'identity-verified').result).toBe('no');
    expect(check(skipped, 'turns-to-resolution').result).toBe('no');
    expect(skipped.overall).toBeLessThan(good.overall);
  });

  it('small talk in an urgent case fails "first step in time" and ranks below prompt handling (en and zh)', () => {
    const stallEn = [
      GOOD_EN[0] as string,
      'Hello! Lovely weather today, isn’t it?',
      'I guess. My card?',
      'Haha, one sec, busy day here. How was your weekend?',
      'Please, the card!',
      ...GOOD_EN.slice(1),
    ];
    const prompt = score(CARD, 'en', GOOD_EN);
    const stalled = score(CARD, 'en', stallEn);
    expect(check(stalled, 'first-step-in-time').result).toBe('no');
    expect(check(prompt, 'first-step-in-time').result).toBe('yes');
    expect(stalled.overall).toBeLessThan(prompt.overall);
    const zh = score(CARD, 'zh', [
      '我的卡突然转不了账了，今天要交房租！',
      '您好呀，今天天气真不错。',
      '嗯……我的卡呢？',
      '哈哈，周末去哪玩了？',
      '快点帮我看卡！',
    ]);
    expect(check(zh, 'first-step-in-time').result).toBe('no');
  });
});

describe('the general rubric scores a real chat without a scenario', () => {
  it('scenario checks are n/a, conduct and flow checks apply, and the card names its rubric (en and zh)', () => {
    for (const [lang, lines] of [
      [
        'en',
        [
          'Hi, my parcel never came.',
          'Hello, sorry to hear that! When did you order it, and what does the tracking page say?',
          'Last Monday; it says delivered.',
          "Thanks. I've raised a trace with the courier; you'll hear within 2 days. Anything else I can help with?",
          'No, thanks.',
          'Thank you, have a good day!',
        ],
      ],
      [
        'zh',
        [
          '你好，我的快递一直没到。',
          '您好，很抱歉给您添麻烦了！您是哪天下的单？物流页面现在显示什么？',
          '上周一下的，显示已签收。',
          '好的，我已经帮您向快递公司提交了查件，两天内给您回复。还有其他可以帮您的吗？',
          '没有了，谢谢。',
          '感谢您的耐心，祝您生活愉快，再见！',
        ],
      ],
    ] as const) {
      const card = buildScorecard(defaultTagger(), {
        scenario: generalScenario(),
        lang,
        transcript: chat(...lines),
      });
      expect(card.rubric).toBe('general');
      for (const id of ['identity-verified', 'hidden-facts-uncovered', 'no-forbidden-claim', 'no-wrong-fact'])
        expect(check(card, id).result, id).toBe('na');
      expect(card.checks.some((c) => c.id.startsWith('knowledge:'))).toBe(false);
      expect(check(card, 'greeting').result).toBe('yes');
      expect(check(card, 'feedback-requested').result).toBe('yes');
      expect(card.passed).toBe(true);
    }
    expect(score(CARD, 'en', GOOD_EN).rubric).toBe(`scenario:${CARD}`);
  });

  it('identical input gives identical scorecards, and every quote sits in the 1-based turn it cites', () => {
    const a = score(CARD, 'en', GOOD_EN);
    expect(score(CARD, 'en', GOOD_EN)).toEqual(a);
    for (const c of a.checks.filter((x) => x.quote))
      expect(GOOD_EN[(c.turn as number) - 1], c.id).toContain(c.quote);
  });
});
