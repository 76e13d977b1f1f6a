/** Recorded with every scorecard a model judged, so results stay comparable across prompt changes. */
export const PROMPT_VERSION = 'csc-prompts-2026-11-v1';
