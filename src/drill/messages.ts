import { closest } from '../csc/closest.ts';
import type { LocalizedText } from '../csc/text.ts';
import { DrillError } from './errors.ts';

/** One short line telling the trainee the offline engine stood in for the model. */
export const FALLBACK_NOTICE = (what: LocalizedText, why: string): LocalizedText => ({
  zh: `（模型暂不可用：${why}；本轮${what.zh}由离线引擎完成）`,
  en: `(Model unavailable: ${why}; the offline engine did the ${what.en} this turn)`,
});

export const NOTICE_SUBJECT = {
  opening: { zh: '开场', en: 'opening' },
  customer: { zh: '客户回复', en: "customer's reply" },
  tags: { zh: '策略标注', en: 'strategy tags' },
} satisfies Record<string, LocalizedText>;

export const emptyMessage = () =>
  new DrillError('empty-message', {
    zh: '消息是空的，请输入你的回复。',
    en: 'That message is empty — type your reply.',
  });

export const messageTooLong = (length: number, max: number) =>
  new DrillError('message-too-long', {
    zh: `消息太长（${length} 字），请控制在 ${max} 字以内。`,
    en: `That message is too long (${length} characters); keep it under ${max}.`,
  });

export const hintInExam = () =>
  new DrillError('hint-in-exam', { zh: '考试模式不提供提示。', en: 'Hints are not available in exam mode.' });

export const notFound = () =>
  new DrillError('not-found', { zh: '找不到这个练习。', en: 'That drill does not exist.' });

export const notActive = () =>
  new DrillError('not-active', {
    zh: '这个练习已经结束了，请开始新的练习。',
    en: 'This drill has ended — start a new one.',
  });

export const notYours = () =>
  new DrillError('not-yours', {
    zh: '这是别人的练习，你的消息不计入。',
    en: "This is someone else's drill; your message doesn't count.",
  });

export const noActiveDrill = () =>
  new DrillError('no-active-drill', {
    zh: '你现在没有进行中的练习，用 /drill start 开始一个。',
    en: 'You have no drill in progress — use /drill start.',
  });

export function unknownItem(
  code: 'unknown-scenario' | 'unknown-persona',
  id: string,
  options: readonly string[],
): DrillError {
  const guess = closest(id, options);
  const what =
    code === 'unknown-scenario' ? { zh: '场景', en: 'scenario' } : { zh: '客户角色', en: 'persona' };
  return new DrillError(code, {
    zh: `没有叫“${id}”的${what.zh}。${guess ? `你是不是想找 ${guess}？` : ''}`,
    en: `There is no ${what.en} "${id}".${guess ? ` Did you mean ${guess}?` : ''}`,
  });
}
