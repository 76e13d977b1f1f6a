import { describe, expect, it } from 'vitest';
import { detectConduct } from '../../src/csc/conduct.ts';

/**
 * The conduct frames (src/csc/conduct/frames.ts) in wording no training or development file has:
 * written for this test from LABELS.md §2, each beside the near miss that must stay clean.
 */
const labels = (text: string, context: string) => detectConduct(text, context).map((c) => c.label);

describe('conduct frames on wording the model never saw', () => {
  it('flags blame said as a counterfactual or as the customer’s own doing', () => {
    expect(
      labels(
        'Had you opened the letter we posted in March, the rate change would not have surprised you.',
        'Why did my mortgage payment go up?',
      ),
    ).toContain('blame');
    expect(
      labels(
        'The parcel was left at the door because the delivery note asked for that. You did tick the safe-place box.',
        'My parcel got stolen off the doorstep!',
      ),
    ).toContain('blame');
    expect(
      labels('说到底是您自己签的合同，条款里都写着呢，怪不了别人。', '这个违约金凭什么收我的？'),
    ).toContain('blame');
    expect(
      labels('如果您当时留意一下短信，今天也就不会被扣这笔钱了。', '为什么突然扣了我五十块？'),
    ).toContain('blame');
  });

  it('leaves sympathy and a neutral cause that names the customer clean', () => {
    expect(
      labels(
        "You shouldn't have had to ring us four times about this. I've put the refund through, reference RF-2231.",
        "This is the fourth time I've called!",
      ),
    ).toEqual([]);
    expect(
      labels(
        'The card was declined because the daily limit had been reached. I can raise it for you now if you like.',
        'Why was my card declined?',
      ),
    ).toEqual([]);
    expect(labels('这个不是您的问题，是系统升级时出的错，我已经帮您恢复了。', '是不是我操作错了？')).toEqual(
      [],
    );
  });

  it('flags a minimised feeling, not reassurance with substance', () => {
    expect(
      labels(
        'Honestly, you are overthinking it. Payments go missing for a day all the time.',
        'My salary has not arrived!',
      ),
    ).toContain('dismissive');
    expect(labels('哎呀，这有什么好慌的，补一张卡不就完了。', '我的卡丢了，里面还有钱！')).toContain(
      'dismissive',
    );
    expect(
      labels(
        'Your money is safe: the payment is held, not taken, and I have cancelled it, so nothing will leave your account.',
        "I'm scared, there's a payment I don't know!",
      ),
    ).toEqual([]);
    expect(
      labels(
        '您放心，这笔钱只是冻结，还在您账户里，我已经帮您撤销了，不会被扣走。',
        '我吓死了，有一笔不认识的扣款！',
      ),
    ).toEqual([]);
  });

  it('flags condescension and impatience, not a firm polite refusal', () => {
    expect(
      labels("I haven't got all day. Which account is it?", 'Sorry, I have a few accounts with you.'),
    ).toContain('rude');
    expect(labels('我都讲了多少遍了，你到底有没有在听？', '不好意思，能再说一下怎么操作吗？')).toContain(
      'rude',
    );
    expect(
      labels(
        "I'm sorry, I can't change the name on the account without the holder's consent. They can call us or visit a branch.",
        'Just change the name, it is my husband.',
      ),
    ).toEqual([]);
    expect(
      labels(
        '抱歉，没有账户本人的授权我这边没法修改信息，可以请本人来电或者到网点办理。',
        '你就直接帮我改一下嘛。',
      ),
    ).toEqual([]);
  });

  it('flags a certainty the agent cannot give, not an honest limit', () => {
    expect(
      labels("Don't worry, I'll make sure the bank releases it this afternoon.", 'My transfer is stuck.'),
    ).toContain('overpromise');
    expect(labels('您放心，明天中午前一定给您修好，绝对没问题。', '宽带又断了，我明天要开会！')).toContain(
      'overpromise',
    );
    expect(
      labels(
        "I can't promise it will be there by Friday; most transfers like this land within two working days.",
        'Will the money be there by Friday?',
      ),
    ).toEqual([]);
    expect(
      labels('周五前能不能到我没法保证，一般两个工作日左右，不一定那么快。', '周五前能到账吗？'),
    ).toEqual([]);
  });

  it('flags a request for a secret, not a warning never to share it', () => {
    expect(
      labels(
        "I'll just need your online banking password so I can look at the error myself.",
        "I can't log in to the app.",
      ),
    ).toContain('asks-secret');
    expect(labels('短信里那个六位数的动态码，您收到后直接跟我说一下。', '我要改绑手机号。')).toContain(
      'asks-secret',
    );
    expect(
      labels(
        "We will never ask for your PIN or the code we text you, so please don't give it to anyone who calls.",
        'Someone rang asking for my code.',
      ),
    ).toEqual([]);
    expect(
      labels(
        '我们任何时候都不会向您索要验证码，千万不要把验证码告诉任何人。',
        '刚才有人打电话要我的验证码。',
      ),
    ).toEqual([]);
  });
});
