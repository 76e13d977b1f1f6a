import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIRS } from '../../src/config/paths.ts';
import { loadLibrary } from '../../src/content/library.ts';

const { library } = loadLibrary(DEFAULT_CONTENT_DIRS);

describe('review 2: two customers never share a card ending', () => {
  it('no two customers (personas or scenario account holders) have the same card ending', () => {
    const cards = [
      ...[...library.personas.values()].map((p) => p.identity.cardLastFour),
      ...[...library.scenarios.values()].flatMap((s) => (s.identity ? [s.identity.cardLastFour] : [])),
    ];
    expect(new Set(cards).size).toBe(cards.length);
  });
});
