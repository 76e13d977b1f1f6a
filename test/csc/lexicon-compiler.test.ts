import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/csc/tagger/dataset.ts';
import { optimise, rx } from '../../src/csc/tagger/lexicon-compiler.ts';

const SOURCES = [
  String.raw`\b(?:i(?:'ve| have) (?:just )?(?:submitted|sent|reset)|i(?:'m| am) (?:now )?(?:processing|checking)|reference (?:number|no\.?))\b|\bref[:#]`,
  String.raw`\b(?:sorry (?:to hear|about)|i (?:completely )?understand (?:how|why)|that must (?:be|feel))|don'?t worry`,
  String.raw`抱歉|对不起|理解您(?:的)?(?:心情|感受)?|别(?:着急|担心)|请(?:您)?放心`,
  String.raw`\b(?:hi|hello|hey|good (?:morning|afternoon)|welcome to)\b|\b^(?:morning|evening)\b`,
];

const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('lexicon compiler', () => {
  const texts = [...readDataset('fixture-en'), ...readDataset('fixture-zh')].map((u) => u.text.toLowerCase());
  texts.push(
    "i've just submitted it, reference number 42 — sorry about that",
    'morning! hello there',
    '别着急，请您放心',
  );

  it.each(SOURCES)('matches exactly what the plain lexicon matches: %s', (source) => {
    const plain = new RegExp(source, 'giu');
    const compiled = rx(source);
    for (const t of texts) expect(spans(compiled, t), t).toEqual(spans(plain, t));
  });

  it('merges alternatives that share leading letters', () => {
    expect(optimise(String.raw`\b(?:hello|help|here)\b`).length).toBeLessThan(
      String.raw`\b(?:hello|help|here)\b`.length + 12,
    );
    expect(optimise('抱歉|抱怨')).toContain('抱(?:');
  });
});
