import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIRS } from '../../src/config/paths.ts';
import { loadLibrary } from '../../src/content/library.ts';
import { TOPIC_IDS } from '../../src/csc/topics.ts';
import { ROOT } from '../support/cli.ts';

const { library, errors } = loadLibrary(DEFAULT_CONTENT_DIRS);
const personas = [...library.personas.values()];
const scenarios = [...library.scenarios.values()];

describe('shipped content library', () => {
  it('validates with no errors', () => {
    expect(errors).toEqual([]);
  });

  it('has at least 16 personas across 10 customer groups and 10 baseline emotions', () => {
    expect(personas.length).toBeGreaterThanOrEqual(16);
    expect(new Set(personas.map((p) => p.customerGroup)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(personas.map((p) => p.baselineEmotion)).size).toBeGreaterThanOrEqual(10);
  });

  it('has at least 12 scenarios covering every topic and the required kinds', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    expect(new Set(scenarios.map((s) => s.topic))).toEqual(new Set(TOPIC_IDS));
    const kinds = new Set(scenarios.map((s) => s.kind));
    for (const kind of ['refund', 'ticket-follow-up', 'technical-fault', 'social-engineering'])
      expect(kinds).toContain(kind);
    expect(new Set(scenarios.map((s) => s.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
  });

  it('every file names its JSON Schema on the first line for editor completion', () => {
    for (const [dir, schema] of [
      ['personas', 'persona'],
      ['scenarios', 'scenario'],
    ] as const) {
      for (const file of readdirSync(join(ROOT, dir))) {
        const first = readFileSync(join(ROOT, dir, file), 'utf8').split('\n')[0];
        expect(first, `${dir}/${file}`).toBe(
          `# yaml-language-server: $schema=../schemas/${schema}.schema.json`,
        );
      }
    }
  });

  it('has no placeholder text', () => {
    for (const dir of ['personas', 'scenarios']) {
      for (const file of readdirSync(join(ROOT, dir))) {
        const text = readFileSync(join(ROOT, dir, file), 'utf8');
        expect(text, `${dir}/${file}`).not.toMatch(
          /\b(?:TODO|TBD|lorem|ipsum|placeholder|FIXME)\b|待补充|占位/i,
        );
      }
    }
  });

  it('forbidden-claim patterns do not fire on the knowledge the agent is supposed to convey', () => {
    for (const s of scenarios) {
      for (const claim of s.forbiddenClaims) {
        for (const lang of ['zh', 'en'] as const) {
          if (!claim.pattern) continue;
          const re = new RegExp(claim.pattern[lang], 'iu');
          for (const k of s.knowledge)
            expect(re.test(k.text[lang]), `${s.id} ${claim.id} vs ${k.id} (${lang})`).toBe(false);
        }
      }
    }
  });

  it('impostor drills are the social-engineering ones and require verification', () => {
    for (const s of scenarios.filter((x) => x.kind === 'social-engineering')) {
      expect(s.impostor).toBeDefined();
      expect(s.identityVerificationRequired).toBe(true);
    }
  });
});
