import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const texts = (d: { customer: { text: string }[] }) => d.customer.map((e) => e.text);
const emotions = (d: { customer: { emotion?: number }[] }) => d.customer.map((e) => e.emotion ?? 0);

describe('review 1, engagement: the customer answers what was said', () => {
  for (const lang of LANGS) {
    it(`${lang}: guided step by step, the customer does one step a turn and says what it sees`, async () => {
      const steps = {
        zh: [
          '您好，给您添麻烦了。',
          '您先打开手机的“设置”，看到什么了？',
          '点“应用”，找到华信银行，点“权限”，把相机改成允许。',
          '现在回到华信App，点“切换其他登录方式”。',
        ],
        en: [
          'Hello, sorry for the trouble.',
          "Please open your phone's Settings. What do you see?",
          'Tap Apps, then Huaxin Bank, then Permissions, and set Camera to Allow.',
          "Now open the Huaxin app and tap 'Switch login method'.",
        ],
      }[lang];
      const d = await drive(
        { lang, scenarioId: 'face-login-fails-app', personaId: 'retired-teacher-wang', seed: 911 },
        steps,
      );
      const [, , settings, camera, login] = texts(d);
      expect(settings).toMatch(lang === 'zh' ? /设置/ : /settings/i);
      expect(camera).toMatch(lang === 'zh' ? /允许/ : /allow/i);
      expect(login).toMatch(lang === 'zh' ? /手机号|密码/ : /number|password/i);
      // One step a turn: the camera report does not already claim the login.
      expect(camera).not.toMatch(lang === 'zh' ? /登进去|登录了/ : /logged in/i);
      for (const line of [settings, camera, login]) expect(line).not.toMatch(/FV-1004/);
    });

    it(`${lang}: the impostor pounces on leaked data, answers "which hospital?" and "what's the new number?"`, async () => {
      const d = await drive(
        { lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang', seed: 912 },
        [
          lang === 'zh' ? '您好，请问有什么可以帮您？' : 'Hello, how can I help?',
          lang === 'zh' ? '您母亲现在住在哪家医院？' : 'Which hospital is your mother in?',
          lang === 'zh' ? '要改成的新号码是多少？' : "What's the new number?",
          lang === 'zh'
            ? '我查到了，她的卡尾号是7351，预留手机是138 0571 6624，养老金这个月已经到账了。'
            : 'I can see her card ends in 7351, the registered phone is 138 0571 6624, and her pension arrived this month.',
        ],
      );
      const [, , hospital, number, pounce] = texts(d);
      expect(hospital).toMatch(lang === 'zh' ? /医院/ : /hospital/i);
      expect(number).toContain('186 2107 5538');
      // Grabbed: a leaked value repeated back, then straight on to the next piece.
      expect(pounce).toContain('7351');
      expect(pounce).toMatch(/[?？]/);
    });

    it(`${lang}: a brushed-off loss is called out and the mood does not lift`, async () => {
      const d = await drive(
        { lang, scenarioId: 'deceased-parent-account', personaId: 'teacher-chen', seed: 913 },
        [
          lang === 'zh' ? '您好。' : 'Hello.',
          lang === 'zh'
            ? '人都会走的，这很正常，没必要难过。'
            : "People pass away all the time, there's no point getting emotional about it.",
        ],
      );
      const [, , reply] = texts(d);
      const [, before, after] = emotions(d);
      expect(reply).not.toMatch(/谢谢|thank/i);
      expect(after).toBeGreaterThanOrEqual(before as number);
    });

    it(`${lang}: stalling never calms the customer, and it ends in a supervisor or a walk-out`, async () => {
      const stall = {
        zh: [
          '您好，请稍等。',
          '最近生意怎么样？',
          '请再稍等一下。',
          '今天天气不错吧？',
          '请耐心等待。',
          '再稍等一下。',
          '马上就好，请稍等。',
        ],
        en: [
          'Hello, one moment please.',
          "How's business these days?",
          'Please hold on a bit longer.',
          'Nice weather today, right?',
          'Thank you for your patience.',
          'Bear with me.',
          'Almost there, one moment.',
        ],
      }[lang];
      const d = await drive(
        { lang, scenarioId: 'transfer-stuck-processing', personaId: 'shop-owner-huang', seed: 914 },
        stall,
      );
      const e = emotions(d);
      for (let i = 2; i < e.length; i++) expect(e[i]).toBeGreaterThanOrEqual(e[i - 1] as number);
      const all = texts(d).join('\n');
      expect(all).toMatch(
        lang === 'zh'
          ? /主管|领导|负责人|投诉|算了|经理|不跟你说了/
          : /supervisor|manager|senior|complain|forget it/i,
      );
      expect(all).not.toMatch(lang === 'zh' ? /唔该你能理解|谢谢你能理解/ : /thanks for understanding/i);
    });

    it(`${lang}: sustained blame is answered with a request for a supervisor, never thanks`, async () => {
      const blame = {
        zh: [
          '您好，请说。',
          '这是您自己操作不当造成的。',
          '您当时就应该仔细看短信，怪不了别人。',
          '说到底还是您自己的问题。',
          '您下次注意点就不会这样了。',
        ],
        en: [
          'Hello, go ahead.',
          "That's because you did it wrong.",
          'You should have read the text properly, you only have yourself to blame.',
          'At the end of the day this is your own fault.',
          "Be more careful next time and it won't happen.",
        ],
      }[lang];
      const d = await drive(
        { lang, scenarioId: 'card-frozen-after-travel', personaId: 'programmer-liu', seed: 915 },
        blame,
      );
      const later = texts(d).slice(2);
      expect(later.join('\n')).toMatch(
        lang === 'zh' ? /主管|领导|负责人|投诉/ : /supervisor|manager|senior|complain/i,
      );
      for (const line of later) expect(line).not.toMatch(/谢谢|thank/i);
    });

    it(`${lang}: a close while the problem is open is pushed back, not thanked`, async () => {
      const d = await drive({ lang, scenarioId: 'face-login-fails-app', personaId: 'rider-ma', seed: 916 }, [
        lang === 'zh' ? '您好，有什么可以帮您？' : 'Hello, how can I help?',
        lang === 'zh'
          ? '您在设置里重新打开刷脸就行了，感谢您的来电，再见！'
          : 'Just re-enable it in settings. Thanks for contacting us, goodbye!',
      ]);
      const reply = texts(d).at(-1) ?? '';
      expect(reply).not.toMatch(/谢谢|thank|再见|bye/i);
      expect(d.last?.ended).toBeFalsy();
    });

    it(`${lang}: a wrong fee figure that contradicts the app is challenged and does not calm`, async () => {
      const d = await drive(
        { lang, scenarioId: 'loan-early-repayment-fee', personaId: 'programmer-liu', seed: 917 },
        [
          lang === 'zh' ? '您好，请问有什么可以帮您？' : 'Hello, how can I help?',
          lang === 'zh' ? '提前还款的违约金是固定的两千元。' : 'The early repayment fee is a flat RMB 2,000.',
        ],
      );
      const reply = texts(d).at(-1) ?? '';
      const e = emotions(d);
      expect(reply).toMatch(/1,?500|一千五/);
      expect(e.at(-1)).toBeGreaterThanOrEqual(e.at(-2) as number);
    });
  }
});
