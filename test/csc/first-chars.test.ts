import { describe, expect, it } from 'vitest';
import { guardFirstChars } from '../../src/csc/tagger/first-chars.ts';

const matches = (source: string, text: string) =>
  [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]);

describe('first-character guard on a lexicon', () => {
  const cases: [string, string[]][] = [
    [
      String.raw`(?<!never )\b(?:tell me|give me) the (?:code|pin)|\d{3}\*{4}\d{4}`,
      ['tell me the code', 'never tell me the pin', 'call 138****1234 now'],
    ],
    [
      String.raw`(?<!不)一定(?:能|会)|尾号(?:是)?\d{2,4}|[a-]x`,
      ['一定能到，不一定会', '尾号是6307', '-x ax bx'],
    ],
    [String.raw`^\s*(?:ok|hm+)[.!]*$|\b(?:a-b|\^c)`, ['  ok!', 'hmm', 'a-b ^c']],
  ];
  it('finds the same matches as the unguarded lexicon', () => {
    for (const [source, texts] of cases) {
      const guarded = guardFirstChars(source);
      expect(guarded).not.toBe(source);
      for (const text of texts) expect(matches(guarded, text), text).toEqual(matches(source, text));
    }
  });

  it('leaves a lexicon alone when an alternative can match nothing or any character', () => {
    expect(guardFirstChars('a|(?:b)?')).toBe('a|(?:b)?');
    expect(guardFirstChars('a|.b')).toBe('a|.b');
  });
});
