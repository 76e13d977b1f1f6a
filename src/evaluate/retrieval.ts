import type { KnowledgeEntry } from '../content/scenario.ts';
import { normalize } from './text-match.ts';

type Entry = import('zod').infer<typeof KnowledgeEntry>;

const STOP = new Set(
  'a an the and or to of in on for is are be it i you we my your our can could would please this that with do does did have has what how when'.split(
    ' ',
  ),
);

/** Words for Latin text, overlapping character pairs for Han text: works for both languages without a segmenter. */
export function terms(text: string): string[] {
  const out: string[] = [];
  const t = normalize(text);
  for (const w of t.match(/[a-z0-9]+/g) ?? []) if (!STOP.has(w) && w.length > 1) out.push(w);
  for (const run of t.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

interface Indexed {
  entry: Entry;
  tf: Map<string, number>;
  length: number;
}

/** BM25 over a scenario's knowledge entries (both languages and their cues). */
export class KnowledgeIndex {
  private readonly docs: Indexed[];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(entries: readonly Entry[]) {
    this.docs = entries.map((entry) => {
      const words = terms([entry.text.zh, entry.text.en, ...entry.cues.zh, ...entry.cues.en].join(' '));
      const tf = new Map<string, number>();
      for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      return { entry, tf, length: words.length };
    });
    this.avgLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.docs.length);
  }

  /** The most relevant entry for a query, or undefined when nothing overlaps. */
  best(query: string): Entry | undefined {
    const q = new Set(terms(query));
    let best: Entry | undefined;
    let bestScore = 0;
    const n = this.docs.length;
    for (const d of this.docs) {
      let score = 0;
      for (const w of q) {
        const f = d.tf.get(w);
        if (!f) continue;
        const df = this.df.get(w) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * d.length) / this.avgLength));
      }
      if (score > bestScore) {
        bestScore = score;
        best = d.entry;
      }
    }
    return best;
  }
}
