import { describe, expect, it } from 'vitest';
import { STAGE_IDS, STAGES } from '../../src/csc/stages.ts';
import { PRIMARY_PRIORITY, STRATEGIES, STRATEGY_CODES, strategyByCode } from '../../src/csc/strategies.ts';
import { TOPIC_IDS, TOPICS } from '../../src/csc/topics.ts';

describe('CSC framework data', () => {
  it('has the five stages in order', () => {
    expect(STAGES.map((s) => s.id)).toEqual([
      'connecting',
      'identifying',
      'exploring',
      'resolving',
      'maintaining',
    ]);
    expect(STAGES.map((s) => s.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has the twelve strategies with the stages of the framework table', () => {
    const stageOf = Object.fromEntries(STRATEGIES.map((s) => [s.code, s.stage]));
    expect(stageOf).toEqual({
      GT: 'connecting',
      IV: 'connecting',
      RP: 'identifying',
      EM: 'identifying',
      PR: 'exploring',
      PS: 'exploring',
      ID: 'resolving',
      RI: 'resolving',
      FR: 'maintaining',
      RC: 'maintaining',
      AC: 'maintaining',
      OT: null,
    });
    expect(new Set(STRATEGY_CODES).size).toBe(12);
  });

  it('ranks primary labels RI > PS > PR > IV > EM > RP > ID > FR > RC > AC > GT > OT', () => {
    expect(PRIMARY_PRIORITY.join(' ')).toBe('RI PS PR IV EM RP ID FR RC AC GT OT');
    expect([...PRIMARY_PRIORITY].sort()).toEqual([...STRATEGY_CODES].sort());
  });

  it('names, definitions and "not when" notes are filled in both languages', () => {
    for (const s of STRATEGIES) {
      for (const field of [s.name, s.useWhen, s.notWhen]) {
        expect(field.zh.trim()).not.toBe('');
        expect(field.en.trim()).not.toBe('');
        expect(field.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(strategyByCode('EM').name).toEqual({ en: 'Emotional Management', zh: '情感管理' });
  });

  it('stages and topics are bilingual and complete', () => {
    expect(STAGE_IDS).toHaveLength(5);
    expect(TOPIC_IDS).toHaveLength(8);
    for (const t of TOPIC_IDS) expect(TOPICS[t].zh && TOPICS[t].en).toBeTruthy();
  });
});
