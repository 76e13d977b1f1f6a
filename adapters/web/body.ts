import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError, readJson } from './http-utils.ts';

/** A JSON body validated by its schema; the first problem named in one line. */
export async function body<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJson(req));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new HttpError(400, 'invalid-request', `${i?.path.join('.') || 'body'}: ${i?.message}`);
  }
  return parsed.data;
}
