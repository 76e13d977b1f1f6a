import type { TextFeatureOptions } from './text-features.ts';

/** Hash space of the reply model's features (2^20 buckets). */
export const TAGGER_BITS = 20;
/** The n-gram families the shipped reply model was trained with; the tagger must compute the same. */
export const TEXT_OPTIONS: TextFeatureOptions = {};
