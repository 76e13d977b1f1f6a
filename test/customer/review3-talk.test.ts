import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/library.ts';
import { drive, LANGS } from './drive.ts';

const ANSWER = {
  zh: [
    '您好，这里是华信银行。请问有什么可以帮您？',
    '了解。多扣的那笔会在3-5个工作日内退回到您的卡上。',
    '您也可以带身份证去任意网点办理。',
  ],
  en: [
    'Hello, this is Huaxin Bank. How can I help?',
    'I see. The refund will reach your card within 3-5 working days.',
    'You can also go to any branch with your ID card.',
  ],
};
const BARE = {
  zh: /^(?:那我现在到底该怎么办|所以这事能不能解决|那现在怎么处理|我就想知道接下来怎么办)/,
  en: /^(?:So what do I actually do now|Just tell me the next step|And how does this get sorted)/i,
};

describe('review 3: the customer takes up what the agent actually said', () => {
  for (const lang of LANGS) {
    for (const personaId of ['vip-client-sun', 'teacher-chen']) {
      it(`${lang}, ${personaId}: a time frame and a branch visit are taken up, not met with "so what now?"`, async () => {
        const d = await drive(
          { lang, scenarioId: 'duplicate-charge-complaint', personaId, seed: 150 },
          ANSWER[lang],
        );
        const [, , time, branch] = d.customer.map((e) => e.text);
        expect(time).toContain('3-5');
        expect(time).toMatch(/[?？]/);
        expect(branch).toMatch(lang === 'zh' ? /网点/ : /branch|in person/i);
        for (const line of [time, branch]) expect(line).not.toMatch(BARE[lang]);
      });
    }

    it(`${lang}: two of a scenario's customers on one seed, told the same, do not say the same lines`, async () => {
      const lines = {
        zh: [
          '您好，这里是华信银行手机银行客服。请告诉我您的姓名和卡号后四位。',
          '谢谢。这笔转账被收款行退回了，原因是收款人户名和账号不符。户名是您自己填的吗？',
          '退回的资金一般1个工作日内回到您的账户。',
          '还有别的需要帮忙的吗？',
        ],
        en: [
          'Hello, this is Huaxin Bank mobile support. Could I have your full name and the last four digits of your card?',
          "Thank you. The transfer was returned by the receiving bank because the payee name didn't match the account. Did you type the name yourself?",
          'Returned funds normally reach your account within 1 working day.',
          'Is there anything else?',
        ],
      }[lang];
      const play = (personaId: string) =>
        drive({ lang, scenarioId: 'transfer-stuck-processing', personaId, seed: 140 }, lines);
      const a = (await play('teacher-chen')).customer.slice(1).map((e) => e.text);
      const b = new Set((await play('shop-owner-huang')).customer.slice(1).map((e) => e.text));
      expect(a.length).toBeGreaterThanOrEqual(4);
      expect(a.filter((x) => b.has(x))).toEqual([]);
    });

    it(`${lang}: an outburst is not followed by a flat "not sure", and a supervisor request stands alone`, async () => {
      const rude = {
        zh: [
          '你好。',
          '你烦不烦啊，自己不会看吗？',
          '你是不是听不懂人话？',
          '说了多少遍了，你自己去查。',
          '少废话。',
        ],
        en: [
          'Hi.',
          "Are you deaf? Can't you read?",
          'Are you stupid or what?',
          'How many times, go look it up yourself.',
          'Stop whining.',
        ],
      }[lang];
      const d = await drive(
        { lang, scenarioId: 'transfer-stuck-processing', personaId: 'teacher-chen', seed: 141 },
        rude,
      );
      for (const e of d.customer.slice(1)) {
        expect(e.text).not.toMatch(
          lang === 'zh'
            ? /[！!？?]\s*(?:不太清楚|不知道|我没太注意|没注意)/
            : /[!?]\s*(?:not sure|no idea|i didn't really pay attention)/i,
        );
        if (/supervisor|主管|领导/i.test(e.text))
          expect(e.text.split(/(?<=[。！？!?])\s*/u).filter(Boolean).length).toBeLessThanOrEqual(2);
      }
    });
  }
});

describe('review 3: no persona remark claims an event outside the scenario', () => {
  it('asides say how a person talks, not that something is happening ("the nurse is calling me")', () => {
    const personas = [...loadLibrary(['personas']).library.personas.values()];
    const event = /nurse is calling|hang on|hold on|wait a (?:sec|moment)|护士喊|等一下|稍等一下/i;
    for (const p of personas)
      for (const lang of LANGS)
        for (const a of p.voice.asides[lang]) expect(`${p.id}: ${a}`).not.toMatch(event);
  });

  it("the impostor's hospital story and the nursing-home fee are one story", () => {
    const sc = loadLibrary(['scenarios']).library.scenarios.get('impostor-password-reset');
    const hospital = sc?.impostor?.evasions.find((e) => /hospital/.test(e.en));
    expect(hospital?.en).toMatch(/nursing home/);
    expect(hospital?.zh).toMatch(/养老院/);
  });
});

describe('review 3: a wrong claim is doubted once, in the customer’s own words', () => {
  for (const lang of LANGS) {
    it(`${lang}: "a waiver unlocks it" is challenged, not answered with "can't I sign a waiver?"`, async () => {
      const d = await drive(
        { lang, scenarioId: 'wealth-product-risk-mismatch', personaId: 'retired-engineer-qian', seed: 172 },
        [
          lang === 'zh'
            ? '您好，华信银行，请问有什么可以帮您？'
            : 'Hello, Huaxin Bank, how can I help you today?',
          lang === 'zh'
            ? '没问题，您签个风险承诺书就能买了，今天就能下单。'
            : 'No problem, if you sign a waiver it unlocks two levels, so you could buy the R4 fund today.',
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(lang === 'zh' ? /签个字就能买|特批就能/ : /waiver and I can|Sign something/i);
      expect(reply).not.toMatch(
        lang === 'zh' ? /能给我个书面|三十多年/ : /big promise|in writing|thirty years/i,
      );
    });
  }

  it('zh: a form of address comes at most twice a drill, never on lines running', async () => {
    const d = await drive(
      { lang: 'zh', scenarioId: 'face-login-fails-app', personaId: 'grandma-li', seed: 163 },
      [
        '您好，这里是华信银行客服，请问有什么可以帮您？',
        '换了新手机是吧，刷脸登录提示什么错误？',
        '好的，FV-1004是新设备要先绑定。您先打开手机的设置，找到应用，点华信银行，再点权限。',
        '把相机权限设成允许。',
        '然后打开华信App，点“切换登录方式”，用手机号加登录密码登录。',
        '登录后会提示新设备绑定，按提示输入短信验证码，这个验证码您自己输入就行，不要告诉任何人，包括我。',
        '绑定好以后，在“我的-安全中心”里把刷脸登录打开。',
      ],
    );
    const addressed = d.customer.map((e) => e.text.startsWith('小姑娘'));
    expect(addressed.filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(addressed.some((a, i) => a && addressed[i + 1])).toBe(false);
  });
});

describe('review 3: nothing out of nowhere', () => {
  for (const lang of LANGS) {
    it(`${lang}: a fund plan brings doubts about funds, not about insurance nobody mentioned; the customer's own 20,000 is not echoed back`, async () => {
      const d = await drive(
        { lang, scenarioId: 'child-education-savings-plan', personaId: 'single-mother-zhou', seed: 181 },
        [
          lang === 'zh'
            ? '您好，这里是华信银行，请问有什么可以帮您？'
            : 'Hello, Huaxin Bank here, how can I help?',
          lang === 'zh' ? '您每个月大概能拿出多少钱？' : 'How much could you put aside each month?',
          lang === 'zh'
            ? '我建议每月定投基金500元，再存一部分定期。'
            : 'I suggest a monthly fund plan of 500 yuan, plus some time deposits.',
          lang === 'zh'
            ? '手上那2万建议您先别动，留着应急。'
            : 'Keep the 20,000 yuan you have untouched, as emergency money.',
        ],
      );
      const lines = d.customer.slice(1).map((e) => e.text);
      for (const l of lines) expect(l).not.toMatch(lang === 'zh' ? /保险/ : /insurance/i);
      expect(lines.at(-1)).not.toMatch(lang === 'zh' ? /^2万？/ : /^20,000 yuan\?/);
    });
  }
});
