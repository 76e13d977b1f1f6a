import { describe, expect, it } from 'vitest';
import { echoOf } from '../../src/customer/echo.ts';
import { oneMove } from '../../src/customer/one-move.ts';
import type { Act } from '../../src/customer/say.ts';
import { openingState } from '../../src/customer/state.ts';
import { heardAsRude } from '../../src/customer/understand/rudeness.ts';
import { drive } from './drive.ts';

const rude = (text: string, confidence = 0.7) => ({
  label: 'rude' as const,
  confidence,
  evidence: [{ text, start: 0, end: text.length }],
});
const bank = (key: string) => ({ k: 'bank', key }) as Act;

describe('review 4: a tone complaint needs rude words in that very turn', () => {
  it('a polite instruction or "as I said" is not heard as rude, in either language', () => {
    expect(heardAsRude(rude("Don't delete anything."), false)).toBe(false);
    expect(heardAsRude(rude('as I said', 0.9), false)).toBe(false);
    expect(heardAsRude(rude('短信和链接都不要删，留着当证据。'), false)).toBe(false);
    expect(heardAsRude(rude('我刚才说过的，养老金已经到了。', 0.9), false)).toBe(false);
  });
  it('courtesy words elsewhere never excuse a snap', () => {
    expect(heardAsRude(rude('您爱报不报'), true)).toBe(true);
    expect(heardAsRude(rude("It's not complicated, please."), true)).toBe(true);
    expect(heardAsRude(rude('喊什么喊'), true)).toBe(true);
  });
  it('en: the phishing victim told politely to call the police does not ask "is that how you speak to customers?"', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'phishing-sms-clicked', seed: 91 }, [
      "Hello Ms Chen, I'm sorry this happened. First, to verify your identity, could you please confirm your full name and the last four digits of the card you entered?",
      "I can't promise the money will come back. I'm opening a fraud case now. It's also very important that you call the police — 110 or the 96110 anti-fraud hotline — today, and keep the SMS and the payment alert as evidence. Don't delete anything.",
    ]);
    expect(d.customer.at(-1)?.text).not.toMatch(/how you speak|talk to me like that|civil/i);
  });
});

describe('review 4: one reply is one move, not contradicting stock pieces', () => {
  it('"no idea" gives way to "nothing else"; "leave it there" is not said while asking or saying yes', () => {
    expect(oneMove([bank('unknown'), bank('nothingElse')])).toEqual([bank('nothingElse')]);
    expect(oneMove([bank('accept'), bank('unsure')])).toEqual([bank('accept')]);
    expect(oneMove([bank('unsure'), { k: 'need', id: 'x' }])).toEqual([{ k: 'need', id: 'x' }]);
    expect(oneMove([{ k: 'upfront', index: 0 }, bank('unsure')])).toEqual([{ k: 'upfront', index: 0 }]);
  });
  it('of the small agreeing reactions only one is kept, the yes to the offer first', () => {
    const thanks: Act = { k: 'reaction', key: 'thanks' };
    expect(oneMove([bank('empathyAck'), bank('accept'), thanks])).toEqual([bank('accept')]);
    expect(oneMove([bank('empathyAck'), thanks])).toEqual([thanks]);
  });
  it('en: asked "any questions about that?", the saver does not say "no idea" and "that\'s everything" at once', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'child-education-savings-plan', seed: 94 }, [
      'Hello Ms Zhou. Roughly how much could you set aside each month, and do you have any savings already?',
      "To buy any fund you'd first need a short risk-assessment questionnaire. I can't promise a return. Do you have any questions about that?",
    ]);
    const last = d.customer.at(-1)?.text ?? '';
    expect(
      /no idea|not sure|couldn't tell/i.test(last) && /everything|nothing else|all i needed/i.test(last),
    ).toBe(false);
  });
});

describe('review 4: lines that misread the turn', () => {
  it('en: "did you have a nice weekend?" is not a goodbye to protest', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'chargeback-ticket-follow-up', seed: 92 }, [
      'Hi Ms Chen, thanks for getting in touch! Has the weather been nice there this week?',
      'Anyway, did you have a nice weekend at least?',
    ]);
    expect(d.customer.at(-1)?.text).not.toMatch(/don't close|not sorted|leaving already/i);
  });
  it('a time in the past is no deadline to take up, in either language', () => {
    const state = openingState(1);
    const zero = () => 0;
    expect(echoOf('The team tried to call you 6 days ago.', 'en', state, 'any', zero, 'p')).toBeUndefined();
    expect(echoOf('专员6天前给您打过电话。', 'zh', state, 'any', zero, 'p')).toBeUndefined();
    expect(echoOf('It should arrive within 3 working days.', 'en', state, 'any', zero, 'p')?.found).toMatch(
      /3/,
    );
    expect(echoOf('一般1个工作日内到账。', 'zh', state, 'any', zero, 'p')?.found).toBe('1个工作日');
  });
});

describe('review 5: a birth mentioned in passing is no request for a date of birth', () => {
  it('zh: "很多家长孩子一出生就开始定投了" draws no birth date from the saver', async () => {
    const d = await drive({ lang: 'zh', scenarioId: 'child-education-savings-plan', seed: 120 }, [
      '您好，我是华信银行理财顾问小林。先问一下，您每个月大概能拿出多少钱来存？现在手里有存款吗？',
      '有没有欠款什么的？',
      '2万块一直放活期里，利息几乎没有。很多家长孩子一出生就开始定投了。您能接受亏钱吗？',
    ]);
    expect(d.customer.map((l) => l.text).join('\n')).not.toMatch(/出生|19\d\d年/);
  });
  it('en: "many parents start the day their child is born" draws no birth date either', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'child-education-savings-plan', seed: 120 }, [
      "Hello, I'm Lin, a Huaxin Bank adviser. How much could you set aside each month, and do you have savings now?",
      'Any debts at all?',
      'Money in a current account earns almost nothing. Many parents start the day their child is born. Could you accept losing some money?',
    ]);
    expect(d.customer.map((l) => l.text).join('\n')).not.toMatch(/\bborn\b|19\d\d/);
  });
  it('a real question still gets the date: "您是哪年出生的？" / "what year were you born?"', async () => {
    const zh = await drive({ lang: 'zh', scenarioId: 'child-education-savings-plan', seed: 120 }, [
      '您好，方便说一下您的出生日期吗？',
    ]);
    expect(zh.customer.at(-1)?.text).toMatch(/\d/);
    const en = await drive({ lang: 'en', scenarioId: 'child-education-savings-plan', seed: 120 }, [
      'Hello, what year were you born?',
    ]);
    expect(en.customer.at(-1)?.text).toMatch(/\d/);
  });
});
