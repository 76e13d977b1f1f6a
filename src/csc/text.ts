import { z } from 'zod';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LangSchema = z.enum(LANGS);

/** Human text in both product languages; both sides must be filled. */
export const LocalizedText = z
  .object({
    zh: z.string().trim().min(1, 'Chinese text is empty'),
    en: z.string().trim().min(1, 'English text is empty'),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedText>;
