import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import { stageById } from '../csc/stages.ts';
import { strategyByCode } from '../csc/strategies.ts';
import type { TagResult } from '../csc/tagger/tagger.ts';
import type { Lang, LocalizedText } from '../csc/text.ts';
import { TOPICS } from '../csc/topics.ts';
import { emotionLabel } from '../customer/emotion.ts';
import type { Hint } from '../drill/hint.ts';
import type { Drill } from '../drill/model.ts';
import { checkLabel, END_REASON_LABELS, SECTION_LABELS, UI } from '../evaluate/labels.ts';
import { type Scorecard, SECTIONS } from '../evaluate/scorecard-model.ts';
import type { HistoryItem } from '../store/drill-repository.ts';
import type { Block, Outbound } from './model.ts';

const T = {
  zh: {
    mode: { practice: '练习', exam: '考试' },
    customer: '客户',
    briefing: '任务说明',
    topic: '主题',
    difficulty: '难度',
    replyHere: '在这个话题里回复客户即可开始。',
    stage: '阶段',
    mood: '客户情绪',
    retry: '再练一次',
    fresh: '换个练习',
    rate: '这个客户像真人吗？',
    evidence: '依据',
    hint: '提示',
    status: (d: Drill) =>
      `练习进行中：第 ${d.agentTurns} 轮，客户情绪 ${emotionLabel(d.customer.emotion, 'zh')}。`,
    noHistory: '还没有完成的练习。',
    history: '最近的练习',
    pick: '选一个场景开始练习',
    recommended: '推荐给你的练习',
    start: '开始',
  },
  en: {
    mode: { practice: 'practice', exam: 'exam' },
    customer: 'Customer',
    briefing: 'Your briefing',
    topic: 'Topic',
    difficulty: 'Difficulty',
    replyHere: 'Reply to the customer in this thread to begin.',
    stage: 'stage',
    mood: 'customer mood',
    retry: 'Retry this drill',
    fresh: 'New drill',
    rate: 'How realistic was this customer?',
    evidence: 'Evidence',
    hint: 'Hint',
    status: (d: Drill) =>
      `Drill in progress: turn ${d.agentTurns}, customer mood ${emotionLabel(d.customer.emotion, 'en')}.`,
    noHistory: 'No finished drills yet.',
    history: 'Recent drills',
    pick: 'Pick a scenario to practise',
    recommended: 'Recommended for you',
    start: 'Start',
  },
} as const;

export const say = (text: LocalizedText, lang: Lang): Outbound => ({ text: text[lang] });

/** The drill's root message in the channel: who the customer is, the briefing, the mode. */
export function scenarioCard(drill: Drill, scenario: Scenario, persona: Persona): Outbound {
  const t = T[drill.lang];
  const title = `${scenario.title[drill.lang]} · ${t.mode[drill.mode]}`;
  return {
    text: title,
    blocks: [
      { type: 'heading', text: title },
      {
        type: 'fields',
        fields: [
          { label: t.customer, value: `${persona.name[drill.lang]} (${persona.age})` },
          { label: t.topic, value: TOPICS[scenario.topic][drill.lang] },
          { label: t.difficulty, value: scenario.difficulty },
        ],
      },
      { type: 'text', text: `*${t.briefing}:* ${scenario.briefing[drill.lang]}` },
      { type: 'context', text: t.replyHere },
    ],
  };
}

/** The customer's line; in practice mode the trainee's tags ride on it as one context line. */
export function customerLine(
  drill: Drill,
  text: string,
  tags: TagResult | undefined,
  emotion: number | undefined,
  notices: LocalizedText[] = [],
): Outbound {
  const lang = drill.lang;
  const blocks: Block[] = [{ type: 'text', text }];
  if (tags) {
    const stage = tags.stage ? stageById(tags.stage).name[lang] : '—';
    const mood = emotion === undefined ? '' : ` · ${T[lang].mood}: ${emotionLabel(emotion, lang)}`;
    blocks.push({
      type: 'tags',
      tags: tags.strategies.map((s) => ({
        code: s.code,
        label: strategyByCode(s.code).name[lang],
        primary: s.code === tags.primary,
      })),
      note: `${T[lang].stage}: ${stage}${mood}`,
    });
  }
  for (const n of notices) blocks.push({ type: 'context', text: n[lang] });
  return { text, blocks };
}

export function scorecardMessage(
  drill: Drill,
  scenario: Scenario,
  card: Scorecard,
  reason: string,
): Outbound {
  const lang = drill.lang;
  const ui = UI[lang];
  const t = T[lang];
  const verdict = card.passed ? ui.pass : ui.fail;
  const headline = `${ui.overall} ${card.overall}/100 · ${verdict}${card.fatal ? ` · ${ui.fatal}` : ''}`;
  const blocks: Block[] = [
    { type: 'heading', text: headline },
    { type: 'context', text: `${END_REASON_LABELS[reason]?.[lang] ?? reason} · ${scenario.title[lang]}` },
    {
      type: 'fields',
      fields: SECTIONS.map((s) => ({
        label: SECTION_LABELS[s][lang],
        value: card.sections[s] === null ? '–' : `${Math.round((card.sections[s] as number) * 100)}%`,
      })),
    },
    { type: 'divider' },
  ];
  const evidence = card.checks
    .filter((c) => c.result !== 'na')
    .map((c) => {
      const mark = c.result === 'yes' ? '✓' : '✗';
      const where = c.turn !== undefined ? ` #${c.turn + 1}` : '';
      return `${mark} ${checkLabel(c.id, lang, scenario)}${where}${c.quote ? ` «${c.quote}»` : ''}`;
    });
  blocks.push({ type: 'text', text: `*${t.evidence}*\n${evidence.join('\n')}` });
  blocks.push({ type: 'divider' });
  blocks.push({
    type: 'text',
    text: `*${ui.improvements}*\n${card.improvements.map((imp, i) => `${i + 1}. ${imp.advice}\n    ${ui.trySaying}: “${imp.trySaying}”`).join('\n')}`,
  });
  blocks.push({
    type: 'buttons',
    buttons: [
      { id: 'drill_retry', label: t.retry, value: drill.id, style: 'primary' },
      { id: 'drill_new', label: t.fresh, value: drill.id },
    ],
  });
  blocks.push({ type: 'context', text: t.rate });
  blocks.push({
    type: 'buttons',
    buttons: [1, 2, 3, 4, 5].map((n) => ({
      id: `drill_rate_${n}`,
      label: '★'.repeat(n),
      value: `${drill.id}:${n}`,
    })),
  });
  return { text: headline, blocks };
}

export function hintMessage(hint: Hint, lang: Lang): Outbound {
  const text = `💡 ${T[lang].hint}: ${hint.strategy} ${hint.name} — ${hint.reason}\n${UI[lang].trySaying}: “${hint.trySaying}”${hint.knowledge ? `\n${hint.knowledge.text}` : ''}`;
  return { text, blocks: [{ type: 'text', text }] };
}

export function statusMessage(
  drill: Drill | undefined,
  history: readonly HistoryItem[],
  lang: Lang,
  titleOf: (id: string) => string,
): Outbound {
  const t = T[lang];
  const lines = [drill ? t.status(drill) : ''];
  const recent = history.slice(-5).reverse();
  lines.push(recent.length ? `*${t.history}*` : t.noHistory);
  for (const h of recent)
    lines.push(`• ${titleOf(h.scenarioId)} — ${h.overall}/100 ${h.passed ? UI[lang].pass : UI[lang].fail}`);
  const text = lines.filter(Boolean).join('\n');
  return { text, blocks: [{ type: 'text', text }] };
}

export function pickerMessage(scenarios: readonly Scenario[], recommended: Scenario, lang: Lang): Outbound {
  const t = T[lang];
  return {
    text: t.pick,
    blocks: [
      { type: 'text', text: `*${t.pick}*` },
      {
        type: 'select',
        id: 'drill_pick',
        placeholder: t.pick,
        options: scenarios.map((s) => ({ label: `${s.title[lang]} (${s.difficulty})`, value: s.id })),
      },
      { type: 'context', text: `${t.recommended}: ${recommended.title[lang]}` },
      {
        type: 'buttons',
        buttons: [
          {
            id: 'drill_start',
            label: `${t.start}: ${recommended.title[lang]}`,
            value: recommended.id,
            style: 'primary',
          },
        ],
      },
    ],
  };
}

export const HELP: LocalizedText = {
  zh: [
    '*/drill* 命令',
    '• `/drill start [场景] [客户] [zh|en] [practice|exam]` 开始练习（不带参数会让你选）',
    '• `/drill hint` 提示下一步（仅练习模式）',
    '• `/drill status` 当前练习与最近成绩',
    '• `/drill end` 结束并评分',
    '• `/drill list` 列出场景',
  ].join('\n'),
  en: [
    '*/drill* commands',
    '• `/drill start [scenario] [persona] [zh|en] [practice|exam]` start a drill (no arguments: pick one)',
    '• `/drill hint` a hint for your next reply (practice mode only)',
    '• `/drill status` your current drill and recent scores',
    '• `/drill end` end and score your drill',
    '• `/drill list` the scenarios',
  ].join('\n'),
};
