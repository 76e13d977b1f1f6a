import { describe, expect, it } from 'vitest';
import { clearedOf } from '../../src/evaluate/conduct-vetoes.ts';
import { distressIn } from '../../src/evaluate/conversation.ts';
import { hindsightBlame } from '../../src/evaluate/hindsight-blame.ts';
import { wrongFactsOf } from '../../src/evaluate/key-facts.ts';
import { quantitiesOf } from '../../src/evaluate/quantities.ts';
import { reply, scenario } from './judge-helpers.ts';

// What development set 4 (blind authors, 2026-12-03) showed the judge misreading: good replies
// scored as wrong facts, relief read as anger, plain frustration missed, English counts and clock
// times never compared.
const wrong = (id: string, text: string) => wrongFactsOf(scenario(id), text).map((w) => w.id);
const customer = (text: string) => distressIn({ speaker: 'customer', text });

describe('judge: a right reply is not a wrong fact', () => {
  it('"I can\'t confirm … whether a pension has arrived" asserts nothing about the pension', () => {
    expect(
      wrong(
        'impostor-password-reset',
        "I can't tell you or confirm anything about the account - not the balance, the transactions or whether a pension has arrived.",
      ),
    ).toEqual([]);
    expect(wrong('impostor-password-reset', 'Yes, her pension has arrived.')).toEqual(['no-disclosure']);
  });

  it('a camera pop-up "on almost every new phone" does not say the camera is broken', () => {
    expect(
      wrong(
        'face-login-fails-app',
        "That camera pop-up shows up on almost every new phone and it's easy to tap past.",
      ),
    ).toEqual([]);
    expect(wrong('face-login-fails-app', 'The camera is broken, you should get a new phone.')).toEqual([
      'camera-permission',
    ]);
  });

  it('the new-device limit said as 7 days or 2,000 yuan is wrong; 24 hours and 5,000 yuan is right', () => {
    expect(
      wrong('face-login-fails-app', '新设备绑定后的7天内，手机银行转账单日限额会临时降到2000元。'),
    ).toEqual(['new-device-limit']);
    expect(
      wrong('face-login-fails-app', '新设备绑定后的24小时内，手机银行转账单日限额会临时降到5000元。'),
    ).toEqual([]);
  });
});

describe('judge: what a customer line shows', () => {
  it.each(['Did the blinking bit... yep, that worked! Finally.', 'That worked, finally!'])(
    'relief after a fix is no distress: %s',
    (line) => expect(customer(line)).toBeUndefined(),
  );

  it.each([
    'Honestly, why does it have to be this complicated? It worked fine before.',
    "I've tried loads of times and it still won't let me in.",
  ])('frustration in plain words is distress: %s', (line) => expect(customer(line)).toBeDefined());
});

describe('judge: English counts and clock times are quantities', () => {
  it.each([
    ['3 times', 'count', 3],
    ['three attempts', 'count', 3],
    ['before 4 pm', 'clock', 16 * 60],
    ['by 4:30pm', 'clock', 16 * 60 + 30],
    ['9 a.m.', 'clock', 9 * 60],
  ] as const)('%s', (text, kind, value) => {
    const [q] = quantitiesOf(text);
    expect(q?.kind).toBe(kind);
    expect(q?.low).toBe(value);
  });
});

describe('judge: blame said as hindsight in Chinese', () => {
  it.each([
    '说实话，6天前要是您接了那个电话，进度早就跟您同步了，也不至于拖到今天。',
    '要是从孩子一出生就开始存，现在就不会这么被动。',
    '那就是您自己点错了，权限一关，画面当然是黑的。',
  ])('blame: %s', (line) => expect(hindsightBlame(line)).toBeDefined());

  it.each([
    '如果您收到了短信，就不用再打电话了。',
    '要是您方便，明天上午我们再联系您。',
    '如果您现在办理，就不会产生额外利息。',
  ])('advice, not blame: %s', (line) => expect(hindsightBlame(line)).toBeUndefined());
});

describe('judge: guarantees in other words', () => {
  const claims = (scenario: string, lang: 'en' | 'zh', text: string) =>
    reply(scenario, lang, text, '').claims.map((c) => c.claimId);

  it('"with your 100,000 fully protected, there\'s no way you end up short" guarantees the return', () => {
    expect(
      claims(
        'wealth-product-risk-mismatch',
        'en',
        "You'll get 3.2% a year on it with your 100,000 fully protected, so there's no way you end up short.",
      ),
    ).toContain('guaranteed-returns');
  });

  it('"年化六个点是跑不掉的，不会亏到本金" guarantees the return', () => {
    expect(
      claims('child-education-savings-plan', 'zh', '十年拉长了看，年化六个点是跑不掉的，不会亏到本金。'),
    ).toContain('guaranteed-returns');
  });

  it('a fund that is not protected is no guarantee', () => {
    expect(
      claims(
        'wealth-product-risk-mismatch',
        'en',
        'This fund is not principal-protected, and there is no guaranteed return.',
      ),
    ).toEqual([]);
  });
});

describe('judge: a reason for a rule and a feeling granted as common are not blame or dismissal', () => {
  it.each([
    [
      'blame',
      '这其实是在保护您：换了设备，系统得先确认操作的是您本人，不然谁拿到一台装着您App的手机都能刷进去。',
    ],
    ['blame', "It's there to protect you: a new phone has to be confirmed as yours first."],
    ['dismissive', '这太正常了，很多家长一开始都会有这个顾虑。'],
    ['dismissive', "That's a fair question, and it's completely normal to worry about the principal."],
  ] as const)('%s let stand: %s', (label, sentence) => expect(clearedOf(label, sentence)).toBe(true));

  it.each([
    ['blame', '这是为了保护您，可您自己点了不允许，能怪谁？'],
    ['dismissive', '这太正常了，没什么好担心的。'],
  ] as const)('%s kept: %s', (label, sentence) => expect(clearedOf(label, sentence)).toBe(false));
});
