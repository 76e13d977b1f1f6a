import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { HashedModel, HashedModelFile } from './hashed-model.ts';

/** The shipped weights: the agent-reply model (strategies + conduct) and the customer distress model. */
export const ShippedFile = z.object({ tagger: HashedModelFile, distress: HashedModelFile });
export type ShippedFile = z.infer<typeof ShippedFile>;

export const SHIPPED_PATH = new URL('./model.json', import.meta.url);

let shared: { tagger: HashedModel; distress: HashedModel } | undefined;

/** The shipped models, loaded once. */
export function shippedModels(): { tagger: HashedModel; distress: HashedModel } {
  if (!shared) {
    const file = ShippedFile.parse(JSON.parse(readFileSync(SHIPPED_PATH, 'utf8')));
    shared = { tagger: HashedModel.fromFile(file.tagger), distress: HashedModel.fromFile(file.distress) };
  }
  return shared;
}
