import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/library.ts';
import { re2Superset } from '../../src/content/lookaround.ts';
import { requiredLiterals } from '../../src/content/required-literals.ts';
import { compileContentPattern } from '../../src/content/safe-pattern.ts';
import { clausesOf } from '../../src/evaluate/clauses.ts';
import { ROOT } from '../support/cli.ts';

/** Agent lines written by the tagger's training authors and the judge's development authors. */
function agentLines(): { lang: string; text: string }[] {
  const lines: { lang: string; text: string }[] = [];
  const train = join(ROOT, 'test/fixtures/authored/tagger-train');
  for (const f of readdirSync(train).filter((f) => f.includes('.agent.')))
    for (const l of readFileSync(join(train, f), 'utf8').split('\n').filter(Boolean))
      lines.push(JSON.parse(l) as { lang: string; text: string });
  const dev = join(ROOT, 'test/fixtures/authored/judge-dev');
  for (const f of readdirSync(dev).filter((f) => f.endsWith('.jsonl')))
    for (const l of readFileSync(join(dev, f), 'utf8').split('\n').filter(Boolean)) {
      const c = JSON.parse(l) as { lang: string; transcript: { speaker: string; text: string }[] };
      for (const t of c.transcript) if (t.speaker === 'agent') lines.push({ lang: c.lang, text: t.text });
    }
  return lines;
}

describe('lookaround patterns are pre-screened in linear time without changing what they match', () => {
  it('the rewrite drops lookarounds, keeps classes and escapes, and refuses back-references', () => {
    expect(re2Superset('(?<!(never|not)\\s.{0,20})tell\\s+me')).toBe(
      'tell[\\t\\n\\v\\f\\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+me',
    );
    expect(re2Superset('a[(?=]b(?=c)\\(?!d')).toBe('a[(?=]b\\(?!d');
    expect(re2Superset('(?<name>x)(?!y[)])z')).toBe('(?<name>x)z');
    expect(re2Superset('(a)\\1')).toBeUndefined();
  });

  it('every shipped pattern answers each authored agent line exactly as the plain JavaScript regex does', {
    timeout: 120_000,
  }, () => {
    const { library } = loadLibrary([join(ROOT, 'personas'), join(ROOT, 'scenarios')]);
    const sources = [...library.scenarios.values()].flatMap((s) =>
      s.forbiddenClaims.flatMap((c) =>
        c.pattern ? (['zh', 'en'] as const).map((lang) => ({ lang, source: c.pattern?.[lang] ?? '' })) : [],
      ),
    );
    const lines = agentLines();
    expect(sources.filter((s) => /\(\?<?[=!]/.test(s.source)).length).toBeGreaterThan(10);
    expect(lines.length).toBeGreaterThan(1000);
    let matched = 0;
    const differing: { source: string; text: string }[] = [];
    for (const { lang, source } of sources) {
      const safe = compileContentPattern(source);
      const plain = new RegExp(source, 'iu');
      for (const { text } of lines.filter((l) => l.lang === lang)) {
        const want = plain.exec(text);
        const got = safe.exec(text);
        if (want?.[0] !== got?.[0] || want?.index !== got?.index) differing.push({ source, text });
        if (want) matched++;
      }
    }
    expect(differing).toEqual([]);
    // The corpus exercises matches, not only misses.
    expect(matched).toBeGreaterThan(20);
  });

  it('a line with an ideographic space is matched by \\s as JavaScript reads it', () => {
    const p = compileContentPattern('(?<!not\\s)tell\\s+me\\s+the\\s+code');
    expect(p.exec('please tell\u3000me the code')?.[0]).toBe('tell\u3000me the code');
    expect(p.exec('I will not tell me the code')).toBeNull();
  });

  it('the one-pass screen over a whole reply never hides a clause of it that matches', {
    timeout: 120_000,
  }, () => {
    const { library } = loadLibrary([join(ROOT, 'personas'), join(ROOT, 'scenarios')]);
    const patterns = [...library.scenarios.values()].flatMap((s) =>
      s.forbiddenClaims.flatMap((c) =>
        c.pattern
          ? (['zh', 'en'] as const).map((lang) => ({
              lang,
              safe: compileContentPattern(c.pattern?.[lang] ?? ''),
            }))
          : [],
      ),
    );
    const lines = agentLines().filter((_, i) => i % 2 === 0);
    let clauseMatches = 0;
    let screenedOut = 0;
    const hidden: { source: string; text: string }[] = [];
    for (const { lang, safe } of patterns)
      for (const { text } of lines.filter((l) => l.lang === lang)) {
        const some = clausesOf(text).some((k) => safe.exec(k.text));
        if (some) clauseMatches++;
        if (!safe.mayMatch(text)) {
          screenedOut++;
          if (some) hidden.push({ source: safe.source, text });
        }
      }
    expect(hidden).toEqual([]);
    expect(clauseMatches).toBeGreaterThan(20);
    // The screen is worth having only if it rules most replies out.
    expect(screenedOut).toBeGreaterThan(0.9 * patterns.length * (lines.length / 2));
  });

  it('an anchored pattern is never screened out, since a clause may start where the reply does not', () => {
    const p = compileContentPattern('^tell me');
    expect(p.exec('tell me the code')?.[0]).toBe('tell me');
    expect(p.mayMatch('OK, tell me the code')).toBe(true);
    expect(compileContentPattern('tell me').mayMatch('OK, say it')).toBe(false);
  });

  it('a reply is screened by the fixed text every match must contain, read case-insensitively', () => {
    expect(requiredLiterals('(?<!不)(一定|肯定|保证)(能|会)?(退回|追回|赢)')).toEqual([
      '一定',
      '肯定',
      '保证',
    ]);
    expect(requiredLiterals('\\b(?:read|tell)\\s+me\\s+the\\s+CODE')).toEqual(['code']);
    expect(requiredLiterals('[您你]的卡')).toEqual(['的卡']);
    // Optional or open-ended parts fix no text, and neither does a pattern with an unscreenable branch.
    expect(requiredLiterals('a?b*')).toBeUndefined();
    expect(requiredLiterals('code|\\d{6}')).toBeUndefined();
    const p = compileContentPattern('tell me the code');
    expect(p.mayMatch('Please TELL ME THE CODE now')).toBe(true);
    // U+017F (long s) and U+212A (Kelvin sign) fold to ASCII letters in a case-insensitive pattern.
    expect(compileContentPattern('sms').mayMatch('\u017fms')).toBe(true);
    expect(compileContentPattern('ok').mayMatch('o\u212a')).toBe(true);
    expect(p.mayMatch('Please tell me your name')).toBe(false);
  });
});
