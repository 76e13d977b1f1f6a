/**
 * The option closest to what someone typed, for "did you mean" messages: an option containing the
 * input wins, then the smallest edit distance (case-insensitive); none when all are too far.
 */
export function closest(input: string, options: readonly string[], maxDistance = Number.POSITIVE_INFINITY) {
  const typed = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const option of options) {
    const o = option.toLowerCase();
    const d = o.includes(typed) ? 0 : editDistance(typed, o);
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
