import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { COMPETENT_CARD_FROZEN_EN } from '../support/engine.ts';

const env = { STORE_URL: 'memory://' };
const ARGS = [
  'practice',
  '--scenario',
  'card-frozen-after-travel',
  '--persona',
  'programmer-liu',
  '--lang',
  'en',
  '--seed',
  '42',
];

describe('csc-drill practice (scripted, stdin not a TTY)', () => {
  it('plays one reply per line and prints the whole drill as JSON', () => {
    const r = runCli([...ARGS, '--json'], {
      env,
      input: `${COMPETENT_CARD_FROZEN_EN.join('\n')}\nthis line comes after the end\n`,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.endReason).toBe('resolved');
    expect(out.transcript[0]).toMatchObject({ speaker: 'customer', emotion: expect.any(Number) });
    expect(out.transcript[1]).toMatchObject({
      speaker: 'agent',
      text: COMPETENT_CARD_FROZEN_EN[0],
      strategies: expect.any(Array),
    });
    expect(out.transcript.map((e: { text: string }) => e.text)).not.toContain(
      'this line comes after the end',
    );
    expect(out.scorecard).toMatchObject({
      overall: expect.any(Number),
      passed: true,
      sections: expect.any(Object),
    });
    for (const c of out.scorecard.checks) {
      expect(c).toMatchObject({
        id: expect.any(String),
        section: expect.any(String),
        result: expect.stringMatching(/^(yes|no|na)$/),
      });
    }
  });

  it('gives hints on /hint and ends on /end with a readable scorecard', () => {
    const r = runCli(ARGS, { env, input: 'Hello, welcome to Huaxin Bank!\n/hint\n/end\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Try saying:');
    expect(r.stdout).toMatch(/Overall \d+\/100 · (PASS|FAIL)\nEnded by the trainee · /);
    expect(r.stdout).toContain('Improvements:');
  });

  it('refuses hints in exam mode and hides the tags', () => {
    const r = runCli([...ARGS, '--mode', 'exam'], {
      env,
      input: 'Hello, welcome to Huaxin Bank!\n/hint\n/end\n',
    });
    expect(r.stdout).toContain('Hints are not available in exam mode.');
    expect(r.stdout).not.toContain('[GT Greeting');
  });

  it('runs in Chinese', () => {
    const r = runCli(['practice', '--scenario', 'face-login-fails-app', '--lang', 'zh', '--seed', '1'], {
      env,
      input: '您好，请问有什么可以帮您？\n/end\n',
    });
    expect(r.stdout).toContain('总分');
    expect(r.stdout).toContain('改进建议');
  });

  it('a practised drill re-scores to the same scorecard with csc-drill score', () => {
    const practised = JSON.parse(
      runCli([...ARGS, '--json'], { env, input: `${COMPETENT_CARD_FROZEN_EN.join('\n')}\n` }).stdout,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'csc-score-')), 'chat.json');
    writeFileSync(file, JSON.stringify(practised));
    const r = runCli(['score', file, '--json']);
    expect(r.status).toBe(0);
    const { scorecard } = JSON.parse(r.stdout);
    expect(scorecard.overall).toBe(practised.scorecard.overall);
    expect(scorecard.checks).toEqual(practised.scorecard.checks);
  });
});

describe('csc-drill score', () => {
  const write = (data: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'csc-score-')), 'chat.json');
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };

  it('scores a real chat readably', () => {
    const file = write({
      scenario: 'defective-blender-refund',
      lang: 'en',
      transcript: [
        { speaker: 'customer', text: 'My blender arrived broken!!', at: '2026-11-20T10:00:00Z' },
        {
          speaker: 'agent',
          text: "Hi, thanks for contacting us. I'm so sorry it arrived damaged.",
          at: '2026-11-20T10:00:30Z',
        },
        { speaker: 'customer', text: 'So what now?', at: '2026-11-20T10:01:00Z' },
        { speaker: 'agent', text: 'Thank you for your patience, goodbye!', at: '2026-11-20T10:01:20Z' },
      ],
    });
    const r = runCli(['score', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Overall \d+\/100 · FAIL/);
    expect(r.stdout).toContain('✓ Greeted the customer #2 «Hi»');
  });

  it('names the field that is wrong in a malformed file', () => {
    const bad = runCli([
      'score',
      write({ scenario: 'defective-blender-refund', lang: 'fr', transcript: [] }),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('lang:');
    expect(bad.stderr).toContain('transcript:');
    const unknown = runCli([
      'score',
      write({ scenario: 'nope', lang: 'en', transcript: [{ speaker: 'agent', text: 'hi' }] }),
    ]);
    expect(unknown.stderr).toContain('unknown scenario "nope"');
    expect(runCli(['score', write('{oops')]).stderr).toContain('cannot read JSON');
  });
});
