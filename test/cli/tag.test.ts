import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

describe('csc-drill tag', () => {
  it('adds primary and strategies to every input line, in order, keeping the input fields', () => {
    const input = [
      { id: 1, text: 'Hello, welcome to Huaxin Bank. How can I help you today?', turn: 0 },
      { id: 2, text: '已经为您提交退款申请，单号RF2031。', turn: 4, extra: { keep: true } },
      {
        id: 3,
        text: 'I am so sorry, that must be really stressful.',
        context: 'This is ridiculous!! My card is blocked AGAIN',
      },
    ];
    const r = runCli(['tag'], { input: `${input.map((o) => JSON.stringify(o)).join('\n')}\n` });
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([1, 2, 3]);
    expect(out.map((o) => o.primary)).toEqual(['GT', 'RI', 'EM']);
    expect(out[1].extra).toEqual({ keep: true });
    for (const o of out) {
      expect(o.strategies[0]).toEqual({
        code: expect.any(String),
        confidence: expect.any(Number),
        evidence: expect.any(Array),
      });
      const conf = o.strategies.map((s: { confidence: number }) => s.confidence);
      expect([...conf].sort((a, b) => b - a)).toEqual(conf);
    }
  });

  it('answers a bad line with an error object, goes on with the rest and exits 1', () => {
    const r = runCli(['tag'], { input: 'not json\n{"text": 42}\n[1,2]\n\n{"text":"Thank you, goodbye!"}\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'error: 3 input line(s) could not be read (line 1, 2, 3); each got an {"error"} line\n',
    );
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].error).toMatch(/^line 1: not valid JSON/);
    expect(out[1].error).toMatch(/^line 2: text:/);
    expect(out[2].error).toMatch(/^line 3: expected a JSON object with "text"/);
    expect(out[3].primary).toBe('AC');
  });

  it('accepts a context object and a forced language', () => {
    const r = runCli(['tag', '--lang', 'en'], {
      input: `${JSON.stringify({ text: 'Sorry to hear that, I understand how worrying this is.', context: { customer: 'I am so worried!!', turn: 1 } })}\n`,
    });
    const [o] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(o.primary).toBe('EM');
  });

  it('exits 0 when every line was read, even a line whose own fields are called "error"', () => {
    const r = runCli(['tag'], { input: '{"text":"Thank you, goodbye!","error":"from the caller"}\n' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: 'from the caller', primary: 'AC' });
  });

  it('handles empty input', () => {
    const r = runCli(['tag'], { input: '' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
