import { describe, expect, it } from 'vitest';
import { loadValidLibrary } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Scenario } from '../../src/content/scenario.ts';
import type { StrategyCode } from '../../src/csc/strategies.ts';
import type { Lang } from '../../src/csc/text.ts';
import { recommend } from '../../src/drill/hint.ts';
import type { Drill } from '../../src/drill/model.ts';

const library = loadValidLibrary(loadConfig({}));
const scenario = (id: string) => library.scenarios.get(id) as Scenario;

/** The parts of a drill the hint reads: where the conversation stands. */
function drillAt(lang: Lang, state: { emotion?: number; revealed?: string[]; agentTurns?: number }): Drill {
  return {
    lang,
    agentTurns: state.agentTurns ?? 2,
    conveyed: [],
    actionTaken: false,
    customer: { emotion: state.emotion ?? 1, revealed: state.revealed ?? [] },
  } as unknown as Drill;
}
const used = (...codes: StrategyCode[]) => new Set<StrategyCode>(codes);
const shown = (h: ReturnType<typeof recommend>) => `${h.reason}\n${h.trySaying}\n${h.knowledge?.text ?? ''}`;

describe.each(['en', 'zh'] as const)('hints (%s)', (lang) => {
  it('asks about a hidden fact without the author’s note or the fact itself', () => {
    const sc = scenario('card-frozen-after-travel');
    const hint = recommend(drillAt(lang, {}), sc, used('GT', 'IV', 'RP'), 'RP', sc.openingLine[lang]);
    expect(hint.strategy).toBe('PR');
    expect(hint.trySaying).toMatch(/[?？]$/u);
    for (const f of sc.hiddenFacts) {
      expect(hint.trySaying).not.toContain(f.revealedBy[lang]);
      for (const says of f.says[lang]) expect(shown(hint)).not.toContain(says);
    }
    expect(hint.trySaying).not.toMatch(
      lang === 'en' ? /the agent asks|one more detail: the/i : /客服(?:询问|问)/u,
    );
    // The Bangkok purchase is the customer's to tell.
    expect(shown(hint)).not.toMatch(lang === 'en' ? /Bangkok/ : /曼谷/u);
  });

  it.each([
    ['at the start', [] as string[]],
    ['after two of three facts', ['registration-date', 'early-purchase']],
  ])('never shows knowledge built on a fact the customer has not told (%s)', (_when, revealed) => {
    const sc = scenario('cashback-promo-not-credited');
    const lines = {
      en: [
        'I spent a lot at the end of July, on the 31st in the evening.',
        'Where is my cashback?',
        'When will it come?',
      ],
      zh: ['我7月31号晚上还刷了一笔。', '返现到底什么时候到？', '我的返现去哪了？'],
    }[lang];
    for (const line of lines)
      for (const codes of [used('GT', 'RP'), used('GT', 'RP', 'PR')]) {
        const hint = recommend(drillAt(lang, { revealed }), sc, codes, 'PR', line);
        // 420 yuan posted on 1 August is the late purchase; 560 before registering the early one.
        expect(shown(hint)).not.toMatch(/420/);
        if (!revealed.includes('early-purchase')) expect(shown(hint)).not.toMatch(/560|2,?030/);
      }
  });

  it('may show that knowledge once the customer has told the fact', () => {
    const sc = scenario('cashback-promo-not-credited');
    const all = sc.hiddenFacts.map((f) => f.id);
    const line = lang === 'en' ? 'The 420 on 31 July posted on 1 August.' : '7月31号那笔420是8月1号入账的。';
    const hint = recommend(drillAt(lang, { revealed: all }), sc, used('GT', 'RP', 'PR'), 'PR', line);
    expect(hint.knowledge?.id).toBe('posting-date-rule');
  });

  it('answers grief with condolences, not with hurry', () => {
    const sc = scenario('deceased-parent-account');
    const hint = recommend(drillAt(lang, { emotion: 3 }), sc, used('GT'), 'ID', sc.openingLine[lang]);
    expect(hint.strategy).toBe('EM');
    expect(hint.trySaying).toMatch(lang === 'en' ? /sorry for your loss/i : /节哀/u);
    expect(shown(hint)).not.toMatch(lang === 'en' ? /stressful|time is tight/i : /着急的心情|时间很紧/u);
    expect(hint.reason).toMatch(lang === 'en' ? /lost someone/ : /失去亲人/u);
  });

  it('restates in the second person, not the scenario’s third-person summary', () => {
    const sc = scenario('impostor-password-reset');
    const hint = recommend(drillAt(lang, { emotion: 1 }), sc, used('GT', 'IV'), 'IV', sc.openingLine[lang]);
    expect(hint.strategy).toBe('RP');
    expect(hint.trySaying).not.toContain(sc.reasonForContact[lang].slice(0, 10));
    expect(hint.trySaying).not.toMatch(lang === 'en' ? /\bclaims\b|\bhis mother\b/i : /自称/u);
    expect(hint.trySaying).toMatch(lang === 'en' ? /\byour mum\b/ : /您母亲/u);
  });
});
