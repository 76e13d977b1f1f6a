import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Accepted, Callback, InlineReply, SignInLink, SignInLinkRequest, WebhookEvent } from './schemas.ts';

const bare = (schema: Record<string, unknown>) => {
  const { $schema: _, ...rest } = schema;
  return rest;
};

/** The JSON Schema of every webhook body, derived from the zod schemas the adapter validates with. */
export function webhookJsonSchema(): string {
  const defs = Object.fromEntries(
    Object.entries({ WebhookEvent, SignInLinkRequest }).map(([name, schema]) => [
      name,
      bare(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' })),
    ]),
  );
  const outputs = Object.fromEntries(
    Object.entries({ InlineReply, Accepted, Callback, SignInLink }).map(([name, schema]) => [
      name,
      bare(z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' })),
    ]),
  );
  const doc = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'csc-drill-webhook.schema.json',
    title: 'CSC Drill webhook bodies',
    description:
      'Generated from adapters/webhook/schemas.ts: npx tsx adapters/webhook/json-schema.ts --write',
    $defs: { ...defs, ...outputs },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const SCHEMA_FILE = new URL('../../manifest/webhook/webhook.schema.json', import.meta.url);

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  writeFileSync(SCHEMA_FILE, webhookJsonSchema());
  process.stdout.write(`wrote ${fileURLToPath(SCHEMA_FILE)}\n`);
}
