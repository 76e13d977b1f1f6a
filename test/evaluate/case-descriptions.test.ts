import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/evaluate/clauses.ts';
import { clearedOf } from '../../src/evaluate/conduct-vetoes.ts';
import { verificationRequest } from '../../src/evaluate/identity.ts';

// Sentences that describe the case, which a model can mistake for a request or for conduct.
describe('the account name said as what went wrong is no identity check', () => {
  const asked = (text: string) => verificationRequest(clausesOf(text), text);

  it.each([
    '而且户名没核实清楚，钱就被退回了。请您放心。',
    '是户名不符被退回的，请您核对一下。',
    "The name didn't match, so please check it with the seller.",
  ])('describes the case: %s', (line) => expect(asked(line)).toBeUndefined());

  it.each(['请核实一下户名和卡号后四位。', '请提供您的户名和身份证后四位。'])('asks: %s', (line) =>
    expect(asked(line)).toBeDefined(),
  );
});

describe('a sentence that only gives examples is not dismissive', () => {
  it.each([
    '比如身份证、结婚证之类的。',
    '例如水电费账单或者银行寄的信。',
    'For example a utility bill or a bank letter.',
  ])('examples: %s', (line) => expect(clearedOf('dismissive', line)).toBe(true));

  it.each(['比如这种小事，别大惊小怪。', 'For example, calm down and wait.'])(
    'still a brush-off: %s',
    (line) => expect(clearedOf('dismissive', line)).toBe(false),
  );
});
