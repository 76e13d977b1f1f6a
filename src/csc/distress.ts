import type { DistressTag } from './distress/kinds.ts';
import { DistressModel } from './distress/model.ts';
import { shippedModels } from './tagger/shipped.ts';
import type { Lang } from './text.ts';

export { DISTRESS_COLUMNS, DISTRESS_KINDS, type DistressKind, type DistressTag } from './distress/kinds.ts';
export { DistressModel, THRESHOLDS as DISTRESS_THRESHOLDS } from './distress/model.ts';

/**
 * The distress a customer line shows, each kind with an intensity (1-3), a confidence and the cue
 * phrases found (possibly none: the model also reads the line's wording as a whole).
 */
export function detectDistress(text: string, _lang?: Lang): DistressTag[] {
  return shippedDistress().detect(text ?? '');
}

let shared: DistressModel | undefined;

/** The distress model with the shipped weights, loaded once. */
export function shippedDistress(): DistressModel {
  shared ??= new DistressModel(shippedModels().distress);
  return shared;
}
