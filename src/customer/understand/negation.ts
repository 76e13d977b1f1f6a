/**
 * Words just before a claim that deny or refuse it: "it is NOT principal-protected", "I can't
 * guarantee it", "这只基金不保本", "没法保证". "不过 / 不但 / 不管" only join clauses.
 */
const EN_DENIAL =
  /\b(?:not|never|no|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|can'?t|cannot|don'?t|doesn'?t|didn'?t|nothing|neither|nor)\b(?:[\s-]+[\w'-]+){0,2}[\s-]*$/iu;
const ZH_DENIAL =
  /(?:不(?![过但仅管论少久])|没|非|未|无法|无须|别|并不|谈不上|算不上)[^，。！？；,.!?;]{0,3}$/u;

/** Whether the words ending at `at` in a normalised sentence deny what follows. */
export const deniedAt = (norm: string, at: number): boolean => {
  const before = norm.slice(Math.max(0, at - 30), at);
  return EN_DENIAL.test(before) || ZH_DENIAL.test(before);
};

/** Whether a wording is itself a denial ("can't lose", "不会亏"): its own negation is the claim. */
export const isDenial = (wording: string): boolean =>
  /\b(?:not|never|no|can'?t|cannot|won'?t)\b|不|没|无/iu.test(wording);

/** Whether a pattern is said outright somewhere in the text, not denied: "your fault" but not "it's not your fault". */
export function saysUndenied(pattern: RegExp, text: string): boolean {
  const all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const m of text.matchAll(all)) if (!deniedAt(text, m.index ?? 0)) return true;
  return false;
}
