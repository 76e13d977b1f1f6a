import { z } from 'zod';
import { Persona } from './persona.ts';
import { Scenario } from './scenario.ts';

/** JSON Schema files derived from the zod schemas, committed under schemas/ for editor completion. */
export const SCHEMA_FILES = {
  'persona.schema.json': Persona,
  'scenario.schema.json': Scenario,
} as const;

export function renderJsonSchema(name: keyof typeof SCHEMA_FILES): string {
  const schema = z.toJSONSchema(SCHEMA_FILES[name], { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: name, title: name.replace('.schema.json', '') }, null, 2)}\n`;
}
