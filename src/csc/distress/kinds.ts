import type { Span } from '../span.ts';

/** Customer-side distress, as the annotation guideline defines it. */
export const DISTRESS_KINDS = ['anger', 'worry', 'urgency', 'grief'] as const;
export type DistressKind = (typeof DISTRESS_KINDS)[number];

export interface DistressTag {
  kind: DistressKind;
  /** 1 mild or implied, 2 clear, 3 strong or explicit. */
  intensity: 1 | 2 | 3;
  confidence: number;
  evidence: Span[];
}

/** Output columns of the distress model: presence per kind, then intensity ≥ 2 and ≥ 3 per kind. */
export const DISTRESS_COLUMNS = [
  ...DISTRESS_KINDS,
  ...DISTRESS_KINDS.map((k) => `${k}>=2`),
  ...DISTRESS_KINDS.map((k) => `${k}>=3`),
];
