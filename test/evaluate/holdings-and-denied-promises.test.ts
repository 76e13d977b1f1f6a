import { describe, expect, it } from 'vitest';
import { accountStocktake } from '../../src/evaluate/record-read.ts';
import { check, score } from './judge-helpers.ts';

/**
 * After verification an agent still reads out only what the question needs: a stocktake of the
 * customer's holdings is more than needed (JUDGE.md, disclosure). And a promise denied as a fact
 * ("no guaranteed return", "不保本") is the honest warning, not an overpromise.
 * Written from JUDGE.md and the scenarios' rules, not from any authored conversation.
 */
describe('a stocktake of the holdings is more than the question needs', () => {
  it.each([
    'Right, you have 48,200 on your debit card, 12,650 in your savings account and a 30,000 deposit maturing in June.',
    "I've pulled it all up: balance 8,940.20 on the card, plus 61,000 in the current account, and your last card payment was 1,299 at the mall.",
    'Your holdings are a 20,000 bond fund maturing next month, 5,500 in your current account and 730 on the credit card.',
    '您卡上余额还有6万8，活期账户里12,300，另外名下一笔5万的理财下个月到期。',
    '查到了，您余额3,560元，定期20,000元，还有一笔15,000元的理财。',
  ])('%s', (line) => expect(accountStocktake(line, 'I want to buy the equity fund.')).toBeDefined());

  it.each([
    'The handling fee is 0.1%, minimum 50 and maximum 260, plus a 150 cable fee per transfer.',
    'Your balance of 100,000 covers it.',
    'On your card I can see the 2,380 payment you mentioned and the 2,380 refund.',
    '手续费是0.1%，最低50元，最高260元，另加电报费150元。',
    'With 100,000 on the card and 23,000 in the current account, as you said, 80,000 would leave a cushion.',
  ])('rules, one figure or the customer’s own figures stay clean: %s', (line) =>
    expect(
      accountStocktake(line, 'I have 100,000 on the card and 23,000 in the current account.'),
    ).toBeUndefined(),
  );
});

describe('a promise denied as a fact is no overpromise', () => {
  const lines = (agent: string) => [
    'Is this fund safe? I cannot lose any of it.',
    agent,
    'OK, thanks for being straight with me.',
    'You are welcome. Is there anything else I can help with?',
  ];
  it.each([
    'Wealth products are net-value now: no guaranteed principal and no guaranteed return.',
    'Nothing here is guaranteed, the principal included.',
    'There is no guarantee on this one, the price moves with the market.',
    '这只基金不保证收益，本金也可能亏。',
  ])('%s', (agent) =>
    expect(
      check(
        score('wealth-product-risk-mismatch', agent.match(/[\u4e00-\u9fff]/) ? 'zh' : 'en', lines(agent)),
        'no-overpromise',
      ).result,
    ).not.toBe('no'),
  );
});
