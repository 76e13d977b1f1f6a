import type { Lang } from '../../csc/text.ts';

export interface HelpView {
  title: string;
  lines: { command: string; text: string }[];
}

const LINES = {
  zh: [
    ['start [场景] [客户] [zh|en] [practice|exam]', '开始练习（不带参数会让你选）'],
    ['hint', '提示下一步（仅练习模式）'],
    ['status', '当前练习与最近成绩'],
    ['end', '结束并评分'],
    ['list', '列出场景'],
  ],
  en: [
    ['start [scenario] [persona] [zh|en] [practice|exam]', 'start a drill (no arguments: pick one)'],
    ['hint', 'a hint for your next reply (practice mode only)'],
    ['status', 'your current drill and recent scores'],
    ['end', 'end and score your drill'],
    ['list', 'the scenarios'],
  ],
} as const;

/** The commands, spelt the way this platform takes them (`/drill `, `@CSC Drill `, or bare words). */
export const helpView = (
  lang: Lang,
  prefix: string,
  extra: readonly (readonly [string, string])[] = [],
): HelpView => ({
  title: lang === 'zh' ? `${prefix.trim() || '练习'} 命令` : `${prefix.trim() || 'Drill'} commands`,
  lines: [...LINES[lang], ...extra].map(([command, text]) => ({ command: `${prefix}${command}`, text })),
});
