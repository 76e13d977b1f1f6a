import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CONDUCT_LABELS } from '../conduct.ts';
import { DISTRESS_KINDS } from '../distress.ts';
import { STRATEGY_CODES } from '../strategies.ts';
import { LangSchema } from '../text.ts';
import { PACKAGE_ROOT } from './dataset.ts';

/** Authored agent replies (test/fixtures/authored/LABELS.md §4). */
export const AuthoredReply = z.object({
  id: z.string(),
  lang: LangSchema,
  context: z.string(),
  text: z.string(),
  primary: z.enum(STRATEGY_CODES),
  strategies: z.array(z.enum(STRATEGY_CODES)).min(1),
  conduct: z.array(z.enum(CONDUCT_LABELS)),
  register: z.string().optional(),
  note: z.string().optional(),
  /** Written for its conduct labels only: the strategy output does not learn from it. */
  conductOnly: z.boolean().optional(),
});
export type AuthoredReply = z.infer<typeof AuthoredReply> & { author: string };

/** Authored customer lines with their distress. */
export const AuthoredCustomerLine = z.object({
  id: z.string(),
  lang: LangSchema,
  context: z.string(),
  text: z.string(),
  distress: z.array(
    z.object({
      kind: z.enum(DISTRESS_KINDS),
      intensity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    }),
  ),
  register: z.string().optional(),
});
export type AuthoredCustomerLine = z.infer<typeof AuthoredCustomerLine> & { author: string };

const AUTHORED = resolve(PACKAGE_ROOT, 'test/fixtures/authored');
/** The three training authors; cross-validation holds one out at a time. */
export const TRAIN_AUTHORS = ['a', 'b', 'c', 'u', 'v', 'ae', 'af'] as const;
/** Our own extra training lines (hard pairs, conduct), kept apart from the authors' files. */
export const OWN_AUTHOR = 'own';

export function readJsonl<T extends z.ZodType>(path: string, schema: T): z.infer<T>[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** Polite lines that must carry no conduct (both languages): trained on, and checked by the tests. */
export const POLITE_PROBE_FILE = resolve(PACKAGE_ROOT, 'test/fixtures/tagger/polite-probe.jsonl');

/** The training authors' files; our own lines (the polite probe among them) live beside the project fixture. */
const files = (author: string, side: 'agent' | 'customer') => [
  ...['en', 'zh'].map((lang) =>
    author === OWN_AUTHOR
      ? resolve(PACKAGE_ROOT, 'test/fixtures/tagger', `own.${side}.${lang}.jsonl`)
      : resolve(AUTHORED, 'tagger-train', `${author}.${side}.${lang}.jsonl`),
  ),
  ...(author === OWN_AUTHOR && side === 'agent' ? [POLITE_PROBE_FILE] : []),
];

/** The polite probe lines (author `own`). */
export function politeProbe(): AuthoredReply[] {
  return readJsonl(POLITE_PROBE_FILE, AuthoredReply).map((r) => ({ ...r, author: OWN_AUTHOR }));
}

/** Training replies of the given authors (a, b, c and our own). */
export function trainingReplies(
  authors: readonly string[] = [...TRAIN_AUTHORS, OWN_AUTHOR],
): AuthoredReply[] {
  return authors.flatMap((author) =>
    files(author, 'agent').flatMap((p) => readJsonl(p, AuthoredReply).map((r) => ({ ...r, author }))),
  );
}

export function trainingCustomerLines(
  authors: readonly string[] = [...TRAIN_AUTHORS, OWN_AUTHOR],
): AuthoredCustomerLine[] {
  return authors.flatMap((author) =>
    files(author, 'customer').flatMap((p) =>
      readJsonl(p, AuthoredCustomerLine).map((r) => ({ ...r, author })),
    ),
  );
}

/**
 * The held-out set (authors D and E, never trained or tuned on). Read only by the evaluation,
 * which prints aggregate figures, never a line.
 */
export function heldOutReplies(kind: 'strategies' | 'conduct'): AuthoredReply[] {
  return ['en', 'zh'].flatMap((lang) =>
    readJsonl(resolve(AUTHORED, 'tagger-heldout', `${lang}.${kind}.agent.jsonl`), AuthoredReply).map((r) => ({
      ...r,
      author: lang === 'en' ? 'D' : 'E',
    })),
  );
}

export function heldOutCustomerLines(): AuthoredCustomerLine[] {
  return ['en', 'zh'].flatMap((lang) =>
    readJsonl(
      resolve(AUTHORED, 'tagger-heldout', `${lang}.distress.customer.jsonl`),
      AuthoredCustomerLine,
    ).map((r) => ({ ...r, author: lang === 'en' ? 'D' : 'E' })),
  );
}
