import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_FILE, webhookJsonSchema } from '../../adapters/webhook/json-schema.ts';

const dir = new URL('../../manifest/webhook/', import.meta.url);

describe('webhook manifest', () => {
  it('the committed JSON Schema is the one the zod schemas produce', () => {
    // stale? run: npx tsx adapters/webhook/json-schema.ts --write
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(webhookJsonSchema()));
  });

  it('the OpenAPI description parses and every schema it names exists', () => {
    const api = parse(readFileSync(new URL('openapi.yaml', dir), 'utf8'));
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(api.openapi).toMatch(/^3\.1/);
    expect(Object.keys(api.paths)).toEqual(['/webhook/v1/events', '/webhook/v1/sign-in-links']);
    const refs = [...JSON.stringify(api).matchAll(/"\$ref":"webhook\.schema\.json#\/\$defs\/(\w+)"/g)].map(
      (m) => m[1],
    );
    expect(refs.length).toBeGreaterThan(4);
    for (const name of refs) expect(schema.$defs, String(name)).toHaveProperty(String(name));
    expect(api.info.description).toContain('<timestamp>.<nonce>.<raw body>');
  });
});
