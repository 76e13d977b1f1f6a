import { describe, expect, it } from 'vitest';
import { CheckList } from '../../src/evaluate/check-list.ts';
import { conductChecks } from '../../src/evaluate/checks-content.ts';
import type { AgentTurn } from '../../src/evaluate/conversation.ts';
import { totals } from '../../src/evaluate/scorecard.ts';
import { chat, reply, scenario } from './judge-helpers.ts';

/** Two copies whose rounded overall ties are told apart, and never in favour of the worse one. */
const turnOf = (text: string, conduct: { label: 'blame' | 'dismissive' | 'rude'; confidence: number }[]) => {
  const analysis = reply('defective-blender-refund', 'en', text);
  const tags = {
    ...analysis.tags,
    conduct: conduct.map((c) => ({ ...c, evidence: [{ text, start: 0, end: text.length }] })),
  };
  return { index: 1, line: 2, agentTurn: 1, text, analysis: { ...analysis, tags } } as AgentTurn;
};

const softSkills = (turn: AgentTurn) => {
  const list = new CheckList();
  const input = {
    scenario: scenario('defective-blender-refund'),
    lang: 'en' as const,
    transcript: chat('My blender arrived cracked.', turn.text),
  };
  conductChecks(list, input, [turn]);
  return list.checks.filter((c) => c.section === 'soft-skills');
};

describe('ties are broken by what the judge heard, never for the worse copy', () => {
  const text = 'The return is free and a courier collects it from your door tomorrow.';

  it('conduct the tagger leans towards, below the penalty, costs part of the check (counted with its confidence)', () => {
    const clean = softSkills(turnOf(text, []));
    const leaning = softSkills(turnOf(text, [{ label: 'dismissive', confidence: 0.6 }]));
    const surer = softSkills(turnOf(text, [{ label: 'dismissive', confidence: 0.68 }]));
    const credit = (checks: typeof clean) => checks.find((c) => c.id === 'no-dismissal')?.credit ?? 1;
    expect(leaning.find((c) => c.id === 'no-dismissal')?.result).toBe('yes');
    expect(credit(leaning)).toBeLessThan(credit(clean));
    expect(credit(surer)).toBeLessThan(credit(leaning));
  });

  it('the unrounded score ranks two scorecards whose rounded overall is the same', () => {
    const base = [
      { id: 'a', section: 'resolution' as const, result: 'yes' as const },
      { id: 'b', section: 'soft-skills' as const, result: 'yes' as const },
    ];
    const worse = [base[0], { ...base[1], credit: 0.98 }] as typeof base;
    expect(totals(worse).overall).toBe(totals(base).overall);
    expect(totals(worse).score).toBeLessThan(totals(base).score);
  });
});
