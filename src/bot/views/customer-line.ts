import { stageById } from '../../csc/stages.ts';
import { strategyByCode } from '../../csc/strategies.ts';
import type { TagResult } from '../../csc/tagger/tagger.ts';
import type { Lang, LocalizedText } from '../../csc/text.ts';
import { emotionLabel } from '../../customer/emotion.ts';
import { strings } from '../strings/index.ts';

/** The customer's line; in practice mode the trainee's tags ride on it as one compact line. */
export interface CustomerLineView {
  text: string;
  tags?: { codes: { code: string; label: string; primary: boolean }[]; note: string };
  notices: string[];
}

export function customerLineView(
  lang: Lang,
  text: string,
  tags?: TagResult,
  emotion?: number,
  notices: readonly LocalizedText[] = [],
): CustomerLineView {
  const t = strings(lang);
  const view: CustomerLineView = { text, notices: notices.map((n) => n[lang]) };
  if (tags) {
    const stage = tags.stage ? stageById(tags.stage).name[lang] : '—';
    const mood = emotion === undefined ? '' : ` · ${t.mood}: ${emotionLabel(emotion, lang)}`;
    view.tags = {
      codes: tags.strategies.map((s) => ({
        code: s.code,
        label: strategyByCode(s.code).name[lang],
        primary: s.code === tags.primary,
      })),
      note: `${t.stage}: ${stage}${mood}`,
    };
  }
  return view;
}
