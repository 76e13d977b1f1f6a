import type { Persona } from '../../content/persona.ts';
import type { Scenario } from '../../content/scenario.ts';
import { TOPICS } from '../../csc/topics.ts';
import type { Drill } from '../../drill/model.ts';
import { strings } from '../strings/index.ts';

/** The drill's first message: who the customer is, the briefing, the mode. */
export interface CardView {
  title: string;
  fields: { label: string; value: string }[];
  briefingLabel: string;
  briefing: string;
  footer: string;
}

export function cardView(drill: Drill, scenario: Scenario, persona: Persona, threads = true): CardView {
  const lang = drill.lang;
  const t = strings(lang);
  return {
    title: `${scenario.title[lang]} · ${t.mode[drill.mode]}`,
    fields: [
      { label: t.customer, value: `${persona.name[lang]} (${persona.age})` },
      { label: t.topic, value: TOPICS[scenario.topic][lang] },
      { label: t.difficulty, value: scenario.difficulty },
    ],
    briefingLabel: t.briefing,
    briefing: scenario.briefing[lang],
    footer: threads ? t.replyHere : t.replyHereNoThreads,
  };
}
