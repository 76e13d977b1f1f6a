import type { Span } from '../span.ts';

/** Agent behaviour a QA reviewer would flag, beside the strategies (annotation guideline §2). */
export const CONDUCT_LABELS = [
  'blame',
  'dismissive',
  'rude',
  'overpromise',
  'asks-secret',
  'discloses-data',
  'off-topic',
  'manipulation',
] as const;
export type ConductLabel = (typeof CONDUCT_LABELS)[number];

export interface ConductTag {
  label: ConductLabel;
  confidence: number;
  evidence: Span[];
}
