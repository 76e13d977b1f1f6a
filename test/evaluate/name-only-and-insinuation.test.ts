import { describe, expect, it } from 'vitest';
import { hindsightBlame } from '../../src/evaluate/hindsight-blame.ts';
import { contactReadOut } from '../../src/evaluate/record-read.ts';
import { check, score } from './judge-helpers.ts';

/**
 * A name alone verifies nobody; a flat and building read out is the address down to the door; a
 * misuse insinuated as a question, or the holder's hindsight fault, is blame. Written from JUDGE.md
 * and LABELS.md §2, not from any authored conversation.
 */
describe('a name alone is no identity check', () => {
  const chat = (ask: string) => [
    'My transfer of 5,000 yuan has been processing since yesterday, where is it?',
    ask,
    'Li Wei.',
    'Thanks. I can see your transfer went out this morning and is with the receiving bank now.',
  ];
  it.each([
    "What's your name, so I know who I'm speaking with?",
    'Could you confirm your full name for me first?',
    '麻烦先报一下您的姓名。',
  ])('%s', (ask) =>
    expect(
      check(
        score('transfer-stuck-processing', /[\u4e00-\u9fff]/.test(ask) ? 'zh' : 'en', chat(ask)),
        'identity-verified',
      ).result,
    ).toBe('no'),
  );
  it('a name with the card digits and date of birth verifies', () =>
    expect(
      check(
        score(
          'transfer-stuck-processing',
          'en',
          chat(
            'Before I look, could you give me your full name, the last four digits of the card and your date of birth?',
          ),
        ),
        'identity-verified',
      ).result,
    ).toBe('yes'));
});

describe('more than needed, and blame as insinuation', () => {
  it.each(['Delivered to Flat 1203, Building 5, Green Garden.', 'It went to Apt 4B, Block 2 as usual.'])(
    '%s',
    (line) => expect(contactReadOut(line, '')).toBeDefined(),
  );
  it('the customer’s own flat said back is no read-out', () =>
    expect(
      contactReadOut('Flat 1203, Building 5 - got it.', 'I live at Flat 1203, Building 5.'),
    ).toBeUndefined());
  it.each([
    "Are you sure it wasn't dropped on the way in?",
    "Are you sure you didn't run it empty?",
    'Honestly, she should have reported the phone the day it broke.',
    'This is what happens when the SIM is left for weeks.',
  ])('%s', (line) => expect(hindsightBlame(line)).toBeDefined());
  it.each([
    "Are you sure you didn't get a text from us?",
    'She should have received our letter by now.',
    'Are you sure that is the right order number?',
  ])('a plain question or what she was owed stays clean: %s', (line) =>
    expect(hindsightBlame(line)).toBeUndefined(),
  );
});
