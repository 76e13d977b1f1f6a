import type { Lang } from '../../csc/text.ts';
import type { Hint } from '../../drill/hint.ts';
import { UI } from '../../evaluate/labels.ts';
import { strings } from '../strings/index.ts';

export interface HintView {
  title: string;
  strategy: string;
  name: string;
  reason: string;
  trySayingLabel: string;
  trySaying: string;
  knowledge?: string;
}

export const hintView = (hint: Hint, lang: Lang): HintView => ({
  title: strings(lang).hint,
  strategy: hint.strategy,
  name: hint.name,
  reason: hint.reason,
  trySayingLabel: UI[lang].trySaying,
  trySaying: hint.trySaying,
  knowledge: hint.knowledge?.text,
});
