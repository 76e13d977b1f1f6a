/**
 * Spans of time people say without a number ("in about a fortnight", "a couple of days", "a day or
 * so", "within the week"), rewritten as the number they mean so the quantity reader compares them
 * like any other duration. Each rewrite keeps the text's length, so positions found in it still
 * point into the original clause.
 */
const SPOKEN: [RegExp, (m: string, unit?: string) => string][] = [
  [/\b(?:a )?fortnight\b/giu, () => '14 days'],
  [/\ba couple of (days|weeks|months|hours)\b/giu, (_m, unit) => `2-3 ${unit}`],
  [/\ba (day|week|month) or (?:so|two)\b/giu, (_m, unit) => `1 ${unit}`],
  [/\bwithin the (week|month)\b/giu, (_m, unit) => `within 1 ${unit}`],
];

const padded = (replacement: string, length: number) =>
  replacement.length >= length ? replacement.slice(0, length) : replacement.padEnd(length, ' ');

// One pass rules most clauses out before any rewrite is tried.
const MAYBE = /fortnight|couple of|or so|or two|within the/iu;

export function withSpokenDurations(text: string): string {
  if (!MAYBE.test(text)) return text;
  let out = text;
  for (const [re, to] of SPOKEN)
    out = out.replace(re, (m: string, unit?: string) =>
      padded(to(m, typeof unit === 'string' ? unit : undefined), m.length),
    );
  return out;
}
