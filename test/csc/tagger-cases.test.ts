import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDUCT_LABELS } from '../../src/csc/conduct.ts';
import { AuthoredReply } from '../../src/csc/tagger/authored.ts';

type Line = ReturnType<typeof AuthoredReply.parse>;

import { defaultTagger } from '../../src/csc/tagger/tagger.ts';

/**
 * Lines written for these tests (not training lines, not the held-out set): the hard pairs the
 * issue names, and each conduct label with near misses, in both languages.
 */
const read = (name: string) =>
  readFileSync(new URL(`../fixtures/tagger/${name}.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => AuthoredReply.parse(JSON.parse(l)));
const tag = (r: Line) => defaultTagger().tag({ text: r.text, context: r.context });

describe('hard pairs', () => {
  const rows = read('hard-pairs');

  it.each(['en', 'zh'] as const)(
    '%s: at least 90 per cent get the primary label the guideline gives',
    (lang) => {
      const mine = rows.filter((r) => r.lang === lang);
      const wrong = mine.filter((r) => tag(r).primary !== r.primary).map((r) => `${r.primary}: ${r.text}`);
      expect(mine.length).toBeGreaterThanOrEqual(20);
      expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(Math.floor(mine.length * 0.1));
    },
  );

  it('calls empathy without an apology and condolences EM, the same line the same on unrelated context', () => {
    const em = rows.filter((r) => r.primary === 'EM');
    for (const r of em) expect(tag(r).primary, r.text).toBe('EM');
    const line = rows.find((r) => r.id === 'hard-zh-0020') as Line;
    const a = defaultTagger().tag({ text: line.text, context: line.context, upset: true });
    const b = defaultTagger().tag({ text: line.text, context: '我的卡丢了，着急！', upset: true });
    expect(a.primary).toBe('EM');
    expect(b.primary).toBe('EM');
  });

  it('does not give a bare promise, filler, a rude line or an injection a real strategy', () => {
    const kinds = ['bare promise', 'filler', 'rude', 'injection'];
    const lines = rows.filter((x) => kinds.includes(x.note ?? ''));
    expect(lines).toHaveLength(8);
    for (const r of lines) expect(tag(r).primary, r.text).toBe('OT');
  });
});

describe('conduct labels', () => {
  const rows = read('conduct-cases');

  it.each(['en', 'zh'] as const)('%s: every label is found where it is shown', (lang) => {
    for (const label of CONDUCT_LABELS) {
      const shown = rows.filter((r) => r.lang === lang && r.conduct.includes(label));
      expect(shown.length, label).toBeGreaterThanOrEqual(2);
      const found = shown.filter((r) => tag(r).conduct.some((c) => c.label === label));
      expect(found.length, `${lang} ${label}`).toBe(shown.length);
    }
  });

  it.each(['en', 'zh'] as const)('%s: near misses stay mostly clean', (lang) => {
    const clean = rows.filter((r) => r.lang === lang && r.conduct.length === 0);
    const flagged = clean.filter((r) => tag(r).conduct.length > 0).map((r) => r.text);
    expect(clean.length).toBeGreaterThanOrEqual(8);
    expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(1);
  });

  it('points at the reply for each conduct label it reports', () => {
    for (const r of rows) {
      for (const c of tag(r).conduct) {
        expect(c.evidence.length).toBeGreaterThan(0);
        for (const e of c.evidence) expect(r.text.slice(e.start, e.end)).toBe(e.text);
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('context', () => {
  const rows = [...read('hard-pairs'), ...read('conduct-cases')];

  it('gives a reply the same tags after any two unrelated customer lines', () => {
    for (const r of rows) {
      const calm =
        r.lang === 'en'
          ? ['What time do you open on Sunday?', 'My postcode is NW3.']
          : ['周日几点开门？', '邮编是100020。'];
      const [a, b] = calm.map((context) => defaultTagger().tag({ text: r.text, context }));
      expect(b?.primary, r.text).toBe(a?.primary);
      expect(
        b?.conduct.map((c) => c.label),
        r.text,
      ).toEqual(a?.conduct.map((c) => c.label));
    }
  });
});
