import type { Lang } from '../../csc/text.ts';
import { COACH_STRINGS } from './coach.ts';
import { DRILL_STRINGS } from './drill.ts';

/** Every piece of chat and page chrome the bot shows, in both languages: the one catalogue. */
const CATALOGUE = {
  zh: { ...DRILL_STRINGS.zh, ...COACH_STRINGS.zh },
  en: { ...DRILL_STRINGS.en, ...COACH_STRINGS.en },
};

export const strings = (lang: Lang) => CATALOGUE[lang];
