import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuthoredReply, politeProbe } from '../../src/csc/tagger/authored.ts';
import { politeProbeFalsePositives } from '../../src/csc/tagger/evaluation.ts';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';

/**
 * A false `rude` or `blame` makes the simulated customer snap back at a polite trainee. The polite
 * probe (firm refusals with a reason, honest limits, neutral causes said with "you"/"您",
 * instructions, reassurance with substance, the customer's words repeated back) is trained on, so
 * this guards the shipped weights; the neutral lines were never trained on.
 */
const conductOf = (r: { text: string; context: string }) =>
  defaultTagger()
    .tag({ text: r.text, context: r.context })
    .conduct.map((c) => c.label);

const neutral = readFileSync(new URL('../fixtures/tagger/neutral-lines.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => AuthoredReply.parse(JSON.parse(l)));

describe('polite lines carry no conduct', () => {
  it.each(['en', 'zh'] as const)('%s: the polite probe (at least 60 lines) is not flagged', (lang) => {
    const mine = politeProbe().filter((r) => r.lang === lang);
    expect(mine.length).toBeGreaterThanOrEqual(60);
    for (const r of mine) expect(r.conduct).toEqual([]);
    const flagged = mine.filter((r) => conductOf(r).length).map((r) => `${conductOf(r)}: ${r.text}`);
    expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(1);
    expect(politeProbeFalsePositives(defaultTagger()).find((f) => f.lang === lang)).toEqual({
      lang,
      n: mine.length,
      flagged: flagged.length,
    });
  });

  it.each(['en', 'zh'] as const)(
    '%s: neutral questions and short replies never trained on are not flagged',
    (lang) => {
      const mine = neutral.filter((r) => r.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(30);
      const flagged = mine.filter((r) => conductOf(r).length).map((r) => `${conductOf(r)}: ${r.text}`);
      expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(2);
    },
  );

  it('still flags the rude and blaming twins of the same refusals', () => {
    expect(
      conductOf({
        text: "No. I've told you twice already, I can't share that.",
        context: "What's my husband's balance?",
      }),
    ).toContain('rude');
    expect(conductOf({ text: '这都不会？自己去APP里弄。', context: '你就帮我操作一下嘛。' })).toContain(
      'rude',
    );
    expect(
      conductOf({
        text: 'It locked because you kept typing the wrong PIN. That one is on you.',
        context: 'Why is my card locked?',
      }),
    ).toContain('blame');
    expect(
      conductOf({ text: '卡被锁是您自己输错了三次密码，怪不了别人。', context: '卡怎么被锁了？' }),
    ).toContain('blame');
  });
});
