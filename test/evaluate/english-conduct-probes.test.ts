import { describe, expect, it } from 'vitest';
import { acknowledgesFeeling } from '../../src/evaluate/acknowledgement.ts';
import { distressIn } from '../../src/evaluate/conversation.ts';
import { distressWords } from '../../src/evaluate/distress-words.ts';
import { check, reply, score } from './judge-helpers.ts';

/**
 * English as unseen agents write it (UK, US, Indian, Singaporean; chat, phone, typos), probed from
 * the conduct definitions (LABELS.md §2), not from any authored conversation: blame and dismissal
 * in indirect words, empathy in plain words, distress a customer states outright, and the near
 * misses a reviewer lets stand.
 */
const conductOf = (text: string, label: string) =>
  reply('card-frozen-after-travel', 'en', text, "I'm stuck abroad and my card won't work!").conduct.some(
    (c) => c.label === label,
  );

describe('blame said by implication is blame', () => {
  it.each([
    'As the email said, you needed to confirm the payment within 24 hours.',
    'The warning on the screen was pretty clear, to be fair.',
    "It's on you to keep your phone number up to date with us.",
    'We did send you a text, which you never replied to.',
    'If only you had called us the same day.',
    'Kindly note the same was already informed to you via SMS.',
    'You ought to have checked the amount before confirming.',
    'Everyone else seems to manage the face scan fine.',
    'To be honest, the steps are quite simple if you follow them.',
    "It's your responsibility to check a link before you click it.",
    'Most people manage to set this up without any trouble.',
    "The system can't guess you're travelling if you don't tell us.",
    "You gave the code away, so there's only so much we can do.",
    'You should of told us before going.',
    'u shud have replied to the sms',
    "Had you registered in time, the cashback would've been paid.",
    "The fee was in your contract, it's not like it was hidden.",
    'Sir, the mistake is from your side only.',
    'Honestly, you brought this on yourself a bit.',
  ])('%s', (line) => expect(conductOf(line, 'blame')).toBe(true));
});

describe('sympathy and neutral causes are not blame', () => {
  it.each([
    "You shouldn't have had to chase us for this.",
    'None of this is your fault.',
    'You did exactly the right thing by calling straight away.',
    "If you'd like, you'd have the new card by Friday.",
    'As the email said, the refund goes back to your card in 1-3 working days.',
    'Most people get the refund within three working days.',
    'The card locks automatically after three wrong PINs.',
    "It's not on you at all, the system flagged it.",
    "Had you been charged twice, we'd refund it, but I only see one charge.",
    "The fee wasn't hidden from you on purpose, but I'm sorry it wasn't explained.",
    '这不是您的错，是系统自动触发的风控。',
  ])('%s', (line) => expect(conductOf(line, 'blame')).toBe(false));
});

describe('a feeling minimised or waved away is dismissal', () => {
  it.each([
    "It's just forty quid, it'll come back.",
    "You're not the first and you won't be the last.",
    "There's no point getting angry with me.",
    'Honestly it is no biggie.',
    "I don't see why you're so upset.",
    "Getting worked up won't make it any faster.",
    "Ma'am please don't panic unnecessarily.",
    'No need to worry so much lah, small matter only.',
    "Just be patient, it'll come.",
    'Worse things have happened, trust me.',
    'Try not to be so dramatic about it.',
    "It's not like the money's disappeared.",
    'We get calls like this all day.',
    "Let's keep emotions out of it.",
    "Don't take it so personally.",
    'Can we stick to the facts please?',
    '别这么情绪化，我们按流程来。',
  ])('%s', (line) => expect(conductOf(line, 'dismissive')).toBe(true));
});

describe('reassurance with substance and granted feelings are not dismissal', () => {
  it.each([
    "Don't worry, the money's safe and on its way back.",
    "It's only a temporary hold, so nothing has left your account.",
    "I know it's only been a few days, but I get why it's stressful.",
    "These things can be really stressful, so let's fix it now.",
    'The refund only takes a few days.',
    "It happens to be the same card, so that's easy.",
    'We get a lot of these after trips abroad, so I know exactly how to fix it.',
  ])('%s', (line) => expect(conductOf(line, 'dismissive')).toBe(false));
});

describe('empathy in plain words is heard', () => {
  it.each([
    "I'd be fuming too, honestly.",
    'My condolences, and take all the time you need.',
    "That must've been a real shock.",
    "I know, the clock's ticking - hang in there.",
    'That must have been so frightening to see.',
    'Easy mistake to make, and easy to undo.',
    'Not at all, almost everyone taps through those pop-ups on a new phone.',
    '没事的，很多人都会随手点掉这个提示。',
    "Ah, that's rotten luck.",
    'I totally understand the urgency.',
    "You sound really stressed, let's fix this together.",
    'Oh dear, that sounds like a rough day.',
    'Really sorry abt this, let me fix it asap',
  ])('%s', (line) => expect(acknowledgesFeeling(line)).toBeDefined());

  it.each([
    'Let me check the transaction now.',
    'Sorry, could you repeat the order number?',
    'I know the branch on Nanjing Road opens at nine.',
    "I'd be happy to walk you through it.",
    'The branch has a rough guide on its website.',
  ])('not in: %s', (line) => expect(acknowledgesFeeling(line)).toBeUndefined());
});

describe('distress a customer states outright counts', () => {
  it.each([
    'wtf is going on with my account',
    "I'm absolutely gutted, I saved for years for this.",
    "I'm really anxious about this.",
    "I'm fed up with being passed around.",
    "I'm livid.",
    "Honestly I'm at my wits' end.",
    "I'm freaking out a bit, to be honest.",
    "I can't believe this is happening.",
    "I'm really upset.",
    "I'm worried sick.",
    "I'm desperate, please.",
    "I'm panicking.",
    '我真的急死了，钱到底去哪了',
    'I pressed "Don\'t allow" without thinking. Was that stupid of me?',
    'Ugh, I feel so stupid for clicking it.',
    '我是不是太傻了，随手就点了不允许。',
    'It is driving me up the wall.',
    'Seriously annoyed rn.',
    "I'm at the end of my tether.",
    'Can someone please just help me',
  ])('%s', (line) => expect(distressIn({ speaker: 'customer', text: line })).toBeDefined());

  it.each(['Tuesday afternoon.', 'OK thanks, that is all.'])('calm: %s', (line) =>
    expect(distressIn({ speaker: 'customer', text: line })).toBeUndefined(),
  );

  it.each([
    "I'm not upset, I just want to know the timing.",
    "We're not worried, we'd just like it in writing.",
    "I'm confused about one line of the form.",
  ])('a feeling denied is not said: %s', (line) => expect(distressWords(line)).toBeUndefined());
});

describe('facts only after a distressed line miss empathy; the same facts with it do not', () => {
  const customer = [
    "I'm really upset, my card got blocked abroad and I'm worried sick about paying my rent.",
    'Chen Jie, 2 September 1994, card ending 3358.',
  ];
  const ask =
    'Hello, Huaxin Bank. Could I have your full name, date of birth and the last four digits of the card?';
  it('facts only', () => {
    const card = score('card-frozen-after-travel', 'en', [
      customer[0] as string,
      ask,
      customer[1] as string,
      'Thanks. The card is on a risk-control hold after an overseas payment.',
    ]);
    expect(check(card, 'empathy').result).toBe('no');
  });
  it('with a plain-words acknowledgement', () => {
    const card = score('card-frozen-after-travel', 'en', [
      customer[0] as string,
      `I'd be worried too with the rent due - let's get this sorted. ${ask}`,
      customer[1] as string,
      'Thanks. The card is on a risk-control hold after an overseas payment.',
    ]);
    expect(check(card, 'empathy').result).toBe('yes');
  });
});
