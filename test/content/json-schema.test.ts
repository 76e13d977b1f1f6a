import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleSchemas } from '../../src/cli/actions/schemas.ts';
import { renderJsonSchema } from '../../src/content/json-schema.ts';

describe('committed JSON Schema files', () => {
  it('match what the zod schemas generate (run "npm run schemas" after changing a schema)', () => {
    expect(staleSchemas()).toEqual([]);
  });

  it('are reported stale when they differ', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schemas-'));
    writeFileSync(join(dir, 'persona.schema.json'), renderJsonSchema('persona.schema.json'));
    writeFileSync(join(dir, 'scenario.schema.json'), '{}\n');
    expect(staleSchemas(dir)).toEqual(['scenario.schema.json']);
  });

  it('describe the bilingual text pair and the enums editors complete', () => {
    const persona = JSON.parse(renderJsonSchema('persona.schema.json'));
    expect(persona.properties.name.required).toEqual(['zh', 'en']);
    expect(persona.properties.customerGroup.enum).toContain('elderly');
    expect(persona.required).toContain('identity');
  });
});
