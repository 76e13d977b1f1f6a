import type { Scenario } from '../../content/scenario.ts';
import type { Lang } from '../../csc/text.ts';
import { strings } from '../strings/index.ts';

export interface PickerView {
  title: string;
  options: { label: string; value: string }[];
  recommendedLabel: string;
  recommended: { id: string; title: string };
  startLabel: string;
}

export function pickerView(scenarios: readonly Scenario[], recommended: Scenario, lang: Lang): PickerView {
  const t = strings(lang);
  return {
    title: t.pick,
    options: scenarios.map((s) => ({ label: `${s.title[lang]} (${s.difficulty})`, value: s.id })),
    recommendedLabel: t.recommended,
    recommended: { id: recommended.id, title: recommended.title[lang] },
    startLabel: t.start,
  };
}

/** The scenarios as a plain list (`list`). */
export const scenarioListView = (scenarios: readonly Scenario[], lang: Lang) => ({
  title: strings(lang).scenarios,
  items: scenarios.map((s) => ({ id: s.id, title: s.title[lang], difficulty: s.difficulty })),
});
export type ScenarioListView = ReturnType<typeof scenarioListView>;
