import { describe, expect, it } from 'vitest';
import { detectDistress } from '../../src/csc/distress.ts';

const kinds = (text: string) => detectDistress(text).map((d) => d.kind);

describe('customer distress', () => {
  it('finds nothing in a calm line', () => {
    expect(detectDistress("I'd like to cancel the Premium plan at the end of this month, please.")).toEqual(
      [],
    );
    expect(detectDistress('好的，那就约周五吧。')).toEqual([]);
    expect(detectDistress('')).toEqual([]);
  });

  it('tells the four kinds apart, in both languages', () => {
    expect(kinds('This is ridiculous, what a useless bank')).toContain('anger');
    expect(kinds('我好怕，钱是不是被盗了')).toContain('worry');
    expect(kinds('My rent is due today and I need this sorted right now')).toContain('urgency');
    expect(kinds('老伴刚走，他的卡我不知道怎么办')).toContain('grief');
  });

  it('grades intensity and points at the words', () => {
    const text = 'I NEED to speak to a manager. Right now. This is ridiculous!!';
    const tags = detectDistress(text);
    expect(Math.max(...tags.map((t) => t.intensity))).toBe(3);
    for (const t of tags) for (const e of t.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
