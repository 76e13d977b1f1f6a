import type { Persona } from '../content/persona.ts';

/** Where each baseline emotion sits on the 0 (calm) … 4 (furious) scale. */
export const BASELINE_LEVEL: Record<Persona['baselineEmotion'], number> = {
  calm: 0,
  satisfied: 0,
  confused: 1,
  worried: 1,
  anxious: 1.5,
  embarrassed: 1,
  skeptical: 1,
  impatient: 1.5,
  frustrated: 2,
  demanding: 2,
  distressed: 2.5,
  angry: 3,
};

export const EMOTION_LABELS = {
  zh: ['平静', '不安', '烦躁', '生气', '暴怒'],
  en: ['calm', 'uneasy', 'upset', 'angry', 'furious'],
} as const;

export const emotionLabel = (level: number, lang: 'zh' | 'en'): string =>
  EMOTION_LABELS[lang][Math.max(0, Math.min(4, Math.floor(level)))] as string;

export const clampEmotion = (x: number): number => Math.max(0, Math.min(4, Math.round(x * 2) / 2));
