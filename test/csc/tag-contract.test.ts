import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const run = (lines: object[]) =>
  runCli(['tag'], { input: `${lines.map((o) => JSON.stringify(o)).join('\n')}\n` })
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('csc-drill tag output contract', () => {
  it('keeps primary and strategies and adds a conduct list with verbatim evidence', () => {
    const text = 'Calm down, card blocks happen all the time.';
    const [plain, flagged] = run([
      { text: 'Which card did you use at the checkout?', context: 'My payment failed' },
      { text, context: 'My card is blocked and I am stuck at the till!!' },
    ]);
    expect(plain.primary).toBe('PR');
    expect(plain.conduct).toEqual([]);
    expect(flagged.strategies[0]).toEqual({
      code: expect.any(String),
      confidence: expect.any(Number),
      evidence: expect.any(Array),
    });
    const dismissive = flagged.conduct.find((c: { label: string }) => c.label === 'dismissive');
    expect(dismissive.confidence).toBeGreaterThan(0);
    expect(dismissive.confidence).toBeLessThanOrEqual(1);
    for (const e of dismissive.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('documents the output, conduct labels included, in --help', () => {
    const help = runCli(['tag', '--help']).stdout;
    for (const word of ['primary', 'strategies', 'conduct', 'evidence', 'asks-secret', 'manipulation'])
      expect(help).toContain(word);
  });
});
