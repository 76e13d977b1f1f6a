import type { Lang } from '../../csc/text.ts';
import { emotionLabel } from '../../customer/emotion.ts';
import type { Drill } from '../../drill/model.ts';
import type { HistoryItem } from '../../drill/ports.ts';
import { UI } from '../../evaluate/labels.ts';
import { strings } from '../strings/index.ts';

export interface StatusView {
  current?: string;
  historyTitle: string;
  history: string[];
}

export function statusView(
  drill: Drill | undefined,
  history: readonly HistoryItem[],
  lang: Lang,
  titleOf: (id: string) => string,
): StatusView {
  const t = strings(lang);
  const recent = history.slice(-5).reverse();
  return {
    current: drill ? t.status(drill.agentTurns, emotionLabel(drill.customer.emotion, lang)) : undefined,
    historyTitle: recent.length ? t.history : t.noHistory,
    history: recent.map(
      (h) => `${titleOf(h.scenarioId)} — ${h.overall}/100 ${h.passed ? UI[lang].pass : UI[lang].fail}`,
    ),
  };
}
