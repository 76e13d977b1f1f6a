import { describe, expect, it } from 'vitest';
import { DISTRESS_COLUMNS } from '../../src/csc/distress/kinds.ts';
import { DistressModel } from '../../src/csc/distress/model.ts';
import { STRATEGY_CODES } from '../../src/csc/strategies.ts';
import { HashedModel } from '../../src/csc/tagger/hashed-model.ts';
import { TAGGER_COLUMNS } from '../../src/csc/tagger/recipe.ts';
import { defaultTagger, MAX_ANALYSED_CHARS, StrategyTagger } from '../../src/csc/tagger/tagger.ts';
import { BIAS } from '../../src/csc/tagger/text-features.ts';

const tagger = defaultTagger();
const tag = (text: string, ctx: { context?: string; turn?: number; upset?: boolean } = {}) =>
  tagger.tag({ text, ...ctx });
const codes = (r: ReturnType<typeof tag>) => r.strategies.map((s) => s.code);

describe('offline strategy tagger', () => {
  it('tags the opening greeting in both languages', () => {
    expect(
      tag('Hi, welcome to Huaxin Bank support, this is Mia. How can I help you today?', { turn: 0 }).primary,
    ).toBe('GT');
    const zh = tag('您好，欢迎咨询华信银行，我是客服小林，很高兴为您服务！', { turn: 0 });
    expect(zh.primary).toBe('GT');
    expect(zh.lang).toBe('zh');
    expect(zh.stage).toBe('connecting');
  });

  it('tells restatement from refinement', () => {
    const ctx = {
      context: 'I sent 3,000 yuan to my landlord on Monday and he still has not got it',
      turn: 2,
    };
    expect(
      tag(
        "So the transfer left your account on Monday but your landlord hasn't received it yet, is that right?",
        ctx,
      ).primary,
    ).toBe('RP');
    expect(
      tag('Which bank is your landlord with, and did you get a transaction reference?', ctx).primary,
    ).toBe('PR');
    const zh = { context: '我周一给房东转了3000块，他到现在还没收到', turn: 2 };
    expect(tag('您的意思是周一转出的钱，房东到现在还没收到，对吗？', zh).primary).toBe('RP');
    expect(tag('请问房东是哪家银行的账户？您转账的时候选的是实时到账吗？', zh).primary).toBe('PR');
  });

  it('asks for identity data as IV, not PR', () => {
    expect(
      tag('Before I look into it, could you confirm your full name and date of birth?', { turn: 1 }).primary,
    ).toBe('IV');
    expect(tag('为了保障账户安全，请您提供一下身份证后四位和预留手机号。', { turn: 1 }).primary).toBe('IV');
  });

  it('calls empathy EM only when the customer is upset', () => {
    const angry = {
      context: 'This is ridiculous, my card got blocked AGAIN and I need to pay rent today!!',
      turn: 1,
    };
    const upset = tag("I'm really sorry, I can imagine how stressful this is with rent due today.", angry);
    expect(upset.primary).toBe('EM');
    const calm = tag('Thanks for waiting, sorry for the short delay.', {
      context: 'ok no problem',
      turn: 3,
      upset: false,
    });
    expect(calm.primary).not.toBe('EM');
    expect(codes(calm)).not.toContain('EM');
  });

  it('does not call an "anything else" FR in the opening turns, but does once the problem is handled', () => {
    const early = tag('Is there anything else I can help you with?', { turn: 0, context: 'hello?' });
    expect(early.primary).not.toBe('FR');
    const late = tag('Is there anything else I can help you with today?', {
      turn: 6,
      context: "great, it's working now, thanks",
    });
    expect(late.primary).toBe('FR');
  });

  it('reports an action taken as RI with evidence from the reply', () => {
    const r = tag("I've submitted the refund request for you, reference number RF20931.", { turn: 4 });
    expect(r.primary).toBe('RI');
    const ri = r.strategies.find((s) => s.code === 'RI');
    for (const e of ri?.evidence ?? [])
      expect(
        r.primary &&
          "I've submitted the refund request for you, reference number RF20931.".slice(e.start, e.end),
      ).toBe(e.text);
    expect(tag('已经为您提交了退款申请，受理编号RF20931，1-3个工作日原路退回。', { turn: 4 }).primary).toBe(
      'RI',
    );
  });

  it('handles mixed Chinese and English, and emoji', () => {
    const mixed = tag('好的，已经帮您 submit 了 refund，ticket number 是 TK8812 😊', { turn: 5 });
    expect(mixed.primary).toBe('RI');
    expect(tag('Thank you so much for your patience, have a lovely day! 🙏😊', { turn: 9 }).primary).toBe(
      'AC',
    );
    expect(['AC', 'OT']).toContain(tag('👍', { turn: 4 }).primary);
  });

  it('tags an empty reply as OT and survives a 10,000-character one', () => {
    expect(tag('')).toMatchObject({ primary: 'OT', stage: null });
    expect(tag('   \n ')).toMatchObject({ primary: 'OT' });
    const long = `${'Our policy says refunds take 7 working days. '.repeat(230)}`;
    expect(long.length).toBeGreaterThan(10_000);
    const r = tag(long, { turn: 3 });
    expect(r.primary).toBe('ID');
    for (const s of r.strategies)
      for (const e of s.evidence) expect(e.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('returns every applying strategy with confidences in [0, 1], sorted, primary first', () => {
    const r = tag(
      "I'm so sorry about this. I've unfrozen your card just now — is there anything else I can do for you?",
      {
        context: 'my card is frozen and I am stuck at the checkout, this is so embarrassing!!',
        turn: 5,
      },
    );
    expect(r.primary).toBe('RI');
    expect(codes(r)).toEqual(expect.arrayContaining(['RI', 'EM', 'FR']));
    // Evidence points at the clause that does the act, not the apology before it.
    expect(r.strategies[0]?.evidence[0]?.text).toContain('unfrozen');
    expect(r.strategies[0]?.code).toBe('RI');
    const conf = r.strategies.map((s) => s.confidence);
    expect([...conf].sort((a, b) => b - a)).toEqual(conf);
    for (const c of conf) expect(c).toBeGreaterThanOrEqual(0);
    for (const c of conf) expect(c).toBeLessThanOrEqual(1);
  });

  it('breaks a tie between two labels with the framework priority', () => {
    const w = new Float64Array(TAGGER_COLUMNS.length);
    w[STRATEGY_CODES.indexOf('ID')] = 5;
    w[STRATEGY_CODES.indexOf('PS')] = 5;
    const model = new HashedModel(TAGGER_COLUMNS, 20, new Map([[BIAS & 0xfffff, w]]));
    const calm = new DistressModel(new HashedModel(DISTRESS_COLUMNS, 18, new Map()));
    const tie = new StrategyTagger(model, calm);
    expect(tie.tag({ text: 'anything' }).primary).toBe('PS');
  });
});

describe('tagger context rules', () => {
  it("reads the customer's own words for EM, beside the engine's upset flag", () => {
    const reply = "I'm so sorry, I understand how hard this must be.";
    expect(
      tag(reply, { context: 'My dad passed away last month and his card is still being charged' }).primary,
    ).toBe('EM');
    expect(tag(reply, { context: 'ok', upset: true }).primary).toBe('EM');
  });

  it("does not change a line's tag on unrelated context", () => {
    const reply = 'Refunds go back to the original card within 5 working days.';
    const a = tag(reply, { context: 'How long does a refund take?' });
    const b = tag(reply, { context: 'This is ridiculous, I want my money back!!', upset: true });
    expect(a.primary).toBe('ID');
    expect(b.primary).toBe('ID');
  });
});
