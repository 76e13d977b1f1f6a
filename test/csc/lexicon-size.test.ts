import { describe, expect, it } from 'vitest';
import { CONDUCT_CUES } from '../../src/csc/conduct/cues.ts';
import { EN_CUES, ZH_CUES } from '../../src/csc/tagger/cues.ts';
import { byScript } from '../../src/csc/tagger/lexicon-compiler.ts';

/**
 * V8 stops optimising a regular expression past 20 kB of source, and a lexicon compiled past that
 * scans several times slower (a frame of chained optional groups once blew one half up to 31 kB:
 * the prefix tree copies the rest of a phrase behind every choice). Write single-character choices
 * as `的?` and `[里上下]`, which the compiler does not spell out.
 */
const LIMIT = 20_000;

describe('compiled lexicons stay small enough for V8 to optimise', () => {
  it('keeps every strategy lexicon and every conduct half under 20 kB', () => {
    const sizes: [string, number][] = [
      ...Object.entries(EN_CUES).map(([c, re]) => [`en ${c}`, re?.source.length ?? 0] as [string, number]),
      ...Object.entries(ZH_CUES).map(([c, re]) => [`zh ${c}`, re?.source.length ?? 0] as [string, number]),
      ...Object.entries(CONDUCT_CUES).flatMap(([c, re]) => {
        const { latin, han } = byScript(re);
        return [
          [`${c} latin`, latin?.source.length ?? 0] as [string, number],
          [`${c} han`, han?.source.length ?? 0] as [string, number],
        ];
      }),
    ];
    for (const [name, size] of sizes) expect(size, name).toBeLessThan(LIMIT);
  });
});
