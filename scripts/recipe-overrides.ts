import * as recipe from '../src/csc/tagger/recipe.ts';

/** Recipe settings a tuning script takes as one JSON argument: `{"weights":…,"conduct":…,"prior":…,"negatives":…,"ignore":…}`. */
export function applyRecipeOverrides(cfg: {
  weights?: object;
  conduct?: object;
  prior?: object;
  negatives?: object;
  ignore?: object;
}): void {
  Object.assign(recipe.WEIGHTS, cfg.weights ?? {});
  Object.assign(recipe.CONDUCT_OPTIONS, cfg.conduct ?? {});
  Object.assign(recipe.CONDUCT_CUE_PRIOR, cfg.prior ?? {});
  Object.assign(recipe.CONDUCT_NEGATIVES, cfg.negatives ?? {});
  Object.assign(recipe.CONDUCT_IGNORE, cfg.ignore ?? {});
}
