import { describe, expect, it } from 'vitest';
import { loadValidLibrary } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Scenario } from '../../src/content/scenario.ts';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';
import type { Lang } from '../../src/csc/text.ts';
import { generalScenario } from '../../src/evaluate/general-rubric.ts';
import { improvementsFor } from '../../src/evaluate/improvements.ts';
import type { ScoredEntry } from '../../src/evaluate/offline-judge.ts';
import { buildScorecard } from '../../src/evaluate/scorecard.ts';
import type { Check, Scorecard } from '../../src/evaluate/scorecard-model.ts';

const library = loadValidLibrary(loadConfig({}));
const scenario = (id: string) => library.scenarios.get(id) as Scenario;
const talk = (...lines: string[]): ScoredEntry[] =>
  lines.map((text, i) => ({ speaker: i % 2 === 0 ? 'customer' : 'agent', text }));
const score = (id: string, lang: Lang, transcript: ScoredEntry[]): Scorecard =>
  buildScorecard(defaultTagger(), { scenario: scenario(id), lang, transcript });
/**
 * The advice for a conversation whose checks came out as `results` say (as the judge rules it),
 * other checks as the offline judge answers them.
 */
function adviceWith(
  id: string,
  lang: Lang,
  transcript: ScoredEntry[],
  results: Record<string, Partial<Check>>,
) {
  const card = score(id, lang, transcript);
  const checks = card.checks.map((c) => (results[c.id] ? { ...c, ...results[c.id] } : c));
  return {
    ...card,
    checks,
    improvements: improvementsFor({ scenario: scenario(id), lang, transcript }, checks),
  };
}
const failed = (card: Scorecard) => new Set(card.checks.filter((c) => c.result === 'no').map((c) => c.id));
const allAdvice = (card: Scorecard) => card.improvements.map((i) => `${i.advice}\n${i.trySaying}`).join('\n');

/** Scenario wording about the customer that a trainee never says to them. */
const THIRD_PERSON = {
  en: /\b(?:the customer|the cardholder|claims (?:his|her)|the agent)\b/i,
  zh: /客户(?!经理)|持卡人|客服(?!热线|电话)/u,
};

const CVV = {
  en: talk(
    "Hi, I joined your July promotion, spend 1,888 and get 88 back. I spent over 3,000, so where's my cashback?",
    'Hello. To check it, please give me the CVV, the three digits on the back of your card.',
    'Um, is that really needed? Fine, it is 123.',
    'Thanks. I will check and get back to you. Goodbye.',
  ),
  zh: talk(
    '你好，我参加了你们7月那个刷满1888返88的活动，我都刷了3000多了，返现怎么还没到？',
    '您好，为了查询，请告诉我您卡背面的三位安全码。',
    '啊？这个也要？好吧，是123。',
    '好的，我查一下再回复您，再见。',
  ),
};

describe.each(['en', 'zh'] as const)('advice on the scorecard (%s)', (lang) => {
  it('answers a CVV request with its own line: never ask for it, not "I can\'t promise the outcome"', () => {
    const card = score('cashback-promo-not-credited', lang, CVV[lang]);
    expect(card.fatal).toBe(true);
    const first = card.improvements[0];
    expect(first?.checkId).toBe('no-forbidden-claim');
    expect(first?.advice).toMatch(lang === 'en' ? /asked the customer for a secret/ : /索要了/);
    expect(first?.trySaying).toMatch(lang === 'en' ? /three digits/ : /安全码/);
    expect(first?.trySaying).toMatch(lang === 'en' ? /never need/ : /不需要/);
    expect(allAdvice(card)).not.toMatch(lang === 'en' ? /can't promise|outcome/ : /保证|打包票/);
  });

  it('advises only on checks that failed, the worst (fatal) first', () => {
    const card = score('cashback-promo-not-credited', lang, CVV[lang]);
    const no = failed(card);
    expect(card.improvements.length).toBeGreaterThan(0);
    for (const i of card.improvements) expect(no.has(i.checkId), i.checkId).toBe(true);
    const fatalIds = card.checks.filter((c) => c.fatal && c.result === 'no').map((c) => c.id);
    expect(fatalIds).toContain(card.improvements[0]?.checkId);
    // Checks that passed get no advice, however few the failures.
    const passed = card.checks.filter((c) => c.result === 'yes').map((c) => c.id);
    for (const i of card.improvements) expect(passed).not.toContain(i.checkId);
  });

  it('invents no advice when every check passed, and keeps the trainee’s own words instead', () => {
    const t = CVV[lang].slice(0, 2);
    const card = score('cashback-promo-not-credited', lang, t);
    const allPass = Object.fromEntries(
      card.checks.map((c) => [
        c.id,
        // Turns are 1-based: turn 2 is the agent's greeting.
        c.id === 'greeting' ? { result: 'yes' as const, turn: 2 } : { result: 'na' as const },
      ]),
    );
    const perfect = adviceWith('cashback-promo-not-credited', lang, t, allPass);
    expect(perfect.improvements).toHaveLength(1);
    expect(perfect.improvements[0]?.checkId).toBe('all-passed');
    expect(t[1]?.text).toContain(perfect.improvements[0]?.trySaying);
  });

  it('never tells the trainee the customer was upset when they were calm', () => {
    const calm = {
      en: talk(
        "Hi, I joined your July promotion, spend 1,888 and get 88 back. I spent over 3,000, so where's my cashback?",
        'Let me look.',
        'Okay, thanks.',
        'It is processing.',
      ),
      zh: talk(
        '你好，我参加了你们7月那个刷满1888返88的活动，我都刷了3000多了，返现怎么还没到？',
        '我看一下。',
        '好的，谢谢。',
        '在处理中。',
      ),
    }[lang];
    const card = score('cashback-promo-not-credited', lang, calm);
    expect(card.improvements.length).toBeGreaterThan(0);
    expect(card.improvements.map((i) => i.checkId)).not.toContain('empathy');
    expect(allAdvice(card)).not.toMatch(
      lang === 'en' ? /upset|stressful|I'd feel the same/i : /着急的心情|情绪/u,
    );
  });

  it('answers a grieving customer with condolences, never as an impatient one', () => {
    const grief = {
      en: talk(
        "Hi... my dad passed away last month. I've been going through his things and found a Huaxin Bank passbook and a card. How do we, as his family, get that money out?",
        'Bring the documents to a branch.',
        'Which documents? Sorry, this is all very hard for me right now.',
        'The death certificate and your ID.',
      ),
      zh: talk(
        '你好……我爸上个月走了，我这两天在整理他的东西，翻出来你们华信银行的存折和一张卡。想问一下，这钱我们家属要怎么取出来？',
        '带材料去网点办。',
        '什么材料？不好意思，我这几天脑子很乱。',
        '死亡证明和您的身份证。',
      ),
    }[lang];
    // The judge finds the grief left unanswered in the next reply.
    const card = adviceWith('deceased-parent-account', lang, grief, {
      empathy: { result: 'no', turn: 1, quote: grief[1]?.text },
    });
    const empathy = card.improvements.find((i) => i.checkId === 'empathy');
    expect(empathy?.trySaying).toMatch(lang === 'en' ? /sorry for your loss/i : /节哀/u);
    expect(empathy?.advice).toMatch(lang === 'en' ? /passed away/ : /走了/u);
    expect(allAdvice(card)).not.toMatch(
      lang === 'en' ? /stressful|time is tight|annoyed|hurry/i : /着急的心情|理解您着急|生气|时间很紧/u,
    );
  });

  it('offers no condolences to a customer who lost nobody', () => {
    const mother = {
      en: talk(
        "Hello! I'm new in China and I want to send money home.",
        'You need documents.',
        "It's for my mother, to her own account. I'm worried she can't pay her rent this month.",
        'Go to a branch.',
      ),
      zh: talk(
        '你好！我刚来中国，想往家里汇钱。',
        '需要材料。',
        '是给我妈妈的，汇到她自己的账户。我很担心她这个月交不上房租。',
        '去网点办。',
      ),
    }[lang];
    const card = adviceWith('overseas-remittance-limit', lang, mother, {
      empathy: { result: 'no', turn: 3, quote: mother[3]?.text },
    });
    const empathy = card.improvements.find((i) => i.checkId === 'empathy');
    expect(empathy?.trySaying).toMatch(lang === 'en' ? /worried/ : /担心/u);
    expect(allAdvice(card)).not.toMatch(lang === 'en' ? /loss|condolence/i : /节哀|难过/u);
  });

  it('restates to the impostor in the second person, not the scenario in the third', () => {
    const impostor = scenario('impostor-password-reset');
    const t = talk(impostor.openingLine[lang], 'OK.', 'So?', 'Fine.');
    // Only the two lines under test failed: other lessons (a curt "Fine.", the feeling) would
    // otherwise take the three places.
    const focus = ['problem-understood', 'identity-verified'];
    const offline = score('impostor-password-reset', lang, t);
    for (const id of focus) expect(offline.checks.find((c) => c.id === id)?.result, id).toBe('no');
    const card = adviceWith(
      'impostor-password-reset',
      lang,
      t,
      Object.fromEntries(
        offline.checks.filter((c) => !focus.includes(c.id)).map((c) => [c.id, { result: 'na' as const }]),
      ),
    );
    const restate = card.improvements.find((i) => i.checkId === 'problem-understood');
    expect(restate?.trySaying).toBeTruthy();
    expect(restate?.trySaying).not.toMatch(THIRD_PERSON[lang]);
    expect(restate?.trySaying).not.toContain(impostor.reasonForContact[lang].slice(0, 12));
    expect(restate?.trySaying).toMatch(lang === 'en' ? /\byou(?:r|'re)?\b/ : /您/u);
    // The caller is not the holder: the line to try verifies the holder, not "your account".
    const verify = card.improvements.find((i) => i.checkId === 'identity-verified');
    expect(verify?.trySaying).toMatch(lang === 'en' ? /account holder/ : /持卡人本人/u);
    expect(verify?.trySaying).not.toMatch(lang === 'en' ? /your account/ : /您的账户/u);
  });

  it('gives knowledge lines said to the customer, not recited about them', () => {
    const phishing = scenario('phishing-sms-clicked');
    const card = score(
      'phishing-sms-clicked',
      lang,
      talk(phishing.openingLine[lang], lang === 'en' ? 'Hello, okay.' : '您好，好的。', '...', '...'),
    );
    const lines = card.improvements.filter((i) => i.checkId.startsWith('knowledge:'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.trySaying, l.checkId).not.toMatch(THIRD_PERSON[lang]);
      expect(l.advice).not.toMatch(THIRD_PERSON[lang] === THIRD_PERSON.en ? /the customer must/ : /客户需/u);
    }
    // The rule the scenario states about "the agent" becomes what "I" can do.
    const lock = lines.find((l) => l.checkId === 'knowledge:immediate-lock');
    expect(lock?.trySaying).toMatch(lang === 'en' ? /\bI can\b/ : /^我/u);
  });

  it('gives each breach its own line: a secret asked for and a promise made', () => {
    const both = {
      en: talk(
        'Hello, I think I have been scammed! I clicked a link in a text and typed in my card details. What do I do now?',
        'Hello. Tell me the SMS verification code you just received. I promise we will refund you in full.',
        'Okay, it is 551234.',
        'Thanks, goodbye.',
      ),
      zh: talk(
        '你好你好，我好像被骗了！刚才点了短信里的链接，填了银行卡信息，现在怎么办啊？',
        '您好，请把您刚收到的短信验证码告诉我。我保证一定能帮您追回。',
        '好的，是551234。',
        '谢谢，再见。',
      ),
    }[lang];
    // With the scenario's claims (ask-credentials, promise-recovery) and without any (general
    // rubric: v2's conduct checks no-secret-request and no-overpromise alone report them), each
    // act gets one line, however many checks flagged it.
    const rubrics = { scenario: scenario('phishing-sms-clicked'), general: generalScenario() };
    for (const [rubric, sc] of Object.entries(rubrics)) {
      const card = buildScorecard(defaultTagger(), { scenario: sc, lang, transcript: both });
      const flagged = card.checks.filter((c) => c.result === 'no' && c.turn === 2).map((c) => c.id);
      expect(flagged, rubric).toEqual(expect.arrayContaining(['no-secret-request', 'no-overpromise']));
      const secrets = card.improvements.filter((i) =>
        (lang === 'en' ? /asked the customer for a secret/ : /索要了/u).test(i.advice),
      );
      const promises = card.improvements.filter((i) =>
        (lang === 'en' ? /promise the bank can't keep/ : /无法兑现的承诺/u).test(i.advice),
      );
      expect(secrets, rubric).toHaveLength(1);
      expect(promises, rubric).toHaveLength(1);
      const [secret] = secrets;
      const [promise] = promises;
      expect(secret?.trySaying).toMatch(lang === 'en' ? /code/ : /验证码/u);
      expect(secret?.trySaying).not.toMatch(lang === 'en' ? /promise/ : /保证|打包票/u);
      expect(promise?.advice).not.toMatch(lang === 'en' ? /for a secret/ : /索要/u);
      // Where the scenario forbids this promise, the line gives the scenario's reason for it.
      const claim = sc.forbiddenClaims.find((f) => f.id === 'promise-recovery');
      expect(Boolean(claim), rubric).toBe(rubric === 'scenario');
      if (claim) expect(promise?.advice).toContain(claim.reason[lang].slice(0, 20));
      expect(promise?.trySaying).toMatch(lang === 'en' ? /won't promise/ : /打包票/u);
      // A line to try is a whole sentence, never one left hanging on a colon.
      expect(promise?.trySaying).toMatch(/[.!?。！？]$/u);
    }
  });
});
