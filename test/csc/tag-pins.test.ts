import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/csc/tagger/dataset.ts';
import { defaultTagger, type TagResult } from '../../src/csc/tagger/tagger.ts';

/**
 * The shipped tagger's full output (labels, confidences, evidence spans) on 400 fixed lines, pinned
 * so that a speed refactor cannot change a result. After retraining the weights on purpose, rewrite
 * the pins: `PIN_TAGS=write npx vitest run test/csc/tag-pins.test.ts`.
 */
const PINS = new URL('../fixtures/tagger/tag-pins.json', import.meta.url);

function lines(): { text: string; context?: string; turn?: number }[] {
  const own = (lang: string) =>
    readFileSync(new URL(`../fixtures/tagger/own.agent.${lang}.jsonl`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; context?: string });
  const every = <T>(xs: T[], n: number, k: number) => xs.filter((_, i) => i % k === 0).slice(0, n);
  return [
    ...every(own('en'), 120, 5),
    ...every(own('zh'), 120, 5),
    ...every(readDataset('multiwoz'), 80, 11),
    ...every(readDataset('crosswoz'), 80, 11),
  ].map((u) => ({ text: u.text, context: u.context, turn: 'turn' in u ? (u.turn as number) : undefined }));
}

const compact = (t: TagResult) =>
  [
    t.primary,
    t.strategies.map(
      (s) => `${s.code}:${s.confidence}:${s.evidence.map((e) => `${e.start}-${e.end}`).join(',')}`,
    ),
    t.conduct.map(
      (c) => `${c.label}:${c.confidence}:${c.evidence.map((e) => `${e.start}-${e.end}`).join(',')}`,
    ),
  ].join(' ');

describe('tagger output is pinned', () => {
  it('gives the same labels, confidences and evidence as when the pins were written', () => {
    const tagger = defaultTagger();
    const got = lines().map((u) => compact(tagger.tag(u)));
    if (process.env.PIN_TAGS === 'write') writeFileSync(PINS, `${JSON.stringify(got, null, 2)}\n`);
    const pinned = JSON.parse(readFileSync(PINS, 'utf8')) as string[];
    expect(got.length).toBe(400);
    expect(got).toEqual(pinned);
  });
});
