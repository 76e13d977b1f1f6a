import { z } from 'zod';
import { LangSchema } from '../../src/csc/text.ts';
import { DrillMode } from '../../src/drill/model.ts';

export const Trainee = z.object({ id: z.string().min(1).max(128), name: z.string().max(128).optional() });

export const StartBody = z.object({
  trainee: Trainee,
  scenario: z.string().optional(),
  persona: z.string().optional(),
  lang: LangSchema.optional(),
  mode: DrillMode.optional(),
  seed: z.int().min(0).optional(),
});

export const MessageBody = z.object({ trainee: Trainee, text: z.string() });
export const TraineeBody = z.object({ trainee: Trainee });
export const RateBody = z.object({ trainee: Trainee, realism: z.int().min(1).max(5) });
