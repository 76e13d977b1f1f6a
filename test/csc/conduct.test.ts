import { describe, expect, it } from 'vitest';
import { detectConduct } from '../../src/csc/conduct.ts';

/** Lines written for this test from LABELS.md §2 (in no training or held-out file). */
const labels = (text: string, context: string) => detectConduct(text, context).map((c) => c.label);

describe('conduct by meaning, not by keyword', () => {
  it('flags blame said politely, in 您-register or as a counterfactual', () => {
    expect(labels('不好意思，是您自己把收款账号填错了一位，所以才退回的。', '转账怎么被退回了？')).toContain(
      'blame',
    );
    expect(labels('要是您当时接了我们的核实电话，卡就不会被冻结了。', '我的卡怎么冻结了？')).toContain(
      'blame',
    );
    expect(
      labels(
        "If you'd read the renewal email we sent, you wouldn't have been charged.",
        'Why was I charged again?',
      ),
    ).toContain('blame');
  });

  it('does not call sympathy that mentions the customer blame', () => {
    expect(
      labels(
        "You shouldn't have had to chase this three times. I've escalated it to the payments team, reference PT-4471.",
        "I've chased this refund three times now!",
      ),
    ).not.toContain('blame');
    expect(
      labels('这不是您的错，这类诈骗电话做得很逼真。卡我已经帮您冻结了。', '是不是我太傻了才被骗？'),
    ).not.toContain('blame');
  });

  it('tells a dismissal from reassurance with substance', () => {
    expect(labels('这种事太常见了，您没必要这么着急。', '我的卡被盗刷了，急死我了！')).toContain(
      'dismissive',
    );
    expect(
      labels('Calm down, cards get blocked all the time.', 'My card got blocked and I need to pay rent!'),
    ).toContain('dismissive');
    expect(
      labels(
        "Your money is safe: the payment is only pending and I've stopped it, so nothing will leave your account.",
        "I'm panicking, there's a payment I don't recognise!",
      ),
    ).not.toContain('dismissive');
  });

  it('flags condescension and curt rudeness, not a polite short question', () => {
    expect(labels('这么简单的操作，您再看一遍说明不就会了。', '这个怎么绑卡？')).toContain('rude');
    expect(labels('Are you even reading what I write?', 'Sorry, what was the reference again?')).toContain(
      'rude',
    );
    expect(labels('Which order number, please?', 'I want to return something.')).toEqual([]);
  });

  it('does not read an honest limit or a refusal as a promise', () => {
    expect(
      labels(
        "I can't guarantee it'll arrive today, but it usually lands within two hours.",
        'Will it arrive today?',
      ),
    ).not.toContain('overpromise');
    expect(labels('今天到账我没法保证，一般两个小时内会到。', '今天能到账吗？')).not.toContain('overpromise');
    expect(labels('保证今天给您到账，您放心。', '今天能到账吗？')).toContain('overpromise');
  });
});
