import type { Library } from '../content/library.ts';
import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import { unknownItem } from './messages.ts';

/** The content library as the drill sees it: lookups that explain a wrong id with the closest right one. */
export class Catalogue {
  constructor(readonly library: Library) {}

  scenario(id: string): Scenario {
    const s = this.library.scenarios.get(id);
    if (!s) throw unknownItem('unknown-scenario', id, [...this.library.scenarios.keys()]);
    return s;
  }

  persona(id: string): Persona {
    const p = this.library.personas.get(id);
    if (!p) throw unknownItem('unknown-persona', id, [...this.library.personas.keys()]);
    return p;
  }
}
