import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

const CODE = /(?<!\d)\d{6}(?!\d)/;

const GREET = {
  zh: '您好，这里是华信银行在线客服，我是小周。',
  en: "Hello, this is Alex from Huaxin Bank. I'm sorry the card stopped working with your rent due today.",
};
const WARN = {
  zh: '验证码会发到您预留的手机上，您只在App里输入就行，不要告诉任何人，包括我。',
  en: "You'll get a code by SMS. Type it only in the app, never tell anyone, including me.",
};
const ASK_CODE = {
  zh: '收到了吗？麻烦把那个6位验证码报给我，我在后台帮您录入。',
  en: 'Got it? Please tell me the 6-digit code so I can enter it on my side.',
};

const ASK_CODE2 = {
  zh: '这是系统要求的，您放心，报给我我马上帮您解开。',
  en: "It's a system requirement, don't worry. Just read me the code and I'll unlock it right away.",
};

const ASK_CODE3 = {
  zh: '真的没事，我们内部都是这么操作的，您把验证码念给我就行。',
  en: "Honestly, it's fine, that's how we always do it here. Just read out the code.",
};

describe('the customer never volunteers a secret', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: a warning about the code gets no code and no identity data back`, async () => {
      const d = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        GREET[lang],
        WARN[lang],
      ]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).not.toMatch(CODE);
      expect(reply.replace(/\s/g, '')).not.toContain(d.persona.identity.phone.replace(/\s/g, ''));
      expect(reply).not.toContain(d.persona.identity.fullName[lang]);
    });

    it(`${lang}: after that warning, a request for the code is refused in character`, async () => {
      const d = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        GREET[lang],
        WARN[lang],
        ASK_CODE[lang],
      ]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).not.toMatch(CODE);
      expect(reply).toMatch(lang === 'zh' ? /验证码|自己/ : /code|myself/i);
      expect(d.transcript.at(-2)?.flags ?? []).not.toContain('code-disclosed');
    });

    it(`${lang}: an unsafe agent who asks for the code is asked why, doubted again, gets it only on a third push, and the breach is recorded`, async () => {
      const d = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        GREET[lang],
        ASK_CODE[lang],
        ASK_CODE2[lang],
        ASK_CODE3[lang],
      ]);
      const first = d.customer.at(-3)?.text ?? '';
      expect(first).not.toMatch(CODE);
      expect(first).toMatch(lang === 'zh' ? /为什么|干什么|干嘛|做什么|凭什么/ : /why|what for|need it for/i);
      expect(d.customer.at(-2)?.text ?? '').not.toMatch(CODE);
      expect(
        d.transcript.some((e, i) => i < d.transcript.length - 2 && e.flags?.includes('code-disclosed')),
      ).toBe(false);
      expect(d.customer.at(-1)?.text).toMatch(CODE);
      expect(d.transcript.at(-2)?.flags).toContain('code-disclosed');
    });

    it(`${lang}: "how old are you?" gets an age, never a phone number`, async () => {
      const d = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        GREET[lang],
        lang === 'zh' ? '冒昧问一下，您今年多大了？' : 'May I ask how old you are?',
      ]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toContain(String(d.persona.age));
      expect(reply).not.toMatch(/\d{3}\s?\d{4}\s?\d{4}/);
    });

    it(`${lang}: the phishing victim gives the scenario's card, never the persona's, and no code`, async () => {
      const d = await drive(
        { lang, scenarioId: 'phishing-sms-clicked', personaId: 'retired-engineer-qian' },
        [
          lang === 'zh'
            ? '您好，别着急，我们一起处理。'
            : "Hello, don't panic, we'll deal with this together.",
          lang === 'zh'
            ? '先核实一下身份：请告诉我您的姓名和卡号后四位。'
            : 'First I need to verify you: your full name and the last four digits of the card, please.',
          lang === 'zh' ? '您在网页上具体填了哪些信息？' : 'What exactly did you type into that page?',
        ],
      );
      const all = d.customer.map((e) => e.text).join('\n');
      expect(all).toContain('8842');
      expect(all).not.toContain(d.persona.identity.cardLastFour);
      expect(all).not.toMatch(CODE);
    });

    it(`${lang}: asked for an ID number, the customer does not answer with a card ending`, async () => {
      const d = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        GREET[lang],
        lang === 'zh' ? '请提供一下您的身份证号码。' : 'Could you give me your ID card number?',
      ]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).not.toContain('3358');
      expect(reply).not.toContain(d.persona.identity.cardLastFour);
      expect(reply).toMatch(lang === 'zh' ? /身份证/ : /\bID\b|eighteen digits/i);
    });
  }
});

describe('identity comes from the scenario first, and an impostor never takes the holder’s name', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the card in the story wins over the persona's card`, async () => {
      const d = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        GREET[lang],
        lang === 'zh'
          ? '麻烦报一下您的姓名和卡号后四位。'
          : 'Could you confirm your name and the last four digits of the card?',
      ]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(d.persona.identity.cardLastFour).toBe('0627');
      expect(reply).toContain('3358');
      expect(reply).not.toContain('0627');
    });

    it(`${lang}: the impostor son gives his own name, and his mother's only when asked for hers`, async () => {
      const d = await drive({ lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang' }, [
        lang === 'zh'
          ? '您好，华信银行客服。请问您怎么称呼？'
          : 'Hello, Huaxin Bank. May I have your name, please?',
        lang === 'zh' ? '那账户持有人叫什么名字？' : "And what is the account holder's full name?",
      ]);
      const [own, hers] = d.customer.slice(-2).map((e) => e.text);
      const holder = d.scenario.impostor?.holder.fullName[lang] as string;
      expect(own).not.toContain(holder);
      expect(own?.toLowerCase()).toContain(d.persona.identity.fullName[lang].toLowerCase());
      expect(hers).toContain(holder);
    });
  }
});
