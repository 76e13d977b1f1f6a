import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/library.ts';
import { re2Superset } from '../../src/content/lookaround.ts';
import { compileContentPattern } from '../../src/content/safe-pattern.ts';
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
});
