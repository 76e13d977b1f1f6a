import type { Block, Outbound } from '../../chat/contract/outbound.ts';
import { bold, code, plain } from '../../chat/contract/outbound.ts';
import type { CardView } from '../views/card.ts';
import type { CustomerLineView } from '../views/customer-line.ts';
import type { HelpView } from '../views/help.ts';
import type { HintView } from '../views/hint.ts';
import type { PickerView, ScenarioListView } from '../views/picker.ts';
import type { ScorecardView } from '../views/scorecard.ts';
import type { StatusView } from '../views/status.ts';
import { hintText, scorecardText, statusText } from './text.ts';

/** View-models as neutral blocks for chat platforms; the plain `text` is what notifications show. */
export const cardMessage = (v: CardView): Outbound => ({
  text: v.title,
  blocks: [
    { type: 'heading', text: v.title },
    { type: 'fields', fields: v.fields },
    { type: 'text', spans: [bold(`${v.briefingLabel}:`), plain(` ${v.briefing}`)] },
    { type: 'context', spans: [plain(v.footer)] },
  ],
});

export function customerLineMessage(v: CustomerLineView): Outbound {
  const blocks: Block[] = [{ type: 'text', spans: [plain(v.text)] }];
  if (v.tags) blocks.push({ type: 'tags', tags: v.tags.codes, note: v.tags.note });
  for (const n of v.notices) blocks.push({ type: 'context', spans: [plain(n)] });
  return { text: v.text, blocks };
}

export const hintMessage = (v: HintView): Outbound => ({
  text: hintText(v),
  blocks: [
    {
      type: 'text',
      spans: [
        bold(`💡 ${v.title}: `),
        code(v.strategy),
        plain(` ${v.name} — ${v.reason}\n${v.trySayingLabel}: “${v.trySaying}”`),
        ...(v.knowledge ? [plain(`\n${v.knowledge}`)] : []),
      ],
    },
  ],
});

export const statusMessage = (v: StatusView): Outbound => ({
  text: statusText(v),
  blocks: [
    ...(v.current ? [{ type: 'text' as const, spans: [plain(v.current)] }] : []),
    {
      type: 'text',
      spans: [
        v.history.length ? bold(v.historyTitle) : plain(v.historyTitle),
        ...v.history.map((h) => plain(`\n• ${h}`)),
      ],
    },
  ],
});

export const pickerMessage = (v: PickerView): Outbound => ({
  text: v.title,
  blocks: [
    { type: 'text', spans: [bold(v.title)] },
    { type: 'select', id: 'drill_pick', placeholder: v.title, options: v.options },
    { type: 'context', spans: [plain(`${v.recommendedLabel}: ${v.recommended.title}`)] },
    {
      type: 'buttons',
      buttons: [
        {
          id: 'drill_start',
          label: `${v.startLabel}: ${v.recommended.title}`,
          value: v.recommended.id,
          style: 'primary',
        },
      ],
    },
  ],
});

export const scenarioListMessage = (v: ScenarioListView): Outbound => ({
  text: [v.title, ...v.items.map((i) => `• ${i.id} ${i.title} (${i.difficulty})`)].join('\n'),
  blocks: [
    {
      type: 'text',
      spans: [
        bold(v.title),
        ...v.items.flatMap((i) => [plain('\n• '), code(i.id), plain(` ${i.title} (${i.difficulty})`)]),
      ],
    },
  ],
});

export const helpMessage = (v: HelpView): Outbound => ({
  text: [v.title, ...v.lines.map((l) => `• ${l.command}  ${l.text}`)].join('\n'),
  blocks: [
    {
      type: 'text',
      spans: [
        bold(v.title),
        ...v.lines.flatMap((l) => [plain('\n• '), code(l.command), plain(` ${l.text}`)]),
      ],
    },
  ],
});

export function scorecardMessage(v: ScorecardView): Outbound {
  const evidence = v.checks
    .filter((c) => c.result !== 'na')
    .flatMap((c) => [
      plain(
        `\n${c.mark} ${c.label}${c.line !== undefined ? ` #${c.line}` : ''}${c.quote ? ` «${c.quote}»` : ''}`,
      ),
    ]);
  const improvements = v.improvements.flatMap((imp, i) => [
    plain(`\n${i + 1}. ${imp.advice}\n    ${v.trySayingLabel}: “${imp.trySaying}”`),
  ]);
  const blocks: Block[] = [
    { type: 'heading', text: v.headline },
    { type: 'context', spans: [plain(v.subtitle)] },
    { type: 'fields', fields: v.sections.map((s) => ({ label: s.label, value: s.display })) },
    { type: 'divider' },
    { type: 'text', spans: [bold(v.evidenceTitle), ...evidence] },
    { type: 'divider' },
    { type: 'text', spans: [bold(v.improvementsTitle), ...improvements] },
  ];
  if (v.drillId) {
    blocks.push(
      {
        type: 'buttons',
        buttons: [
          { id: 'drill_retry', label: v.labels.retry, value: v.drillId, style: 'primary' },
          { id: 'drill_new', label: v.labels.fresh, value: v.drillId },
        ],
      },
      { type: 'context', spans: [plain(v.labels.rate)] },
      {
        type: 'buttons',
        buttons: [1, 2, 3, 4, 5].map((n) => ({
          id: `drill_rate_${n}`,
          label: '★'.repeat(n),
          value: `${v.drillId}:${n}`,
        })),
      },
    );
  }
  return { text: scorecardText(v), blocks };
}
