import { z } from 'zod';
import { LangSchema } from '../../src/csc/text.ts';
import { DrillMode } from '../../src/drill/model.ts';

// The trainee is whoever the session says: no body names one.

export const SignInBody = z.strictObject({ token: z.string().min(20).max(200) });

export const StartBody = z.strictObject({
  scenario: z.string().max(100).optional(),
  persona: z.string().max(100).optional(),
  lang: LangSchema.optional(),
  mode: DrillMode.optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
});

export const MessageBody = z.strictObject({ text: z.string() });
export const EmptyBody = z.strictObject({});
export const RateBody = z.strictObject({ realism: z.int().min(1).max(5) });

/** A manager assigning one drill to people picked on the page; `auto` picks each person's next drill. */
export const AssignBody = z.strictObject({
  people: z.array(z.string().min(1).max(300)).min(1).max(500),
  scenario: z.string().min(1).max(100),
  persona: z.string().max(100).optional(),
  lang: LangSchema.optional(),
  mode: DrillMode.optional(),
  due: z.iso.date().optional(),
});
